import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { RecommendationReviewService } from '../../actions/recommendation-review.service';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { FlashStore } from '../support/flash-store';
import { submitForm } from '../support/form-submission';
import type { WebRequest } from '../support/page-renderer';
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
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: `rec-${id}`,
      // the correction form stays open when it goes back with errors
      values: { ...values, editing: 'true' },
      errors,
      act: async () => {
        // parseEditForm gives an input exactly when it found no errors, and act runs only then
        await this.review.edit(id, input!, user);
        return 'Recommendation corrected.';
      },
      successUrl: `/documents/${rec.documentId}/review#rec-${id}`,
      refusalField: () => `editText-${id}`,
    });
  }
}
