import { EntityManager } from '@mikro-orm/core';
import { ProposedRecommendation } from '../../src/documents/entities/recommendation.entity';
import { DocumentClaims } from '../../src/documents/ingest/document-claim';
import { IngestQueue } from '../../src/documents/ingest/ingest-queue';
import { ResultPersister } from '../../src/documents/ingest/result-persister';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { extractDocumentWithText } from '../../src/extraction/extract-document';
import { decisionPdf } from './support/decision-pdf';
import { api, DocumentsHarness, startDocumentsApp, upload, waitUntilDone } from './support/documents-api';

jest.setTimeout(180_000);

describe('an upload while Redis is down (outbox)', () => {
  let h: DocumentsHarness;
  beforeAll(async () => {
    h = await startDocumentsApp();
  });
  afterAll(() => h?.t.close());

  it('still succeeds, and the document is queued and processed when Redis is back', async () => {
    await h.t.supervisor.stop();
    const pdf = await decisionPdf({ seed: 11, pages: 5 });
    const res = await upload(h, [{ name: 'while-down.pdf', bytes: pdf }]);
    expect(res.status).toBe(202);
    const id = res.body.documents[0].id as string;
    const waiting = await api(h, 'get', `/api/documents/${id}`);
    expect(waiting.body).toMatchObject({ status: 'queued', enqueuedAt: null });
    await h.t.supervisor.start();
    const doc = await waitUntilDone(h, id, 60_000);
    expect(doc.status).toBe('processed');
    expect(doc.enqueuedAt).not.toBeNull();
    expect(doc.attempts).toBe(1);
  });

  it('reprocess keeps reviewed recommendations and replaces unreviewed ones; refuses while queued (409)', async () => {
    const pdf = await decisionPdf({ seed: 12, pages: 5 });
    const id = (await upload(h, [{ name: 'again.pdf', bytes: pdf }])).body.documents[0].id as string;
    await waitUntilDone(h, id);
    const before = (await api(h, 'get', `/api/documents/${id}/recommendations`)).body.recommendations as {
      id: string;
      text: string;
    }[];
    expect(before.length).toBeGreaterThanOrEqual(2);
    const reviewed = before[0];
    await h.t.app
      .get(EntityManager)
      .fork()
      .nativeUpdate(
        ProposedRecommendation,
        { id: reviewed.id },
        { status: 'rejected', reason: 'Not for us', reviewedAt: new Date() },
      );
    // As if processed before the text was stored: processing again stores it.
    await h.t.app.get(EntityManager).fork().nativeUpdate(StoredDocument, { id }, { sourceText: null });

    await h.t.supervisor.stop();
    const again = await api(h, 'post', `/api/documents/${id}/reprocess`);
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ id, status: 'queued', error: null });
    const twice = await api(h, 'post', `/api/documents/${id}/reprocess`);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toMatch(/already waiting/);
    expect((await api(h, 'post', `/api/documents/${id}/reprocess`, 'scrutiny')).status).toBe(403);
    await h.t.supervisor.start();

    const doc = await waitUntilDone(h, id, 60_000);
    // attempts counts every try ever; tries only those of this run.
    expect(doc).toMatchObject({ status: 'processed', attempts: 2, tries: 1 });
    const after = (await api(h, 'get', `/api/documents/${id}/recommendations`)).body.recommendations as {
      id: string;
      status: string;
      text: string;
    }[];
    expect(after).toHaveLength(before.length);
    expect(after.find((r) => r.id === reviewed.id)).toMatchObject({
      status: 'rejected',
      text: reviewed.text,
    });
    const unreviewedBefore = new Set(before.slice(1).map((r) => r.id));
    const proposedAfter = after.filter((r) => r.status === 'proposed');
    expect(proposedAfter).toHaveLength(before.length - 1);
    expect(proposedAfter.some((r) => unreviewedBefore.has(r.id))).toBe(false);
    expect(proposedAfter.filter((r) => r.text === reviewed.text)).toEqual([]);
    expect(await storedText(h, id)).toBe((await extractDocumentWithText(pdf, 'again.pdf')).text);
  });
});

async function storedText(h: DocumentsHarness, id: string): Promise<string | null> {
  const doc = await h.t.app
    .get(EntityManager)
    .fork()
    .findOneOrFail(StoredDocument, id, { populate: ['sourceText'] });
  return doc.sourceText;
}

describe('the persist guard (exactly once when a worker is presumed dead)', () => {
  let h: DocumentsHarness;
  beforeAll(async () => {
    h = await startDocumentsApp({ QUEUE_CONSUMER: 'false' });
  });
  afterAll(() => h?.t.close());

  it('lets only the latest claim write; a stale attempt and a repeat write nothing', async () => {
    const pdf = await decisionPdf({ seed: 21, pages: 5 });
    const id = (await upload(h, [{ name: 'guard.pdf', bytes: pdf }])).body.documents[0].id as string;
    const queue = h.t.app.get(IngestQueue);
    expect(await queue.enqueue(id)).toBe(true);
    expect(await queue.enqueue(id)).toBe(true);
    expect((await queue.queue.getJobCounts()).waiting).toBe(1);

    const claims = h.t.app.get(DocumentClaims);
    const persister = h.t.app.get(ResultPersister);
    const stale = await claims.claim(id);
    const current = await claims.claim(id);
    expect([stale?.attempt, current?.attempt]).toEqual([1, 2]);
    const { result, text } = await extractDocumentWithText(pdf, 'guard.pdf');
    expect(result.recommendations.length).toBeGreaterThan(0);

    expect(await persister.persist(stale!, result, text)).toBe('superseded');
    expect((await api(h, 'get', `/api/documents/${id}/recommendations`)).body.recommendations).toEqual([]);
    expect(await storedText(h, id)).toBeNull();
    expect(await persister.persist(current!, result, text)).toBe('processed');
    expect(await persister.persist(current!, result, 'another text')).toBe('superseded');
    // The stored text is the reader's: every recommendation's span indexes into it.
    const stored = await storedText(h, id);
    expect(stored).toBe(text);
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const rec of result.recommendations) {
      expect(words(stored!.slice(rec.span.start, rec.span.end))).toBe(words(rec.text));
    }
    expect(await claims.claim(id)).toBeNull();
    const recs = (await api(h, 'get', `/api/documents/${id}/recommendations`)).body.recommendations;
    expect(recs).toHaveLength(result.recommendations.length);
    const doc = (await api(h, 'get', `/api/documents/${id}`)).body;
    expect(doc).toMatchObject({ status: 'processed', attempts: 2, documentType: result.documentType });
  });
});
