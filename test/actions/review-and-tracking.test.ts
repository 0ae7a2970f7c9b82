import request from 'supertest';
import { LocalDate, addMonths, todayInLondon } from '../../src/calendar';
import { bearer, createServiceArea, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { insertProcessedDocument } from './support/review-fixtures';

jest.setTimeout(120_000);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

describe('review and tracking: proposed -> accepted -> in progress -> completed with evidence -> verified', () => {
  let t: TestApp;
  let officer: string;
  let officerId: string;
  let lead: string;
  let otherLead: string;
  let scrutiny: string;
  let directorateId: string;
  let serviceId: string;
  let otherServiceId: string;
  const api = () => request(httpServer(t));

  beforeAll(async () => {
    t = await createTestApp();
    const directorate = await createServiceArea(t, 'Adult Social Care', { kind: 'directorate' });
    directorateId = directorate.id;
    serviceId = (
      await createServiceArea(t, 'Financial Assessment', { parentId: directorate.id, kind: 'service' })
    ).id;
    otherServiceId = (await createServiceArea(t, 'Highways', { kind: 'service' })).id;
    const o = await createUserWithToken(t, { role: 'officer', name: 'Olive Officer' });
    officer = o.token;
    officerId = o.user.id;
    lead = (await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [serviceId] })).token;
    otherLead = (await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [otherServiceId] }))
      .token;
    scrutiny = (await createUserWithToken(t, { role: 'scrutiny' })).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists service areas with their parent and kind', async () => {
    const res = await api().get('/api/service-areas').set(bearer(officer)).expect(200);
    const areas = res.body.serviceAreas as {
      id: string;
      name: string;
      parentId: string | null;
      kind: string;
    }[];
    expect(areas.find((a) => a.id === serviceId)).toMatchObject({
      name: 'Financial Assessment',
      parentId: directorateId,
      kind: 'service',
    });
    expect(areas.findIndex((a) => a.id === directorateId)).toBeLessThan(
      areas.findIndex((a) => a.id === serviceId),
    );
  });

  it('accepts once with the due date counted from the decision date; a second accept is 409', async () => {
    const { recommendationIds } = await insertProcessedDocument(t, {
      decisionDate: '2025-01-31',
      reference: '24 012 345',
      recommendations: [
        {
          text: 'Pay Mrs D £300 for distress and £150 for time and trouble.',
          category: 'payment',
          within: { count: 1, unit: 'months' },
          payments: [
            { amountPence: 30000, payee: 'Mrs D', purpose: 'distress' },
            { amountPence: 15000, payee: 'Mrs D', purpose: 'time_and_trouble' },
          ],
        },
      ],
    });
    const [id] = recommendationIds;
    const preview = await api().get(`/api/recommendations/${id}`).set(bearer(officer)).expect(200);
    expect(preview.body.suggestedDueDate).toBe('2025-02-28');
    expect(preview.body.suggestedDueDateBasis).toBe('decision_date');

    const res = await api()
      .post(`/api/recommendations/${id}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId, ownerId: officerId })
      .expect(201);
    const action = res.body.action;
    expect(action).toMatchObject({
      status: 'open',
      serviceAreaId: serviceId,
      ownerId: officerId,
      dueDate: '2025-02-28',
      originalDueDate: '2025-02-28',
      ombudsmanRemedy: true,
      completedAt: null,
      verifiedAt: null,
    });
    expect(action.payments.map((p: { agreedAmount: number }) => p.agreedAmount).sort()).toEqual([150, 300]);
    expect(action.events).toHaveLength(1);
    expect(action.events[0]).toMatchObject({ type: 'created', to: 'open', by: 'Olive Officer' });

    const again = await api()
      .post(`/api/recommendations/${id}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId })
      .expect(409);
    expect(again.body.message).toMatch(/already (been )?accepted/);
    const rec = await api().get(`/api/recommendations/${id}`).set(bearer(officer)).expect(200);
    expect(rec.body.recommendation).toMatchObject({ status: 'accepted', actionId: action.id });
  });

  it('creates exactly one action when two accepts arrive at once', async () => {
    const { recommendationIds } = await insertProcessedDocument(t, {
      decisionDate: '2025-03-14',
      recommendations: [
        {
          text: 'Review how charges are explained before care starts.',
          within: { count: 3, unit: 'months' },
        },
      ],
    });
    const [id] = recommendationIds;
    const send = () =>
      api().post(`/api/recommendations/${id}/accept`).set(bearer(officer)).send({ serviceAreaId: serviceId });
    const results = await Promise.all([send(), send(), send()]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const list = await api()
      .get('/api/actions')
      .query({ q: 'how charges are explained' })
      .set(bearer(officer))
      .expect(200);
    expect(list.body.total).toBe(1);
  });

  it('validates acceptance input and asks for a due date when none can be worked out', async () => {
    const { recommendationIds } = await insertProcessedDocument(t, {
      documentType: 'stage2_report',
      recommendations: [{ text: 'Remind staff to record visits.', learning: true }],
    });
    const [id] = recommendationIds;
    const bad = await api()
      .post(`/api/recommendations/${id}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: 'nope' })
      .expect(400);
    expect(bad.body.message).toMatch(/serviceAreaId: choose a service area from the list/);
    const noDate = await api()
      .post(`/api/recommendations/${id}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId })
      .expect(400);
    expect(noDate.body.message).toMatch(/Enter a due date/);
    const ok = await api()
      .post(`/api/recommendations/${id}/accept`)
      .set(bearer(officer))
      .send({
        serviceAreaId: serviceId,
        dueDate: '2026-12-31',
        text: 'Remind all staff to record every visit.',
      })
      .expect(201);
    expect(ok.body.action).toMatchObject({
      dueDate: '2026-12-31',
      text: 'Remind all staff to record every visit.',
      learning: true,
    });
  });

  it('edits a proposed recommendation, then refuses edits once it is reviewed', async () => {
    const { recommendationIds } = await insertProcessedDocument(t, {
      recommendations: [{ text: 'Pay Mr X £200.', category: 'payment' }],
    });
    const [id] = recommendationIds;
    const res = await api()
      .patch(`/api/recommendations/${id}`)
      .set(bearer(officer))
      .send({
        text: 'Pay Mr X £250 for distress.',
        payments: [{ amount: 250, payee: 'Mr X', purpose: 'distress' }],
        deadline: { within: { count: 4, unit: 'weeks' }, from: 'final_decision' },
        learning: false,
      })
      .expect(200);
    expect(res.body.recommendation).toMatchObject({
      text: 'Pay Mr X £250 for distress.',
      extractedText: 'Pay Mr X £200.',
      edited: true,
      payments: [{ amount: 250, payee: 'Mr X', purpose: 'distress' }],
      deadline: { within: { count: 4, unit: 'weeks' } },
    });
    await api()
      .patch(`/api/recommendations/${id}`)
      .set(bearer(officer))
      .send({ payments: [{ amount: 10.001 }] })
      .expect(400);
    await api().post(`/api/recommendations/${id}/reject`).set(bearer(officer)).send({}).expect(400);
    const rejected = await api()
      .post(`/api/recommendations/${id}/reject`)
      .set(bearer(officer))
      .send({ reason: 'Duplicate of the summary.' })
      .expect(200);
    expect(rejected.body.recommendation).toMatchObject({
      status: 'rejected',
      reason: 'Duplicate of the summary.',
    });
    await api().patch(`/api/recommendations/${id}`).set(bearer(officer)).send({ text: 'x' }).expect(409);
    await api()
      .post(`/api/recommendations/${id}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId })
      .expect(409);
  });

  it('records Stage 2 recommendations as not accepted by the council, but not Ombudsman ones', async () => {
    const stage2 = await insertProcessedDocument(t, {
      documentType: 'stage2_report',
      recommendations: [{ text: 'Recommendation 3: the service should fund an independent assessment.' }],
    });
    const ok = await api()
      .post(`/api/recommendations/${stage2.recommendationIds[0]}/not-accepted`)
      .set(bearer(officer))
      .send({ reason: 'An assessment was already completed in May.' })
      .expect(200);
    expect(ok.body.recommendation.status).toBe('not_accepted');
    const ombudsman = await insertProcessedDocument(t, { recommendations: [{ text: 'Apologise to Mr Y.' }] });
    await api()
      .post(`/api/recommendations/${ombudsman.recommendationIds[0]}/not-accepted`)
      .set(bearer(officer))
      .send({ reason: 'No.' })
      .expect(409);
  });

  it('tracks an action to verified with evidence, answering 409 for transitions the table forbids', async () => {
    const today = todayInLondon();
    const due = addMonths(today, 1).toString();
    const { recommendationIds } = await insertProcessedDocument(t, {
      recommendations: [
        {
          text: 'Remind staff in the financial assessment team to send outcomes in writing.',
          evidenceRequired: true,
          learning: true,
          category: 'staff_reminder',
        },
      ],
    });
    const accepted = await api()
      .post(`/api/recommendations/${recommendationIds[0]}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId, dueDate: due })
      .expect(201);
    const id = accepted.body.action.id as string;
    const move = (token: string, body: object) =>
      api().post(`/api/actions/${id}/transitions`).set(bearer(token)).send(body);

    const forbidden = await move(officer, { to: 'verified' }).expect(409);
    expect(forbidden.body.message).toMatch(/cannot be moved to verified/);
    await move(officer, { to: 'flying' }).expect(422);
    await move(otherLead, { to: 'in_progress' }).expect(404);
    await move(scrutiny, { to: 'in_progress' }).expect(403);

    const started = await move(lead, { to: 'in_progress', note: 'Drafting the staff memo.' }).expect(200);
    expect(started.body.status).toBe('in_progress');
    const needsEvidence = await move(lead, { to: 'completed' }).expect(422);
    expect(needsEvidence.body.message).toMatch(/Add evidence/);

    const refused = await api()
      .post(`/api/actions/${id}/evidence`)
      .set(bearer(lead))
      .attach('file', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), 'memo.pdf')
      .expect(415);
    expect(refused.body.message).toMatch(/cannot be kept as evidence/);
    const added = await api()
      .post(`/api/actions/${id}/evidence`)
      .set(bearer(lead))
      .field('note', 'Memo sent to all 14 staff on the team.')
      .attach('file', PDF, 'staff memo.pdf')
      .expect(201);
    expect(added.body.evidence).toMatchObject({
      fileName: 'staff memo.pdf',
      mediaType: 'application/pdf',
      note: 'Memo sent to all 14 staff on the team.',
    });

    const completed = await move(lead, { to: 'completed' }).expect(200);
    expect(completed.body.status).toBe('completed');
    expect(completed.body.completedAt).not.toBeNull();
    expect(completed.body.onTime).toBe(true);
    await move(lead, { to: 'verified' }).expect(403);
    await move(officer, { to: 'cancelled', note: 'too late' }).expect(409);

    const sentBack = await move(officer, {
      to: 'in_progress',
      note: 'The memo does not mention letters.',
    }).expect(200);
    expect(sentBack.body.evidence[0].refusedAt).not.toBeNull();
    await move(lead, { to: 'completed' }).expect(422);
    await api()
      .post(`/api/actions/${id}/evidence`)
      .set(bearer(lead))
      .send({ note: 'Revised memo covers letters; sent 3 June.' })
      .expect(201);
    await move(lead, { to: 'completed' }).expect(200);
    const verified = await move(officer, { to: 'verified', note: 'Evidence sent to the Ombudsman.' }).expect(
      200,
    );
    expect(verified.body).toMatchObject({ status: 'verified', onTime: true });
    expect(verified.body.verifiedAt).not.toBeNull();
    await move(officer, { to: 'in_progress' }).expect(409);

    const detail = await api().get(`/api/actions/${id}`).set(bearer(officer)).expect(200);
    const steps = detail.body.events
      .filter((e: { type: string }) => e.type === 'transition')
      .map((e: { from: string; to: string }) => `${e.from}>${e.to}`);
    expect(steps).toEqual([
      'open>in_progress',
      'in_progress>completed',
      'completed>in_progress',
      'in_progress>completed',
      'completed>verified',
    ]);
    expect(detail.body.events.every((e: { at: string }) => typeof e.at === 'string')).toBe(true);

    const file = await api().get(added.body.evidence.downloadUrl).set(bearer(lead)).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="staff memo.pdf"/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    await api().get(added.body.evidence.downloadUrl).set(bearer(otherLead)).expect(404);
    await api().get(added.body.evidence.downloadUrl).set(bearer(scrutiny)).expect(403);

    const seen = await api().get(`/api/actions/${id}`).set(bearer(scrutiny)).expect(200);
    expect(seen.body.evidence).toEqual([]);
    expect(
      seen.body.events.every(
        (e: { note: string | null; by: string | null }) => e.note === null && e.by === null,
      ),
    ).toBe(true);
    await api().get(`/api/actions/${id}`).set(bearer(otherLead)).expect(404);
  });

  it('extends a due date keeping the original, and counts lateness against the original', async () => {
    const today = todayInLondon();
    const past = LocalDate.fromEpochDay(today.epochDay - 10).toString();
    const { recommendationIds } = await insertProcessedDocument(t, {
      recommendations: [
        {
          text: 'Reassess the care package of Mr Z.',
          category: 'reassessment',
          payments: [{ amountPence: 50000, payee: null, purpose: 'loss_of_service' }],
        },
      ],
    });
    const accepted = await api()
      .post(`/api/recommendations/${recommendationIds[0]}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId, dueDate: past })
      .expect(201);
    const id = accepted.body.action.id as string;
    expect(accepted.body.action).toMatchObject({ overdue: true, onTime: false });
    await api()
      .post(`/api/actions/${id}/due-date`)
      .set(bearer(officer))
      .send({ dueDate: '2035-06-30' })
      .expect(400);
    await api()
      .post(`/api/actions/${id}/due-date`)
      .set(bearer(lead))
      .send({ dueDate: '2035-06-30', reason: 'x' })
      .expect(403);
    const newDue = addMonths(today, 1).toString();
    const extended = await api()
      .post(`/api/actions/${id}/due-date`)
      .set(bearer(officer))
      .send({ dueDate: newDue, reason: 'The family asked to delay the reassessment.' })
      .expect(200);
    expect(extended.body).toMatchObject({
      dueDate: newDue,
      originalDueDate: past,
      extended: true,
      overdue: false,
      onTime: false,
    });
    const event = extended.body.events.find((e: { type: string }) => e.type === 'due_date_changed');
    expect(event).toMatchObject({
      note: 'The family asked to delay the reassessment.',
      data: { from: past, to: newDue, approvedBy: 'Olive Officer' },
    });

    const paymentId = extended.body.payments[0].id as string;
    await api()
      .post(`/api/actions/${id}/payments/${paymentId}`)
      .set(bearer(officer))
      .send({ amountPaid: 500 })
      .expect(400);
    const paid = await api()
      .post(`/api/actions/${id}/payments/${paymentId}`)
      .set(bearer(officer))
      .send({ amountPaid: 500, datePaid: today.toString() })
      .expect(200);
    expect(paid.body.payments[0]).toMatchObject({
      agreedAmount: 500,
      amountPaid: 500,
      datePaid: today.toString(),
      paid: true,
    });
    await api()
      .post(`/api/actions/${id}/payments/${paymentId}`)
      .set(bearer(officer))
      .send({ amountPaid: 'lots' })
      .expect(400);
  });

  it('filters the list by status, service area, overdue and learning, and scopes service leads', async () => {
    const all = await api().get('/api/actions').query({ pageSize: 500 }).set(bearer(officer)).expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(4);
    const overdue = await api()
      .get('/api/actions')
      .query({ overdue: 'true' })
      .set(bearer(officer))
      .expect(200);
    expect(overdue.body.actions.every((a: { overdue: boolean }) => a.overdue)).toBe(true);
    expect(overdue.body.total).toBeGreaterThanOrEqual(1);
    const learning = await api()
      .get('/api/actions')
      .query({ learning: 'true' })
      .set(bearer(officer))
      .expect(200);
    expect(learning.body.total).toBeGreaterThanOrEqual(2);
    expect(learning.body.actions.every((a: { learning: boolean }) => a.learning)).toBe(true);
    const verified = await api()
      .get('/api/actions')
      .query({ status: 'verified' })
      .set(bearer(officer))
      .expect(200);
    expect(verified.body.total).toBe(1);
    const byDirectorate = await api()
      .get('/api/actions')
      .query({ serviceAreaId: directorateId })
      .set(bearer(officer))
      .expect(200);
    expect(byDirectorate.body.total).toBe(all.body.total);
    const elsewhere = await api()
      .get('/api/actions')
      .query({ serviceAreaId: otherServiceId })
      .set(bearer(officer))
      .expect(200);
    expect(elsewhere.body.total).toBe(0);
    const otherLeadSees = await api().get('/api/actions').set(bearer(otherLead)).expect(200);
    expect(otherLeadSees.body.total).toBe(0);
    const leadSees = await api().get('/api/actions').set(bearer(lead)).expect(200);
    expect(leadSees.body.total).toBe(all.body.total);
    const bad = await api()
      .get('/api/actions')
      .query({ overdue: 'maybe', status: 'done' })
      .set(bearer(officer))
      .expect(400);
    expect(bad.body.message).toMatch(/overdue: must be true or false/);
    const scrutinyView = await api().get('/api/actions').set(bearer(scrutiny)).expect(200);
    expect(
      scrutinyView.body.actions.every(
        (a: { ownerId: string | null; text: string }) => a.ownerId === null && !/Mr Z/.test(a.text),
      ),
    ).toBe(true);
  });
});
