/**
 * The one pool of worker threads that extract documents, used by the `extract` command and by the
 * ingest processor. At most `threads` files are read at once; each has a hard time limit and its
 * thread a heap limit: a thread that runs over time (a PDF that sends the parser into a loop), runs
 * out of memory or dies is ended and replaced, and the file gets a result whose `errors` say what
 * happened. The pool carries on with the next file.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { ExtractDocumentOptions, ExtractionWithText } from '../extraction/extract-document';
import { tooSlowError } from '../extraction/readers/deadline';
import { failedExtraction } from '../extraction/readers/extraction-source';
import type { ExtractionSource } from '../extraction/types';
import type {
  ExtractionFile,
  ExtractionReply,
  ExtractionRequest,
  ThreadSettings,
} from './extraction-protocol';

export interface ExtractionPoolOptions {
  /** How many files are read at once (one thread each). */
  threads: number;
  /** Time limit per file, in milliseconds (what the error message states), from when a ready thread gets it. */
  timeoutMs: number;
  /** Extra time before a thread over the limit is ended: the readers stop themselves at the limit when they can (default 1 s). */
  graceMs?: number;
  /** Heap limit per thread. */
  maxHeapMb: number;
  /** Young-generation limit per thread (V8's default when absent). */
  youngGenerationMb?: number;
  /** Linux nice value of the threads, so the main thread gets a core first (unchanged when absent). */
  threadNice?: number;
  log: (message: string) => void;
  /** The thread's code (tests replace it); by default extraction-thread beside this file. */
  script?: ThreadScript;
}

export interface ThreadScript {
  file: string;
  eval: boolean;
}

export interface ExtractionInput {
  fileName: string;
  file: ExtractionFile;
  /** The result's `source` when the file is not read (time-out, crash, out of memory). */
  failedSource: ExtractionSource;
  options: ExtractDocumentOptions;
}

/** The file at the path could not be read: a storage problem (transient or not), not the document's fault. */
export class StoredFileUnreadableError extends Error {
  constructor(
    readonly code: string | null,
    message: string,
  ) {
    super(message);
  }
}

export const READER_STOPPED =
  'The file could not be read: the reader stopped unexpectedly. The file may be damaged; save it again and upload the new copy';
export const READER_OUT_OF_MEMORY =
  'The file needs more memory to read than allowed: it may be damaged or far larger than a decision or report';
/** What a pending file is rejected with when the pool closes (the ingest processor retries it later). */
export const POOL_CLOSED = 'The extraction pool was closed';

/** Loading the engine in a fresh thread takes a few seconds on a busy machine; this is far beyond. */
const STARTUP_LIMIT_MS = 120_000;
const DEFAULT_GRACE_MS = 1000;

interface Pending {
  request: ExtractionRequest;
  failedSource: ExtractionSource;
  resolve: (extraction: ExtractionWithText) => void;
  reject: (error: Error) => void;
}

function defaultThreadScript(): ThreadScript {
  const ext = extname(__filename);
  const file = join(__dirname, `extraction-thread${ext}`);
  if (ext !== '.ts') return { file, eval: false };
  // Running from TypeScript sources (npm run extract, jest, ts-node): the thread registers ts-node itself.
  const register = require.resolve('ts-node/register/transpile-only');
  return { file: `require(${JSON.stringify(register)}); require(${JSON.stringify(file)});`, eval: true };
}

