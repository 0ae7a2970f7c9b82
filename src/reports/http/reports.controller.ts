import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { DomainErrorFilter } from '../../platform/http/domain-error.filter';
import { parseInput } from '../../common/input';
import { AuditService } from '../../audit/audit.service';
import { AUDIT } from '../../audit/audit-types';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { todayInLondon } from '../../calendar';
import { reportCsv } from '../report-csv';
import { ReportsService } from '../reports.service';

const READERS = ['admin', 'officer', 'service_lead', 'senior_officer', 'scrutiny'] as const;
const format = z.enum(['json', 'csv'], { errorMap: () => ({ message: 'use json or csv' }) }).default('json');
const baseQuery = z.object({ format }).strict();
const complianceQuery = z
  .object({
    format,
    remedies: z
      .enum(['ombudsman', 'all'], { errorMap: () => ({ message: 'use ombudsman or all' }) })
      .default('ombudsman'),
  })
  .strict();
const themesQuery = z
  .object({
    format,
    minCount: z.coerce.number().int('must be a whole number').min(1).max(1000).default(2),
    threshold: z.coerce.number().gt(0, 'must be above 0').lt(1, 'must be below 1').default(0.3),
  })
  .strict();

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/reports')
@UseFilters(DomainErrorFilter)
@Roles(...READERS)
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
  ) {}

  @Get('outstanding')
  @ApiOperation({ summary: 'Outstanding actions by service area, with overdue counts and age bands' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiProduces('application/json', 'text/csv')
  async outstanding(@Query() query: unknown, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const q = parseInput(baseQuery, query, 'query');
    const report = await this.reports.outstanding(user);
    await this.send(res, user, q.format, 'outstanding', report, () => reportCsv.outstanding(report.rows));
  }

  @Get('compliance')
  @ApiOperation({
    summary:
      'Per year: remedies due, completed on time, late, compliance rate (Ombudsman remedies; ?remedies=all for every action)',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiQuery({ name: 'remedies', required: false, enum: ['ombudsman', 'all'] })
  @ApiProduces('application/json', 'text/csv')
  async compliance(@Query() query: unknown, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const q = parseInput(complianceQuery, query, 'query');
    const report = await this.reports.compliance(user, { ombudsmanOnly: q.remedies === 'ombudsman' });
    await this.send(res, user, q.format, 'compliance', report, () => reportCsv.compliance(report.years));
  }

  @Get('payments')
  @ApiOperation({ summary: 'Remedy payments by year agreed and service: agreed, paid and unpaid (pounds)' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiProduces('application/json', 'text/csv')
  async payments(@Query() query: unknown, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const q = parseInput(baseQuery, query, 'query');
    const report = await this.reports.payments(user);
    await this.send(res, user, q.format, 'payments', report, () => reportCsv.payments(report.rows));
  }

  @Get('themes')
  @ApiOperation({
    summary:
      'Recurring themes: learning actions grouped by similarity (TF-IDF, cosine) across documents, labelled by top terms',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiQuery({ name: 'minCount', required: false, description: 'smallest theme to show (2)' })
  @ApiQuery({ name: 'threshold', required: false, description: 'cosine similarity to join a theme (0.3)' })
  @ApiProduces('application/json', 'text/csv')
  async themes(@Query() query: unknown, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const q = parseInput(themesQuery, query, 'query');
    const report = await this.reports.themes(user, { minCount: q.minCount, threshold: q.threshold });
    await this.send(res, user, q.format, 'themes', report, () => reportCsv.themes(report.themes));
  }

  private async send(
    res: Response,
    user: AuthUser,
    fmt: 'json' | 'csv',
    name: string,
    body: object,
    csv: () => string,
  ) {
    res.setHeader('Cache-Control', 'private, no-store');
    if (fmt === 'json') {
      res.json(body);
      return;
    }
    await this.audit.record({
      type: AUDIT.exported,
      user,
      subjectType: 'report',
      subjectId: name,
      detail: { format: 'csv' },
    });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}-${todayInLondon().toString()}.csv"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(`\ufeff${csv()}`);
  }
}
