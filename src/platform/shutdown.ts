import type { INestApplicationContext } from '@nestjs/common';
import { JsonLogger } from './logging/json-logger';
import { RedisSupervisor } from './redis/redis-supervisor';

/**
 * SIGTERM/SIGINT: stop taking jobs and requests, let running jobs finish (Bull's close waits for
 * them), close the database, then stop the private Redis. A second signal forces the exit.
 */
export function installShutdown(
  app: INestApplicationContext,
  supervisor: RedisSupervisor | null,
  logger: JsonLogger,
): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn(`${signal} again: exiting now`, 'shutdown');
      process.exit(1);
    }
    closing = true;
    logger.log(`${signal}: shutting down`, 'shutdown');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 30 s: exiting', 'shutdown');
      void supervisor?.stop().finally(() => process.exit(1));
    }, 30_000);
    force.unref();
    app
      .close()
      .catch((e: Error) => logger.error(`error while closing: ${e.message}`, 'shutdown'))
      .then(() => supervisor?.stop())
      .then(() => {
        logger.log('stopped', 'shutdown');
        process.exit(0);
      })
      .catch(() => process.exit(1));
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
