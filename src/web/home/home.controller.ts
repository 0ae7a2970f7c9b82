import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/access/route-access';
import type { WebRequest } from '../support/page-renderer';

/** The service's front door: each role lands where its work is. */
@Controller()
export class HomeController {
  @Get()
  @Roles('admin', 'officer', 'service_lead', 'senior_officer', 'scrutiny')
  home(@Req() req: WebRequest, @Res() res: Response): void {
    const role = req.user?.role;
    const target =
      role === 'scrutiny'
        ? '/dashboard'
        : role === 'service_lead'
          ? '/my-actions'
          : role === 'senior_officer'
            ? '/actions'
            : '/documents';
    res.redirect(303, target);
  }
}
