import type { CookieOptions, Request, Response } from 'express';
import { ANON_CSRF_COOKIE, SESSION_COOKIE } from './session-policy';

/** One cookie of the request, as cookie-parser (applied to every route by AuthModule) read it. */
export function readCookie(req: Request, name: string): string | null {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : null;
}

function baseOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}

export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { ...baseOptions(secure), expires: expiresAt });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, baseOptions(secure));
}

export function setAnonCsrfCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(ANON_CSRF_COOKIE, token, baseOptions(secure));
}
