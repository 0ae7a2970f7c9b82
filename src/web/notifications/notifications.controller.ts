import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser, Roles } from '../../auth/decorators';
import { NotificationsService } from '../../compliance/notifications.service';
import { FlashStore } from '../support/flash-store';
import { FieldError, FormState, formValues } from '../support/form-state';
import { submitForm } from '../support/form-submission';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';

const EMAIL_CHOICES = [
  {
    value: 'immediate',
    text: 'At once for new assignments and escalations, and a daily digest of the rest',
  },
  { value: 'digest', text: 'Only in the daily digest' },
];

/** A person's notices (NotificationsService), newest first, and how they want to be emailed. */
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

  @Get('settings')
  async settings(@Req() req: WebRequest, @Res() res: Response, @CurrentUser() user: AuthUser): Promise<void> {
    const { digestOnly } = await this.notifications.preferences(user);
    await this.pages.render(req, res, 'pages/notifications/settings.njk', {
      title: 'How you are emailed',
      formId: 'email-choice',
      fromForm: (form: FormState) => {
        const chosen = form.values.email ?? (digestOnly ? 'digest' : 'immediate');
        return { choiceItems: EMAIL_CHOICES.map((c) => ({ ...c, checked: c.value === chosen })) };
      },
    });
  }

  @Post('settings')
  async saveSettings(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['email']);
    const errors: FieldError[] = EMAIL_CHOICES.some((c) => c.value === values.email)
      ? []
      : [{ field: 'email', text: 'Choose how you want to be emailed' }];
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'email-choice',
      values,
      errors,
      act: async () => {
        const { digestOnly } = await this.notifications.setPreferences(user, {
          digestOnly: values.email === 'digest',
        });
        return digestOnly
          ? 'Saved: you will get notification emails only in the daily digest.'
          : 'Saved: you will get new assignments and escalations at once, and a daily digest.';
      },
      successUrl: '/notifications/settings',
      refusalField: () => 'email',
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
