import request from 'supertest';
import { insertProcessedDocument } from './support/review-fixtures';
import { bearer } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { twoServices, TwoServices } from '../security/support/security-fixtures';

jest.setTimeout(180_000);

/**
 * Rules the services enforce whoever calls them: the agreed remedy (amount and payee) is the
 * complaints officer's, a paid amount far above the agreed one is refused, and due dates must be
 * plausible (not before 2000, not more than ten years ahead).
 */
describe('Business rules on payments and due dates', () => {
  let t: TestApp;
  let s: TwoServices;
  let paymentId: string;
  const api = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    s = await twoServices(t);
    const added = await api()
      .post(`/api/actions/${s.actionA}/payments`)
      .set(bearer(s.officer.token))
      .send({ agreedAmount: 250, payee: 'Mrs B', purpose: 'distress' })
      .expect(201);
    paymentId = added.body.payments[0].id as string;
  }, 120_000);
  afterAll(() => t?.close());

  const pay = (token: string, body: Record<string, unknown>) =>
    api().post(`/api/actions/${s.actionA}/payments/${paymentId}`).set(bearer(token)).send(body);

  it('does not let a service lead change the agreed amount or the payee, or add an agreed payment', async () => {
    expect((await pay(s.leadA.token, { agreedAmount: 1 })).status).toBe(403);
    expect((await pay(s.leadA.token, { payee: 'Someone else' })).status).toBe(403);
    const add = await api()
      .post(`/api/actions/${s.actionA}/payments`)
      .set(bearer(s.leadA.token))
      .send({ agreedAmount: 9000, payee: 'Lead’s friend' });
    expect(add.status).toBe(403);
    const view = await api().get(`/api/actions/${s.actionA}`).set(bearer(s.officer.token)).expect(200);
    expect(view.body.payments).toHaveLength(1);
    expect(view.body.payments[0]).toMatchObject({ agreedAmount: 250, payee: 'Mrs B' });
    // the lead may record the payment itself, and send the agreed values back unchanged
    await pay(s.leadA.token, { amountPaid: 250, datePaid: '2024-01-10', agreedAmount: 250 }).expect(200);
  });

  it('refuses a paid amount far above the agreed one (a lead: any overpayment beyond 10%)', async () => {
    const lead = await pay(s.leadA.token, { amountPaid: 2500, datePaid: '2024-01-10' });
    expect(lead.status).toBe(422);
    expect(lead.body.message).toMatch(/agreed/);
    expect((await pay(s.leadA.token, { amountPaid: 300, datePaid: '2024-01-10' })).status).toBe(422);
    // an officer may record a modest overpayment, never a wildly larger one
    await pay(s.officer.token, { amountPaid: 300, datePaid: '2024-01-10' }).expect(200);
    expect((await pay(s.officer.token, { amountPaid: 25_000, datePaid: '2024-01-10' })).status).toBe(422);
    const view = await api().get(`/api/actions/${s.actionA}`).set(bearer(s.officer.token)).expect(200);
    expect(view.body.payments[0].amountPaid).toBe(300);
  });

  it.each(['1900-01-01', '1999-12-31', '9999-12-31', '2060-01-01'])(
    'refuses the due date %s on an extension and on acceptance',
    async (dueDate) => {
      const ext = await api()
        .post(`/api/actions/${s.actionA}/due-date`)
        .set(bearer(s.officer.token))
        .send({ dueDate, reason: 'typo test' });
      expect(ext.status).toBe(400);
      expect(ext.body.message).toMatch(/2000|ten years/);
      const doc = await insertProcessedDocument(t, {
        reference: `24 ${dueDate.slice(0, 3)} ${dueDate.slice(5, 7)}9`,
        recommendations: [{ text: 'Apologise to Mr C within one month.' }],
      });
      const acc = await api()
        .post(`/api/recommendations/${doc.recommendationIds[0]}/accept`)
        .set(bearer(s.officer.token))
        .send({ serviceAreaId: s.areaA, dueDate });
      expect(acc.status).toBe(400);
    },
  );

  it('accepts a due date within the range', async () => {
    await api()
      .post(`/api/actions/${s.actionA}/due-date`)
      .set(bearer(s.officer.token))
      .send({ dueDate: '2031-03-31', reason: 'agreed with the Ombudsman' })
      .expect(200);
  });
});
