import request from 'supertest';
import { createServiceArea, createUserWithSession } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { ReviewSeed, seedStage2Review } from './support/seed-review';

type Session = { cookie: string; csrfToken: string };

describe('review page: correcting a recommendation, rejecting it, and the council not accepting it', () => {
  let t: TestApp;
  let officer: Session;
  let seed: ReviewSeed;
  let areaId: string;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await createUserWithSession(t, { role: 'officer' });
    areaId = (await createServiceArea(t, 'Children’s services')).id;
    seed = await seedStage2Review(t.app);
  }, 60_000);
  afterAll(async () => t?.close());

  const get = (path: string) => request(httpServer(t)).get(path).set('Cookie', officer.cookie);
  const post = (path: string, form: Record<string, string>) =>
    request(httpServer(t))
      .post(path)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ ...form, _csrf: officer.csrfToken });
  const reviewPath = () => `/documents/${seed.documentId}/review`;
  it('shows each recommendation with its payments, deadline, prefilled due date and every form', async () => {
    const page = await get(reviewPath()).expect(200);
    const [first] = seed.recommendationIds;
    expect(page.text).toContain(
      'Payment: £150.00 time and trouble to Mr T <span class="app-why">(why this amount: remedy payment (payment wording next to the amount))</span>',
    );
    expect(page.text).toContain('Deadline: within one month');
    // Due date worked out from "within one month" of the report date (2 June 2025).
    // the prefilled due date, in the GOV.UK date input's day, month and year
    expect(page.text).toMatch(new RegExp(`id="dueDate-${first}-day"[^>]*value="2"`));
    expect(page.text).toMatch(new RegExp(`id="dueDate-${first}-month"[^>]*value="7"`));
    expect(page.text).toMatch(new RegExp(`id="dueDate-${first}-year"[^>]*value="2025"`));
    expect(page.text).toContain(`action="/recommendations/${first}/edit"`);
    expect(page.text).toContain(`action="/recommendations/${first}/reject"`);
    expect(page.text).toContain(`action="/recommendations/${first}/not-accepted"`);
    expect(page.text).toContain('Not accepted by the council');
    expect(page.text).toContain('name="serviceAreaId"');
  });

  it('corrects the text, category, kind, payments and deadline, and the accept form follows', async () => {
    const [first] = seed.recommendationIds;
    const res = await post(`/recommendations/${first}/edit`, {
      text: 'Apologise to Mr T and pay him £200.',
      category: 'payment',
      learning: 'false',
      evidenceRequired: 'true',
      paymentRows: '2',
      payment0Amount: '£200',
      payment0Payee: 'Mr T',
      payment0Purpose: 'time_and_trouble',
      payment1Amount: '25.50',
      payment1Purpose: 'financial_loss',
      deadlineText: 'within 20 working days',
      deadlineCount: '20',
      deadlineUnit: 'working_days',
      deadlineFrom: 'report',
      deadlineDate: '',
    }).expect(303);
    expect(res.headers.location).toBe(`${reviewPath()}#rec-${first}`);
    const page = await get(reviewPath()).expect(200);
    expect(page.text).toContain('Recommendation corrected.');
    expect(page.text).toContain('Apologise to Mr T and pay him £200.');
    expect(page.text).toContain('Payment: £200.00 time and trouble to Mr T');
    expect(page.text).toContain('Payment: £25.50 financial loss');
    // the amounts are the officer's now, not what extraction found
    expect(page.text).not.toContain('why this amount');
    expect(page.text).toContain('Deadline: within 20 working days');
    expect(page.text).toContain('Corrected');
  });

  it('keeps what was typed and names each bad field when a correction is refused', async () => {
    const [, second] = seed.recommendationIds;
    await post(`/recommendations/${second}/edit`, {
      text: '',
      category: 'staff_reminder',
      learning: 'true',
      paymentRows: '1',
      payment0Amount: 'a lot',
      deadlineDate: '2025-02-30',
    }).expect(303);
    const page = await get(reviewPath()).expect(200);
    expect(page.text).toContain('govuk-error-summary');
    expect(page.text).toContain(`href="#editText-${second}"`);
    expect(page.text).toContain(`href="#payment0Amount-${second}"`);
    expect(page.text).toContain(`href="#deadlineDate-${second}"`);
    expect(page.text).toContain('Payment 1: Enter the amount in pounds, like 250 or 99.50');
    expect(page.text).toMatch(/<details class="govuk-details[^"]*" open/);
    expect(page.text).toContain('value="a lot"');
  });

  it('records a Stage 2 recommendation as not accepted by the council, with the reason', async () => {
    const [, second] = seed.recommendationIds;
    await post(`/recommendations/${second}/not-accepted`, { notAcceptedReason: '' }).expect(303);
    const refused = await get(reviewPath()).expect(200);
    expect(refused.text).toContain(`href="#notAcceptedReason-${second}"`);

    await post(`/recommendations/${second}/not-accepted`, {
      notAcceptedReason: 'Visits are already recorded the same day under the 2024 practice standards.',
    }).expect(303);
    const page = await get(reviewPath()).expect(200);
    expect(page.text).toContain('Recorded as not accepted by the council.');
    expect(page.text).toContain('Not accepted');
    expect(page.text).toContain(
      'Reason the council gave: Visits are already recorded the same day under the 2024 practice standards.',
    );
    expect(page.text).not.toContain(`action="/recommendations/${second}/accept"`);
  });

  it('rejects with a reason and accepts the corrected recommendation into an action with its payments', async () => {
    const [first, , third] = seed.recommendationIds;
    await post(`/recommendations/${third}/reject`, { reason: 'A duplicate of recommendation 2.' }).expect(
      303,
    );
    await post(`/recommendations/${first}/accept`, { serviceAreaId: areaId, dueDate: '2030-03-31' }).expect(
      303,
    );
    const page = await get(reviewPath()).expect(200);
    expect(page.text).toContain('Reason: A duplicate of recommendation 2.');
    const actionId = /href="\/actions\/([0-9a-f-]{36})"/.exec(page.text)![1];
    const action = await get(`/actions/${actionId}`).expect(200);
    expect(action.text).toContain('Apologise to Mr T and pay him £200.');
    expect(action.text).toContain('£200.00');
    expect(action.text).toContain('£25.50');
    expect(action.text).toContain('31 March 2030');
  });
});
