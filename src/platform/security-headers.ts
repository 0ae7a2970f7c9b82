import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { isApiRequest } from '../common/api-request';

/** Two years, the preload list's minimum. */
const HSTS_MAX_AGE_S = 63_072_000;

/**
 * The security headers of every response, from helmet: a Content-Security-Policy whose scripts are
 * ours or carry this response's nonce (`res.locals.cspNonce`, used by the GOV.UK template's one inline
 * script), frames refused, nosniff, same-origin referrers and cross-origin isolation headers, and
 * HSTS in production. Routes that need a stricter policy (evidence and document downloads: sandbox)
 * or a looser one (the API docs page) set their own Content-Security-Policy, which replaces this one.
 * Every /api answer is also `Cache-Control: no-store` (a route may still say otherwise).
 */
export function securityHeaders(config: AppConfig): RequestHandler[] {
  const nonce: RequestHandler = (_req: Request, res: Response, next: NextFunction) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  };
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce as string}'`],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: config.isProduction
      ? { maxAge: HSTS_MAX_AGE_S, includeSubDomains: true }
      : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
  const apiNoStore: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    if (isApiRequest(req)) res.setHeader('Cache-Control', 'no-store');
    next();
  };
  return [nonce, headers, apiNoStore];
}
