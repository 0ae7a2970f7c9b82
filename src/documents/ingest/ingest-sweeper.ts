import { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { StoredDocument } from '../entities/document.entity';
import { IngestQueue } from './ingest-queue';

export const SWEEP_INTERVAL_MS = 3000;
const BATCH = 200;
const LOCK_MS = 30_000;

export interface SweepReport {
  enqueued: number;
  requeued: number;
}

/**
 * The outbox and recovery sweep, on start-up and every few seconds, in every process: queues rows
 * that were committed while Redis was down (enqueuedAt null), and re-adds the job of a document
 * left in `processing` (or queued) long past the time limit whose job has vanished, or of every
 * queued or processing document at once when Redis has lost its data (flushed or replaced). A Redis lock
 * lets one instance sweep at a time; every step is idempotent anyway (job id = document id).
 */
@Injectable()
export class IngestSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('IngestSweeper');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SweepReport | null> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly em: EntityManager,
    private readonly queue: IngestQueue,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** How long a row may sit in processing (or queued after being queued) before its job is checked. */
  get staleAfterMs(): number {
    return this.config.limits.extractionTimeoutMs + 60_000;
  }

  sweep(): Promise<SweepReport | null> {
    this.running ??= this.sweepOnce()
      .catch((e: Error) => {
        this.logger.warn(`document sweep failed: ${e.message}`);
        return null;
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  /** Re-adds the job of documents queued or processing since before the cutoff whose job is gone. */
  private async recoverStale(em: EntityManager, cutoff: Date): Promise<number> {
    const stale = await em.find(
      StoredDocument,
      {
        $or: [
          { status: 'processing', processingStartedAt: { $lt: cutoff } },
          { status: 'queued', enqueuedAt: { $lt: cutoff } },
        ],
      },
      { fields: ['id'], orderBy: { updatedAt: 'asc' }, limit: BATCH },
    );
    let requeued = 0;
    for (const row of stale) {
      const state = await this.queue.ensureJob(row.id);
      if (state === 'unavailable') break;
      if (state === 'added') requeued += 1;
    }
    return requeued;
  }

  /**
   * Every queued (already sent to the queue) or processing document, whatever its age. Until this has
   * gone through them all, the marker is removed again, so the next sweep starts over.
   */
  private async recoverAll(em: EntityManager, marker: string): Promise<number> {
    let requeued = 0;
    let complete = false;
    try {
      let after: string | null = null;
      for (;;) {
        const waiting: FilterQuery<StoredDocument> = {
          $or: [{ status: 'processing' }, { status: 'queued', enqueuedAt: { $ne: null } }],
        };
        const where: FilterQuery<StoredDocument> = after
          ? { $and: [waiting, { id: { $gt: after } }] }
          : waiting;
        const rows: { id: string }[] = await em.find(StoredDocument, where, {
          fields: ['id'],
          orderBy: { id: 'asc' },
          limit: BATCH,
        });
        for (const row of rows) {
          const state = await this.queue.ensureJob(row.id);
          if (state === 'unavailable') return requeued;
          if (state === 'added') requeued += 1;
        }
        if (rows.length < BATCH) {
          complete = true;
          return requeued;
        }
        after = rows[rows.length - 1].id;
      }
    } finally {
      if (!complete) await this.queue.queue.client.del(marker).catch(() => undefined);
    }
  }

  private async sweepOnce(): Promise<SweepReport | null> {
    if (!this.queue.ready) return null;
    const client = this.queue.queue.client;
    const key = `${this.config.queue.prefix}:documents:sweep-lock`;
    const token = randomUUID();
    if ((await client.set(key, token, 'PX', LOCK_MS, 'NX')) !== 'OK') return null;
    try {
      const em = this.em.fork();
      let enqueued = 0;
      const waiting = await em.find(
        StoredDocument,
        { status: 'queued', enqueuedAt: null },
        { fields: ['id'], orderBy: { createdAt: 'asc' }, limit: BATCH },
      );
      for (const row of waiting) {
        if (!(await this.queue.enqueue(row.id))) break;
        const now = new Date();
        await em.nativeUpdate(
          StoredDocument,
          { id: row.id, enqueuedAt: null },
          { enqueuedAt: now, updatedAt: now },
        );
        enqueued += 1;
      }
      // A Redis that lost its data (flushed, replaced, restarted without its append-only file) lost
      // every job with it: then every queued or processing document is checked now rather than once
      // it looks stale. The marker key is missing exactly then (and on the very first sweep).
      const marker = `${this.config.queue.prefix}:documents:sweep-marker`;
      const redisLostJobs = (await client.set(marker, new Date().toISOString(), 'NX')) === 'OK';
      const requeued = redisLostJobs
        ? await this.recoverAll(em, marker)
        : await this.recoverStale(em, new Date(Date.now() - this.staleAfterMs));
      if (enqueued || requeued) this.logger.log({ msg: 'document sweep', enqueued, requeued, redisLostJobs });
      return { enqueued, requeued };
    } finally {
      await client
        .eval(
          "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
          1,
          key,
          token,
        )
        .catch(() => undefined);
    }
  }
}
