import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/access/route-access';
import { sameSecret } from '../../auth/secrets';
import { SignInService } from '../../auth/sign-in.service';
import { PageRenderer, WebRequest } from '../support/page-renderer';

/**
 * Sign out. The navigation link carries the session's CSRF token, so one click signs out; a link
 * without it (forged, or old) only shows a confirmation page whose button posts the form.
 */
@Controller('sign-out')
export class SignOutController {
  constructor(
    private readonly signIns: SignInService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Public()
  async link(@Req() req: WebRequest, @Res() res: Response, @Query('_csrf') csrf?: string): Promise<void> {
    if (!req.user) return res.redirect(303, '/sign-in');
    if (csrf && typeof req.csrfToken === 'string' && sameSecret(csrf, req.csrfToken))
      return this.signOut(req, res);
    await this.pages.render(req, res, 'pages/sign-in/sign-out.njk', { title: 'Sign out' });
  }

  @Post()
  @Public()
  async signOut(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    await this.signIns.signOut(req, res);
    res.redirect(303, '/sign-in');
  }
}
