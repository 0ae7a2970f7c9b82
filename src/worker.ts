import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfigOrExit } from './config/app-config';
import { JsonLogger } from './platform/logging/json-logger';
import { ensureDirectories, sweepTemporaryUploads } from './platform/runtime';
import { installShutdown } from './platform/shutdown';

/** `npm run worker`: a process that only consumes the queue (scale-out). */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (config.redis.kind !== 'external') {
    process.stderr.write(
      'npm run worker needs REDIS_URL: the Redis that the web processes use (a worker never starts its own).\n',
    );
    process.exit(78);
  }
  const logger = new JsonLogger(config.logLevel);
  ensureDirectories(config);
  await sweepTemporaryUploads(config);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({
      config: { ...config, queue: { ...config.queue, consume: true } },
      redis: { kind: 'url', url: config.redis.url },
    }),
    { logger, bufferLogs: true },
  );
  // An application context never flushes buffered logs by itself: attach the logger (flushes them).
  app.useLogger(logger);
  installShutdown(app, null, logger);
  logger.log({ msg: 'worker consuming the queue', concurrency: config.queue.concurrency }, 'worker');
}

main().catch((e: Error) => {
  process.stderr.write(`The worker could not start: ${e.message}\n`);
  process.exit(1);
});
