import express from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';
import type { Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config';
import { SERVICE_STYLESHEET_PATH, serviceStylesheet } from './govuk-stylesheet';
import { createViewEnvironment, precompileTemplates } from './view-environment';
import { webPaths } from './web-paths';

/**
 * The server-rendered web interface: nunjucks (autoescape on) over our views and govuk-frontend,
 * and static files. The security headers (and the CSP nonce) come from platform/security-headers.
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
}
