import request from 'supertest';
import { addMonths, todayInLondon } from '../../src/calendar';
import { bearer, createServiceArea, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { insertProcessedDocument } from './support/review-fixtures';

jest.setTimeout(120_000);

/**
 * The tracker's part of /work/shared/contracts/api.md: outside tools rely on these names and shapes
 * ("more fields are fine; fewer are not"), so every field the contract lists must be present.
 */
describe('API contract: recommendation, action, service-area and report shapes', () => {
  let t: TestApp;
  let officer: string;
  let serviceId: string;
  const api = () => request(httpServer(t));
  const keysOf = (o: object) => Object.keys(o).sort();
  const expectKeys = (o: object, keys: string[]) => expect(keysOf(o)).toEqual(expect.arrayContaining(keys));

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    serviceId = (await createServiceArea(t, 'Contract Service', { kind: 'service' })).id;
    officer = (await createUserWithToken(t, { role: 'officer' })).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 401 {message} on /api without a token or with a bad one', async () => {
    for (const path of ['/api/actions', '/api/service-areas', '/api/reports/outstanding']) {
      const none = await api().get(path).expect(401);
      expect(none.body.message).toEqual(expect.any(String));
      const bad = await api().get(path).set(bearer('not-a-token')).expect(401);
      expect(bad.body.message).toEqual(expect.any(String));
    }
  });

  it('keeps every field the contract lists, from review to reports', async () => {
    const { documentId } = await insertProcessedDocument(t, {
      decisionDate: todayInLondon().toString(),
      recommendations: [
        {
          text: 'Pay Mrs B £250 to acknowledge the distress caused.',
          category: 'payment',
          payments: [{ amountPence: 25_000, payee: 'Mrs B', purpose: 'distress' }],
          within: { count: 1, unit: 'months' },
          evidenceRequired: true,
        },
        { text: 'Review the charging letters.', category: 'procedure_review', learning: true },
      ],
    });

    const recs = await api()
      .get(`/api/documents/${documentId}/recommendations`)
      .set(bearer(officer))
      .expect(200);
    expect(recs.body.recommendations).toHaveLength(2);
    for (const r of recs.body.recommendations as Record<string, unknown>[]) {
      expectKeys(r, [
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
      ]);
      expect(r.status).toBe('proposed');
    }
    const [first, second] = recs.body.recommendations as { id: string }[];

    const areas = await api().get('/api/service-areas').set(bearer(officer)).expect(200);
    for (const a of areas.body.serviceAreas as object[]) expectKeys(a, ['id', 'name', 'parentId']);

    const accepted = await api()
      .post(`/api/recommendations/${first.id}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId, dueDate: addMonths(todayInLondon(), 1).toString() })
      .expect(201);
    const actionId = accepted.body.action.id as string;
    const conflict = await api()
      .post(`/api/recommendations/${first.id}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId })
      .expect(409);
    expect(conflict.body.message).toEqual(expect.any(String));
    await api()
      .post(`/api/recommendations/${second.id}/reject`)
      .set(bearer(officer))
      .send({ reason: 'Already done before the decision.' })
      .expect((res) => expect([200, 201]).toContain(res.status));

    const list = await api().get('/api/actions').set(bearer(officer)).expect(200);
    expectKeys(list.body, ['actions', 'total']);
    expect(list.body.total).toBe(1);

    const moved = await api()
      .post(`/api/actions/${actionId}/transitions`)
      .set(bearer(officer))
      .send({ to: 'in_progress', note: 'Started.' })
      .expect(200);
    expect(moved.body.status).toBe('in_progress');
    const refused = await api()
      .post(`/api/actions/${actionId}/transitions`)
      .set(bearer(officer))
      .send({ to: 'verified' })
      .expect(409);
    expect(refused.body.message).toEqual(expect.any(String));
    await api()
      .post(`/api/actions/${actionId}/evidence`)
      .set(bearer(officer))
      .field('note', 'Payment made by BACS.')
      .expect(201);

    const action = (await api().get(`/api/actions/${actionId}`).set(bearer(officer)).expect(200)).body;
    expectKeys(action, [
      'id',
      'status',
      'text',
      'serviceAreaId',
      'ownerId',
      'dueDate',
      'originalDueDate',
      'completedAt',
      'verifiedAt',
      'onTime',
      'payments',
      'events',
    ]);
    expect(action.events.length).toBeGreaterThanOrEqual(2);
    for (const e of action.events as object[]) expectKeys(e, ['at', 'by', 'from', 'to', 'note']);
    expect(moved.body).toMatchObject({ id: actionId, status: 'in_progress' });
    expectKeys(
      moved.body,
      keysOf(action).filter((k) => k !== 'events'),
    );

    const outstanding = await api().get('/api/reports/outstanding').set(bearer(officer)).expect(200);
    expect(JSON.stringify(outstanding.body)).toContain(serviceId);
    const csv = await api().get('/api/reports/outstanding?format=csv').set(bearer(officer)).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const compliance = await api().get('/api/reports/compliance').set(bearer(officer)).expect(200);
    expect(compliance.body.years.length).toBeGreaterThan(0);
    for (const y of compliance.body.years as object[])
      expectKeys(y, ['year', 'remediesDue', 'completedOnTime', 'late', 'complianceRate']);
  });
});
