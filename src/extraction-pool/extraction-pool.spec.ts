/**
 * The extraction pool: a file whose reading hangs, crashes or runs out of memory gets an error result
 * in plain words, its thread is ended and replaced, and the pool carries on; never more files are read
 * at once than it has threads. Most cases use a stand-in thread that speaks the pool's protocol; the
 * last ones use the real extraction thread.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ExtractionSource } from '../extraction/types';
import {
  ExtractionInput,
  ExtractionPool,
  ExtractionPoolOptions,
  POOL_CLOSED,
  READER_OUT_OF_MEMORY,
  READER_STOPPED,
  StoredFileUnreadableError,
} from './extraction-pool';

/** A stand-in thread: says it is ready, then runs `onRequest` (with `request` and `threadId`) for each request. */
function standIn(onRequest: string, beforeReady = ''): ExtractionPoolOptions['script'] {
  return {
    eval: true,
    file: `const { parentPort, threadId } = require('node:worker_threads');
${beforeReady}
parentPort.on('message', (request) => { ${onRequest} });
parentPort.postMessage({ kind: 'ready' });`,
  };
}

/** The stand-in's answer: the file's name, its size, and which thread read it. */
const ANSWER =
  "parentPort.postMessage({ kind: 'result', id: request.id, result: { fileName: request.fileName, size: request.file.bytes ? request.file.bytes.length : null, threadId }, text: 'the text' });";

function makePool(
  onRequest: string,
  options: Partial<ExtractionPoolOptions> & { beforeReady?: string } = {},
): { pool: ExtractionPool; logs: string[] } {
  const logs: string[] = [];
  const { beforeReady, ...rest } = options;
  return {
    pool: new ExtractionPool({
      threads: 1,
      timeoutMs: 300,
      graceMs: 100,
      maxHeapMb: 64,
      log: (m) => logs.push(m),
      script: standIn(onRequest, beforeReady),
      ...rest,
    }),
    logs,
  };
}

const SOURCE: ExtractionSource = {
  fileName: 'decision.pdf',
  mediaType: 'application/pdf',
  sha256: 'a'.repeat(64),
  pages: null,
  characters: 0,
};

function input(fileName: string, extra: Partial<ExtractionInput> = {}): ExtractionInput {
  return {
    fileName,
    file: { bytes: Buffer.from('%PDF-1.7 a decision') },
    failedSource: { ...SOURCE, fileName },
    options: {},
    ...extra,
  };
}

interface Answer {
  fileName: string;
  size: number | null;
  threadId: number;
}
const answer = (extraction: { result: unknown }): Answer => extraction.result as Answer;

