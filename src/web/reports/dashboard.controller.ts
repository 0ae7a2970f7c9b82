import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { AUDIT } from '../../audit/audit-types';
import { AuditService } from '../../audit/audit.service';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { ROLES } from '../../users/entities/user.entity';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';
import { tablesToCsv, tablesToXlsx } from '../../reports/report-tables';
import { ScrutinySource } from './scrutiny-source';
import { buildScrutinyView } from './scrutiny-view';

/**
 * The scrutiny dashboard (charts with tables), the committee report as a printable page, and the
 * same report as CSV and XLSX downloads. No personal data: the reports service redacts and counts.
 */
@Controller('dashboard')
@Roles(...ROLES)
@UseFilters(WebErrorFilter)
export class DashboardController {
  constructor(
    private readonly source: ScrutinySource,
    private readonly pages: PageRenderer,
    private readonly audit: AuditService,
  ) {}

  private recordExport(user: AuthUser, req: WebRequest, format: 'csv' | 'xlsx'): Promise<unknown> {
    return this.audit.record({
      type: AUDIT.exported,
      user,
      subjectType: 'report',
      subjectId: 'committee-report',
      req,
      detail: { format },
    });
  }

  @Get()
  async dashboard(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const view = buildScrutinyView(await this.source.load(user));
    await this.pages.render(req, res, 'pages/dashboard/dashboard.njk', { title: 'Scrutiny dashboard', view });
  }

  @Get('report')
  async report(@Req() req: WebRequest, @Res() res: Response, @CurrentUser() user: AuthUser): Promise<void> {
    const view = buildScrutinyView(await this.source.load(user));
    await this.pages.render(req, res, 'pages/dashboard/committee-report.njk', {
      title: 'Learning from complaints: report to the scrutiny committee',
      view,
    });
  }

  @Get('report.csv')
  async csv(@Req() req: WebRequest, @Res() res: Response, @CurrentUser() user: AuthUser): Promise<void> {
    const view = buildScrutinyView(await this.source.load(user));
    await this.recordExport(user, req, 'csv');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.attachment(`committee-report-${new Date().toISOString().slice(0, 10)}.csv`);
    // A byte-order mark so spreadsheet programs read the £ signs and accents as UTF-8.
    res.send(`\ufeff${tablesToCsv(view.tables)}`);
  }

  @Get('report.xlsx')
  async xlsx(@Req() req: WebRequest, @Res() res: Response, @CurrentUser() user: AuthUser): Promise<void> {
    const data = await this.source.load(user);
    await this.recordExport(user, req, 'xlsx');
    const view = buildScrutinyView(data);
    const file = await tablesToXlsx(view.tables, {
      title: 'Committee report',
      generatedAt: data.generatedAt,
    });
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Cache-Control', 'no-store');
    res.attachment(`committee-report-${new Date().toISOString().slice(0, 10)}.xlsx`);
    res.send(file);
  }
}
