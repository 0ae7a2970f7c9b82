/**
 * Worker thread for the `extract` command: reads one file at a time (bytes in, ExtractionResult
 * out). Runs in its own thread so that the parent can end it when a file takes too long.
 * Nothing here writes to stdout: stdout belongs to the JSON Lines output of the parent.
 */
import './extract-worker-console';

import { parentPort } from 'node:worker_threads';

import { extractDocument } from '../extraction/extract-document';
import type { ExtractJob, WorkerMessage } from './extract-protocol';

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

port.postMessage({ kind: 'ready' } satisfies WorkerMessage);

port.on('message', (job: ExtractJob) => {
  void extractDocument(job.bytes, job.fileName, job.options, (error) => {
    const log: WorkerMessage = {
      kind: 'log',
      id: job.id,
      message: `unexpected error in ${job.fileName}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    };
    port.postMessage(log);
  }).then((result) => {
    const done: WorkerMessage = { kind: 'result', id: job.id, result };
    port.postMessage(done);
  });
});
