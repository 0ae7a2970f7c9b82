import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  UseFilters,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DomainErrorFilter } from '../platform/http/domain-error.filter';
import { Roles } from '../common/access/route-access';
import { CasesService } from './cases.service';

@ApiTags('complaint cases')
@ApiBearerAuth()
@Controller('api')
@UseFilters(DomainErrorFilter)
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get('cases')
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Complaint cases, newest first; ?q= searches title and references' })
  @ApiQuery({ name: 'q', required: false })
  async list(@Query('q') q?: string) {
    return { cases: await this.cases.list({ q }) };
  }

  @Get('cases/:id')
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'A complaint case with its stage history (Stage 1, 2, 3, Ombudsman documents)' })
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return { case: await this.cases.get(id) };
  }

  @Post('cases')
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Records a complaint case' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['title'],
      properties: {
        title: { type: 'string' },
        reference: { type: 'string' },
        ombudsmanReference: { type: 'string', example: '22 010 680' },
        stage: { type: 'string', enum: ['stage1', 'stage2', 'stage3', 'ombudsman'] },
        serviceAreaId: { type: 'string', format: 'uuid' },
      },
    },
  })
  async create(@Body() body: unknown) {
    return { case: await this.cases.create(body) };
  }

  @Put('documents/:id/case')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({
    summary:
      'Links a document to a case chosen by id or found by reference; with neither, found by the references the document carries (case reference given at upload, Ombudsman reference read from it)',
  })
  @ApiBody({
    schema: {
      type: 'object',
      properties: { caseId: { type: 'string', format: 'uuid' }, reference: { type: 'string' } },
    },
  })
  async link(@Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return { case: await this.cases.linkDocument(id, body) };
  }
}
