/**
 * A small pool of worker threads that extract stored documents, with a hard time limit and a heap
 * limit per file: a thread that runs over time (a PDF that sends the parser into a loop) or dies
 * (out of memory) is ended and replaced, and the file gets a result whose `errors` say what happened.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { failedExtraction } from '../../extraction/readers/extraction-source';
import type { ExtractDocumentOptions, ExtractionWithText } from '../../extraction/extract-document';
import type { ExtractionReply, ExtractionRequest } from './extraction-protocol';

export interface ExtractionPoolOptions {
  threads: number;
  timeoutMs: number;
  maxHeapMb: number;
  log: (message: string) => void;
}

export interface ExtractInput {
  path: string;
  fileName: string;
  sha256: string;
  mediaType: string;
  options: ExtractDocumentOptions;
}

/** The stored file could not be read: a storage problem (transient or not), not the document's fault. */
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
export function readerTooSlow(timeoutMs: number): string {
  return `Reading the file took longer than ${Math.round(timeoutMs / 1000)} seconds, so it was stopped. The file may be damaged or far larger than a decision or report`;
}

/**
 * Young-generation limit of a thread. V8's default lets each isolate keep tens of MB of short-lived
 * garbage; reading a decision allocates little that survives, so a small young generation costs no
 * measurable time and keeps the service well under its memory budget (about 25 MB less per thread).
 */
const THREAD_YOUNG_GENERATION_MB = 8;

interface Pending {
  request: ExtractionRequest;
  input: ExtractInput;
  resolve: (extraction: ExtractionWithText) => void;
  reject: (error: Error) => void;
}

function threadScript(): { file: string; eval: boolean } {
  const ext = extname(__filename);
  const file = join(__dirname, `extraction-thread${ext}`);
  if (ext !== '.ts') return { file, eval: false };
  // Running from TypeScript sources (jest, ts-node): the thread registers ts-node itself.
  const register = require.resolve('ts-node/register/transpile-only');
  return { file: `require(${JSON.stringify(register)}); require(${JSON.stringify(file)});`, eval: true };
}

class Slot {
  private worker: Worker | null = null;
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
    const script = threadScript();
    const worker = new Worker(script.file, {
      eval: script.eval,
      stdout: true,
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.maxHeapMb,
        maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB,
      },
    });
    worker.stdout.resume();
    worker.on('message', (reply: ExtractionReply) => {
      if (reply.kind === 'log') this.options.log(reply.message);
      else if (this.current && reply.id === this.current.request.id) {
        if (reply.kind === 'result') this.finish({ result: reply.result, text: reply.text });
        else this.abort(new StoredFileUnreadableError(reply.code, reply.message));
      }
    });
    const onDeath = (message: string): void => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failFile(message);
    };
    worker.on('error', (error) => {
      this.options.log(`extraction thread error: ${error.stack ?? error.message}`);
      const memory =
        /memory/i.test(error.message) || (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      onDeath(memory ? READER_OUT_OF_MEMORY : READER_STOPPED);
    });
    worker.on('exit', () => onDeath(READER_STOPPED));
    return worker;
  }

  run(pending: Pending): void {
    this.current = pending;
    this.worker ??= this.start();
    this.timer = setTimeout(() => {
      this.options.log(`${pending.input.fileName}: over the time limit, ending its extraction thread`);
      const worker = this.worker;
      this.worker = null;
      this.failFile(readerTooSlow(this.options.timeoutMs));
      void worker?.terminate();
    }, this.options.timeoutMs);
    this.worker.postMessage(pending.request);
  }

  private failFile(message: string): void {
    if (!this.current) return;
    const { input } = this.current;
    const source = {
      fileName: input.fileName,
      mediaType: input.mediaType,
      sha256: input.sha256,
      pages: null,
      characters: 0,
    };
    this.finish({ result: failedExtraction(source, [message]), text: null });
  }

  private finish(extraction: ExtractionWithText): void {
    const done = this.release();
    done?.resolve(extraction);
    this.onIdle(this);
  }

  private abort(error: Error): void {
    const done = this.release();
    done?.reject(error);
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
    if (this.current) this.abort(new Error('The extraction pool was closed'));
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
   * text); rejects when the stored file cannot be read.
   */
  extract(input: ExtractInput): Promise<ExtractionWithText> {
    if (this.closed) return Promise.reject(new Error('The extraction pool was closed'));
    return new Promise((resolve, reject) => {
      const request: ExtractionRequest = {
        id: this.nextId++,
        path: input.path,
        fileName: input.fileName,
        options: input.options,
      };
      this.queue.push({ request, input, resolve, reject });
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
    for (const pending of this.queue.splice(0)) pending.reject(new Error('The extraction pool was closed'));
    await Promise.all(this.slots.map((s) => s.close()));
  }
}
