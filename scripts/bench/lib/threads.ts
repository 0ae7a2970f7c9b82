/**
 * Throughput of reading one document over several worker threads at once (as the service's
 * extraction threads do): each thread reads the same bytes again and again for `minMs` after a
 * warm-up, and the documents read by all threads are divided by the wall-clock time.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

export interface ThreadThroughput {
  threads: number;
  documents: number;
  wallMs: number;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
require(workerData.register);
const { readDocument } = require(workerData.module);
const bytes = new Uint8Array(workerData.bytes);
(async () => {
  for (let i = 0; i < 2; i++) await readDocument(bytes);
  parentPort.postMessage({ ready: true });
  parentPort.once('message', async () => {
    const started = Date.now();
    let documents = 0;
    while (Date.now() - started < workerData.minMs) {
      await readDocument(bytes);
      documents++;
    }
    parentPort.postMessage({ documents, wallMs: Date.now() - started });
  });
})().catch((e) => parentPort.postMessage({ error: String(e && e.stack ? e.stack : e) }));
`;

interface Reply {
  ready?: boolean;
  documents?: number;
  wallMs?: number;
  error?: string;
}

export async function readThroughput(
  bytes: Buffer,
  threads: number,
  minMs: number,
): Promise<ThreadThroughput> {
  const workerData = {
    register: require.resolve('ts-node/register/transpile-only'),
    module: join(__dirname, '..', '..', '..', 'src', 'extraction', 'readers', 'read-document.ts'),
    bytes,
    minMs,
  };
  const workers = Array.from({ length: threads }, () => new Worker(WORKER, { eval: true, workerData }));
  const next = (w: Worker): Promise<Reply> =>
    new Promise((resolve, reject) => {
      w.once('message', (m: Reply) => (m.error ? reject(new Error(m.error)) : resolve(m)));
      w.once('error', reject);
    });
  try {
    await Promise.all(workers.map(next));
    const started = Date.now();
    const done = workers.map(next);
    for (const w of workers) w.postMessage('go');
    const replies = await Promise.all(done);
    return {
      threads,
      documents: replies.reduce((a, r) => a + (r.documents ?? 0), 0),
      wallMs: Math.max(Date.now() - started, ...replies.map((r) => r.wallMs ?? 0)),
    };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
