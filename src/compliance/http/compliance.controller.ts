import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DomainErrorFilter } from '../../actions/http/domain-error.filter';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser, Roles } from '../../auth/decorators';
import { ComplianceRunService } from '../compliance-run.service';
import { NotificationsService } from '../notifications.service';

@ApiTags('compliance and notifications')
@ApiBearerAuth()
@Controller('api')
@UseFilters(DomainErrorFilter)
export class ComplianceController {
  constructor(
    private readonly runs: ComplianceRunService,
    private readonly notifications: NotificationsService,
  ) {}

  @Post('compliance/run')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      "Runs today's compliance run now: reminders, escalations, overdue flags (idempotent: nothing is sent twice)",
  })
  async run() {
    return { summary: await this.runs.runNow() };
  }

  @Get('compliance/run')
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'When the compliance run last ran, and what it did' })
  async lastRun() {
    return { lastRun: await this.runs.lastRun() };
  }

  @Get('notifications')
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  @ApiOperation({ summary: "The caller's notifications, newest first: {notifications, unread}" })
  @ApiQuery({ name: 'unread', required: false, enum: ['true', 'false'] })
  async list(@CurrentUser() user: AuthUser, @Query('unread') unread?: string) {
    return this.notifications.list(user, { unreadOnly: unread === 'true' });
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  @ApiOperation({ summary: 'Marks one notification as read' })
  async markRead(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return { notification: await this.notifications.markRead(user, id) };
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  @ApiOperation({ summary: "Marks all the caller's notifications as read" })
  async markAllRead(@CurrentUser() user: AuthUser) {
    return this.notifications.markAllRead(user);
  }
}
