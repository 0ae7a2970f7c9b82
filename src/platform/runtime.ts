import { MikroORM } from '@mikro-orm/core';
import { mkdirSync } from 'node:fs';
import { mikroOrmOptions } from '../../prisma-free-config/mikro-orm.config';
import { AppConfig } from '../config/app-config';
import { JsonLogger } from './logging/json-logger';
import { RedisEndpoint } from './redis/redis-endpoint';
import { RedisSupervisor } from './redis/redis-supervisor';

/** Everything a process needs before Nest starts: directories, the schema, and Redis. */
export interface StartedInfrastructure {
  redis: RedisEndpoint;
  supervisor: RedisSupervisor | null;
}

export function ensureDirectories(config: AppConfig): void {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  mkdirSync(config.uploadDir, { recursive: true, mode: 0o700 });
}

/** Applies the committed migrations to the configured database. */
export async function migrateDatabase(config: AppConfig): Promise<string[]> {
  const orm = await MikroORM.init(mikroOrmOptions(config));
  try {
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}

export async function startRedis(config: AppConfig, logger: JsonLogger): Promise<StartedInfrastructure> {
  if (config.redis.kind === 'external') {
    return { redis: { kind: 'url', url: config.redis.url }, supervisor: null };
  }
  const supervisor = new RedisSupervisor(config.redis.serverBin, config.redis.dir, {
    log: (m) => logger.log(m, 'redis'),
    warn: (m) => logger.warn(m, 'redis'),
    error: (m) => logger.error(m, 'redis'),
  });
  const redis = await supervisor.start();
  return { redis, supervisor };
}
