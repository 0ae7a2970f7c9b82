import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/access/auth-user';
import { tablesToCsv, tablesToXlsx } from '../report-tables';
import { annualDocx, annualTables } from './annual-export';
import { AnnualReportService } from './annual-report.service';
import type { ReportPeriod } from './report-period';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer | string;
}

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The committee pack as a file: CSV, XLSX (exceljs) or Word (docx), from the same tables. */
@Injectable()
export class AnnualExports {
  constructor(private readonly annual: AnnualReportService) {}

  async file(user: AuthUser, period: ReportPeriod, format: 'csv' | 'xlsx' | 'docx'): Promise<ExportFile> {
    const { report, decisions } = await this.annual.reportWithDecisions(user, period);
    const tables = annualTables(report, decisions);
    const fileName = `annual-report-${period.key}.${format}`;
    if (format === 'csv') {
      // A byte-order mark so spreadsheet programs read the £ signs as UTF-8.
      return { fileName, contentType: TYPES.csv, body: `\ufeff${tablesToCsv(tables)}` };
    }
    if (format === 'xlsx') {
      const body = await tablesToXlsx(tables, {
        title: `${report.councilName} annual complaints report ${report.label}`,
        generatedAt: new Date(),
      });
      return { fileName, contentType: TYPES.xlsx, body };
    }
    return { fileName, contentType: TYPES.docx, body: await annualDocx(report, tables) };
  }
}
