import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AuthUser } from '../../common/access/auth-user';
import { FlashStore } from './flash-store';
import { formState, FormState } from './form-state';
import { navigationFor } from './navigation';

export type WebRequest = Request & { user?: AuthUser; csrfToken?: string | (() => string) };

/** The CSRF token auth issued for this session, for the hidden field of every form. */
export function csrfTokenOf(req: WebRequest, res: Response): string {
  const fromReq = typeof req.csrfToken === 'function' ? req.csrfToken() : req.csrfToken;
  const fromLocals = res.locals.csrfToken as string | undefined;
  return fromReq ?? fromLocals ?? '';
}

/**
 * Renders a page with what every page needs: the user, the navigation, the CSRF token, the flash
 * messages and (after a redirect from a failed POST) the form's values and errors.
 */
@Injectable()
export class PageRenderer {
  constructor(private readonly flash: FlashStore) {}

  async render(
    req: WebRequest,
    res: Response,
    view: string,
    context: Record<string, unknown> & {
      title: string;
      formId?: string;
      /** More context worked out from the form state (e.g. which radio is checked after an error). */
      fromForm?: (form: FormState) => Record<string, unknown>;
    },
    status = 200,
  ): Promise<void> {
    const stored = await this.flash.take(req);
    // A page with several forms shows the errors of the one just posted in its error summary.
    const posted = Object.values(stored.forms).find((f) => f.errors.length);
    const form: FormState | undefined =
      (context.formId ? stored.forms[context.formId] : posted) ?? (context.form as FormState | undefined);
    const user = req.user ?? null;
    const csrfToken = csrfTokenOf(req, res);
    res.status(status);
    res.setHeader('Cache-Control', 'no-store');
    const shown = form ?? formState();
    res.render(view, {
      ...context,
      ...(context.fromForm ? context.fromForm(shown) : {}),
      user,
      navigation: navigationFor(user, req.path, csrfToken),
      csrfToken,
      flash: stored.messages,
      forms: stored.forms,
      form: shown,
    });
  }
}
