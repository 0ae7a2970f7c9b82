import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { isMutating } from './access-rule';
import { AuthRequest, bearerToken } from './auth-request';
import { sameSecret } from './secrets';

export const CSRF_MESSAGE =
  'This form has expired or did not come from Redress. Go back, reload the page and try again.';

/** Where a form or script sends the CSRF token: `_csrf` body field, `X-CSRF-Token` header, or `?_csrf=` (multipart forms). */
export function csrfTokenSent(req: AuthRequest): string | null {
  const body = req.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && typeof body._csrf === 'string') return body._csrf;
  const header = req.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const query = req.query?._csrf;
  return typeof query === 'string' ? query : null;
}

/**
 * Global guard 2 of 3: every POST/PUT/PATCH/DELETE made with a browser cookie must carry the
 * synchronizer token of its session (or, before sign-in, the anonymous double-submit cookie).
 * Requests authenticated by an API bearer token are exempt: browsers never send those on their own.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<AuthRequest>();
    if (!isMutating(req.method)) return true;
    if (req.user?.via === 'token') return true;
    if (!req.user && bearerToken(req)) return true;
    if (!sameSecret(csrfTokenSent(req), req.csrfToken)) throw new ForbiddenException(CSRF_MESSAGE);
    return true;
  }
}
