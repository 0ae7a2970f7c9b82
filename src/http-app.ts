import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from './config/app-config';
import { configureWeb } from './web/setup/configure-web';
import { setupOpenApi } from './platform/openapi';
import { securityHeaders } from './platform/security-headers';

/** HTTP settings shared by main.ts and the end-to-end tests, so tests run the real app. */
export function configureHttpApp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  // X-Forwarded-For only from the configured proxies (TRUST_PROXY); by default nobody's.
  app.set('trust proxy', config.http.trustedProxies.length ? config.http.trustedProxies : false);
  app.use(...securityHeaders(config));
  configureWeb(app, config);
  setupOpenApi(app);
}
