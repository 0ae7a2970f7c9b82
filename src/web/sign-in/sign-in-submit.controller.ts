import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/access/route-access';
import { SignInService } from '../../auth/sign-in.service';
import { FlashStore } from '../support/flash-store';
import { FieldError, formState } from '../support/form-state';
import type { WebRequest } from '../support/page-renderer';
import { safeNext } from '../support/redirects';

export const SIGN_IN_FORM = 'sign-in';

interface SignInBody {
  email?: unknown;
  password?: unknown;
  next?: unknown;
}

/** Checks the credentials through auth's SignInService, then redirects (Post/Redirect/Get). */
@Controller('sign-in')
export class SignInSubmitController {
  constructor(
    private readonly signIns: SignInService,
    private readonly flash: FlashStore,
  ) {}

  @Post()
  @Public()
  async submit(@Req() req: WebRequest, @Res() res: Response, @Body() body: SignInBody): Promise<void> {
    const email = typeof body?.email === 'string' ? body.email.trim() : '';
    const password = typeof body?.password === 'string' ? body.password : '';
    const next = safeNext(body?.next);
    res.setHeader('Cache-Control', 'no-store');
    const errors: FieldError[] = [];
    if (!email) errors.push({ field: 'email', text: 'Enter your email address' });
    if (!password) errors.push({ field: 'password', text: 'Enter your password' });
    if (!errors.length) {
      const result = await this.signIns.signIn(req, res, email, password);
      if (result.ok) return res.redirect(303, next);
      errors.push({ field: 'email', text: result.message });
    }
    await this.flash.form(req, res, SIGN_IN_FORM, formState({ email }, errors));
    res.redirect(303, `/sign-in${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`);
  }
}
