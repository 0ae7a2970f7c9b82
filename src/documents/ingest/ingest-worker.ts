import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Job } from 'bull';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { failedExtraction } from '../../extraction/readers/extraction-source';
import type { ExtractionWithText } from '../../extraction/extract-document';
import { ExtractionPool, StoredFileUnreadableError } from '../../extraction-pool/extraction-pool';
import { INGEST_JOB } from '../../platform/queue/queue-names';
import { ContentStore } from '../../storage/content-store';
import { Claim, DocumentClaims } from './document-claim';
import { IngestJobData, IngestQueue } from './ingest-queue';
import { PersistOutcome, ResultPersister } from './result-persister';
import { isTransient } from './transient-error';

export const STORED_FILE_MISSING =
  'The stored copy of this file is missing, so it cannot be read. Upload the file again';
export const GAVE_UP =
  'The document could not be processed because of a problem on our side, not with the file. Use "Process again" later; if it keeps failing, tell the system administrator';

/** Heap limit of one extraction thread: far above what a decision needs, well below the machine's memory. */
const THREAD_HEAP_MB = 384;
/**
 * Young-generation limit of a thread. V8's default lets each isolate keep tens of MB of short-lived
 * garbage; reading a decision allocates little that survives, so a small young generation costs no
 * measurable time and keeps the service well under its memory budget (about 25 MB less per thread).
 */
const THREAD_YOUNG_GENERATION_MB = 8;
/**
 * Nice value of the extraction threads. The process's main thread answers HTTP (/health, pages,
 * uploads): with the threads one step down in CPU priority, it gets a core as soon as it has work, so
 * answers stay quick while the threads read documents flat out; when it is idle they get everything.
 */
const THREAD_NICE = 10;

export interface IngestOutcome {
  outcome: PersistOutcome | 'skipped';
  attempt: number | null;
  extractMs: number;
  totalMs: number;
}

/**
 * Consumes the `documents` queue when this process is a consumer (config.queue.consume): claims the
 * document, extracts it in a worker thread (off the event loop), persists in a transaction. Transient
 * problems on our side (database busy, storage briefly unavailable) are thrown so Bull retries with
 * backoff; any other error, and a file the extractor cannot read, ends `failed` at once with its reason.
 */
@Injectable()
export class IngestWorker implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('IngestWorker');
  private pool: ExtractionPool | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: IngestQueue,
    private readonly claims: DocumentClaims,
    private readonly persister: ResultPersister,
    private readonly store: ContentStore,
  ) {}

  onModuleInit(): void {
    if (!this.config.queue.consume) return;
    const threads = this.config.queue.concurrency;
    this.pool = new ExtractionPool({
      threads,
      timeoutMs: this.config.limits.extractionTimeoutMs,
      maxHeapMb: THREAD_HEAP_MB,
      youngGenerationMb: THREAD_YOUNG_GENERATION_MB,
      threadNice: THREAD_NICE,
      log: (m) => this.logger.warn(m),
    });
    // Twice as many jobs as threads: one persists while the next one is being read.
    this.queue.queue
      .process(INGEST_JOB, threads * 2, (job: Job<IngestJobData>) => this.handle(job))
      .catch((e: Error) => this.logger.error(`the ingest consumer stopped: ${e.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.close();
  }

  async handle(job: Job<IngestJobData>): Promise<IngestOutcome> {
    const started = Date.now();
    const claim = await this.claims.claim(job.data.documentId);
    if (!claim) return { outcome: 'skipped', attempt: null, extractMs: 0, totalMs: Date.now() - started };
    let extraction: ExtractionWithText;
    const extractStarted = Date.now();
    try {
      extraction = await this.extract(claim);
    } catch (e) {
      return this.afterError(job, claim, e, started);
    }
    const extractMs = Date.now() - extractStarted;
    let outcome: PersistOutcome;
    try {
      outcome = await this.persister.persist(claim, extraction.result, extraction.text);
    } catch (e) {
      return this.afterError(job, claim, e, started);
    }
    const totalMs = Date.now() - started;
    this.logger.log({
      msg: 'document ingested',
      documentId: claim.documentId,
      outcome,
      attempt: claim.attempt,
      extractMs,
      totalMs,
    });
    return { outcome, attempt: claim.attempt, extractMs, totalMs };
  }

  private async extract(claim: Claim): Promise<ExtractionWithText> {
    if (!this.pool) throw new Error('This process does not consume the queue');
    const limits = this.config.limits;
    const source = {
      fileName: claim.fileName,
      mediaType: claim.mediaType,
      sha256: claim.sha256,
      pages: null,
      characters: 0,
    };
    try {
      return await this.pool.extract({
        fileName: claim.fileName,
        // The thread reads the stored file itself: its bytes never cross this event loop.
        file: { path: this.store.absolutePath(claim.storagePath) },
        failedSource: source,
        options: {
          maxPages: limits.maxPdfPages,
          maxDocxEntries: limits.maxDocxEntries,
          maxDocxUncompressedBytes: limits.maxDocxUncompressedBytes,
          timeoutMs: limits.extractionTimeoutMs,
        },
      });
    } catch (e) {
      if (e instanceof StoredFileUnreadableError && e.code === 'ENOENT') {
        return { result: failedExtraction(source, [STORED_FILE_MISSING]), text: null };
      }
      throw e;
    }
  }

  /**
   * A problem on our side. Transient ones (database busy or unreachable, disk or connection briefly
   * unavailable, shutting down) are thrown so Bull tries again with backoff, until the last try. Any
   * other error would fail the same way every time: the document fails at once, without retries.
   */
  private async afterError(job: Job, claim: Claim, error: unknown, started: number): Promise<IngestOutcome> {
    const transient = isTransient(error);
    const last = !transient || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    this.logger.warn({
      msg: 'ingest attempt failed',
      documentId: claim.documentId,
      attempt: claim.attempt,
      transient,
      lastTry: last,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    if (!last) throw error;
    if (!transient) {
      // Recording the failure is itself a database write: if that fails, let Bull try the job again.
      await this.persister.failAfterRetries(claim, GAVE_UP);
      return { outcome: 'failed', attempt: claim.attempt, extractMs: 0, totalMs: Date.now() - started };
    }
    await this.persister.failAfterRetries(claim, GAVE_UP).catch(() => undefined);
    throw error;
  }
}
