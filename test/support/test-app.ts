import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../src/app.module';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { configureHttpApp } from '../../src/http-app';
import { JsonLogger } from '../../src/platform/logging/json-logger';
import { ensureDirectories, migrateDatabase } from '../../src/platform/runtime';
import { RedisEndpoint } from '../../src/platform/redis/redis-endpoint';
import { RedisSupervisor } from '../../src/platform/redis/redis-supervisor';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  redis: RedisEndpoint;
  supervisor: RedisSupervisor;
  dir: string;
  close(): Promise<void>;
}

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The real application on a fresh database (SQLite file, or a new PostgreSQL database when
 * TEST_DATABASE_URL is set by `npm run test:postgres`) and its own private redis-server.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'redress-test-'));
  const db: TestDatabase = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: join(dir, 'data'),
    UPLOAD_DIR: join(dir, 'uploads'),
    QUEUE_PREFIX: 'test',
    LOG_LEVEL: 'silent',
    ...(db.url ? { DATABASE_URL: db.url } : {}),
    ...env,
  });
  ensureDirectories(config);
  await migrateDatabase(config);
  const supervisor = new RedisSupervisor('redis-server', join(config.dataDir, 'redis'), quiet);
  const redis = await supervisor.start();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, redis }), {
    logger: new JsonLogger('silent'),
  });
  configureHttpApp(app, config);
  await app.init();
  let closed = false;
  return {
    app,
    config,
    redis,
    supervisor,
    dir,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await supervisor.stop();
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function httpServer(t: { app: INestApplication }): ReturnType<INestApplication['getHttpServer']> {
  return t.app.getHttpServer();
}
