import { Global, Module } from '@nestjs/common';
import { ActionChangeNotifier } from '../actions/action-change-notifier';
import { ServiceAreasModule } from '../service-areas/service-areas.module';
import { ActionNotifier } from './action-notifier';
import { ComplianceRunService } from './compliance-run.service';
import { ComplianceScheduler } from './compliance-scheduler';
import { ComplianceController } from './http/compliance.controller';
import { Mailer } from './mail/mailer';
import { NoticeMailer } from './notice-mailer';
import { NoticeStore } from './notice-store';
import { NotificationsService } from './notifications.service';
import { ScheduledRunLease } from './scheduled-run-lease';
import { StaffDirectory } from './staff-directory';

/**
 * Notifications: the daily checks (scheduled, leased), the notices for changes to an action
 * (ActionNotifier, which the actions module calls through its ActionChangeNotifier port), email at once and as a daily digest, in-app notices.
 */
@Module({
  imports: [ServiceAreasModule],
  controllers: [ComplianceController],
  providers: [
    ActionNotifier,
    ComplianceRunService,
    ComplianceScheduler,
    Mailer,
    NoticeMailer,
    NoticeStore,
    NotificationsService,
    ScheduledRunLease,
    StaffDirectory,
  ],
  exports: [ActionNotifier, ComplianceRunService, NotificationsService, Mailer],
})
export class ComplianceModule {}

/**
 * Binds the actions module's ActionChangeNotifier port to ActionNotifier, for the whole application
 * (actions may not import compliance: compliance reads actions). Imported once, by AppModule.
 */
@Global()
@Module({
  imports: [ComplianceModule],
  providers: [{ provide: ActionChangeNotifier, useExisting: ActionNotifier }],
  exports: [ActionChangeNotifier],
})
export class ActionNoticesModule {}
