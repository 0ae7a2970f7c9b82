/** Only a local path may be a redirect target (no "//host", no scheme): stops open redirects. */
export function safeNext(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return fallback;
  }
  return /^[\x21-\x7e]*$/.test(next) ? next : fallback;
}
