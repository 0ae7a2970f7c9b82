/**
 * The extract command's worker pool: a file whose reading hangs, crashes or runs out of memory gets
 * an error result in plain words, and the pool carries on with a fresh worker.
 */
import { ExtractPool, WorkerScript } from '../../src/cli/extract-pool';

function script(onMessage: string): WorkerScript {
  return {
    eval: true,
    file: `const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ kind: 'ready' });
parentPort.on('message', (job) => { ${onMessage} });`,
  };
}

function pool(onMessage: string, timeoutMs = 300, maxHeapMb = 64): { pool: ExtractPool; logs: string[] } {
  const logs: string[] = [];
  return {
    pool: new ExtractPool({
      workers: 1,
      timeoutMs,
      graceMs: 100,
      maxHeapMb,
      log: (m) => logs.push(m),
      script: script(onMessage),
    }),
    logs,
  };
}

const bytes = Buffer.from('%PDF-1.7 stuck');

describe('ExtractPool', () => {
  it('ends a worker stuck in a loop and reports the file as too slow, then carries on', async () => {
    const { pool: p, logs } = pool('for (;;) {}');
    try {
      const started = Date.now();
      const [first, second] = await Promise.all([
        p.extract(bytes, 'a/stuck.pdf', {}),
        p.extract(bytes, 'b.pdf', {}),
      ]);
      for (const result of [first, second]) {
        expect(result.documentType).toBe('unknown');
        expect(result.errors[0]).toMatch(/^The file took too long to read \(more than 0\.3 seconds\)/);
      }
      expect(first.source).toMatchObject({ fileName: 'stuck.pdf', characters: 0, pages: null });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(logs.some((l) => l.includes('over the time limit'))).toBe(true);
    } finally {
      await p.close();
    }
  }, 30_000);

  it('reports a worker that dies', async () => {
    const { pool: p } = pool('process.exit(3)');
    try {
      const result = await p.extract(bytes, 'crash.pdf', {});
      expect(result.errors).toEqual(['The file could not be read: the reader stopped unexpectedly']);
    } finally {
      await p.close();
    }
  }, 30_000);

  it('reports a worker that runs out of memory', async () => {
    const { pool: p } = pool(
      'const hoard = []; for (;;) hoard.push(new Array(1e5).fill(job.id));',
      20_000,
      16,
    );
    try {
      const result = await p.extract(bytes, 'huge.pdf', {});
      expect(result.errors[0]).toMatch(/^The file needs more memory to read than allowed/);
    } finally {
      await p.close();
    }
  }, 60_000);

  it('passes results through from a healthy worker', async () => {
    const { pool: p } = pool(
      "parentPort.postMessage({ kind: 'result', id: job.id, result: { fileName: job.fileName, size: job.bytes.length } });",
    );
    try {
      expect(await p.extract(bytes, 'ok.pdf', { maxPages: 3 })).toEqual({
        fileName: 'ok.pdf',
        size: bytes.length,
      });
    } finally {
      await p.close();
    }
  });
});
