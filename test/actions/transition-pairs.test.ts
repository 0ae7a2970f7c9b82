import request from 'supertest';
import { addMonths, todayInLondon } from '../../src/calendar';
import { ACTION_STATUSES, ActionStatus, actionStatusMachine } from '../../src/status/action-status';
import { bearer, createServiceArea, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { insertProcessedDocument } from './support/review-fixtures';

jest.setTimeout(180_000);

/** How an action accepted as `open` is brought to each status through the API (allowed steps only). */
const PATH_TO: Record<ActionStatus, ActionStatus[]> = {
  open: [],
  in_progress: ['in_progress'],
  completed: ['in_progress', 'completed'],
  verified: ['in_progress', 'completed', 'verified'],
  cancelled: ['cancelled'],
};

/**
 * Every (from, to) pair of the action table through POST /api/actions/:id/transitions, on a fresh
 * action for each pair: the pairs the table allows answer 200 and move the action; every other pair
 * (self-transitions and moves out of a final status included) answers 409 with a message and leaves
 * the action and its history as they were.
 */
describe('action transitions over HTTP: every pair of states', () => {
  let t: TestApp;
  let officer: string;
  let serviceId: string;
  const api = () => request(httpServer(t));

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    serviceId = (await createServiceArea(t, 'Transitions Service', { kind: 'service' })).id;
    officer = (await createUserWithToken(t, { role: 'officer' })).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  async function actionIn(status: ActionStatus): Promise<string> {
    const { recommendationIds } = await insertProcessedDocument(t, {
      recommendations: [{ text: `Review the letter templates (${status}).`, category: 'procedure_review' }],
    });
    const accepted = await api()
      .post(`/api/recommendations/${recommendationIds[0]}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId, dueDate: addMonths(todayInLondon(), 2).toString() })
      .expect(201);
    const id = accepted.body.action.id as string;
    for (const step of PATH_TO[status]) {
      await api()
        .post(`/api/actions/${id}/transitions`)
        .set(bearer(officer))
        .send({ to: step, note: `Step to ${step}.` })
        .expect(200);
    }
    return id;
  }

  const pairs = ACTION_STATUSES.flatMap((from) => ACTION_STATUSES.map((to) => ({ from, to })));

  it('covers all 25 pairs, 7 allowed and 18 forbidden', () => {
    expect(pairs).toHaveLength(25);
    expect(pairs.filter((p) => actionStatusMachine.canTransition(p.from, p.to))).toHaveLength(7);
  });

  it.each(pairs)('$from -> $to', async ({ from, to }) => {
    const id = await actionIn(from);
    const before = (await api().get(`/api/actions/${id}`).set(bearer(officer)).expect(200)).body;
    expect(before.status).toBe(from);

    const res = await api()
      .post(`/api/actions/${id}/transitions`)
      .set(bearer(officer))
      .send({ to, note: 'A reason, for the moves that need one.' });
    const after = (await api().get(`/api/actions/${id}`).set(bearer(officer)).expect(200)).body;

    if (actionStatusMachine.canTransition(from, to)) {
      expect(res.status).toBe(200);
      expect(res.body.status).toBe(to);
      expect(after.status).toBe(to);
      expect(after.events.at(-1)).toMatchObject({ from, to });
    } else {
      expect(res.status).toBe(409);
      expect(res.body.message).toEqual(expect.stringMatching(/\S/));
      expect(after.status).toBe(from);
      expect(after.events).toEqual(before.events);
    }
  });
});
