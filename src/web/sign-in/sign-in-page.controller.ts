import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/access/route-access';
import { SIGN_IN_FORM } from './sign-in-submit.controller';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { safeNext } from '../support/redirects';

/** The sign-in form; a refused sign-in comes back here with its errors in the flash store. */
@Controller('sign-in')
export class SignInPageController {
  constructor(private readonly pages: PageRenderer) {}

  @Get()
  @Public()
  async show(@Req() req: WebRequest, @Res() res: Response, @Query('next') next?: string): Promise<void> {
    if (req.user) return res.redirect(303, safeNext(next));
    await this.pages.render(req, res, 'pages/sign-in/sign-in.njk', {
      title: 'Sign in',
      next: safeNext(next),
      formId: SIGN_IN_FORM,
    });
  }
}
