import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { parseInput } from '../../common/input';
import { AUDIT } from '../../audit/audit-types';
import { AuditService } from '../../audit/audit.service';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { AnnualExports } from '../../reports/annual/annual-exports.service';
import { AnnualReportService } from '../../reports/annual/annual-report.service';
import { periodOf, periodQuery } from '../../reports/annual/period-query';
import { ROLES } from '../../users/entities/user.entity';
import { FlashStore } from '../support/flash-store';
import { FieldError, formValues } from '../support/form-state';
import { submitForm } from '../support/form-submission';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { safeNext } from '../support/redirects';
import { WebErrorFilter } from '../support/web-error.filter';
import { buildAnnualView, listHref, periodQueryString } from './annual-view';
import { percent } from '../setup/view-filters';

const pageQuery = z.object(periodQuery).strict();
const listQuery = z.object({ ...periodQuery, figure: z.string().min(1).max(200) }).strict();
const downloadQuery = z
  .object({
    ...periodQuery,
    format: z.enum(['csv', 'xlsx', 'docx'], { errorMap: () => ({ message: 'use csv, xlsx or docx' }) }),
  })
  .strict();
const WRITERS = ['admin', 'officer'] as const;
const canWrite = (user: AuthUser) => (WRITERS as readonly string[]).includes(user.role);
const rate = (v: number | null) => (v === null ? 'None to count' : percent(v));

/**
 * The annual complaints report (printable, every figure linked to its list), the lists, the
 * Ombudsman's letter ahead of time, the downloads, and the officer's commentary and remedied-before
 * answers (Post/Redirect/Get). The services do the work; nothing here carries personal data.
 */
@Controller('reports/annual')
@Roles(...ROLES)
@UseFilters(WebErrorFilter)
export class AnnualReportPagesController {
  constructor(
    private readonly annual: AnnualReportService,
    private readonly exports: AnnualExports,
    private readonly pages: PageRenderer,
    private readonly flash: FlashStore,
    private readonly audit: AuditService,
  ) {}

  @Get()
  async report(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Query() query: unknown,
  ): Promise<void> {
    const period = periodOf(parseInput(pageQuery, query, 'address'));
    const { report, decisions } = await this.annual.reportWithDecisions(user, period);
    const view = buildAnnualView(report);
    await this.pages.render(req, res, 'pages/reports/annual.njk', {
      title: view.title,
      formId: 'commentary',
      view,
      decisions,
      asOf: report.asOf,
      commentary: report.commentary,
      year: period.year,
      calendar: period.kind === 'calendar',
      canWrite: canWrite(user),
    });
  }

  @Get('list')
  async list(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Query() query: unknown,
  ): Promise<void> {
    const q = parseInput(listQuery, query, 'address');
    const period = periodOf(q);
    const list = await this.annual.list(user, period, q.figure);
    const decisionList = /^(decisions|satisfactory)\b/.test(q.figure);
    await this.pages.render(req, res, 'pages/reports/annual-list.njk', {
      title: list.title,
      list,
      backHref: q.figure.startsWith('letter.')
        ? '/reports/annual/letter'
        : `/reports/annual?${periodQueryString({ year: period.year, kind: period.kind })}`,
      selfHref: listHref({ year: period.year, kind: period.kind }, q.figure),
      canConfirm: decisionList && canWrite(user),
    });
  }

  @Get('letter')
  async letter(@Req() req: WebRequest, @Res() res: Response, @CurrentUser() user: AuthUser): Promise<void> {
    const letter = await this.annual.letter(user);
    const f = { year: Number(letter.period.label.slice(0, 4)), kind: 'ombudsman' as const };
    // the year so far: the lists are of the whole Ombudsman year, which has nothing after today
    await this.pages.render(req, res, 'pages/reports/annual-letter.njk', {
      title: "The Ombudsman's letter, if the year ended today",
      letter,
      rates: {
        upheld: rate(letter.upheld.rate),
        compliance: rate(letter.compliance.rate),
        remedied: rate(letter.satisfactoryRemedy.rate),
      },
      links: {
        upheld: listHref(f, 'decisions.upheld'),
        investigated: listHref(f, 'decisions.investigated'),
        complied: listHref(f, 'compliance.complied'),
        late: listHref(f, 'compliance.late'),
        pending: listHref(f, 'compliance.pending'),
        remedied: listHref(f, 'satisfactory.remedied_before'),
        upheldList: listHref(f, 'satisfactory.upheld'),
        atRisk: listHref(f, 'letter.at_risk'),
      },
      canOpenActions: user.role !== 'scrutiny',
    });
  }

  @Get('download')
  async download(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Query() query: unknown,
  ): Promise<void> {
    const q = parseInput(downloadQuery, query, 'address');
    const period = periodOf(q);
    const file = await this.exports.file(user, period, q.format);
    await this.audit.record({
      type: AUDIT.exported,
      user,
      subjectType: 'report',
      subjectId: 'annual-report',
      req,
      detail: { format: q.format, period: period.key },
    });
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.attachment(file.fileName);
    res.send(file.body);
  }

  @Post('commentary')
  @Roles(...WRITERS)
  async commentary(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['text', 'year', 'calendar']);
    const period = periodOf(
      parseInput(pageQuery, { year: values.year || undefined, calendar: values.calendar || 'false' }, 'form'),
    );
    const errors: FieldError[] = [];
    if (!values.text) errors.push({ field: 'text', text: 'Enter the commentary for the committee' });
    else if (values.text.length > 20_000)
      errors.push({ field: 'text', text: 'The commentary must be 20,000 characters or fewer' });
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'commentary',
      values,
      errors,
      act: async () => {
        await this.annual.saveCommentary(user, period, values.text);
        return 'Commentary saved.';
      },
      successUrl: `/reports/annual?${periodQueryString({ year: period.year, kind: period.kind })}#commentary-heading`,
      refusalField: () => 'text',
    });
  }

  @Post('remedied-before')
  @Roles(...WRITERS)
  async remediedBefore(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['documentId', 'remediedBefore', 'back']);
    const back = safeNext(values.back, '/reports/annual');
    const errors: FieldError[] = [];
    if (!['true', 'false'].includes(values.remediedBefore ?? ''))
      errors.push({
        field: 'remediedBefore',
        text: 'Choose whether the council had already remedied the complaint',
      });
    if (!/^[0-9a-f-]{36}$/i.test(values.documentId ?? ''))
      errors.push({ field: 'remediedBefore', text: 'That decision could not be found' });
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'remedied-before',
      values,
      errors,
      act: async () => {
        await this.annual.setRemediedBefore(user, values.documentId, values.remediedBefore === 'true');
        return values.remediedBefore === 'true'
          ? 'Recorded: the council had already remedied it before the Ombudsman.'
          : 'Recorded: the council had not remedied it before the Ombudsman.';
      },
      successUrl: back,
      refusalField: () => 'remediedBefore',
    });
  }
}
