import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/access/route-access';
import { SESSION_IDLE_MS, SESSION_MAX_AGE_MS } from '../../auth/session-policy';
import { PageRenderer, WebRequest } from '../support/page-renderer';

const hours = (ms: number) => Math.round(ms / (60 * 60 * 1000));

/**
 * The pages every public sector service links from its footer: the accessibility statement (the
 * public sector accessibility regulations require one) and what the service's cookies do. Open to
 * anyone, signed in or not.
 */
@Controller()
export class InformationPagesController {
  constructor(private readonly pages: PageRenderer) {}

  @Get('accessibility')
  @Public()
  async accessibility(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    await this.pages.render(req, res, 'pages/information/accessibility.njk', {
      title: 'Accessibility statement for Redress',
    });
  }

  @Get('cookies')
  @Public()
  async cookies(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    await this.pages.render(req, res, 'pages/information/cookies.njk', {
      title: 'Cookies',
      sessionHours: hours(SESSION_MAX_AGE_MS),
      idleHours: hours(SESSION_IDLE_MS),
    });
  }
}
