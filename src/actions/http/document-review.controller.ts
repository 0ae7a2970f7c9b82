import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  UseFilters,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AUDIT } from '../../audit/audit-types';
import { AuditService } from '../../audit/audit.service';
import type { AuthRequest } from '../../auth/auth-request';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { toDocumentView } from '../../documents/document-views';
import { DomainError } from '../../common/errors';
import { parseCalendarDate } from '../../common/dates';
import { DocumentReviewService } from '../document-review.service';
import { DomainErrorFilter } from '../../platform/http/domain-error.filter';

const ID = { type: 'string', format: 'uuid' } as const;
const PAYMENT = {
  type: 'object',
  properties: { amount: { type: 'number' }, payee: { type: 'string' }, purpose: { type: 'string' } },
} as const;

/** The officer's work on a whole decision (the review inbox): bulk decisions, additions, facts, same case, delete. */
@ApiTags('documents (review)')
@ApiBearerAuth()
@Controller('api/documents')
@UseFilters(DomainErrorFilter)
export class DocumentReviewApiController {
  constructor(
    private readonly review: DocumentReviewService,
    private readonly audit: AuditService,
  ) {}

  @Post(':id/decisions')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({
    summary: 'Accepts and rejects several recommendations of one decision at once: all or nothing',
    description:
      'The first recommendation that cannot be decided stops the lot: 409 (422 for a refused owner) with `{message, recommendationId}` naming it, and nothing is saved.',
  })
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        accept: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'serviceAreaId'],
            properties: {
              id: ID,
              serviceAreaId: ID,
              ownerId: ID,
              dueDate: { type: 'string', format: 'date' },
            },
          },
        },
        reject: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'reason'],
            properties: { id: ID, reason: { type: 'string' } },
          },
        },
      },
    },
  })
  @ApiResponse({ status: 200, description: '{accepted: [{recommendationId, actionId}], rejected: [id]}' })
  @ApiResponse({ status: 409, description: '{message, recommendationId}: the first that cannot be decided' })
  async decide(@Param('id', ParseUUIDPipe) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.review.decide(id, body, user);
  }

  @Post(':id/recommendations')
  @HttpCode(201)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Adds a recommendation the extraction missed (typed, or a span of the text)' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['text'],
      properties: {
        text: { type: 'string' },
        span: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } },
        category: { type: 'string' },
        learning: { type: 'boolean' },
        payments: { type: 'array', items: PAYMENT },
        deadline: { type: 'object' },
      },
    },
  })
  @ApiResponse({ status: 201, description: '{recommendation} with status proposed' })
  async add(@Param('id', ParseUUIDPipe) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return { recommendation: await this.review.add(id, body, user) };
  }

  @Patch(':id')
  @Roles('admin', 'officer')
  @ApiOperation({
    summary:
      "Corrects the document's facts: type, reference, organisation, decision date, finding, fault, remedied before",
    description:
      'A changed decisionDate recomputes deadline.date of every undecided recommendation whose time limit counts from the decision; `movedDeadlines` lists them.',
  })
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        documentType: { type: 'string' },
        reference: { type: 'string', nullable: true },
        organisation: { type: 'string', nullable: true },
        decisionDate: { type: 'string', format: 'date', nullable: true },
        finding: { type: 'string', nullable: true },
        faultFound: { type: 'boolean', nullable: true },
        remediedBefore: {
          type: 'boolean',
          nullable: true,
          description:
            'The council had already offered a satisfactory remedy before the Ombudsman: true or false confirms it; null clears it',
        },
      },
    },
  })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
  ) {
    const { document, moved } = await this.review.correctFacts(id, body, user);
    return { ...toDocumentView(document), movedDeadlines: moved };
  }

  @Get(':id/deadline-moves')
  @Roles('admin', 'officer')
  @ApiOperation({
    summary: 'The undecided deadlines a new decision date would move (?decisionDate=YYYY-MM-DD; empty: none)',
  })
  async deadlineMoves(@Param('id', ParseUUIDPipe) id: string, @Query('decisionDate') decisionDate?: string) {
    if (decisionDate !== undefined && typeof decisionDate !== 'string')
      throw new DomainError('Give decisionDate once, as YYYY-MM-DD.');
    const date = decisionDate ? parseCalendarDate(decisionDate, 'decisionDate') : null;
    return { movedDeadlines: await this.review.deadlineMoves(id, date) };
  }

  @Post(':id/same-case')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({
    summary:
      'Answers "same case as an earlier document?": same (its proposals are rejected, never tracked twice) or different',
  })
  @ApiBody({
    schema: { type: 'object', required: ['answer'], properties: { answer: { enum: ['same', 'different'] } } },
  })
  async sameCase(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
  ) {
    return toDocumentView(await this.review.answerSameCase(id, body, user));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'officer')
  @ApiOperation({
    summary: 'Deletes a document with its proposals; 409 while an action from it is not cancelled',
  })
  async remove(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Req() req: AuthRequest,
  ) {
    await this.review.deleteDocument(id);
    await this.audit.record({
      type: AUDIT.documentDeleted,
      user,
      subjectType: 'document',
      subjectId: id,
      req,
    });
  }
}
