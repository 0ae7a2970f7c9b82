/**
 * A thread of the ExtractionPool: reads one file at a time and extracts it (bytes in, ExtractionResult
 * and the reader's text out). CPU-heavy parsing runs here, never on the main thread: the service's
 * event loop keeps answering HTTP, and the pool can end a thread whose file takes too long.
 * Nothing here writes to stdout: the service logs JSON there, the `extract` command its JSON Lines.
 */
import { readlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { consoleToStderr } from './console-to-stderr';
import type { ExtractionReply, ExtractionRequest, ThreadSettings } from './extraction-protocol';

/** Linux: a thread has its own nice value; /proc/thread-self names this thread's id. Elsewhere: nothing. */
function lowerThreadPriority(nice: number): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, nice);
  } catch {
    // not Linux, or not allowed: the thread runs at the process's priority
  }
}
const settings = (workerData ?? { nice: null }) as ThreadSettings;
if (settings.nice !== null) lowerThreadPriority(settings.nice);

consoleToStderr();

const { extractDocumentWithText } =
  // Loaded after the console is redirected, so nothing a library prints reaches stdout.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../extraction/extract-document') as typeof import('../extraction/extract-document');

const port = parentPort;
if (!port) throw new Error('extraction-thread must run in a worker thread');

port.on('message', (request: ExtractionRequest) => {
  void handle(request).then((reply) => port.postMessage(reply));
});
port.postMessage({ kind: 'ready' } satisfies ExtractionReply);

async function handle(request: ExtractionRequest): Promise<ExtractionReply> {
  let bytes: Uint8Array;
  if ('bytes' in request.file) bytes = request.file.bytes;
  else {
    try {
      bytes = await readFile(request.file.path);
    } catch (e) {
      const error = e as NodeJS.ErrnoException;
      return { kind: 'io_error', id: request.id, code: error.code ?? null, message: error.message };
    }
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
