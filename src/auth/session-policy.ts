/** How long a browser session lives, and how the sign-in lockout works. */
export const SESSION_COOKIE = 'redress_session';
/** Anonymous CSRF cookie (double submit) for forms shown before sign-in, such as the sign-in form. */
export const ANON_CSRF_COOKIE = 'redress_csrf';
export const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 60 * 60 * 1000;
/** lastSeenAt (sessions) and lastUsedAt (tokens) are written at most once a minute. */
export const TOUCH_INTERVAL_MS = 60 * 1000;
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
export const MAX_LOCKOUT_MS = 24 * 60 * 60 * 1000;

/**
 * Lockout after failed sign-ins: every MAX_FAILED_SIGN_INS failures lock the account, 15 minutes the
 * first time, doubling each further time (backoff), at most a day. null: not locked.
 */
export function lockoutFor(failedSignIns: number): number | null {
  if (failedSignIns < MAX_FAILED_SIGN_INS || failedSignIns % MAX_FAILED_SIGN_INS !== 0) return null;
  const round = failedSignIns / MAX_FAILED_SIGN_INS - 1;
  return Math.min(LOCKOUT_MS * 2 ** round, MAX_LOCKOUT_MS);
}
