import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Ingestion commits a few small transactions per document. With SQLite's default rollback journal a
 * commit costs about 18 ms on this kind of disk; in WAL mode under 1 ms, and readers no longer block
 * the writer (web process and `npm run worker` can share the file). WAL is a property of the database
 * file, so setting it once is enough; the busy timeout makes a second process wait instead of failing.
 * (Belongs with the ORM options eventually; kept here because ingestion is what needs it.)
 */
@Injectable()
export class SqliteWriteMode implements OnModuleInit {
  private readonly logger = new Logger('SqliteWriteMode');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly em: EntityManager,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.database.kind !== 'sqlite') return;
    const connection = this.em.getConnection();
    try {
      await connection.execute('pragma busy_timeout = 5000');
      await connection.execute('pragma journal_mode = wal');
    } catch (e) {
      this.logger.warn(`could not switch SQLite to WAL mode: ${(e as Error).message}`);
    }
  }
}
