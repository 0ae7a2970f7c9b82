import express from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config';
import { SERVICE_STYLESHEET_PATH, serviceStylesheet } from './govuk-stylesheet';
import { createViewEnvironment, precompileTemplates } from './view-environment';
import { webPaths } from './web-paths';

/** The Content-Security-Policy for pages: scripts only from us or with this response's nonce. */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The server-rendered web interface: nunjucks (autoescape on) over our views and govuk-frontend,
 * static files, and a per-response CSP nonce (the GOV.UK template's one inline script uses it).
 */
export function configureWeb(app: NestExpressApplication, config: AppConfig): void {
  const paths = webPaths();
  const expressApp = app.getHttpAdapter().getInstance() as express.Express;
  const env = createViewEnvironment(paths, expressApp, !config.isProduction && config.env !== 'test');
  // In production every template is compiled at start-up (about half a second), not on first view.
  if (config.isProduction) precompileTemplates(env, paths);
  app.set('view engine', 'njk');
  app.set('views', paths.views);

  const cache = { maxAge: config.isProduction ? '1d' : 0, index: false, fallthrough: false };
  // GOV.UK Frontend's styles without the GOV.UK-only typeface, worked out once at boot.
  const stylesheet = serviceStylesheet(paths.govukDist);
  expressApp.get(SERVICE_STYLESHEET_PATH, (_req: Request, res: Response) => {
    res.type('text/css');
    res.setHeader('Cache-Control', config.isProduction ? 'public, max-age=86400' : 'no-cache');
    res.send(stylesheet);
  });
  app.use('/assets', express.static(join(paths.govukDist, 'govuk/assets'), cache));
  app.use('/govuk', express.static(join(paths.govukDist, 'govuk'), cache));
  app.use('/web-assets', express.static(paths.assets, cache));

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/api/') || req.path === '/health') return next();
    const nonce = randomBytes(16).toString('base64');
    res.locals.cspNonce = nonce;
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });
}
