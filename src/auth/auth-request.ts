import type { Request } from 'express';
import type { AuthUser } from '../common/access/auth-user';
import { isApiRequest } from '../common/api-request';

/** The request as the guards leave it. */
export interface AuthRequest extends Request {
  user?: AuthUser;
  /** The signed-in session's CSRF token (put it in forms as `_csrf`), or the anonymous one. */
  csrfToken?: string;
}

export { isApiRequest };

/** The bearer token, '' for a malformed Authorization header, null when there is none. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header === undefined) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : '';
}
