import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from './config/app-config';
import { configureWeb } from './web/setup/configure-web';
import { setupOpenApi } from './platform/openapi';

/** HTTP settings shared by main.ts and the end-to-end tests, so tests run the real app. */
export function configureHttpApp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  app.set('trust proxy', config.isProduction ? 1 : false);
  configureWeb(app, config);
  setupOpenApi(app);
}
