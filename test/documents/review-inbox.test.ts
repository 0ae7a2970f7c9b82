import { EntityManager } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import {
  bearer,
  createServiceArea,
  createUserWithSession,
  createUserWithToken,
} from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { insertProcessedDocument } from '../actions/support/review-fixtures';

jest.setTimeout(120_000);

/** The review inbox API: the work queue, bulk decisions, undo, facts, same case, add/split/merge, delete. */
describe('the review inbox (API)', () => {
  let t: TestApp;
  let officer: string;
  let serviceId: string;
  let otherServiceId: string;
  let leadId: string;
  let scrutinyId: string;
  const api = () => request(httpServer(t));

  beforeAll(async () => {
    t = await createTestApp();
    serviceId = (await createServiceArea(t, 'Housing Options', { kind: 'service' })).id;
    otherServiceId = (await createServiceArea(t, 'Highways', { kind: 'service' })).id;
    officer = (await createUserWithToken(t, { role: 'officer' })).token;
    leadId = (await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [serviceId] })).user.id;
    scrutinyId = (await createUserWithToken(t, { role: 'scrutiny' })).user.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const tenProposals = (n = 10) =>
    Array.from({ length: n }, (_, i) => ({
      text: `Action number ${i + 1}: remind staff of the procedure ${i + 1}.`,
      within: { count: 1, unit: 'months' as const },
    }));

  it('lists documents with reviewStatus and "decided of total", kept right as proposals are decided', async () => {
    const { documentId, recommendationIds } = await insertProcessedDocument(t, {
      reference: '24 000 001',
      decisionDate: '2025-03-10',
      recommendations: [
        ...tenProposals(3),
        { text: 'Possibly: consider a leaflet.', possible: true, why: 'a weak candidate' },
      ],
    });
    let doc = (await api().get(`/api/documents/${documentId}`).set(bearer(officer)).expect(200)).body;
    expect(doc).toMatchObject({
      reviewStatus: 'needs_review',
      review: { decided: 0, total: 3 },
      sameCase: [],
    });
    await api()
      .post(`/api/recommendations/${recommendationIds[0]}/reject`)
      .set(bearer(officer))
      .send({ reason: 'Not an action' })
      .expect(200);
    doc = (await api().get(`/api/documents/${documentId}`).set(bearer(officer)).expect(200)).body;
    expect(doc.review).toEqual({ decided: 1, total: 3 });
    const listed = await api()
      .get('/api/documents?status=needs_review&reference=24000001')
      .set(bearer(officer))
      .expect(200);
    expect(listed.body.documents.map((d: { id: string }) => d.id)).toEqual([documentId]);
    expect(listed.body.documents[0].review).toEqual({ decided: 1, total: 3 });
    await api()
      .post(`/api/documents/${documentId}/decisions`)
      .set(bearer(officer))
      .send({ reject: recommendationIds.slice(1, 3).map((id) => ({ id, reason: 'Duplicate' })) })
      .expect(200);
    doc = (await api().get(`/api/documents/${documentId}`).set(bearer(officer)).expect(200)).body;
    expect(doc).toMatchObject({ reviewStatus: 'reviewed', review: { decided: 3, total: 3 } });
    const reviewed = await api()
      .get('/api/documents?status=reviewed&q=24 000 001')
      .set(bearer(officer))
      .expect(200);
    expect(reviewed.body.total).toBe(1);
    const waiting = await api()
      .get('/api/documents?status=needs_review&q=24 000 001')
      .set(bearer(officer))
      .expect(200);
    expect(waiting.body.total).toBe(0);
  });

  it('filters by type, year, service, organisation words, sorts and pages; bad filters are 422', async () => {
    const a = await insertProcessedDocument(t, {
      documentType: 'housing_ombudsman_decision',
      reference: '202400777',
      organisation: 'Fenbury District Council',
      decisionDate: '2023-06-01',
      recommendations: tenProposals(1),
    });
    const b = await insertProcessedDocument(t, {
      documentType: 'housing_ombudsman_decision',
      reference: '202400778',
      organisation: 'Fenbury District Council',
      decisionDate: '2024-02-01',
      recommendations: tenProposals(1),
    });
    const byOrg = await api()
      .get('/api/documents?q=fenbury&sort=decisionDate')
      .set(bearer(officer))
      .expect(200);
    expect(byOrg.body.documents.map((d: { id: string }) => d.id)).toEqual([a.documentId, b.documentId]);
    const newest = await api()
      .get('/api/documents?q=fenbury&sort=-decisionDate&pageSize=1&page=1')
      .set(bearer(officer));
    expect(newest.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(newest.body.documents[0].id).toBe(b.documentId);
    const in2023 = await api()
      .get('/api/documents?year=2023&type=housing_ombudsman_decision&q=fenbury')
      .set(bearer(officer))
      .expect(200);
    expect(in2023.body.documents.map((d: { id: string }) => d.id)).toEqual([a.documentId]);
    await api()
      .post(`/api/documents/${b.documentId}/decisions`)
      .set(bearer(officer))
      .send({ accept: [{ id: b.recommendationIds[0], serviceAreaId: otherServiceId }] })
      .expect(200);
    const byService = await api()
      .get(`/api/documents?serviceAreaId=${otherServiceId}&q=fenbury`)
      .set(bearer(officer))
      .expect(200);
    expect(byService.body.documents.map((d: { id: string }) => d.id)).toEqual([b.documentId]);
    for (const bad of ['status=done', 'year=twenty', 'sort=size', 'serviceAreaId=x', 'type=letter']) {
      const res = await api().get(`/api/documents?${bad}`).set(bearer(officer)).expect(422);
      expect(res.body.message).toMatch(/must/);
    }
  });

  it('gives each status filter the total it pages through, and sorts by file name both ways', async () => {
    const em = t.app.get(EntityManager).fork();
    const other = (status: 'queued' | 'processing' | 'failed', i: number) => {
      const sha = createHash('sha256').update(`status-total-${status}-${i}`).digest('hex');
      return {
        sha256: sha,
        fileName: `${status}-${i}.pdf`,
        mediaType: 'application/pdf',
        sizeBytes: 1000,
        storagePath: `${sha.slice(0, 2)}/${sha}.pdf`,
        status,
        error: status === 'failed' ? 'The PDF is password-protected' : null,
        // already handed to the queue: a queued row with no enqueuedAt is the outbox, which the
        // sweeper sends on within seconds (and a worker then starts it), racing the counts below
        enqueuedAt: status === 'queued' ? new Date() : null,
      };
    };
    for (const row of [other('queued', 1), other('processing', 1), other('failed', 1), other('failed', 2)])
      em.create(StoredDocument, row);
    await em.flush();
    const reviewed = await insertProcessedDocument(t, { fileName: 'all-done.pdf', recommendations: [] });
    expect(
      (await api().get(`/api/documents/${reviewed.documentId}`).set(bearer(officer))).body.reviewStatus,
    ).toBe('reviewed');
    const counted = {
      '': await em.count(StoredDocument, {}),
      queued: await em.count(StoredDocument, { status: 'queued' }),
      processing: await em.count(StoredDocument, { status: 'processing' }),
      processed: await em.count(StoredDocument, { status: 'processed' }),
      failed: await em.count(StoredDocument, { status: 'failed' }),
      needs_review: await em.count(StoredDocument, { status: 'processed', reviewStatus: 'needs_review' }),
      reviewed: await em.count(StoredDocument, { status: 'processed', reviewStatus: 'reviewed' }),
    };
    expect(counted).toMatchObject({ queued: 1, processing: 1, failed: 2 });
    expect(counted.reviewed).toBeGreaterThan(0);
    expect(counted.needs_review).toBeGreaterThan(0);
    for (const [status, n] of Object.entries(counted)) {
      const listed = await api()
        .get(`/api/documents?status=${status}&pageSize=200`)
        .set(bearer(officer))
        .expect(200);
      expect([status, listed.body.total]).toEqual([status, n]);
      expect([status, listed.body.documents.length]).toEqual([status, n]);
    }
    // the page's queue counts and total come from the same grouped counts
    const page = await request(httpServer(t))
      .get('/documents?status=failed')
      .set('Cookie', (await createUserWithSession(t, { role: 'officer' })).cookie)
      .expect(200);
    expect(page.text).toContain('2 documents could not be read');
    expect(page.text).toContain('2 documents match');
    const names = async (sort: string) =>
      (
        await api().get(`/api/documents?sort=${sort}&pageSize=200`).set(bearer(officer)).expect(200)
      ).body.documents.map((d: { fileName: string }) => d.fileName) as string[];
    const ascending = await names('fileName');
    expect(ascending).toEqual([...ascending].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(ascending).size).toBeLessThan(ascending.length); // ties (decision.pdf) keep the id order
    const descending = await names('-fileName');
    expect(descending).toEqual([...ascending].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
  });

  it('decides in bulk all or nothing: a 409 names the first that cannot be decided and nothing is saved', async () => {
    const { documentId, recommendationIds: ids } = await insertProcessedDocument(t, {
      decisionDate: '2025-02-03',
      recommendations: tenProposals(),
    });
    await api()
      .post(`/api/recommendations/${ids[5]}/reject`)
      .set(bearer(officer))
      .send({ reason: 'Not an action' })
      .expect(200);
    const refused = await api()
      .post(`/api/documents/${documentId}/decisions`)
      .set(bearer(officer))
      .send({
        accept: ids.slice(0, 6).map((id) => ({ id, serviceAreaId: serviceId })),
        reject: ids.slice(6).map((id) => ({ id, reason: 'The complainant’s wish' })),
      })
      .expect(409);
    expect(refused.body.recommendationId).toBe(ids[5]);
    expect(refused.body.message).toMatch(/Recommendation 6 .*cannot be decided, so nothing was saved/);
    const after = await api()
      .get(`/api/documents/${documentId}/recommendations`)
      .set(bearer(officer))
      .expect(200);
    expect(after.body.recommendations.map((r: { status: string }) => r.status)).toEqual([
      ...Array(5).fill('proposed'),
      'rejected',
      ...Array(4).fill('proposed'),
    ]);
    // undo the rejection, then decide all ten in one step
    await api().post(`/api/recommendations/${ids[5]}/reopen`).set(bearer(officer)).expect(200);
    await api().post(`/api/recommendations/${ids[5]}/reopen`).set(bearer(officer)).expect(409);
    const done = await api()
      .post(`/api/documents/${documentId}/decisions`)
      .set(bearer(officer))
      .send({
        accept: ids.slice(0, 6).map((id) => ({ id, serviceAreaId: serviceId, ownerId: leadId })),
        reject: ids.slice(6).map((id) => ({ id, reason: 'Duplicate' })),
      })
      .expect(200);
    expect(done.body.accepted).toHaveLength(6);
    expect(done.body.rejected).toEqual(ids.slice(6));
    const action = await api()
      .get(`/api/actions/${done.body.accepted[0].actionId}`)
      .set(bearer(officer))
      .expect(200);
    expect(action.body).toMatchObject({ serviceAreaId: serviceId, ownerId: leadId, dueDate: '2025-03-03' });
    const doc = await api().get(`/api/documents/${documentId}`).set(bearer(officer)).expect(200);
    expect(doc.body).toMatchObject({ reviewStatus: 'reviewed', review: { decided: 10, total: 10 } });
    // an accepted recommendation cannot be reopened
    await api().post(`/api/recommendations/${ids[0]}/reopen`).set(bearer(officer)).expect(409);
  });

  it('refuses an owner who cannot see the service (422 naming the recommendation) and bad input (400)', async () => {
    const { documentId, recommendationIds: ids } = await insertProcessedDocument(t, {
      decisionDate: '2025-02-03',
      recommendations: tenProposals(2),
    });
    const res = await api()
      .post(`/api/documents/${documentId}/decisions`)
      .set(bearer(officer))
      .send({ accept: [{ id: ids[1], serviceAreaId: otherServiceId, ownerId: leadId }] })
      .expect(422);
    expect(res.body).toMatchObject({ recommendationId: ids[1] });
    expect(res.body.message).toMatch(/cannot see actions of this service/);
    await api()
      .post(`/api/documents/${documentId}/decisions`)
      .set(bearer(officer))
      .send({ accept: [{ id: ids[0], serviceAreaId: serviceId, ownerId: scrutinyId }] })
      .expect(400);
    await api().post(`/api/documents/${documentId}/decisions`).set(bearer(officer)).send({}).expect(400);
    await api()
      .post(`/api/documents/${documentId}/decisions`)
      .set(bearer(officer))
      .send({
        reject: [
          { id: ids[0], reason: 'x' },
          { id: ids[0], reason: 'y' },
        ],
      })
      .expect(400);
    const other = await insertProcessedDocument(t, { recommendations: tenProposals(1) });
    const notOurs = await api()
      .post(`/api/documents/${documentId}/decisions`)
      .set(bearer(officer))
      .send({ reject: [{ id: other.recommendationIds[0], reason: 'x' }] })
      .expect(409);
    expect(notOurs.body.message).toMatch(/not one of this decision/);
  });

  it('refuses a decision date in the future with 422 naming the field', async () => {
    const { documentId } = await insertProcessedDocument(t, { recommendations: [] });
    const res = await api()
      .patch(`/api/documents/${documentId}`)
      .set(bearer(officer))
      .send({ decisionDate: `${new Date().getFullYear() + 2}-04-01` })
      .expect(422);
    expect(res.body).toMatchObject({
      field: 'decisionDate',
      message: expect.stringMatching(/in the future/),
    });
  });

  it('corrects the facts; a new decision date moves the undecided deadlines that count from it (previewed first)', async () => {
    const { documentId, recommendationIds: ids } = await insertProcessedDocument(t, {
      decisionDate: null,
      recommendations: [
        { text: 'Apologise to Mr B.', within: { count: 1, unit: 'months' } },
        { text: 'Pay Mr B £200.', within: { count: 20, unit: 'working_days' } },
        { text: 'Remind staff.', deadlineDate: '2025-09-30', deadlineText: 'by 30 September 2025' },
        { text: 'Review the policy.', within: { count: 3, unit: 'months' } },
      ],
    });
    await api()
      .post(`/api/recommendations/${ids[3]}/reject`)
      .set(bearer(officer))
      .send({ reason: 'Already done' })
      .expect(200);
    const preview = await api()
      .get(`/api/documents/${documentId}/deadline-moves?decisionDate=2025-04-01`)
      .set(bearer(officer))
      .expect(200);
    expect(preview.body.movedDeadlines).toEqual([
      expect.objectContaining({ recommendationId: ids[0], number: 1, from: null, to: '2025-05-01' }),
      // 20 working days from 1 April 2025: Good Friday and Easter Monday are bank holidays
      expect.objectContaining({ recommendationId: ids[1], number: 2, from: null, to: '2025-05-01' }),
    ]);
    const saved = await api()
      .patch(`/api/documents/${documentId}`)
      .set(bearer(officer))
      .send({
        decisionDate: '2025-04-01',
        documentType: 'lgsco_decision',
        reference: '25 001 002',
        organisation: 'Fenbury District Council',
        finding: 'upheld',
        faultFound: true,
      })
      .expect(200);
    expect(saved.body).toMatchObject({
      decisionDate: '2025-04-01',
      reference: '25 001 002',
      organisation: 'Fenbury District Council',
      finding: 'upheld',
      faultFound: true,
    });
    expect(saved.body.movedDeadlines).toHaveLength(2);
    const recs = (await api().get(`/api/documents/${documentId}/recommendations`).set(bearer(officer))).body
      .recommendations as { deadline: { date: string | null } | null }[];
    expect(recs.map((r) => r.deadline?.date ?? null)).toEqual([
      '2025-05-01',
      '2025-05-01',
      '2025-09-30',
      null,
    ]);
    const bad = await api()
      .patch(`/api/documents/${documentId}`)
      .set(bearer(officer))
      .send({ decisionDate: '2025-02-30' })
      .expect(400);
    expect(bad.body.message).toMatch(/decisionDate/);
    await api()
      .patch(`/api/documents/${documentId}`)
      .set(bearer(officer))
      .send({ finding: 'won' })
      .expect(400);
    // remedied before the Ombudsman: the officer's answer is confirmed; null clears it
    const remedied = await api()
      .patch(`/api/documents/${documentId}`)
      .set(bearer(officer))
      .send({ remediedBefore: true })
      .expect(200);
    expect(remedied.body).toMatchObject({ remediedBefore: true, remediedBeforeConfirmed: true });
    const refusedRemedy = await api()
      .patch(`/api/documents/${documentId}`)
      .set(bearer(officer))
      .send({ remediedBefore: 'yes' })
      .expect(400);
    expect(refusedRemedy.body.message).toMatch(/remediedBefore/);
    const cleared = await api()
      .patch(`/api/documents/${documentId}`)
      .set(bearer(officer))
      .send({ remediedBefore: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ remediedBefore: null, remediedBeforeConfirmed: false });
  });

  it('flags the same case twice; "same" rejects the proposals and no action can be made from it', async () => {
    const first = await insertProcessedDocument(t, {
      reference: '23 017 402',
      fileName: 'decision.pdf',
      recommendations: tenProposals(2),
    });
    const second = await insertProcessedDocument(t, {
      reference: '23 017 402',
      fileName: 'decision.docx',
      recommendations: tenProposals(2),
    });
    const doc = await api().get(`/api/documents/${second.documentId}`).set(bearer(officer)).expect(200);
    expect(doc.body.sameCase).toEqual([
      { id: first.documentId, fileName: 'decision.pdf', reference: '23 017 402', actions: 0 },
    ]);
    await api()
      .post(`/api/documents/${second.documentId}/same-case`)
      .set(bearer(officer))
      .send({ answer: 'same' })
      .expect(200);
    const recs = await api().get(`/api/documents/${second.documentId}/recommendations`).set(bearer(officer));
    expect(recs.body.recommendations.map((r: { status: string }) => r.status)).toEqual([
      'rejected',
      'rejected',
    ]);
    await api()
      .post(`/api/recommendations/${second.recommendationIds[0]}/reopen`)
      .set(bearer(officer))
      .expect(200);
    const refused = await api()
      .post(`/api/recommendations/${second.recommendationIds[0]}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId, dueDate: '2026-01-05' })
      .expect(409);
    expect(refused.body.message).toMatch(/same case/);
    const lone = await insertProcessedDocument(t, { reference: '99 999 999', recommendations: [] });
    await api()
      .post(`/api/documents/${lone.documentId}/same-case`)
      .set(bearer(officer))
      .send({ answer: 'same' })
      .expect(409);
    await api()
      .post(`/api/documents/${lone.documentId}/same-case`)
      .set(bearer(officer))
      .send({ answer: 'maybe' })
      .expect(400);
  });

  it('adds from selected text (span kept), splits with payments following their part, merges', async () => {
    const text = 'The Council will apologise to Ms K and pay her £250 and remind its staff of the policy.';
    const { documentId, recommendationIds: ids } = await insertProcessedDocument(t, {
      sourceText: text,
      recommendations: [
        {
          text: 'Apologise to Ms K, pay her £250 and remind staff of the policy.',
          payments: [{ amountPence: 25000, payee: 'Ms K', purpose: 'distress' }],
        },
        { text: 'Review the letters.' },
        { text: 'Update the guidance.' },
      ],
    });
    const added = await api()
      .post(`/api/documents/${documentId}/recommendations`)
      .set(bearer(officer))
      .send({ text: 'remind its staff of the policy', span: { start: 56, end: 86 } })
      .expect(201);
    expect(added.body.recommendation).toMatchObject({
      status: 'proposed',
      span: { start: 56, end: 86 },
      learning: true,
    });
    await api()
      .post(`/api/documents/${documentId}/recommendations`)
      .set(bearer(officer))
      .send({ text: 'x', span: { start: 10, end: 5000 } })
      .expect(400);
    await api()
      .post(`/api/documents/${documentId}/recommendations`)
      .set(bearer(officer))
      .send({ text: ' ' })
      .expect(400);
    const split = await api()
      .post(`/api/recommendations/${ids[0]}/split`)
      .set(bearer(officer))
      .send({
        parts: [
          { text: 'Apologise to Ms K.' },
          { text: 'Pay Ms K £250.' },
          { text: 'Remind staff of the policy.' },
        ],
      })
      .expect(200);
    const parts = split.body.recommendations as { id: string; text: string; payments: unknown[] }[];
    expect(parts.map((p) => p.payments.length)).toEqual([0, 1, 0]);
    expect(parts[0].id).toBe(ids[0]);
    const merged = await api()
      .post(`/api/recommendations/${ids[1]}/merge`)
      .set(bearer(officer))
      .send({ with: [ids[2]] })
      .expect(200);
    expect(merged.body.recommendation.text).toBe('Review the letters; Update the guidance.');
    const all = (await api().get(`/api/documents/${documentId}/recommendations`).set(bearer(officer))).body
      .recommendations as { text: string; payments: { amount: number }[] }[];
    expect(all.map((r) => r.text)).toEqual([
      'Apologise to Ms K.',
      'Pay Ms K £250.',
      'Remind staff of the policy.',
      'Review the letters; Update the guidance.',
      'remind its staff of the policy',
    ]);
    expect(all[1].payments).toEqual([
      { amount: 250, payee: 'Ms K', purpose: 'distress', span: null, rule: null, why: null },
    ]);
    const doc = await api().get(`/api/documents/${documentId}`).set(bearer(officer));
    expect(doc.body.review).toEqual({ decided: 0, total: 5 });
  });

  it('reassigns an action: the owner must see its service (422), the history records the move', async () => {
    const { recommendationIds: ids } = await insertProcessedDocument(t, {
      decisionDate: '2025-02-03',
      recommendations: tenProposals(1),
    });
    const accepted = await api()
      .post(`/api/recommendations/${ids[0]}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: otherServiceId })
      .expect(201);
    const actionId = accepted.body.action.id as string;
    const refused = await api()
      .patch(`/api/actions/${actionId}`)
      .set(bearer(officer))
      .send({ ownerId: leadId })
      .expect(422);
    expect(refused.body.message).toMatch(/cannot see actions of this service/);
    const moved = await api()
      .patch(`/api/actions/${actionId}`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId, ownerId: leadId })
      .expect(200);
    expect(moved.body).toMatchObject({ serviceAreaId: serviceId, ownerId: leadId });
    const events = (await api().get(`/api/actions/${actionId}`).set(bearer(officer))).body.events as {
      note: string | null;
    }[];
    expect(events.length).toBeGreaterThanOrEqual(3);
  });

  it('deletes a document with its proposals; refused while an action is live, allowed once it is cancelled', async () => {
    const { documentId, recommendationIds: ids } = await insertProcessedDocument(t, {
      decisionDate: '2025-02-03',
      recommendations: tenProposals(2),
    });
    const accepted = await api()
      .post(`/api/recommendations/${ids[0]}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId })
      .expect(201);
    const refused = await api().delete(`/api/documents/${documentId}`).set(bearer(officer)).expect(409);
    expect(refused.body.message).toMatch(/An action comes from this document. Cancel it first/);
    await api()
      .post(`/api/actions/${accepted.body.action.id}/transitions`)
      .set(bearer(officer))
      .send({ to: 'cancelled', note: 'Uploaded in error' })
      .expect(200);
    await api().delete(`/api/documents/${documentId}`).set(bearer(officer)).expect(204);
    await api().get(`/api/documents/${documentId}`).set(bearer(officer)).expect(404);
    await api().get(`/api/recommendations/${ids[1]}`).set(bearer(officer)).expect(404);
  });
});
