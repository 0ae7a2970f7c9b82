import request from 'supertest';
import { LocalDate, todayInLondon } from '../../src/calendar';
import { insertProcessedDocument, ProposedInput } from '../actions/support/review-fixtures';
import { bearer, createServiceArea, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

describe('reports: outstanding, compliance, payments, themes (JSON and CSV)', () => {
  let t: TestApp;
  let officer: string;
  let lead: string;
  let scrutiny: string;
  let charging: string;
  let children: string;
  const api = () => request(httpServer(t));
  const today = todayInLondon();
  const day = (offset: number) => LocalDate.fromEpochDay(today.epochDay + offset).toString();

  async function accept(
    rec: ProposedInput,
    areaId: string,
    dueOffset: number,
    documentType: 'lgsco_decision' | 'stage2_report' = 'lgsco_decision',
    reference: string | null = null,
  ) {
    // decided three months ago, so completions dated in the past fall after the action started
    const { recommendationIds } = await insertProcessedDocument(t, {
      documentType,
      reference,
      decisionDate: day(-90),
      recommendations: [rec],
    });
    const res = await api()
      .post(`/api/recommendations/${recommendationIds[0]}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: areaId, dueDate: day(dueOffset) })
      .expect(201);
    return res.body.action as { id: string; payments: { id: string }[] };
  }
  const move = (id: string, to: string, date?: string) =>
    api()
      .post(`/api/actions/${id}/transitions`)
      .set(bearer(officer))
      .send({ to, ...(date ? { date } : {}) })
      .expect(200);

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    const adults = await createServiceArea(t, 'Adult Social Care', { kind: 'directorate' });
    charging = (await createServiceArea(t, 'Charging', { parentId: adults.id, kind: 'service' })).id;
    children = (await createServiceArea(t, "Children's Services", { kind: 'directorate' })).id;
    officer = (await createUserWithToken(t, { role: 'officer' })).token;
    lead = (await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [charging] })).token;
    scrutiny = (await createUserWithToken(t, { role: 'scrutiny' })).token;

    const onTime = await accept(
      {
        text: 'Pay Mrs B £300 for distress.',
        category: 'payment',
        payments: [{ amountPence: 30000, payee: 'Mrs B', purpose: 'distress' }],
      },
      charging,
      -30,
    );
    await move(onTime.id, 'completed', day(-40));
    await api()
      .post(`/api/actions/${onTime.id}/payments/${onTime.payments[0].id}`)
      .set(bearer(officer))
      .send({ amountPaid: 300, datePaid: day(-40) })
      .expect(200);
    await accept({ text: 'Apologise to Mrs B.', category: 'apology' }, charging, -10);
    const late = await accept(
      { text: 'Reassess the care needs of Mr C.', category: 'reassessment' },
      children,
      -20,
    );
    await move(late.id, 'completed');
    await accept(
      {
        text: 'Remind staff in the charging team to explain care charges to Mrs B in writing before care starts.',
        learning: true,
      },
      charging,
      30,
      'stage2_report',
      'S2-001',
    );
    await accept(
      {
        text: 'Remind charging staff to explain care charges in writing before care starts.',
        learning: true,
      },
      children,
      40,
      'lgsco_decision',
      '24 000 111',
    );
    await accept(
      { text: 'Audit school transport refusals made without a panel.', learning: true },
      children,
      50,
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives outstanding actions by service area with overdue counts and age bands', async () => {
    const res = await api().get('/api/reports/outstanding').set(bearer(officer)).expect(200);
    expect(res.body.totals).toMatchObject({ outstanding: 4, overdue: 1, awaitingVerification: 2 });
    const row = res.body.rows.find((r: { serviceAreaId: string }) => r.serviceAreaId === charging);
    expect(row).toMatchObject({
      path: 'Adult Social Care > Charging',
      directorate: 'Adult Social Care',
      outstanding: 2,
      overdue: 1,
      awaitingVerification: 1,
    });
    expect(Object.values(row.ageBands as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(2);

    const leadView = await api().get('/api/reports/outstanding').set(bearer(lead)).expect(200);
    expect(leadView.body.rows.map((r: { serviceAreaId: string }) => r.serviceAreaId)).toEqual([charging]);

    const csv = await api()
      .get('/api/reports/outstanding')
      .query({ format: 'csv' })
      .set(bearer(officer))
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(
      /attachment; filename="outstanding-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = csv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Directorate,Service area,Outstanding,Open,In progress,Overdue/);
    expect(lines).toHaveLength(3);
    await api().get('/api/reports/outstanding').query({ format: 'xml' }).set(bearer(officer)).expect(400);
  });

  it('gives Ombudsman compliance per year against the original due date', async () => {
    const res = await api().get('/api/reports/compliance').set(bearer(scrutiny)).expect(200);
    const years = res.body.years as {
      remediesDue: number;
      completedOnTime: number;
      late: number;
      notYetDue: number;
      complianceRate: number | null;
    }[];
    const sum = (k: 'remediesDue' | 'completedOnTime' | 'late' | 'notYetDue') =>
      years.reduce((a, y) => a + y[k], 0);
    expect(sum('remediesDue')).toBe(3);
    expect(sum('completedOnTime')).toBe(1);
    expect(sum('late')).toBe(2);
    // Stage 2 actions are not Ombudsman remedies: only the two Ombudsman learning actions are not yet due.
    expect(sum('notYetDue')).toBe(2);
    const all = await api()
      .get('/api/reports/compliance')
      .query({ remedies: 'all' })
      .set(bearer(officer))
      .expect(200);
    expect(all.body.years.reduce((a: number, y: { notYetDue: number }) => a + y.notYetDue, 0)).toBe(3);
    const csv = await api()
      .get('/api/reports/compliance')
      .query({ format: 'csv' })
      .set(bearer(officer))
      .expect(200);
    expect(csv.text).toMatch(/Year,Remedies due,Completed on time,Late/);
  });

  it('gives payments by year and service in pounds', async () => {
    const res = await api().get('/api/reports/payments').set(bearer(officer)).expect(200);
    expect(res.body.rows).toHaveLength(1);
    expect(res.body.rows[0]).toMatchObject({
      serviceAreaId: charging,
      payments: 1,
      agreed: 300,
      paid: 300,
      unpaid: 0,
    });
    const csv = await api()
      .get('/api/reports/payments')
      .query({ format: 'csv' })
      .set(bearer(officer))
      .expect(200);
    expect(csv.text).toMatch(/300\.00,300\.00,0\.00/);
  });

  it('finds recurring learning themes across documents, without names', async () => {
    const res = await api().get('/api/reports/themes').set(bearer(scrutiny)).expect(200);
    expect(res.body.themes).toHaveLength(1);
    const theme = res.body.themes[0];
    expect(theme).toMatchObject({ count: 2, documentCount: 2 });
    expect(theme.label).toMatch(/charg|care|writing|explain/);
    expect(theme.services).toHaveLength(2);
    expect(JSON.stringify(theme)).not.toMatch(/Mrs B/);
    const csv = await api()
      .get('/api/reports/themes')
      .query({ format: 'csv', minCount: 1 })
      .set(bearer(officer))
      .expect(200);
    expect(
      csv.text
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n').length,
    ).toBe(3);
  });
});
