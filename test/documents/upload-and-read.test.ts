import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { EXTRACTION_RESULT_SCHEMA } from '../../src/extraction/result-schema';
import { uploadSpoolDir } from '../../src/config/data-paths';
import { decisionPdf } from './support/decision-pdf';
import { api, DocumentsHarness, startDocumentsApp, upload, waitUntilDone } from './support/documents-api';

jest.setTimeout(120_000);

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('documents API: upload, process, read', () => {
  let h: DocumentsHarness;
  let pdf: Buffer;
  beforeAll(async () => {
    h = await startDocumentsApp();
    pdf = await decisionPdf({ seed: 1, pages: 6 });
  });
  afterAll(() => h?.t.close());

  it('accepts a decision (202), stores it once by hash, processes it and proposes its recommendations', async () => {
    const res = await upload(h, [{ name: 'Decision 24 001.pdf', bytes: pdf }], {
      kind: 'lgsco_decision',
      caseReference: 'C-1',
    });
    expect(res.status).toBe(202);
    expect(res.body.documents).toEqual([
      {
        id: expect.any(String),
        status: 'queued',
        sha256: sha(pdf),
        fileName: 'Decision 24 001.pdf',
        duplicateOf: null,
      },
    ]);
    const id = res.body.documents[0].id as string;
    const stored = join(h.t.config.uploadDir, sha(pdf).slice(0, 2), `${sha(pdf)}.pdf`);
    expect(readFileSync(stored).equals(pdf)).toBe(true);

    const doc = await waitUntilDone(h, id);
    expect(doc).toMatchObject({
      id,
      status: 'processed',
      error: null,
      fileName: 'Decision 24 001.pdf',
      sha256: sha(pdf),
      documentType: 'lgsco_decision',
      kind: 'lgsco_decision',
      caseReference: 'C-1',
      attempts: 1,
      mediaType: 'application/pdf',
    });
    expect(doc.reference).toEqual(expect.stringMatching(/^24 \d{3} \d{3}$/));
    expect(doc.decisionDate).toBe('2025-03-02');
    expect(typeof doc.createdAt).toBe('string');
    expect(typeof doc.processedAt).toBe('string');

    const extraction = await api(h, 'get', `/api/documents/${id}/extraction`);
    expect(extraction.status).toBe(200);
    const validate = new Ajv2020({ strict: false }).compile(EXTRACTION_RESULT_SCHEMA);
    expect(validate(extraction.body)).toBe(true);
    expect(extraction.body.source.sha256).toBe(sha(pdf));

    const recs = await api(h, 'get', `/api/documents/${id}/recommendations`);
    expect(recs.status).toBe(200);
    const list = recs.body.recommendations as Array<Record<string, unknown>>;
    expect(list.length).toBe(extraction.body.recommendations.length);
    expect(list.length).toBeGreaterThanOrEqual(2);
    for (const r of list) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining([
          'id',
          'status',
          'text',
          'category',
          'learning',
          'payments',
          'deadline',
          'evidenceRequired',
          'span',
          'actionId',
        ]),
      );
      expect(r.status).toBe('proposed');
      expect(r.actionId).toBeNull();
    }
    const withPayment = list.find((r) => (r.payments as unknown[]).length > 0);
    // The same payment as the extractor gave it (stored as pence, served as pounds), with where the
    // amount was found, the money rules that counted it and why.
    const extracted = extraction.body.recommendations.flatMap(
      (r: { payments: Array<Record<string, unknown>> }) => r.payments,
    )[0];
    expect(withPayment?.payments).toEqual([
      {
        amount: 125,
        payee: expect.anything(),
        purpose: expect.any(String),
        span: expect.objectContaining({ start: expect.any(Number), end: expect.any(Number) }),
        rule: expect.arrayContaining([expect.stringMatching(/^payment\./)]),
        why: expect.any(String),
      },
    ]);
    expect(withPayment?.payments).toEqual([extracted]);
    expect(readdirSync(uploadSpoolDir(h.t.config))).toEqual([]);
  });

  it('does not store or process the same bytes twice: duplicateOf names the first document', async () => {
    const first = await upload(h, [{ name: 'again.pdf', bytes: pdf }]);
    expect(first.status).toBe(202);
    const original = (await api(h, 'get', `/api/documents?status=processed`)).body.documents.find(
      (d: { sha256: string }) => d.sha256 === sha(pdf),
    );
    expect(first.body.documents[0]).toEqual({
      id: original.id,
      status: 'processed',
      sha256: sha(pdf),
      fileName: 'again.pdf',
      duplicateOf: original.id,
    });
    const other = await decisionPdf({ seed: 2, pages: 5 });
    const both = await upload(h, [
      { name: 'a.pdf', bytes: other },
      { name: 'b.pdf', bytes: other },
    ]);
    expect(both.status).toBe(202);
    const [a, b] = both.body.documents;
    expect(a.duplicateOf).toBeNull();
    expect(b).toMatchObject({ id: a.id, duplicateOf: a.id, fileName: 'b.pdf' });
    const done = await waitUntilDone(h, a.id);
    expect(done.attempts).toBe(1);
    const all = await api(h, 'get', '/api/documents?pageSize=200');
    expect(all.body.documents.filter((d: { sha256: string }) => d.sha256 === sha(other))).toHaveLength(1);
  });

  it('serves the original file as a download with safe headers, never to scrutiny', async () => {
    const res = await upload(h, [
      { name: '../../etc/evil"name\r\n.txt', bytes: Buffer.from('The Council will apologise to Mr B.\n') },
    ]);
    expect(res.status).toBe(202);
    expect(res.body.documents[0].fileName).toBe('evil_name.txt');
    const id = res.body.documents[0].id;
    const file = await api(h, 'get', `/api/documents/${id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/plain/);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="evil_name.txt"; filename*=UTF-8''evil_name.txt`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect(file.text).toBe('The Council will apologise to Mr B.\n');
    expect((await api(h, 'get', `/api/documents/${id}/file`, 'scrutiny')).status).toBe(403);
    expect((await api(h, 'get', `/api/documents/${id}/extraction`, 'scrutiny')).status).toBe(403);
    const seen = await api(h, 'get', `/api/documents/${id}`, 'scrutiny');
    expect(seen.status).toBe(200);
    expect(seen.body.fileName).toBe('[file name hidden]');
  });

  it('lists documents with filters and paging; only officers and admins may list or upload', async () => {
    const page = await api(h, 'get', '/api/documents?status=processed&pageSize=1&page=1');
    expect(page.status).toBe(200);
    expect(page.body.documents).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(2);
    expect(page.body.documents[0].status).toBe('processed');
    const byType = await api(h, 'get', '/api/documents?documentType=lgsco_decision', 'admin');
    expect(
      byType.body.documents.every((d: { documentType: string }) => d.documentType === 'lgsco_decision'),
    ).toBe(true);
    const byCase = await api(h, 'get', '/api/documents?caseReference=C-1');
    expect(byCase.body.documents.map((d: { fileName: string }) => d.fileName)).toEqual([
      'Decision 24 001.pdf',
    ]);
    const byWords = await api(h, 'get', '/api/documents?q=decision%2024');
    expect(byWords.body.total).toBe(1);
    expect(byWords.body.documents[0].caseReference).toBe('C-1');
    const reference = byWords.body.documents[0].reference as string;
    const byReference = await api(
      h,
      'get',
      `/api/documents?q=${encodeURIComponent(reference)}&status=processed`,
    );
    expect(byReference.body.documents.map((d: { reference: string }) => d.reference)).toContain(reference);
    expect((await api(h, 'get', '/api/documents?q=no-such-thing')).body).toMatchObject({
      total: 0,
      documents: [],
    });
    expect((await api(h, 'get', `/api/documents?q=${'x'.repeat(201)}`)).status).toBe(422);
    expect((await api(h, 'get', '/api/documents?status=done')).status).toBe(422);
    expect((await api(h, 'get', '/api/documents?pageSize=0')).status).toBe(422);
    expect((await api(h, 'get', '/api/documents', 'service_lead')).status).toBe(403);
    expect((await upload(h, [{ name: 'x.txt', bytes: Buffer.from('text') }], {}, 'scrutiny')).status).toBe(
      403,
    );
    expect(
      (await upload(h, [{ name: 'x.txt', bytes: Buffer.from('text') }], {}, 'service_lead')).status,
    ).toBe(403);
    const all = await api(h, 'get', '/api/documents?pageSize=200');
    const counts = await api(h, 'get', '/api/documents/counts');
    expect(counts.status).toBe(200);
    const byStatus = { queued: 0, processing: 0, processed: 0, failed: 0 } as Record<string, number>;
    for (const d of all.body.documents as { status: string }[]) byStatus[d.status] += 1;
    expect(counts.body).toEqual({ counts: byStatus, total: all.body.total });
    expect(counts.body.counts.processed).toBeGreaterThanOrEqual(2);
    expect((await api(h, 'get', '/api/documents/counts', 'scrutiny')).status).toBe(403);
    expect((await api(h, 'get', '/api/documents/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await api(h, 'get', '/api/documents/not-an-id')).status).toBe(404);
  });
});
