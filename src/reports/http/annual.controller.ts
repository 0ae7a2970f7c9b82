import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Put,
  Query,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { DomainErrorFilter } from '../../platform/http/domain-error.filter';
import { parseInput } from '../../common/input';
import { AuditService } from '../../audit/audit.service';
import { AUDIT } from '../../audit/audit-types';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { AnnualExports } from '../annual/annual-exports.service';
import { AnnualReportService } from '../annual/annual-report.service';
import { periodOf, periodQuery } from '../annual/period-query';

const READERS = ['admin', 'officer', 'service_lead', 'senior_officer', 'scrutiny'] as const;

const annualQuery = z
  .object({
    ...periodQuery,
    format: z
      .enum(['json', 'csv', 'xlsx', 'docx'], { errorMap: () => ({ message: 'use json, csv, xlsx or docx' }) })
      .default('json'),
  })
  .strict();
const listQuery = z
  .object({ ...periodQuery, figure: z.string({ required_error: 'is required' }).min(1).max(200) })
  .strict();
const commentaryBody = z
  .object({ ...periodQuery, text: z.string({ required_error: 'is required' }).max(20_000, 'is too long') })
  .strict();
const remediedBody = z
  .object({ remediedBefore: z.boolean({ invalid_type_error: 'must be true, false or null' }).nullable() })
  .strict();

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/reports/annual')
@UseFilters(DomainErrorFilter)
export class AnnualReportController {
  constructor(
    private readonly annual: AnnualReportService,
    private readonly exports: AnnualExports,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary:
      "The annual report for the Ombudsman's year (1 April YYYY to 31 March YYYY+1; calendar=true for a calendar year), with the previous year beside it",
  })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'calendar', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv', 'xlsx', 'docx'] })
  @ApiProduces(
    'application/json',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  async report(@Query() query: unknown, @CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    const q = parseInput(annualQuery, query, 'query');
    const period = periodOf(q);
    res.setHeader('Cache-Control', 'private, no-store');
    if (q.format === 'json') {
      res.json(await this.annual.report(user, period));
      return;
    }
    const file = await this.exports.file(user, period, q.format);
    await this.audit.record({
      type: AUDIT.exported,
      user,
      subjectType: 'report',
      subjectId: 'annual-report',
      detail: { format: q.format, period: period.key },
    });
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.attachment(file.fileName);
    res.send(file.body);
  }

  @Get('list')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The list behind one figure of the annual report (`figure`, e.g. compliance.late)',
  })
  async list(@Query() query: unknown, @CurrentUser() user: AuthUser) {
    const q = parseInput(listQuery, query, 'query');
    return this.annual.list(user, periodOf(q), q.figure);
  }

  @Get('letter')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      "The Ombudsman's letter ahead of time: the three figures if the year ended today, and the remedies at risk",
  })
  letter(@CurrentUser() user: AuthUser) {
    return this.annual.letter(user);
  }

  @Put('commentary')
  @Roles('admin', 'officer')
  @HttpCode(204)
  @ApiOperation({ summary: "The officer's commentary for the period's committee pack" })
  async commentary(@Body() body: unknown, @CurrentUser() user: AuthUser): Promise<void> {
    const b = parseInput(commentaryBody, body);
    await this.annual.saveCommentary(user, periodOf(b), b.text);
  }
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/documents')
@UseFilters(DomainErrorFilter)
export class RemediedBeforeController {
  constructor(private readonly annual: AnnualReportService) {}

  @Put(':id/remedied-before')
  @Roles('admin', 'officer')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Confirm whether the council had already offered a satisfactory remedy before the Ombudsman (an Ombudsman decision)',
  })
  async set(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const b = parseInput(remediedBody, body);
    await this.annual.setRemediedBefore(user, id, b.remediedBefore);
  }
}
