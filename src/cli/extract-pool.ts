/**
 * A small pool of worker threads that extract documents with a hard time limit per file: a worker
 * that runs over the limit (a PDF that sends the parser into a loop) or dies (out of memory) is
 * ended and replaced, and the file gets a result whose `errors` say what happened.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { failedExtraction, unreadSource } from '../extraction/readers/extraction-source';
import { tooSlowError } from '../extraction/readers/deadline';
import type { ExtractionResult } from '../extraction/types';
import type { ExtractJob, WorkerMessage } from './extract-protocol';

export interface PoolOptions {
  workers: number;
  /** Time limit per file, in milliseconds (what the error message states). */
  timeoutMs: number;
  /** Extra time before a worker over the limit is ended (the readers stop themselves at the limit when they can). */
  graceMs: number;
  /** Heap limit per worker. */
  maxHeapMb: number;
  log: (message: string) => void;
  /** The worker's code (tests replace it); by default extract-worker beside this file. */
  script?: WorkerScript;
}

export interface WorkerScript {
  file: string;
  eval: boolean;
}

interface Pending {
  job: ExtractJob;
  /** A copy of the bytes' hash inputs for the error result (the job's bytes are transferred). */
  bytesForHash: Uint8Array;
  resolve: (result: ExtractionResult) => void;
}

/** Loading the engine in a fresh worker takes a few seconds on a busy machine; this is far beyond. */
const STARTUP_LIMIT_MS = 120_000;
const STOPPED = 'The file could not be read: the reader stopped unexpectedly';
const TOO_MUCH_MEMORY =
  'The file needs more memory to read than allowed: it may be damaged or far larger than a decision or report';

function defaultWorkerScript(): WorkerScript {
  const ext = extname(__filename);
  const file = join(__dirname, `extract-worker${ext}`);
  if (ext !== '.ts') return { file, eval: false };
  // Running from TypeScript sources (npm run extract, jest): the worker registers ts-node itself.
  const register = require.resolve('ts-node/register/transpile-only');
  return { file: `require(${JSON.stringify(register)}); require(${JSON.stringify(file)});`, eval: true };
}

class Slot {
  private worker: Worker | null = null;
  /** Whether the worker has loaded its code: a file's time starts when it reaches a ready worker. */
  private ready = false;
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: PoolOptions,
    private readonly onIdle: (slot: Slot) => void,
  ) {}

  get busy(): boolean {
    return this.current !== null;
  }

  private start(): Worker {
    const script = this.options.script ?? defaultWorkerScript();
    const worker = new Worker(script.file, {
      eval: script.eval,
      stdout: false,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
    });
    this.ready = false;
    // A worker that never finishes loading would hold its file forever.
    const startup = setTimeout(() => {
      this.options.log('worker did not start in time, ending it');
      onDeath(STOPPED);
      void worker.terminate();
    }, STARTUP_LIMIT_MS);
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') {
        clearTimeout(startup);
        this.ready = true;
        this.dispatch();
      } else if (message.kind === 'log') this.options.log(message.message);
      else if (this.current && message.id === this.current.job.id) this.finish(message.result);
    });
    const onDeath = (message: string): void => {
      if (this.worker !== worker) return; // already replaced (ended after a time-out)
      this.worker = null;
      this.fail(message);
    };
    worker.on('error', (error) => {
      this.options.log(`worker error: ${error.stack ?? error.message}`);
      const memory =
        /memory/i.test(error.message) || (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      onDeath(memory ? TOO_MUCH_MEMORY : STOPPED);
    });
    worker.on('exit', () => {
      clearTimeout(startup);
      onDeath(STOPPED);
    });
    return worker;
  }

  run(pending: Pending): void {
    this.current = pending;
    this.worker ??= this.start();
    this.dispatch();
  }

  private dispatch(): void {
    const pending = this.current;
    if (!pending || !this.worker || !this.ready || this.timer) return;
    this.timer = setTimeout(() => {
      this.options.log(`${pending.job.fileName}: over the time limit, ending its worker`);
      const worker = this.worker;
      this.worker = null;
      this.fail(tooSlowError(this.options.timeoutMs).message);
      void worker?.terminate();
    }, this.options.timeoutMs + this.options.graceMs);
    this.worker.postMessage(pending.job, [pending.job.bytes.buffer as ArrayBuffer]);
  }

  private fail(message: string): void {
    if (!this.current) return;
    const { job, bytesForHash } = this.current;
    this.finish(failedExtraction(unreadSource(bytesForHash, job.fileName), [message]));
  }

  private finish(result: ExtractionResult): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const done = this.current;
    this.current = null;
    done?.resolve(result);
    this.onIdle(this);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

export class ExtractPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private nextId = 1;

  constructor(options: PoolOptions) {
    this.slots = Array.from(
      { length: Math.max(1, options.workers) },
      () => new Slot(options, (s) => this.feed(s)),
    );
  }

  extract(bytes: Uint8Array, fileName: string, options: ExtractJob['options']): Promise<ExtractionResult> {
    return new Promise((resolve) => {
      // The job's copy is transferred to the worker; the original stays here for an error result's hash.
      const copy = new Uint8Array(bytes);
      this.queue.push({
        job: { id: this.nextId++, fileName, bytes: copy, options },
        bytesForHash: bytes,
        resolve,
      });
      const idle = this.slots.find((s) => !s.busy);
      if (idle) this.feed(idle);
    });
  }

  private feed(slot: Slot): void {
    const next = this.queue.shift();
    if (next) slot.run(next);
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.close()));
  }
}
