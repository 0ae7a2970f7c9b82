import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { RecommendationReviewService } from '../../actions/recommendation-review.service';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser, Roles } from '../../auth/decorators';
import { FlashStore } from '../support/flash-store';
import { FieldError, formState, formValues } from '../support/form-state';
import type { WebRequest } from '../support/page-renderer';
import { refusalMessage } from '../support/refusals';
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
    const values = formValues(body, ['serviceAreaId', 'ownerId', 'dueDate', 'text']);
    const errors: FieldError[] = [];
    if (!values.serviceAreaId)
      errors.push({
        field: `serviceAreaId-${id}`,
        text: 'Choose the service area that will own this action',
      });
    if (values.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.dueDate)) {
      errors.push({ field: `dueDate-${id}`, text: 'Enter the due date as a date, for example 2025-03-31' });
    }
    if (values.text === '')
      errors.push({ field: `text-${id}`, text: 'The text of the action cannot be empty' });
    if (!errors.length) {
      try {
        await this.review.accept(
          id,
          {
            serviceAreaId: values.serviceAreaId,
            ownerId: values.ownerId || null,
            dueDate: values.dueDate || null,
            ...(values.text && values.text !== rec.text ? { text: values.text } : {}),
          },
          user,
        );
        await this.flash.message(req, res, `Recommendation accepted. It is now a tracked action.`);
        return res.redirect(303, `/documents/${rec.documentId}/review#rec-${id}`);
      } catch (e) {
        const message = refusalMessage(e);
        if (message === null) throw e;
        const field = /due date/i.test(message)
          ? 'dueDate'
          : /service area/i.test(message)
            ? 'serviceAreaId'
            : /person|owner/i.test(message)
              ? 'ownerId'
              : 'serviceAreaId';
        errors.push({ field: `${field}-${id}`, text: message });
      }
    }
    await this.flash.form(req, res, `rec-${id}`, formState(values, errors));
    // No fragment: the page opens at its error summary, which takes the focus.
    res.redirect(303, `/documents/${rec.documentId}/review`);
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
    if (!errors.length) {
      try {
        await this.review.recordNotAccepted(id, { reason: values.notAcceptedReason }, user);
        await this.flash.message(req, res, 'Recorded as not accepted by the council.');
        return res.redirect(303, `/documents/${rec.documentId}/review#rec-${id}`);
      } catch (e) {
        const message = refusalMessage(e);
        if (message === null) throw e;
        errors.push({ field: `notAcceptedReason-${id}`, text: message });
      }
    }
    await this.flash.form(req, res, `rec-${id}`, formState(values, errors));
    res.redirect(303, `/documents/${rec.documentId}/review`);
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
    if (!errors.length) {
      try {
        await this.review.reject(id, { reason: values.reason }, user);
        await this.flash.message(req, res, 'Recommendation rejected.');
        return res.redirect(303, `/documents/${rec.documentId}/review#rec-${id}`);
      } catch (e) {
        const message = refusalMessage(e);
        if (message === null) throw e;
        errors.push({ field: `reason-${id}`, text: message });
      }
    }
    await this.flash.form(req, res, `rec-${id}`, formState(values, errors));
    // No fragment: the page opens at its error summary, which takes the focus.
    res.redirect(303, `/documents/${rec.documentId}/review`);
  }
}
