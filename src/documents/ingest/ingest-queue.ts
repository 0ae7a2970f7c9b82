import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import type { Job, JobOptions, Queue } from 'bull';
import { DOCUMENTS_QUEUE, INGEST_JOB } from '../../platform/queue/queue-names';

export interface IngestJobData {
  documentId: string;
}

/** Tries for transient problems (database busy, Redis blip); a file that cannot be read fails at once. */
export const INGEST_ATTEMPTS = 5;

export const INGEST_JOB_OPTIONS: JobOptions = {
  attempts: INGEST_ATTEMPTS,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: true,
};

const ADD_TIMEOUT_MS = 2000;

/**
 * Puts ingest jobs on the `documents` queue. The job id is the document id, so adding the same
 * document twice is a no-op. When Redis is down it gives up quickly and says so: the document row
 * stays with enqueuedAt null (the outbox) and the sweep adds the job when Redis is back.
 */
@Injectable()
export class IngestQueue {
  private readonly logger = new Logger('IngestQueue');

  constructor(@InjectQueue(DOCUMENTS_QUEUE) readonly queue: Queue<IngestJobData>) {}

  get ready(): boolean {
    return this.queue.client.status === 'ready';
  }

  /** true when the job is (already) on the queue. */
  async enqueue(documentId: string): Promise<boolean> {
    if (!this.ready) return false;
    try {
      await withTimeout(
        this.queue.add(INGEST_JOB, { documentId }, { ...INGEST_JOB_OPTIONS, jobId: documentId }),
      );
      return true;
    } catch (e) {
      this.logger.warn(`could not queue document ${documentId}: ${(e as Error).message}`);
      return false;
    }
  }

  /** Several documents in one round trip; true when all of them are (already) on the queue. */
  async enqueueMany(documentIds: string[]): Promise<boolean> {
    if (!this.ready) return false;
    try {
      await withTimeout(
        this.queue.addBulk(
          documentIds.map((documentId) => ({
            name: INGEST_JOB,
            data: { documentId },
            opts: { ...INGEST_JOB_OPTIONS, jobId: documentId },
          })),
        ),
      );
      return true;
    } catch (e) {
      this.logger.warn(`could not queue ${documentIds.length} documents: ${(e as Error).message}`);
      return false;
    }
  }

  /**
   * Makes sure a live job exists for the document: a finished or missing job is (re)added; a waiting,
   * delayed or active one is left alone (Bull itself retries jobs whose worker died).
   */
  async ensureJob(documentId: string): Promise<'present' | 'added' | 'unavailable'> {
    if (!this.ready) return 'unavailable';
    try {
      const job = await withTimeout(this.queue.getJob(documentId));
      if (job) {
        const state = await withTimeout(job.getState());
        if (state === 'waiting' || state === 'active' || state === 'delayed' || state === 'paused')
          return 'present';
        await removeQuietly(job);
      }
      return (await this.enqueue(documentId)) ? 'added' : 'unavailable';
    } catch (e) {
      this.logger.warn(`could not check the job of document ${documentId}: ${(e as Error).message}`);
      return 'unavailable';
    }
  }
}

async function removeQuietly(job: Job): Promise<void> {
  try {
    await withTimeout(job.remove());
  } catch {
    // locked by a worker that is finishing it, or already gone
  }
}

function withTimeout<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Redis did not answer in time')), ADD_TIMEOUT_MS);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}
