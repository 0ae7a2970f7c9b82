import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { loadConfigOrExit } from './config/app-config';
import { JsonLogger } from './platform/logging/json-logger';
import { ensureDirectories, migrateDatabase, startRedis, sweepTemporaryUploads } from './platform/runtime';
import { configureHttpApp } from './http-app';
import { installShutdown } from './platform/shutdown';
import { demoUsersNoticeOnce } from './users/demo-users';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = new JsonLogger(config.logLevel);
  ensureDirectories(config);
  const swept = await sweepTemporaryUploads(config);
  if (swept) logger.log({ msg: 'left-over upload files removed', files: swept }, 'storage');
  if (config.database.kind === 'sqlite') {
    const applied = await migrateDatabase(config);
    if (applied.length) logger.log({ msg: 'migrations applied', applied }, 'database');
  }
  const infra = await startRedis(config, logger);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, redis: infra.redis }),
    {
      logger,
      bufferLogs: true,
    },
  );
  configureHttpApp(app, config);
  installShutdown(app, infra.supervisor, logger);
  await app.listen(config.http.port, config.http.host);
  logger.log(
    {
      msg: 'Redress is running',
      url: `http://localhost:${config.http.port}`,
      database: config.database.kind,
    },
    'main',
  );
  const demo = demoUsersNoticeOnce(config);
  if (demo) process.stderr.write(`\n${demo}Sign in at http://localhost:${config.http.port}/sign-in\n\n`);
}

main().catch((e: Error) => {
  process.stderr.write(`Redress could not start: ${e.message}\n`);
  process.exit(1);
});
