import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** SHA-256 hex of a secret (API token or session cookie): only this is stored. */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new personal access token: `rdr_` and 43 URL-safe characters (256 random bits). */
export function newApiToken(): string {
  return `rdr_${randomBytes(32).toString('base64url')}`;
}

/** A new random secret for a session cookie or a CSRF token. */
export function newRandomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares two secrets without leaking where they differ. */
export function sameSecret(a: string | undefined | null, b: string | undefined | null): boolean {
  if (typeof a !== 'string' || typeof b !== 'string' || !a || !b) return false;
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
