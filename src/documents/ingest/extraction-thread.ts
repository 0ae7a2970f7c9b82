/**
 * Worker thread of the ingest pipeline: reads one stored file at a time and extracts it (bytes in,
 * ExtractionResult and the reader's text out). CPU-heavy parsing runs here, never on the HTTP event
 * loop: the text goes back so it is stored with the document and the review page never parses a file.
 */
import { readlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { format } from 'node:util';
import type { ExtractionReply, ExtractionRequest } from './extraction-protocol';

/**
 * Nice value of this thread. The process's main thread answers HTTP (/health, pages, uploads): with
 * the extraction threads one step down in CPU priority, it gets a core as soon as it has work, so
 * answers stay quick while the threads read documents flat out; when it is idle they get everything.
 */
const THREAD_NICE = 10;

/** Linux: a thread has its own nice value; /proc/thread-self names this thread's id. Elsewhere: nothing. */
function lowerThreadPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, THREAD_NICE);
  } catch {
    // not Linux, or not allowed: the thread runs at the process's priority
  }
}
lowerThreadPriority();

// Libraries that print (pdf.js warnings) must not write into the service's JSON log on stdout.
const toStderr = (...args: unknown[]): void => {
  process.stderr.write(`${format(...args)}\n`);
};
console.log = toStderr;
console.info = toStderr;
console.warn = toStderr;
console.debug = toStderr;

const { extractDocumentWithText } =
  // Loaded after the console is redirected, so nothing a library prints reaches stdout.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../extraction/extract-document') as typeof import('../../extraction/extract-document');

const port = parentPort;
if (!port) throw new Error('extraction-thread must run in a worker thread');

port.on('message', (request: ExtractionRequest) => {
  void handle(request).then((reply) => port.postMessage(reply));
});

async function handle(request: ExtractionRequest): Promise<ExtractionReply> {
  let bytes: Buffer;
  try {
    bytes = await readFile(request.path);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    return { kind: 'io_error', id: request.id, code: error.code ?? null, message: error.message };
  }
  const { result, text } = await extractDocumentWithText(
    bytes,
    request.fileName,
    request.options,
    (error) => {
      const message = `unexpected error in ${request.fileName}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      port?.postMessage({ kind: 'log', id: request.id, message } satisfies ExtractionReply);
    },
  );
  return { kind: 'result', id: request.id, result, text };
}
