import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, UseFilters } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '../../actions/http/zod-input';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DomainErrorFilter } from '../../actions/http/domain-error.filter';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser, Roles } from '../../auth/decorators';
import { ComplianceRunService } from '../compliance-run.service';
import { NotificationsService } from '../notifications.service';

const preferencesSchema = z.object({ digestOnly: z.boolean({ message: 'must be true or false' }) }).strict();

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
      "Runs the checks now: due soon, at risk, overdue, overdue summaries, escalation emails and digests (idempotent: nothing is sent twice; 409 while a run is going)",
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
  @ApiOperation({
    summary:
      "The caller's notices, newest first: {notifications: [{id, kind, actionId, link, createdAt, readAt, subject, body, emailedAt}], unread}; kinds: assigned, due_soon, at_risk, overdue, overdue_summary, awaiting_verification, evidence_refused, extension_granted",
  })
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

  @Get('notifications/preferences')
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  @ApiOperation({ summary: "The caller's email choice: {digestOnly}" })
  async preferences(@CurrentUser() user: AuthUser) {
    return this.notifications.preferences(user);
  }

  @Put('notifications/preferences')
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  @ApiOperation({
    summary: 'Body {digestOnly: true|false}: true to get notification emails only in the daily digest',
  })
  async setPreferences(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    const data = parseInput(preferencesSchema, body, 'email choice');
    return this.notifications.setPreferences(user, data);
  }
}