describe('ExtractionPool', () => {
  it('passes the result and text through, handing the thread a copy of the bytes', async () => {
    const { pool } = makePool(ANSWER);
    try {
      const bytes = Buffer.from('%PDF-1.7 twenty-six bytes.');
      const extraction = await pool.extract(input('ok.pdf', { file: { bytes } }));
      expect(extraction.text).toBe('the text');
      expect(answer(extraction)).toMatchObject({ fileName: 'ok.pdf', size: bytes.length });
      expect(bytes.toString()).toBe('%PDF-1.7 twenty-six bytes.');
    } finally {
      await pool.close();
    }
  });

  it('reports a file whose reading crashes the thread as failed, then reads the next on a fresh thread', async () => {
    const { pool, logs } = makePool(`if (request.fileName === 'crash.pdf') process.exit(3); ${ANSWER}`);
    try {
      const first = answer(await pool.extract(input('first.pdf')));
      const crashed = await pool.extract(input('crash.pdf'));
      expect(crashed.text).toBeNull();
      expect(crashed.result).toMatchObject({
        documentType: 'unknown',
        recommendations: [],
        errors: [READER_STOPPED],
        source: { ...SOURCE, fileName: 'crash.pdf' },
      });
      const next = answer(await pool.extract(input('next.pdf')));
      expect(next.fileName).toBe('next.pdf');
      expect(next.threadId).not.toBe(first.threadId);
      expect(logs).toEqual([]);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('reports a thread that throws as failed and recovers', async () => {
    const { pool, logs } = makePool(`if (request.fileName === 'bug.pdf') throw new Error('boom'); ${ANSWER}`);
    try {
      const failed = await pool.extract(input('bug.pdf'));
      expect(failed.result.errors).toEqual([READER_STOPPED]);
      expect(logs.join('\n')).toMatch(/extraction thread error: .*boom/);
      expect(answer(await pool.extract(input('next.pdf'))).fileName).toBe('next.pdf');
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('ends the thread of a file over its time limit, reports the file as too slow and carries on', async () => {
    // The stuck thread counts in shared memory for as long as it runs.
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const { pool, logs } = makePool(
      `if (request.fileName === 'stuck.pdf') { const c = new Int32Array(request.options.counter); for (;;) Atomics.add(c, 0, 1); } ${ANSWER}`,
    );
    try {
      const before = answer(await pool.extract(input('before.pdf')));
      const started = Date.now();
      const stuck = await pool.extract(
        input('stuck.pdf', { options: { counter: counter.buffer } as ExtractionInput['options'] }),
      );
      const took = Date.now() - started;
      expect(stuck.result.errors[0]).toMatch(/^The file took too long to read \(more than 0\.3 seconds\)/);
      expect(stuck.result.source).toEqual({ ...SOURCE, fileName: 'stuck.pdf' });
      expect(took).toBeGreaterThanOrEqual(400); // the limit and its grace
      expect(took).toBeLessThan(10_000);
      expect(logs).toEqual(['stuck.pdf: over the time limit, ending its extraction thread']);
      // The thread was ended: the counter stops moving.
      expect(Atomics.load(counter, 0)).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      const settled = Atomics.load(counter, 0);
      await new Promise((r) => setTimeout(r, 300));
      expect(Atomics.load(counter, 0)).toBe(settled);
      const after = answer(await pool.extract(input('after.pdf')));
      expect(after.fileName).toBe('after.pdf');
      expect(after.threadId).not.toBe(before.threadId);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('starts a file’s time limit when its thread is ready, not while the thread loads', async () => {
    const { pool } = makePool(ANSWER, {
      beforeReady: 'const until = Date.now() + 800; while (Date.now() < until) {}',
    });
    try {
      expect(answer(await pool.extract(input('slow-start.pdf'))).fileName).toBe('slow-start.pdf');
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('reports a thread that runs out of memory', async () => {
    const { pool } = makePool('const hoard = []; for (;;) hoard.push(new Array(1e5).fill(request.id));', {
      timeoutMs: 20_000,
      maxHeapMb: 16,
    });
    try {
      const result = await pool.extract(input('huge.pdf'));
      expect(result.result.errors).toEqual([READER_OUT_OF_MEMORY]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('reads no more files at once than it has threads, and uses them all', async () => {
    // running now, most at once
    const shared = new Int32Array(new SharedArrayBuffer(8));
    const { pool } = makePool(
      `const s = new Int32Array(request.options.shared);
const now = Atomics.add(s, 0, 1) + 1;
for (let most = Atomics.load(s, 1); now > most && Atomics.compareExchange(s, 1, most, now) !== most; most = Atomics.load(s, 1)) {}
const until = Date.now() + 150; while (Date.now() < until) {}
Atomics.sub(s, 0, 1);
${ANSWER}`,
      // a time limit no busy machine reaches: this case is about how many run at once, not time
      { threads: 2, timeoutMs: 20_000 },
    );
    try {
      const options = { shared: shared.buffer } as ExtractionInput['options'];
      const answers = (
        await Promise.all(Array.from({ length: 7 }, (_, i) => pool.extract(input(`${i}.pdf`, { options }))))
      ).map(answer);
      expect(answers.map((a) => a.fileName)).toEqual(Array.from({ length: 7 }, (_, i) => `${i}.pdf`));
      expect(new Set(answers.map((a) => a.threadId)).size).toBe(2);
      expect(Atomics.load(shared, 1)).toBe(2);
      expect(Atomics.load(shared, 0)).toBe(0);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('rejects when the file at a path cannot be read, and carries on', async () => {
    const { pool } = makePool(
      `if (request.file.path) parentPort.postMessage({ kind: 'io_error', id: request.id, code: 'EACCES', message: 'EACCES: permission denied' }); else { ${ANSWER} }`,
    );
    try {
      const refused = pool.extract(input('stored.pdf', { file: { path: '/nowhere/stored.pdf' } }));
      await expect(refused).rejects.toBeInstanceOf(StoredFileUnreadableError);
      await expect(refused).rejects.toMatchObject({ code: 'EACCES' });
      expect(answer(await pool.extract(input('next.pdf'))).fileName).toBe('next.pdf');
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('rejects the files it has not finished when closed, and any given after', async () => {
    const { pool } = makePool('/* never answers */');
    const running = expect(pool.extract(input('a.pdf'))).rejects.toThrow(POOL_CLOSED);
    const queued = expect(pool.extract(input('b.pdf'))).rejects.toThrow(POOL_CLOSED);
    await new Promise((r) => setTimeout(r, 100));
    await pool.close();
    await running;
    await queued;
    await expect(pool.extract(input('c.pdf'))).rejects.toThrow(POOL_CLOSED);
  }, 30_000);

  describe('with the real extraction thread', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'redress-pool-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('extracts a file from its path or from its bytes alike, and rejects a missing path', async () => {
      const text =
        'Final decision\n\nThe Council has agreed to apologise to Mr X and pay him £200 within one month of this decision.\n';
      const path = join(dir, 'decision.txt');
      writeFileSync(path, text);
      const pool = new ExtractionPool({
        threads: 1,
        timeoutMs: 30_000,
        maxHeapMb: 256,
        log: () => undefined,
      });
      try {
        const fromPath = await pool.extract({
          fileName: 'decision.txt',
          file: { path },
          failedSource: SOURCE,
          options: {},
        });
        const fromBytes = await pool.extract({
          fileName: 'decision.txt',
          file: { bytes: Buffer.from(text) },
          failedSource: SOURCE,
          options: {},
        });
        expect(fromPath.result.errors).toEqual([]);
        expect(fromPath.result.source).toMatchObject({ fileName: 'decision.txt', mediaType: 'text/plain' });
        expect(fromPath.text).toBe(text);
        expect(fromBytes).toEqual(fromPath);
        await expect(
          pool.extract({
            fileName: 'gone.txt',
            file: { path: join(dir, 'gone.txt') },
            failedSource: SOURCE,
            options: {},
          }),
        ).rejects.toMatchObject({ code: 'ENOENT' });
      } finally {
        await pool.close();
      }
    }, 120_000);
  });
});
