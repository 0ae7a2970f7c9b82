import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { ActionPaymentsService } from '../action-payments.service';
import { ActionWorkflowService } from '../action-workflow.service';
import { ActionsQueryService } from '../actions-query.service';
import { EvidenceService } from '../evidence.service';
import { DomainErrorFilter } from '../../platform/http/domain-error.filter';
import { EvidenceUploadInterceptor } from './evidence-upload.interceptor';

const ALL_ROLES = ['admin', 'officer', 'service_lead', 'senior_officer', 'scrutiny'] as const;
const CHANGERS = ['admin', 'officer', 'service_lead', 'senior_officer'] as const;

@ApiTags('actions')
@ApiBearerAuth()
@Controller('api')
@UseFilters(DomainErrorFilter)
export class ActionsController {
  constructor(
    private readonly query: ActionsQueryService,
    private readonly workflow: ActionWorkflowService,
    private readonly payments: ActionPaymentsService,
    private readonly evidence: EvidenceService,
  ) {}

  @Get('actions')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary:
      'Tracked actions the caller may see, filtered and paged: {actions, total, page, pageSize}; each action has its text as the decision wrote it, a title for lists (a leading "It" named as the organisation), and ownerId and ownerName',
  })
  @ApiQuery({
    name: 'status',
    required: false,
    description: 'one or more, comma separated: open,in_progress,...',
  })
  @ApiQuery({ name: 'serviceAreaId', required: false, description: 'that area and those below it' })
  @ApiQuery({ name: 'ownerId', required: false, description: 'a person id, or "me"' })
  @ApiQuery({ name: 'overdue', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'learning', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'ombudsmanRemedy', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'documentId', required: false })
  @ApiQuery({ name: 'dueBefore', required: false, description: 'YYYY-MM-DD' })
  @ApiQuery({ name: 'dueAfter', required: false, description: 'YYYY-MM-DD' })
  @ApiQuery({ name: 'q', required: false, description: 'words in the action text, any case' })
  @ApiQuery({
    name: 'sort',
    required: false,
    enum: ['dueDate', '-dueDate', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'status'],
  })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false, description: 'at most 500; 50 when left out' })
  async list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser) {
    return this.query.list(user, query);
  }

  @Get('actions/:id')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'One action with payments (pounds), history events and evidence (not for scrutiny)',
  })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.query.get(user, id);
  }

  @Post('actions/:id/transitions')
  @HttpCode(200)
  @Roles(...CHANGERS)
  @ApiOperation({
    summary: 'Moves the action to another status',
    description:
      'open -> in_progress -> completed -> verified; open -> completed; completed -> in_progress (send back, note required); open|in_progress -> cancelled (note = reason). Completing needs evidence when the recommendation asked for it (422). A change the table forbids: 409.',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['to'],
      properties: {
        to: { type: 'string', enum: ['open', 'in_progress', 'completed', 'verified', 'cancelled'] },
        note: { type: 'string' },
        date: { type: 'string', format: 'date', description: 'when it happened, if not today' },
      },
    },
  })
  async transition(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
  ) {
    return this.workflow.transition(user, id, body);
  }

  @Post('actions/:id/due-date')
  @HttpCode(200)
  @Roles('admin', 'officer', 'senior_officer')
  @ApiOperation({
    summary: 'A new due date, with a reason; the original due date is kept and who approved it recorded',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['dueDate', 'reason'],
      properties: { dueDate: { type: 'string', format: 'date' }, reason: { type: 'string' } },
    },
  })
  async changeDueDate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
  ) {
    return this.workflow.changeDueDate(user, id, body);
  }

  @Patch('actions/:id')
  @Roles(...CHANGERS)
  @ApiOperation({ summary: 'Assigns the action: owner (service leads too), service area or text (officers)' })
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        serviceAreaId: { type: 'string', format: 'uuid' },
        ownerId: { type: 'string', format: 'uuid', nullable: true },
        text: { type: 'string' },
      },
    },
  })
  async assign(@Param('id', ParseUUIDPipe) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.workflow.assign(user, id, body);
  }

  @Post('actions/:id/payments')
  @HttpCode(201)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Adds a payment to the action (pounds)' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['agreedAmount'],
      properties: {
        agreedAmount: { type: 'number' },
        payee: { type: 'string' },
        purpose: { type: 'string' },
        amountPaid: { type: 'number' },
        datePaid: { type: 'string', format: 'date' },
      },
    },
  })
  async addPayment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
  ) {
    return this.payments.add(user, id, body);
  }

  @Post('actions/:id/payments/:paymentId')
  @HttpCode(200)
  @Roles(...CHANGERS)
  @ApiOperation({
    summary: 'Records a payment: amount paid and date paid (pounds), or corrects the agreed amount',
  })
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        amountPaid: { type: 'number' },
        datePaid: { type: 'string', format: 'date' },
        agreedAmount: { type: 'number' },
        payee: { type: 'string' },
      },
    },
  })
  async recordPayment(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('paymentId', ParseUUIDPipe) paymentId: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
  ) {
    return this.payments.record(user, id, paymentId, body);
  }

  @Post('actions/:id/evidence')
  @HttpCode(201)
  @Roles(...CHANGERS)
  @UseInterceptors(EvidenceUploadInterceptor)
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiOperation({
    summary:
      'Adds evidence: a file (PDF, Word, Excel, PNG, JPEG, text; type checked from its bytes) and/or a note',
  })
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' }, note: { type: 'string' } },
    },
  })
  async addEvidence(
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: { note?: unknown } | undefined,
    @CurrentUser() user: AuthUser,
  ) {
    const note = typeof body?.note === 'string' ? body.note : null;
    const evidence = await this.evidence.add(user, id, {
      file: file ? { path: file.path, sizeBytes: file.size, originalName: file.originalname ?? null } : null,
      note,
    });
    return { evidence };
  }

  @Get('evidence/:id/file')
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  @ApiOperation({ summary: 'Downloads an evidence file (as an attachment, never shown inline)' })
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const file = await this.evidence.open(user, id, req);
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(file.sizeBytes));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    file.stream.on('error', () => res.destroy());
    file.stream.pipe(res);
  }
}
