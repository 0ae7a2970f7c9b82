import {
  Body,
  ConflictException,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Response } from 'express';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser, Roles } from '../../auth/decorators';
import { ComplianceRunService } from '../../compliance/compliance-run.service';
import { ServiceAreasService } from '../../service-areas/service-areas.service';
import { ApiTokensService } from '../../users/api-tokens.service';
import { ROLES } from '../../users/entities/user.entity';
import { UserInputError } from '../../users/user-errors';
import { toUserView, UsersService } from '../../users/users.service';
import { humanise } from '../setup/view-filters';
import { FlashStore } from '../support/flash-store';
import { FieldError, FormState, formState, formValues } from '../support/form-state';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';

const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x) => typeof x === 'string' && x);

/** The field a UsersService refusal belongs to, from its wording. */
function fieldFor(message: string): string {
  if (/email/i.test(message)) return 'email';
  if (/password/i.test(message)) return 'password';
  if (/service/i.test(message)) return 'serviceAreaIds';
  if (/role/i.test(message)) return 'role';
  return 'name';
}

const FIGURES: [string, string][] = [
  ['actionsChecked', 'Open actions checked'],
  ['dueSoon', 'Newly due soon'],
  ['atRisk', 'Newly at risk'],
  ['overdue', 'Newly overdue'],
  ['backfilledOverdue', 'Already overdue when accepted (summarised)'],
  ['overdueSummaries', 'Overdue summaries'],
  ['notificationsCreated', 'Notices created'],
  ['immediateEmails', 'Escalation emails'],
  ['digests', 'Digests emailed'],
  ['emailsFailed', 'Emails that failed'],
  ['durationMs', 'Time taken (ms)'],
];

/** The last run's figures, labelled, as the admin page lists them. */
function runFigures(summary: Record<string, unknown>): { label: string; value: string }[] {
  return FIGURES.filter(([key]) => typeof summary[key] === 'number').map(([key, label]) => ({
    label,
    value: String(summary[key]),
  }));
}

/** Admin: users (UsersService) and their API tokens (ApiTokensService); service areas have their own controller. */
@Controller('admin')
@Roles('admin')
@UseFilters(WebErrorFilter)
export class AdminController {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: ApiTokensService,
    private readonly areas: ServiceAreasService,
    private readonly pages: PageRenderer,
    private readonly flash: FlashStore,
    private readonly checks: ComplianceRunService,
  ) {}

  @Get()
  async index(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const last = await this.checks.lastRun();
    await this.pages.render(req, res, 'pages/admin/index.njk', {
      title: 'Admin',
      checks: {
        running: !!(last?.lockedBy && last.lockedUntil && last.lockedUntil > new Date()),
        lastRunOn: last?.lastRunOn ?? null,
        lastFinishedAt: last?.lastFinishedAt ?? null,
        error: typeof last?.lastSummary?.error === 'string' ? last.lastSummary.error : null,
        figures: last?.lastSummary ? runFigures(last.lastSummary) : [],
      },
    });
  }

  /** Runs the daily checks now (the lease keeps it to one run at a time; nothing is sent twice). */
  @Post('checks/run')
  async runChecks(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    try {
      const s = await this.checks.runNow();
      await this.flash.message(
        req,
        res,
        `Checks done: ${s.notificationsCreated} new notices, ${s.emailsSent} emails sent${s.emailsFailed ? `, ${s.emailsFailed} failed` : ''}.`,
      );
    } catch (e) {
      if (!(e instanceof ConflictException)) throw e;
      await this.flash.message(req, res, 'The checks are already running. Look again in a few minutes.');
    }
    res.redirect(303, '/admin#checks');
  }

  @Get('users')
  async usersPage(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const [users, areaList] = await Promise.all([this.users.list(), this.areas.list()]);
    const names = new Map(areaList.map((a) => [a.id, a.name]));
    await this.pages.render(req, res, 'pages/admin/users.njk', {
      title: 'Users',
      formId: 'new-user',
      users: users.map((u) => {
        const v = toUserView(u);
        return { ...v, services: v.serviceAreaIds.map((id) => names.get(id) ?? id) };
      }),
      fromForm: (form: FormState) => ({
        roleItems: ROLES.map((r) => ({ value: r, text: humanise(r), checked: form.values.role === r })),
      }),
      areaItems: areaList.map((a) => ({ value: a.id, text: a.name })),
    });
  }

  @Post('users')
  async createUser(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() admin: AuthUser,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['email', 'name', 'role', 'password']);
    const errors: FieldError[] = [];
    if (!values.email) errors.push({ field: 'email', text: 'Enter the email address' });
    if (!values.role) errors.push({ field: 'role', text: 'Choose a role' });
    if (!errors.length) {
      try {
        const user = await this.users.create(
          {
            email: values.email,
            name: values.name || null,
            role: values.role,
            serviceAreaIds: list(body.serviceAreaIds),
            password: values.password || null,
          },
          admin,
        );
        await this.flash.message(req, res, `${user.email} can now use Redress.`);
        return res.redirect(303, `/admin/users/${user.id}`);
      } catch (e) {
        if (!(e instanceof UserInputError)) throw e;
        errors.push({ field: fieldFor(e.message), text: e.message });
      }
    }
    await this.flash.form(req, res, 'new-user', formState({ ...values, password: '' }, errors));
    res.redirect(303, '/admin/users#add-user');
  }

  @Get('users/:id')
  async userPage(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    await this.renderUser(req, res, id, null);
  }

  @Post('users/:id')
  async updateUser(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() admin: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['name', 'role']);
    try {
      await this.users.update(
        id,
        {
          ...(values.name ? { name: values.name } : {}),
          ...(values.role ? { role: values.role } : {}),
          serviceAreaIds: list(body.serviceAreaIds),
          active: list(body.active).includes('true'),
        },
        admin,
      );
      await this.flash.message(req, res, 'Changes saved.');
    } catch (e) {
      if (!(e instanceof UserInputError) || e.kind === 'not_found') throw e;
      await this.flash.form(
        req,
        res,
        'user',
        formState(values, [{ field: fieldFor(e.message), text: e.message }]),
      );
    }
    res.redirect(303, `/admin/users/${id}`);
  }

  /** The new token is shown on this response only (never stored, never put in a redirect). */
  @Post('users/:id/tokens')
  async createToken(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() admin: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const { name } = formValues(body, ['name']);
    const { token } = await this.tokens.create(id, name, admin);
    await this.renderUser(req, res, id, token, 201);
  }

  @Post('users/:id/tokens/:tokenId/revoke')
  async revokeToken(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() admin: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('tokenId', new ParseUUIDPipe()) tokenId: string,
  ): Promise<void> {
    const token = await this.tokens.revoke(id, tokenId, admin);
    await this.flash.message(req, res, `Token ${token.name} revoked.`);
    res.redirect(303, `/admin/users/${id}`);
  }

  private async renderUser(
    req: WebRequest,
    res: Response,
    id: string,
    newToken: string | null,
    status = 200,
  ) {
    const [user, areaList, tokens] = await Promise.all([
      this.users.get(id),
      this.areas.list(),
      this.tokens.list(id),
    ]);
    const view = toUserView(user);
    await this.pages.render(
      req,
      res,
      'pages/admin/user.njk',
      {
        title: view.name,
        formId: 'user',
        target: view,
        newToken,
        tokens,
        roleItems: ROLES.map((r) => ({ value: r, text: humanise(r), checked: view.role === r })),
        areaItems: areaList.map((a) => ({
          value: a.id,
          text: a.name,
          checked: view.serviceAreaIds.includes(a.id),
        })),
      },
      status,
    );
  }
}
