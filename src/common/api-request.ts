import type { Request } from 'express';

/** Is this a request to the JSON API (/api and below), rather than for a page? */
export function isApiRequest(req: Request): boolean {
  const path = (req.originalUrl ?? req.url).split('?')[0];
  return path === '/api' || path.startsWith('/api/');
}
