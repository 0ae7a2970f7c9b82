import { Module } from '@nestjs/common';
import { ServiceAreasModule } from '../service-areas/service-areas.module';
import { ComplianceRunService } from './compliance-run.service';
import { ComplianceScheduler } from './compliance-scheduler';
import { ComplianceController } from './http/compliance.controller';
import { Mailer } from './mail/mailer';
import { NotificationsService } from './notifications.service';
import { ScheduledRunLease } from './scheduled-run-lease';

/** The daily compliance run (scheduled, leased), email and in-app notifications. */
@Module({
  imports: [ServiceAreasModule],
  controllers: [ComplianceController],
  providers: [ComplianceRunService, ComplianceScheduler, Mailer, NotificationsService, ScheduledRunLease],
  exports: [ComplianceRunService, NotificationsService, Mailer],
})
export class ComplianceModule {}
