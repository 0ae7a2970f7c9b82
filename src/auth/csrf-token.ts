import type { Request } from 'express';
import type { AuthRequest } from './auth-request';

/**
 * The CSRF token to put in a form as `<input type="hidden" name="_csrf" value="...">`, or send as
 * the X-CSRF-Token header. For a multipart form (file upload), add it to the action URL instead:
 * `action="/path?_csrf=..."` (the body is read after the guard runs). Also in res.locals.csrfToken.
 */
export function csrfTokenFor(req: Request): string {
  return (req as AuthRequest).csrfToken ?? '';
}
