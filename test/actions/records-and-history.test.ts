import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { ActionEvent } from '../../src/actions/entities/action-event.entity';
import { TrackedAction } from '../../src/actions/entities/tracked-action.entity';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { LocalDate, todayInLondon } from '../../src/calendar';
import { User } from '../../src/users/entities/user.entity';
import { bearer, createServiceArea, createUser, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { insertProcessedDocument } from './support/review-fixtures';

jest.setTimeout(120_000);

/**
 * The records kept on an action: verification on the day the officer confirms it, payments added and
 * paid, an append-only history (enforced by the database), complaint cases found by reference, and the
 * list's word search (which must ignore case on PostgreSQL as on SQLite).
 */
describe('action records: verification date, payments, append-only history, cases, search', () => {
  let t: TestApp;
  let officer: string;
  let lead: string;
  let otherLead: string;
  let serviceId: string;
  let otherServiceId: string;
  const api = () => request(httpServer(t));
  const today = () => todayInLondon();
  const daysAgo = (n: number) => LocalDate.fromEpochDay(today().epochDay - n).toString();

  async function acceptedAction(text: string, opts: { areaId?: string; evidence?: boolean } = {}) {
    const { documentId, recommendationIds } = await insertProcessedDocument(t, {
      decisionDate: daysAgo(40),
      recommendations: [
        { text, evidenceRequired: opts.evidence ?? false, within: { count: 3, unit: 'months' } },
      ],
    });
    const res = await api()
      .post(`/api/recommendations/${recommendationIds[0]}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: opts.areaId ?? serviceId })
      .expect(201);
    return { id: res.body.action.id as string, documentId };
  }
  const move = (token: string, id: string, body: object) =>
    api().post(`/api/actions/${id}/transitions`).set(bearer(token)).send(body);

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    const dir = await createServiceArea(t, 'Children and Families', { kind: 'directorate' });
    serviceId = (await createServiceArea(t, 'Fostering', { parentId: dir.id, kind: 'service' })).id;
    otherServiceId = (await createServiceArea(t, 'Waste Collection', { kind: 'service' })).id;
    officer = (await createUserWithToken(t, { role: 'officer', name: 'Orla Officer' })).token;
    lead = (await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [serviceId] })).token;
    otherLead = (await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [otherServiceId] }))
      .token;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records verification on the day the officer says the evidence went to the Ombudsman', async () => {
    const { id } = await acceptedAction('Review the fostering panel procedure.');
    await move(lead, id, { to: 'completed', date: daysAgo(5) }).expect(200);
    // Verified the same day it was completed, given as a date: accepted, never before completion.
    const sameDay = await acceptedAction('Remind fostering staff to record visits.');
    await move(lead, sameDay.id, { to: 'completed' }).expect(200);
    const v1 = await move(officer, sameDay.id, { to: 'verified', date: today().toString() }).expect(200);
    expect(new Date(v1.body.verifiedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(v1.body.completedAt).getTime(),
    );

    const tooEarly = await move(officer, id, { to: 'verified', date: daysAgo(6) }).expect(400);
    expect(tooEarly.body.message).toMatch(/cannot be verified before the day it was completed/);
    const future = LocalDate.fromEpochDay(today().epochDay + 1).toString();
    await move(officer, id, { to: 'verified', date: future }).expect(400);

    const sent = daysAgo(2);
    const verified = await move(officer, id, {
      to: 'verified',
      date: sent,
      note: `Evidence sent to the Ombudsman on ${sent}.`,
    }).expect(200);
    expect(verified.body.status).toBe('verified');
    expect(verified.body.verifiedAt.slice(0, 10)).toBe(sent);
    const event = verified.body.events.find((e: { to: string | null }) => e.to === 'verified');
    expect(event).toMatchObject({
      from: 'completed',
      by: 'Orla Officer',
      note: `Evidence sent to the Ombudsman on ${sent}.`,
      data: { transition: 'verify', date: sent },
    });
  });

  it('refuses a completion dated before the action started', async () => {
    const { id } = await acceptedAction('Apologise to the foster carers.');
    const res = await move(lead, id, { to: 'completed', date: daysAgo(400) }).expect(400);
    expect(res.body.message).toMatch(/before the day it started/);
  });

  it('adds a payment agreed later and records it paid, on this action only', async () => {
    const { id } = await acceptedAction('Pay the family £250 for the distress caused.');
    const other = await acceptedAction('Pay the resident £100 for time and trouble.', {
      areaId: otherServiceId,
    });
    await api()
      .post(`/api/actions/${id}/payments`)
      .set(bearer(officer))
      .send({ agreedAmount: 250, purpose: 'distress', amountPaid: 250, datePaid: '2999-01-01' })
      .expect(400);
    await api()
      .post(`/api/actions/${id}/payments`)
      .set(bearer(officer))
      .send({ agreedAmount: 250.005 })
      .expect(400);
    await api().post(`/api/actions/${id}/payments`).set(bearer(lead)).send({ agreedAmount: 250 }).expect(403);
    const added = await api()
      .post(`/api/actions/${id}/payments`)
      .set(bearer(officer))
      .send({ agreedAmount: 250, purpose: 'distress' })
      .expect(201);
    expect(added.body.payments).toEqual([
      expect.objectContaining({ agreedAmount: 250, amountPaid: 0, datePaid: null, paid: false }),
    ]);
    const paymentId = added.body.payments[0].id as string;
    const paidOn = daysAgo(1);

    // The payment id of one action cannot be reached through another action (or another service).
    await api()
      .post(`/api/actions/${other.id}/payments/${paymentId}`)
      .set(bearer(officer))
      .send({ amountPaid: 250, datePaid: paidOn })
      .expect(404);
    await api()
      .post(`/api/actions/${id}/payments/${paymentId}`)
      .set(bearer(otherLead))
      .send({ amountPaid: 250, datePaid: paidOn })
      .expect(404);

    const paid = await api()
      .post(`/api/actions/${id}/payments/${paymentId}`)
      .set(bearer(lead))
      .send({ amountPaid: 250, datePaid: paidOn })
      .expect(200);
    expect(paid.body.payments[0]).toMatchObject({
      agreedAmount: 250,
      amountPaid: 250,
      datePaid: paidOn,
      paid: true,
    });
    const recorded = paid.body.events.filter((e: { type: string }) => e.type === 'payment_recorded');
    expect(recorded.map((e: { data: object }) => e.data)).toEqual([
      expect.objectContaining({ added: true, agreedAmount: 250, amountPaid: 0, datePaid: null }),
      expect.objectContaining({
        before: { agreedAmount: 250, amountPaid: 0, datePaid: null },
        after: { agreedAmount: 250, amountPaid: 250, datePaid: paidOn },
      }),
    ]);
    const untouched = await api().get(`/api/actions/${other.id}`).set(bearer(officer)).expect(200);
    expect(untouched.body.payments).toEqual([]);
  });

  it('keeps the history append-only in the database: events cannot be changed or deleted', async () => {
    const { id } = await acceptedAction('Train panel members on the new guidance.');
    await move(lead, id, { to: 'in_progress', note: 'Training booked.' }).expect(200);
    const em = t.app.get(EntityManager).fork();
    const events = await em.find(ActionEvent, { action: id }, { orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(['created', 'transition']);

    await expect(
      em.fork().nativeUpdate(ActionEvent, { id: events[1].id }, { note: 'Nothing was booked.' }),
    ).rejects.toThrow(/append-only/);
    await expect(
      em.fork().nativeUpdate(ActionEvent, { id: events[1].id }, { toStatus: 'completed' }),
    ).rejects.toThrow(/append-only/);
    await expect(em.fork().nativeDelete(ActionEvent, { id: events[0].id })).rejects.toThrow(/append-only/);
    const after = await em.fork().find(ActionEvent, { action: id }, { orderBy: { seq: 'asc' } });
    expect(after.map((e) => [e.type, e.note])).toEqual([
      ['created', null],
      ['transition', 'Training booked.'],
    ]);

    // The foreign keys' own changes still work: a deleted user's events keep their place without a name ...
    const leaver = await createUser(t, { role: 'officer' });
    const e2 = em.fork();
    const action = await e2.findOneOrFail(TrackedAction, id);
    e2.create(ActionEvent, {
      action,
      type: 'edited',
      by: e2.getReference(User, leaver.user.id),
      seq: 9,
      data: null,
    });
    await e2.flush();
    await em.fork().nativeDelete(User, { id: leaver.user.id });
    const kept = await em.fork().findOneOrFail(ActionEvent, { action: id, seq: 9 });
    expect(kept.by).toBeNull();
    // ... and an action deleted as a whole takes its history with it.
    const gone = await acceptedAction('Write to the carers about the outcome.');
    const e3 = em.fork();
    await e3.nativeDelete(TrackedAction, { id: gone.id });
    expect(await e3.count(ActionEvent, { action: gone.id })).toBe(0);
  });

  it('finds the documents of a complaint case by their references, and by the officer’s choice', async () => {
    const stage2 = await insertProcessedDocument(t, {
      documentType: 'stage2_report',
      reference: null,
      recommendations: [{ text: 'Review the placement plan.' }],
    });
    const ombudsman = await insertProcessedDocument(t, {
      documentType: 'lgsco_decision',
      reference: '23 017 555',
      recommendations: [{ text: 'Apologise to Ms K.' }],
    });
    const unrelated = await insertProcessedDocument(t, {
      documentType: 'lgsco_decision',
      reference: '23 017 556',
      recommendations: [{ text: 'Apologise to Mr L.' }],
    });
    // The decision found by its Ombudsman reference (written without spaces here) when the case is recorded.
    const created = await api()
      .post('/api/cases')
      .set(bearer(officer))
      .send({
        title: 'Fostering allowance complaint',
        reference: 'CF/2024/0091',
        ombudsmanReference: '23017555',
      })
      .expect(201);
    const caseId = created.body.case.id as string;
    expect(created.body.case.stage).toBe('ombudsman');
    let view = await api().get(`/api/cases/${caseId}`).set(bearer(officer)).expect(200);
    expect(view.body.case.history.map((h: { documentId: string }) => h.documentId)).toEqual([
      ombudsman.documentId,
    ]);

    // The Stage 2 report has no reference of its own: the officer chooses the case.
    await api().put(`/api/documents/${stage2.documentId}/case`).set(bearer(officer)).send({}).expect(404);
    await api()
      .put(`/api/documents/${stage2.documentId}/case`)
      .set(bearer(officer))
      .send({ caseId, reference: 'CF/2024/0091' })
      .expect(400);
    const linked = await api()
      .put(`/api/documents/${stage2.documentId}/case`)
      .set(bearer(officer))
      .send({ caseId })
      .expect(200);
    expect(linked.body.case.history.map((h: { stageLabel: string }) => h.stageLabel)).toEqual([
      'Stage 2',
      'Ombudsman',
    ]);
    expect(linked.body.case.stage).toBe('ombudsman');

    // A panel report uploaded later with the council's case reference joins the case by itself.
    const panel = await insertProcessedDocument(t, {
      documentType: 'stage3_panel',
      recommendations: [{ text: 'Meet the family to agree a support plan.' }],
    });
    await t.app
      .get(EntityManager)
      .fork()
      .nativeUpdate(StoredDocument, { id: panel.documentId }, { caseReference: 'CF/2024/0091' });
    view = await api().get(`/api/cases/${caseId}`).set(bearer(officer)).expect(200);
    expect(
      view.body.case.history.map((h: { documentId: string; stageLabel: string }) => [
        h.stageLabel,
        h.documentId,
      ]),
    ).toEqual([
      ['Stage 2', stage2.documentId],
      ['Stage 3', panel.documentId],
      ['Ombudsman', ombudsman.documentId],
    ]);

    // A document whose references match no case is not linked anywhere.
    const auto = await api()
      .put(`/api/documents/${unrelated.documentId}/case`)
      .set(bearer(officer))
      .send({})
      .expect(404);
    expect(auto.body.message).toMatch(/No complaint case has this document/);
    view = await api().get(`/api/cases/${caseId}`).set(bearer(officer)).expect(200);
    expect(view.body.case.history).toHaveLength(3);
    const search = await api().get('/api/cases').query({ q: 'FOSTERING allowance' }).set(bearer(officer));
    expect(search.status).toBe(200);
    expect(search.body.cases.map((c: { id: string }) => c.id)).toEqual([caseId]);
    await api().get('/api/cases').set(bearer(lead)).expect(403);
  });

  it('searches action text ignoring case, on every database', async () => {
    const { id } = await acceptedAction('Review the Kinship Care Assessment checklist.');
    const found = await api()
      .get('/api/actions')
      .query({ q: 'kinship care ASSESSMENT' })
      .set(bearer(officer))
      .expect(200);
    expect(found.body.actions.map((a: { id: string }) => a.id)).toEqual([id]);
    const wildcards = await api().get('/api/actions').query({ q: '%_%' }).set(bearer(officer)).expect(200);
    expect(wildcards.body.total).toBeGreaterThan(1);
  });
});
