import { MikroORM } from '@mikro-orm/core';
import { mkdirSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mikroOrmOptions } from '../../prisma-free-config/mikro-orm.config';
import { AppConfig } from '../config/app-config';
import { uploadSpoolDir } from '../config/data-paths';
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

/** An upload cannot still be in flight after this long: older temporary files are leftovers. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Removes temporary upload files a killed process left behind: the multipart spool (DATA_DIR/tmp/uploads)
 * and the content store's staging files (UPLOAD_DIR/.staging). Only files older than an hour go, so
 * another process's upload in flight on the same directories is never touched. Returns how many.
 */
export async function sweepTemporaryUploads(config: AppConfig, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const dir of [uploadSpoolDir(config), join(config.uploadDir, '.staging')]) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      try {
        const info = await stat(path);
        if (info.isFile() && now - info.mtimeMs > STALE_TEMP_MS) {
          await rm(path, { force: true });
          removed++;
        }
      } catch {
        // gone already (another process swept it)
      }
    }
  }
  return removed;
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
