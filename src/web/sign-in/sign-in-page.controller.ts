import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../auth/decorators';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { safeNext } from '../support/redirects';

export const SIGN_IN_FORM = 'sign-in';

/** Step 1 of every journey: the sign-in form. */
@Controller('sign-in')
export class SignInPageController {
  constructor(private readonly pages: PageRenderer) {}

  @Get()
  @Public()
  async show(@Req() req: WebRequest, @Res() res: Response, @Query('next') next?: string): Promise<void> {
    if (req.user) return res.redirect(303, safeNext(next));
    await this.pages.render(req, res, 'pages/sign-in/sign-in.njk', {
      title: 'Sign in',
      formId: SIGN_IN_FORM,
      next: safeNext(next),
    });
  }
}
