import { Module } from '@nestjs/common';
import { ServiceAreasModule } from '../service-areas/service-areas.module';
import { AnnualExports } from './annual/annual-exports.service';
import { AnnualReportRepository } from './annual/annual-report.repository';
import { AnnualReportService } from './annual/annual-report.service';
import { AnnualReportController, RemediedBeforeController } from './http/annual.controller';
import { ReportsController } from './http/reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

/**
 * Outstanding, compliance, payments and themes reports (JSON and CSV), and the annual report with the
 * Ombudsman's letter ahead of time (JSON, CSV, XLSX, Word). The web pages use the services.
 */
@Module({
  imports: [ServiceAreasModule],
  controllers: [ReportsController, AnnualReportController, RemediedBeforeController],
  providers: [ReportsRepository, ReportsService, AnnualReportRepository, AnnualReportService, AnnualExports],
  exports: [ReportsService, AnnualReportService, AnnualExports],
})
export class ReportsModule {}