class Slot {
  private worker: Worker | null = null;
  /** Whether the thread has loaded its code: a file's time starts when it reaches a ready thread. */
  private ready = false;
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: ExtractionPoolOptions,
    private readonly onIdle: (slot: Slot) => void,
  ) {}

  get busy(): boolean {
    return this.current !== null;
  }

  private start(): Worker {
    const script = this.options.script ?? defaultThreadScript();
    const settings: ThreadSettings = { nice: this.options.threadNice ?? null };
    const worker = new Worker(script.file, {
      eval: script.eval,
      workerData: settings,
      stdout: true,
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.maxHeapMb,
        ...(this.options.youngGenerationMb
          ? { maxYoungGenerationSizeMb: this.options.youngGenerationMb }
          : {}),
      },
    });
    // Whatever a library writes to the thread's stdout goes to stderr: stdout is the caller's.
    worker.stdout.pipe(process.stderr, { end: false });
    this.ready = false;
    const onDeath = (message: string): void => {
      if (this.worker !== worker) return; // already replaced (ended after a time-out)
      this.worker = null;
      this.failFile(message);
    };
    // A thread that never finishes loading would hold its file forever.
    const startup = setTimeout(() => {
      this.options.log('extraction thread did not start in time, ending it');
      onDeath(READER_STOPPED);
      void worker.terminate();
    }, STARTUP_LIMIT_MS);
    worker.on('message', (reply: ExtractionReply) => {
      if (reply.kind === 'ready') {
        clearTimeout(startup);
        this.ready = true;
        this.dispatch();
      } else if (reply.kind === 'log') this.options.log(reply.message);
      else if (this.current && reply.id === this.current.request.id) {
        if (reply.kind === 'result') this.finish({ result: reply.result, text: reply.text });
        else this.abort(new StoredFileUnreadableError(reply.code, reply.message));
      }
    });
    worker.on('error', (error) => {
      this.options.log(`extraction thread error: ${error.stack ?? error.message}`);
      const memory =
        /memory/i.test(error.message) || (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      onDeath(memory ? READER_OUT_OF_MEMORY : READER_STOPPED);
    });
    worker.on('exit', () => {
      clearTimeout(startup);
      onDeath(READER_STOPPED);
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
    this.timer = setTimeout(
      () => {
        this.options.log(`${pending.request.fileName}: over the time limit, ending its extraction thread`);
        const worker = this.worker;
        this.worker = null;
        this.failFile(tooSlowError(this.options.timeoutMs).message);
        void worker?.terminate();
      },
      this.options.timeoutMs + (this.options.graceMs ?? DEFAULT_GRACE_MS),
    );
    const { file } = pending.request;
    this.worker.postMessage(pending.request, 'bytes' in file ? [file.bytes.buffer as ArrayBuffer] : []);
  }

  private failFile(message: string): void {
    if (!this.current) return;
    this.finish({ result: failedExtraction(this.current.failedSource, [message]), text: null });
  }

  private finish(extraction: ExtractionWithText): void {
    this.release()?.resolve(extraction);
    this.onIdle(this);
  }

  private abort(error: Error): void {
    this.release()?.reject(error);
    this.onIdle(this);
  }

  private release(): Pending | null {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const done = this.current;
    this.current = null;
    return done;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.release()?.reject(new Error(POOL_CLOSED));
    if (worker) await worker.terminate();
  }
}

export class ExtractionPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: ExtractionPoolOptions) {
    this.slots = Array.from(
      { length: Math.max(1, options.threads) },
      () => new Slot(options, (s) => this.feed(s)),
    );
  }

  /**
   * The result and the reader's text. Never rejects for a bad file (its result has `errors` and no
   * text); rejects with StoredFileUnreadableError when the file at a path cannot be read, and when the
   * pool is closed. Bytes given in `file` are copied, and the copy is handed to the thread.
   */
  extract(input: ExtractionInput): Promise<ExtractionWithText> {
    if (this.closed) return Promise.reject(new Error(POOL_CLOSED));
    return new Promise((resolve, reject) => {
      const file: ExtractionFile =
        'bytes' in input.file ? { bytes: new Uint8Array(input.file.bytes) } : input.file;
      const request: ExtractionRequest = {
        id: this.nextId++,
        fileName: input.fileName,
        file,
        options: input.options,
      };
      this.queue.push({ request, failedSource: input.failedSource, resolve, reject });
      const idle = this.slots.find((s) => !s.busy);
      if (idle) this.feed(idle);
    });
  }

  private feed(slot: Slot): void {
    if (slot.busy) return;
    const next = this.queue.shift();
    if (next) slot.run(next);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error(POOL_CLOSED));
    await Promise.all(this.slots.map((s) => s.close()));
  }
}
