/**
 * Worker thread of the ingest pipeline: reads one stored file at a time and extracts it (bytes in,
 * ExtractionResult out). CPU-heavy parsing runs here, never on the HTTP event loop.
 */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { format } from 'node:util';
import type { ExtractionReply, ExtractionRequest } from './extraction-protocol';

// Libraries that print (pdf.js warnings) must not write into the service's JSON log on stdout.
const toStderr = (...args: unknown[]): void => {
  process.stderr.write(`${format(...args)}\n`);
};
console.log = toStderr;
console.info = toStderr;
console.warn = toStderr;
console.debug = toStderr;

const { extractDocument } =
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
  const result = await extractDocument(bytes, request.fileName, request.options, (error) => {
    const message = `unexpected error in ${request.fileName}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    port?.postMessage({ kind: 'log', id: request.id, message } satisfies ExtractionReply);
  });
  return { kind: 'result', id: request.id, result };
}
