import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { RecommendationReviewService } from '../../actions/recommendation-review.service';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser, Roles } from '../../auth/decorators';
import { FlashStore } from '../support/flash-store';
import { formState } from '../support/form-state';
import type { WebRequest } from '../support/page-renderer';
import { refusalMessage } from '../support/refusals';
import { WebErrorFilter } from '../support/web-error.filter';
import { parseEditForm } from './recommendation-edit-form';

/**
 * Corrects what extraction proposed for one recommendation before it is accepted: text, category,
 * learning or personal, evidence, payments and deadline (RecommendationReviewService.edit).
 */
@Controller('recommendations/:id')
@Roles('officer', 'admin')
@UseFilters(WebErrorFilter)
export class RecommendationEditController {
  constructor(
    private readonly review: RecommendationReviewService,
    private readonly flash: FlashStore,
  ) {}

  @Post('edit')
  async edit(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const rec = await this.review.get(id, user);
    const { values, errors, input } = parseEditForm(body, id);
    if (input) {
      try {
        await this.review.edit(id, input, user);
        await this.flash.message(req, res, 'Recommendation corrected.');
        return res.redirect(303, `/documents/${rec.documentId}/review#rec-${id}`);
      } catch (e) {
        const message = refusalMessage(e);
        if (message === null) throw e;
        errors.push({ field: `editText-${id}`, text: message });
      }
    }
    await this.flash.form(req, res, `rec-${id}`, formState({ ...values, editing: 'true' }, errors));
    res.redirect(303, `/documents/${rec.documentId}/review`);
  }
}
