import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser, Roles } from '../../auth/decorators';
import { NotificationsService } from '../../compliance/notifications.service';
import { FlashStore } from '../support/flash-store';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';

/** A person's reminders, escalations and overdue notices (NotificationsService), newest first. */
@Controller('notifications')
@Roles('admin', 'officer', 'service_lead', 'senior_officer')
@UseFilters(WebErrorFilter)
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly pages: PageRenderer,
    private readonly flash: FlashStore,
  ) {}

  @Get()
  async list(@Req() req: WebRequest, @Res() res: Response, @CurrentUser() user: AuthUser): Promise<void> {
    const { notifications, unread } = await this.notifications.list(user, { limit: 100 });
    await this.pages.render(req, res, 'pages/notifications/list.njk', {
      title: unread ? `Notifications (${unread} unread)` : 'Notifications',
      notifications,
      unreadCount: unread,
    });
  }

  @Post('read-all')
  async readAll(@Req() req: WebRequest, @Res() res: Response, @CurrentUser() user: AuthUser): Promise<void> {
    const { marked } = await this.notifications.markAllRead(user);
    await this.flash.message(
      req,
      res,
      `${marked} ${marked === 1 ? 'notification' : 'notifications'} marked as read.`,
    );
    res.redirect(303, '/notifications');
  }

  @Post(':id/read')
  async read(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    await this.notifications.markRead(user, id);
    res.redirect(303, '/notifications');
  }
}
