import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  UseFilters,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { ActionsQueryService } from '../actions-query.service';
import { DocumentReviewService } from '../document-review.service';
import { RecommendationReviewService } from '../recommendation-review.service';
import { DomainErrorFilter } from '../../platform/http/domain-error.filter';

const REASON_BODY = {
  schema: { type: 'object', required: ['reason'], properties: { reason: { type: 'string' } } },
};

@ApiTags('recommendations (review)')
@ApiBearerAuth()
@Controller('api/recommendations')
@UseFilters(DomainErrorFilter)
export class RecommendationsController {
  constructor(
    private readonly review: RecommendationReviewService,
    private readonly actions: ActionsQueryService,
    private readonly documents: DocumentReviewService,
  ) {}

  @Get(':id')
  @Roles('admin', 'officer')
  @ApiOperation({
    summary: 'One recommendation with its status, deadline, payments (pounds) and source span',
  })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    const recommendation = await this.review.get(id, user);
    const suggestedDue = recommendation.status === 'proposed' ? await this.review.suggestDueDate(id) : null;
    return {
      recommendation,
      suggestedDueDate: suggestedDue?.dueDate?.toString() ?? null,
      suggestedDueDateBasis: suggestedDue?.basis ?? null,
    };
  }

  @Post(':id/accept')
  @HttpCode(201)
  @Roles('admin', 'officer')
  @ApiOperation({
    summary: 'Accepts a proposed recommendation: creates its tracked action (exactly one)',
    description:
      'The due date is the one given, else the extracted deadline date, else the time limit counted from the decision date, else from today. Accepting twice: 409.',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['serviceAreaId'],
      properties: {
        serviceAreaId: { type: 'string', format: 'uuid' },
        ownerId: { type: 'string', format: 'uuid' },
        dueDate: { type: 'string', format: 'date' },
        text: { type: 'string' },
      },
    },
  })
  @ApiResponse({ status: 201, description: '{action}' })
  @ApiResponse({ status: 409, description: 'already accepted, rejected or not accepted' })
  async accept(@Param('id', ParseUUIDPipe) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    const accepted = await this.review.accept(id, body, user);
    return { action: await this.actions.get(user, accepted.actionId), dueDateBasis: accepted.dueDateBasis };
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Rejects a proposed recommendation (not one to track), with a reason' })
  @ApiBody(REASON_BODY)
  async reject(@Param('id', ParseUUIDPipe) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return { recommendation: await this.review.reject(id, body, user) };
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Undoes a rejection (or a "not accepted"): the recommendation is proposed again' })
  @ApiResponse({
    status: 409,
    description: 'not rejected (still proposed, or accepted: cancel the action instead)',
  })
  async reopen(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return { recommendation: await this.review.reopen(id, user) };
  }

  @Post(':id/propose')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Makes a "possible action" (a weak candidate) a proposal to decide' })
  async propose(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return { recommendation: await this.documents.propose(id, user) };
  }

  @Post(':id/split')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({
    summary:
      'Splits a proposal into two or more actions; each payment goes to the part named (or whose text names its amount)',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['parts'],
      properties: {
        parts: {
          type: 'array',
          items: {
            type: 'object',
            required: ['text'],
            properties: { text: { type: 'string' }, payments: { type: 'array', items: { type: 'integer' } } },
          },
        },
      },
    },
  })
  async split(@Param('id', ParseUUIDPipe) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return { recommendations: await this.documents.split(id, body, user) };
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Merges other proposals of the same decision into this one (payments kept)' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['with'],
      properties: {
        with: { type: 'array', items: { type: 'string', format: 'uuid' } },
        text: { type: 'string' },
      },
    },
  })
  async merge(@Param('id', ParseUUIDPipe) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return { recommendation: await this.documents.merge(id, body, user) };
  }

  @Post(':id/not-accepted')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({
    summary: 'Records a Stage 2 or Stage 3 recommendation as not accepted by the council, with its reason',
  })
  @ApiBody(REASON_BODY)
  async notAccepted(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
  ) {
    return { recommendation: await this.review.recordNotAccepted(id, body, user) };
  }

  @Patch(':id')
  @Roles('admin', 'officer')
  @ApiOperation({
    summary: 'Edits a proposed recommendation: text, category, learning, payments (pounds), deadline',
  })
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        text: { type: 'string' },
        category: { type: 'string' },
        learning: { type: 'boolean' },
        evidenceRequired: { type: 'boolean' },
        payments: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              amount: { type: 'number' },
              payee: { type: 'string' },
              purpose: { type: 'string' },
            },
          },
        },
        deadline: {
          type: 'object',
          nullable: true,
          properties: {
            date: { type: 'string', format: 'date' },
            within: { type: 'object', properties: { count: { type: 'integer' }, unit: { type: 'string' } } },
            from: { type: 'string' },
            text: { type: 'string' },
          },
        },
      },
    },
  })
  async edit(@Param('id', ParseUUIDPipe) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return { recommendation: await this.review.edit(id, body, user) };
  }
}
