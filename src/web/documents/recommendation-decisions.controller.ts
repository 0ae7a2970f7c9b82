import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { RecommendationReviewService } from '../../actions/recommendation-review.service';
import type { AuthUser } from '../../common/access/auth-user';
import { dueDateFields, isPastDue, readDueDate } from '../support/due-date-field';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { FlashStore } from '../support/flash-store';
import { FieldError, formState, formValues } from '../support/form-state';
import type { WebRequest } from '../support/page-renderer';
import { submitForm } from '../support/form-submission';
import { WebErrorFilter } from '../support/web-error.filter';

/**
 * Accept (creates the tracked action), reject, or record as not accepted by the council (Stage 2 and
 * panel recommendations) one proposed recommendation, then back to the review.
 */
@Controller('recommendations/:id')
@Roles('officer', 'admin')
@UseFilters(WebErrorFilter)
export class RecommendationDecisionsController {
  constructor(
    private readonly review: RecommendationReviewService,
    private readonly flash: FlashStore,
  ) {}

  @Post('accept')
  async accept(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const rec = await this.review.get(id, user);
    const values = formValues(body, [
      'serviceAreaId',
      'ownerId',
      ...dueDateFields('dueDate'),
      'confirmPastDue',
      'text',
    ]);
    const errors: FieldError[] = [];
    if (!values.serviceAreaId)
      errors.push({
        field: `serviceAreaId-${id}`,
        text: 'Choose the service area that will own this action',
      });
    const due = readDueDate(values, 'dueDate', `dueDate-${id}`, 'the due date', false);
    if (due.error) errors.push(due.error);
    if (values.text === '')
      errors.push({ field: `text-${id}`, text: 'The text of the action cannot be empty' });
    // A due date already past is asked about once, not accepted silently: the action would be overdue
    // the day it is made. The confirmation names the date, so changing the date asks again.
    if (!errors.length && isPastDue(due.iso) && values.confirmPastDue !== due.iso) {
      await this.flash.form(req, res, `rec-${id}`, formState({ ...values, pastDue: due.iso! }));
      return res.redirect(303, `/documents/${rec.documentId}/review#past-due-${id}`);
    }
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: `rec-${id}`,
      values,
      errors,
      successUrl: `/documents/${rec.documentId}/review#rec-${id}`,
      act: async () => {
        await this.review.accept(
          id,
          {
            serviceAreaId: values.serviceAreaId,
            ownerId: values.ownerId || null,
            dueDate: due.iso,
            ...(values.text && values.text !== rec.text ? { text: values.text } : {}),
          },
          user,
        );
        return 'Recommendation accepted. It is now a tracked action.';
      },
      refusalField: (field) =>
        field === 'dueDate' ? `dueDate-${id}-day` : `${field === 'ownerId' ? field : 'serviceAreaId'}-${id}`,
    });
  }

  @Post('not-accepted')
  async notAccepted(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const rec = await this.review.get(id, user);
    const values = formValues(body, ['notAcceptedReason']);
    const errors: FieldError[] = [];
    if (!values.notAcceptedReason)
      errors.push({
        field: `notAcceptedReason-${id}`,
        text: 'Give the reason the council gave for not accepting this recommendation',
      });
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: `rec-${id}`,
      values,
      errors,
      successUrl: `/documents/${rec.documentId}/review#rec-${id}`,
      act: async () => {
        await this.review.recordNotAccepted(id, { reason: values.notAcceptedReason }, user);
        return 'Recorded as not accepted by the council.';
      },
      refusalField: () => `notAcceptedReason-${id}`,
    });
  }

  @Post('reject')
  async reject(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const rec = await this.review.get(id, user);
    const values = formValues(body, ['reason']);
    const errors: FieldError[] = [];
    if (!values.reason)
      errors.push({ field: `reason-${id}`, text: 'Give a reason for rejecting this recommendation' });
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: `rec-${id}`,
      values,
      errors,
      successUrl: `/documents/${rec.documentId}/review#rec-${id}`,
      act: async () => {
        await this.review.reject(id, { reason: values.reason }, user);
        return 'Recommendation rejected.';
      },
      refusalField: () => `reason-${id}`,
    });
  }
}
