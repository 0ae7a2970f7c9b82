import { EntityManager } from '@mikro-orm/core';
import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { SYSTEM_QUEUE } from '../queue/queue-names';
import { probeSqliteFile } from './sqlite-probe';

export type CheckState = 'up' | 'down';

const TIMEOUT_MS = 1500;
/** How long the SQLite probe waits on a lock before giving up (within TIMEOUT_MS). */
const SQLITE_BUSY_MS = 1000;

function withTimeout<T>(p: Promise<T>): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref()),
  ]);
}

@Injectable()
export class HealthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly em: EntityManager,
    @InjectQueue(SYSTEM_QUEUE) private readonly queue: Queue,
  ) {}

  async check(): Promise<{ database: CheckState; redis: CheckState }> {
    const [database, redis] = await Promise.all([this.database(), this.redis()]);
    return { database, redis };
  }

  /**
   * SQLite: a short-lived read-only connection to the same file (see probeSqliteFile), so the probe
   * does not queue behind ingestion's writes on the ORM's single connection. PostgreSQL: a round trip
   * through the ORM's pool, which already gives the probe a connection of its own.
   */
  private async database(): Promise<CheckState> {
    const db = this.config.database;
    try {
      await withTimeout(
        db.kind === 'sqlite'
          ? probeSqliteFile(db.file, SQLITE_BUSY_MS)
          : this.em.getConnection().execute('select 1'),
      );
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async redis(): Promise<CheckState> {
    try {
      const client = this.queue.client;
      if (client.status !== 'ready') return 'down';
      return (await withTimeout(client.ping())) === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }
}
