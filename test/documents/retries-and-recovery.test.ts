import { EntityManager, LockWaitTimeoutException } from '@mikro-orm/core';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { DocumentClaims, MAX_TRIES, STOPPED_REPEATEDLY } from '../../src/documents/ingest/document-claim';
import { IngestQueue } from '../../src/documents/ingest/ingest-queue';
import { IngestSweeper } from '../../src/documents/ingest/ingest-sweeper';
import { GAVE_UP } from '../../src/documents/ingest/ingest-worker';
import { ResultPersister } from '../../src/documents/ingest/result-persister';
import { decisionPdf } from './support/decision-pdf';
import { api, DocumentsHarness, startDocumentsApp, upload, waitUntilDone } from './support/documents-api';

jest.setTimeout(180_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('retries only for transient errors; stale and lost jobs recovered; nothing processing for ever', () => {
  let h: DocumentsHarness;
  let seed = 300;
  beforeAll(async () => {
    h = await startDocumentsApp();
  });
  afterAll(() => h?.t.close());
  afterEach(async () => {
    jest.restoreAllMocks();
    await h.t.app.get(IngestQueue).queue.resume();
  });

  const em = () => h.t.app.get(EntityManager).fork();
  const recommendations = async (id: string) =>
    (await api(h, 'get', `/api/documents/${id}/recommendations`)).body.recommendations as { id: string }[];
  const uploadOne = async (name: string): Promise<string> => {
    const res = await upload(h, [{ name, bytes: await decisionPdf({ seed: seed++, pages: 5 }) }]);
    expect(res.status).toBe(202);
    return res.body.documents[0].id as string;
  };

  /**
   * A document as a worker that died leaves it: claimed (processing), its job gone from Redis (Bull
   * gives up on a job that stalls twice), and started long ago.
   */
  async function leftByDeadWorker(name: string, tries?: number): Promise<string> {
    const queue = h.t.app.get(IngestQueue).queue;
    await queue.pause();
    const id = await uploadOne(name);
    expect(await queue.getJob(id)).not.toBeNull();
    const claim = await h.t.app.get(DocumentClaims).claim(id);
    expect(claim).toMatchObject({ attempt: 1 });
    await (await queue.getJob(id))!.remove();
    const longAgo = new Date(Date.now() - 60 * 60_000);
    await em().nativeUpdate(
      StoredDocument,
      { id },
      { processingStartedAt: longAgo, updatedAt: longAgo, ...(tries ? { tries } : {}) },
    );
    await queue.resume();
    return id;
  }

  it('a transient database error is tried again with backoff, and the document is processed once', async () => {
    const persister = h.t.app.get(ResultPersister);
    const persist = jest
      .spyOn(persister, 'persist')
      .mockRejectedValueOnce(new LockWaitTimeoutException(new Error('SQLITE_BUSY: database is locked')));
    const id = await uploadOne('busy.pdf');
    const doc = await waitUntilDone(h, id, 60_000);
    expect(doc).toMatchObject({ status: 'processed', attempts: 2, tries: 2, error: null });
    expect(persist).toHaveBeenCalledTimes(2);
    const extraction = (await api(h, 'get', `/api/documents/${id}/extraction`)).body;
    expect(await recommendations(id)).toHaveLength(extraction.recommendations.length);
  });

  it('an error that would happen every time fails the document at once with a reason, without retries', async () => {
    const persister = h.t.app.get(ResultPersister);
    const persist = jest
      .spyOn(persister, 'persist')
      .mockRejectedValueOnce(new TypeError("Cannot read properties of undefined (reading 'text')"));
    const id = await uploadOne('bug.pdf');
    const doc = await waitUntilDone(h, id, 60_000);
    expect(doc).toMatchObject({ status: 'failed', attempts: 1, error: GAVE_UP });
    // Bull's backoff would have tried again after 2 s: nothing happens.
    await sleep(4000);
    expect((await api(h, 'get', `/api/documents/${id}`)).body).toMatchObject({
      status: 'failed',
      attempts: 1,
    });
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await recommendations(id)).toEqual([]);
    // "Process again" works once the problem is gone.
    expect((await api(h, 'post', `/api/documents/${id}/reprocess`)).status).toBe(202);
    expect(await waitUntilDone(h, id, 60_000)).toMatchObject({ status: 'processed', attempts: 2, tries: 1 });
    expect((await recommendations(id)).length).toBeGreaterThan(0);
  });

  it('a document left processing by a dead worker, its job gone, is taken over by the sweep and processed once', async () => {
    const id = await leftByDeadWorker('orphan.pdf');
    await h.t.app.get(IngestSweeper).sweep();
    const doc = await waitUntilDone(h, id, 60_000);
    expect(doc).toMatchObject({ status: 'processed', attempts: 2, tries: 2 });
    const extraction = (await api(h, 'get', `/api/documents/${id}/extraction`)).body;
    const recs = await recommendations(id);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs).toHaveLength(extraction.recommendations.length);
  });

  it(`a document whose ${MAX_TRIES} tries all died is failed with a reason, not tried for ever`, async () => {
    const id = await leftByDeadWorker('poison.pdf', MAX_TRIES);
    await h.t.app.get(IngestSweeper).sweep();
    const doc = await waitUntilDone(h, id, 60_000);
    expect(doc).toMatchObject({ status: 'failed', error: STOPPED_REPEATEDLY, attempts: 1 });
    expect(await recommendations(id)).toEqual([]);
  });

  it('when Redis loses its data (jobs gone), waiting documents are queued again at once, not minutes later', async () => {
    const queue = h.t.app.get(IngestQueue).queue;
    await queue.pause();
    const ids = [await uploadOne('lost-1.pdf'), await uploadOne('lost-2.pdf')];
    for (const id of ids) {
      expect((await api(h, 'get', `/api/documents/${id}`)).body).toMatchObject({
        status: 'queued',
        enqueuedAt: expect.any(String),
      });
    }
    // Redis loses its data (flushed, or replaced by a new one): the jobs go, and the pause with them.
    await queue.client.flushall();
    expect(await queue.getJob(ids[0])).toBeNull();
    const started = Date.now();
    for (const id of ids) {
      expect(await waitUntilDone(h, id, 60_000)).toMatchObject({ status: 'processed', attempts: 1 });
    }
    // Far sooner than the stale-job cutoff that applies otherwise.
    expect(Date.now() - started).toBeLessThan(h.t.app.get(IngestSweeper).staleAfterMs);
  });
});
