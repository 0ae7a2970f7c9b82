import request from 'supertest';
import {
  bearer,
  createServiceArea,
  createUserWithSession,
  createUserWithToken,
} from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { insertProcessedDocument } from '../actions/support/review-fixtures';

type Session = { cookie: string; csrfToken: string };

/**
 * The GOV.UK date input on the single accept form and the extension form, with its error messages, and
 * the confirmation asked before a due date in the past is accepted or extended to.
 */
describe('due dates: the date input and a warning for a date in the past', () => {
  let t: TestApp;
  let officer: Session;
  let token: string;
  let areaId: string;
  let docId: string;
  let recs: string[];
  beforeAll(async () => {
    t = await createTestApp();
    areaId = (await createServiceArea(t, 'Waste')).id;
    officer = await createUserWithSession(t, { role: 'officer' });
    token = (await createUserWithToken(t, { role: 'officer' })).token;
    const doc = await insertProcessedDocument(t, {
      reference: '24 002 345',
      decisionDate: '2025-02-03',
      recommendations: [
        { text: 'Apologise to Ms T.' },
        { text: 'Pay Ms T £100.' },
        { text: 'Remind staff of the rules.' },
      ],
    });
    docId = doc.documentId;
    recs = doc.recommendationIds;
  }, 60_000);
  afterAll(async () => t?.close());

  const get = (path: string) => request(httpServer(t)).get(path).set('Cookie', officer.cookie);
  const post = (path: string, form: Record<string, string>) =>
    request(httpServer(t))
      .post(path)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ ...form, _csrf: officer.csrfToken });
  const recStatus = async (id: string) =>
    (
      (
        await request(httpServer(t))
          .get(`/api/documents/${docId}/recommendations`)
          .set(bearer(token))
          .expect(200)
      ).body.recommendations as { id: string; status: string; actionId: string | null }[]
    ).find((r) => r.id === id)!;
  const parts = (d: string, m: string, y: string) => ({
    'dueDate-day': d,
    'dueDate-month': m,
    'dueDate-year': y,
  });

  it('shows the accept form’s due date as day, month and year, and explains a wrong one next to the part', async () => {
    const page = await get(`/documents/${docId}/review`).expect(200);
    expect(page.text).toContain(`id="dueDate-${recs[0]}-day" name="dueDate-day"`);
    expect(page.text).toContain(`id="dueDate-${recs[0]}-year" name="dueDate-year"`);
    await post(`/recommendations/${recs[0]}/accept`, {
      serviceAreaId: areaId,
      ...parts('31', '2', '2031'),
    }).expect(303);
    const refused = await get(`/documents/${docId}/review`).expect(200);
    expect(refused.text).toContain(`href="#dueDate-${recs[0]}-day"`);
    expect(refused.text).toContain('The due date must be a real date');
    await post(`/recommendations/${recs[0]}/accept`, {
      serviceAreaId: areaId,
      ...parts('3', '', '2031'),
    }).expect(303);
    const noMonth = await get(`/documents/${docId}/review`).expect(200);
    expect(noMonth.text).toContain(`href="#dueDate-${recs[0]}-month"`);
    expect(noMonth.text).toContain('The due date must include a month');
    // what was typed is kept
    expect(noMonth.text).toMatch(
      new RegExp(`id="dueDate-${recs[0]}-day" name="dueDate-day" type="text" value="3"`),
    );
    expect((await recStatus(recs[0])).status).toBe('proposed');
  });

  it('accepts a future date given as day, month and year straight away', async () => {
    await post(`/recommendations/${recs[0]}/accept`, { serviceAreaId: areaId, ...parts('30', '6', '2031') })
      .expect(303)
      .expect('location', `/documents/${docId}/review#rec-${recs[0]}`);
    const rec = await recStatus(recs[0]);
    expect(rec.status).toBe('accepted');
    const action = await request(httpServer(t))
      .get(`/api/actions/${rec.actionId}`)
      .set(bearer(token))
      .expect(200);
    expect(action.body.dueDate).toBe('2031-06-30');
  });

  it('asks before accepting with a due date in the past, and accepts once that date is confirmed', async () => {
    const first = await post(`/recommendations/${recs[1]}/accept`, {
      serviceAreaId: areaId,
      ...parts('3', '3', '2025'),
    }).expect(303);
    expect(first.headers.location).toBe(`/documents/${docId}/review#past-due-${recs[1]}`);
    expect((await recStatus(recs[1])).status).toBe('proposed');
    const page = await get(`/documents/${docId}/review`).expect(200);
    expect(page.text).toContain('govuk-warning-text');
    expect(page.text).toContain('The due date, 3 March 2025, is in the past');
    expect(page.text).toContain('name="confirmPastDue" value="2025-03-03"');
    expect(page.text).toContain('Accept with this past due date');
    expect(page.text).not.toContain('govuk-error-summary');
    // confirming one date does not confirm another
    await post(`/recommendations/${recs[1]}/accept`, {
      serviceAreaId: areaId,
      ...parts('4', '3', '2025'),
      confirmPastDue: '2025-03-03',
    }).expect(303);
    expect((await recStatus(recs[1])).status).toBe('proposed');
    await post(`/recommendations/${recs[1]}/accept`, {
      serviceAreaId: areaId,
      ...parts('4', '3', '2025'),
      confirmPastDue: '2025-03-04',
    })
      .expect(303)
      .expect('location', `/documents/${docId}/review#rec-${recs[1]}`);
    const rec = await recStatus(recs[1]);
    expect(rec.status).toBe('accepted');
    const action = await request(httpServer(t))
      .get(`/api/actions/${rec.actionId}`)
      .set(bearer(token))
      .expect(200);
    expect(action.body.dueDate).toBe('2025-03-04');
  });

  it('extends with the date input, asks before a past date, and explains a wrong date', async () => {
    const accepted = await request(httpServer(t))
      .post(`/api/recommendations/${recs[2]}/accept`)
      .set(bearer(token))
      .send({ serviceAreaId: areaId, dueDate: '2030-01-31' })
      .expect(201);
    const id = accepted.body.action.id as string;
    const page = await get(`/actions/${id}`).expect(200);
    expect(page.text).toContain('id="dueDate-day" name="dueDate-day"');

    await post(`/actions/${id}/extension`, { ...parts('', '', ''), reason: 'Waiting' }).expect(303);
    const empty = await get(`/actions/${id}`).expect(200);
    expect(empty.text).toContain('href="#dueDate-day"');
    expect(empty.text).toContain('Enter the new due date');
    await post(`/actions/${id}/extension`, { ...parts('12', '14', '2031'), reason: 'Waiting' }).expect(303);
    const badMonth = await get(`/actions/${id}`).expect(200);
    expect(badMonth.text).toContain('href="#dueDate-month"');
    expect(badMonth.text).toContain('The new due date must be a real date');
    await post(`/actions/${id}/extension`, { ...parts('1', '2', '31'), reason: 'Waiting' }).expect(303);
    expect((await get(`/actions/${id}`).expect(200)).text).toContain('Year must include 4 numbers');

    const past = await post(`/actions/${id}/extension`, {
      ...parts('1', '1', '2020'),
      reason: 'Typed wrong',
    }).expect(303);
    expect(past.headers.location).toBe(`/actions/${id}#past-due`);
    const warned = await get(`/actions/${id}`).expect(200);
    expect(warned.text).toContain('The new due date, 1 January 2020, is in the past');
    expect(warned.text).toContain('Extend to this past date');
    const still = await request(httpServer(t)).get(`/api/actions/${id}`).set(bearer(token)).expect(200);
    expect(still.body.dueDate).toBe('2030-01-31');

    await post(`/actions/${id}/extension`, {
      ...parts('31', '3', '2031'),
      reason: 'New policy first',
    }).expect(303);
    const after = await request(httpServer(t)).get(`/api/actions/${id}`).set(bearer(token)).expect(200);
    expect(after.body.dueDate).toBe('2031-03-31');
    expect(after.body.originalDueDate).toBe('2030-01-31');
  });
});
