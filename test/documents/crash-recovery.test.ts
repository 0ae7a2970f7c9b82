import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { manyPagePdf } from './support/decision-pdf';
import { api, DocumentsHarness, startDocumentsApp, upload, waitUntilDone } from './support/documents-api';
import { describeEndpoint } from '../../src/platform/redis/redis-endpoint';

jest.setTimeout(240_000);

const root = join(__dirname, '..', '..');

/** `npm run worker` from the sources, against the test app's database, uploads and Redis. */
function startWorker(h: DocumentsHarness): { child: ChildProcess; log: () => string } {
  const config = h.t.config;
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(root, 'src', 'worker.ts')],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        TS_NODE_TRANSPILE_ONLY: 'true',
        NODE_ENV: 'test',
        DATA_DIR: config.dataDir,
        UPLOAD_DIR: config.uploadDir,
        REDIS_URL: describeEndpoint(h.t.redis),
        QUEUE_PREFIX: config.queue.prefix,
        WORKER_CONCURRENCY: '1',
        // Reading 1,900 pages takes far longer on a loaded CI machine than the default limit allows.
        EXTRACTION_TIMEOUT_MS: '300000',
        LOG_LEVEL: 'info',
        ...(config.database.kind === 'postgresql' ? { DATABASE_URL: config.database.url } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  return { child, log: () => text };
}

async function waitForStatus(
  h: DocumentsHarness,
  id: string,
  status: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await api(h, 'get', `/api/documents/${id}`)).body.status === status) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`document ${id} never reached ${status}`);
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

describe('a worker process killed mid-job (kill -9)', () => {
  let h: DocumentsHarness;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    // This app only serves HTTP (and sweeps); `npm run worker` processes consume the queue.
    h = await startDocumentsApp({ QUEUE_CONSUMER: 'false' });
  });
  afterAll(async () => {
    for (const w of workers) await stop(w, 'SIGKILL');
    await h?.t.close();
  });

  it('leaves the document processed exactly once in the end, with no duplicate recommendations', async () => {
    // Long enough to read (about 1,900 pages) that the kill lands while it is being processed.
    const pdf = await manyPagePdf(1900);
    const first = startWorker(h);
    workers.push(first.child);
    const res = await upload(h, [{ name: 'long.pdf', bytes: pdf }]);
    expect(res.status).toBe(202);
    const id = res.body.documents[0].id as string;
    await waitForStatus(h, id, 'processing', 90_000);
    await stop(first.child, 'SIGKILL');
    expect(first.child.signalCode).toBe('SIGKILL');
    const killed = (await api(h, 'get', `/api/documents/${id}`)).body;
    expect(killed).toMatchObject({ status: 'processing', attempts: 1 });
    expect((await api(h, 'get', `/api/documents/${id}/recommendations`)).body.recommendations).toEqual([]);

    const second = startWorker(h);
    workers.push(second.child);
    const doc = await waitUntilDone(h, id, 150_000);
    expect(doc.status).toBe('processed');
    expect(doc.attempts).toBe(2);
    const extraction = (await api(h, 'get', `/api/documents/${id}/extraction`)).body;
    const recs = (await api(h, 'get', `/api/documents/${id}/recommendations`)).body.recommendations as {
      id: string;
      text: string;
      span: { start: number };
    }[];
    expect(recs.length).toBe(extraction.recommendations.length);
    expect(recs.length).toBeGreaterThan(0);
    expect(new Set(recs.map((r) => `${r.span.start}:${r.text}`)).size).toBe(recs.length);
    // Still exactly once a little later (no late second run of the killed attempt).
    await new Promise((r) => setTimeout(r, 3000));
    const after = (await api(h, 'get', `/api/documents/${id}`)).body;
    expect(after).toMatchObject({ status: 'processed', attempts: 2, processedAt: doc.processedAt });
    expect((await api(h, 'get', `/api/documents/${id}/recommendations`)).body.recommendations).toHaveLength(
      recs.length,
    );
    expect(second.log()).toContain('document ingested');
  });
});
