import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { TrackedAction } from '../../src/actions/entities/tracked-action.entity';
import { addMonths, LocalDate, todayInLondon } from '../../src/calendar';
import { ActionNotifier } from '../../src/compliance/action-notifier';
import { ComplianceRunService } from '../../src/compliance/compliance-run.service';
import { Notification } from '../../src/compliance/entities/notification.entity';
import { insertProcessedDocument } from '../actions/support/review-fixtures';
import { bearer, createServiceArea, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { readMail, ReadMail, startSmtpSink, SmtpSink } from './smtp-sink';

jest.setTimeout(120_000);

const PUBLIC_URL = 'https://redress.council.test';

/**
 * Notifications end to end, on the real app (SQLite, or PostgreSQL under scripts/test-postgres.sh) with a
 * real SMTP server: assignment emailed at once, a backfilled decision summarised once, the next day's
 * digests holding exactly the right items, and nothing sent twice.
 */
describe('notifications people act on (end to end, real SMTP)', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  const today = todayInLondon();
  const day = (offset: number) => LocalDate.fromEpochDay(today.epochDay + offset);
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  const tomorrowDay = todayInLondon(tomorrow);
  const api = () => request(httpServer(t));
  const people: Record<string, { id: string; token: string; email: string }> = {};
  let waste: string;
  const ids: Record<string, string> = {};

  const settle = () => t.app.get(ActionNotifier).settled();
  const mailsSince = async (n: number): Promise<ReadMail[]> =>
    Promise.all(smtp.mails.slice(n).map((m) => readMail(m)));
  const subjectsIn = (text: string) =>
    text
      .split('\n')
      .filter((l) => /^(Overdue|At risk|Due soon|New action for|Ready to verify|Already overdue)/.test(l))
      .sort();

  async function accept(
    name: string,
    opts: { decisionDate: LocalDate; text: string; dueDate?: LocalDate; ownerId?: string; weeks?: number },
  ) {
    const { recommendationIds } = await insertProcessedDocument(t, {
      decisionDate: opts.decisionDate.toString(),
      recommendations: [{ text: opts.text, within: { count: opts.weeks ?? 12, unit: 'weeks' } }],
    });
    const res = await api()
      .post(`/api/recommendations/${recommendationIds[0]}/accept`)
      .set(bearer(people.officer.token))
      .send({
        serviceAreaId: waste,
        ...(opts.ownerId ? { ownerId: opts.ownerId } : {}),
        ...(opts.dueDate ? { dueDate: opts.dueDate.toString() } : {}),
      })
      .expect(201);
    ids[name] = res.body.action.id;
    return res.body.action.id as string;
  }

  /** As if accepted `daysAgo` days ago, on a decision of that day. */
  async function backdate(actionId: string, daysAgo: number) {
    const when = day(-daysAgo);
    await t.app
      .get(EntityManager)
      .fork()
      .nativeUpdate(
        TrackedAction,
        { id: actionId },
        { startDate: when.toDate(), createdAt: new Date(when.toDate().getTime() + 12 * 3600 * 1000) },
      );
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      MAIL_FROM: 'Redress <redress@council.test>',
      COMPLIANCE_SCHEDULER: 'false',
      REMINDER_DAYS_BEFORE_DUE: '5',
      ESCALATION_THRESHOLD: '0.75',
    });
    const place = await createServiceArea(t, 'Place', { kind: 'directorate' });
    waste = (await createServiceArea(t, 'Waste', { parentId: place.id, kind: 'service' })).id;
    const resources = await createServiceArea(t, 'Resources', { kind: 'directorate' });
    const finance = await createServiceArea(t, 'Finance', { parentId: resources.id, kind: 'service' });
    const make = async (key: string, role: string, serviceAreaIds: string[] = []) => {
      const email = `${key.toLowerCase()}@council.test`;
      const u = await createUserWithToken(t, { role: role as never, serviceAreaIds, email });
      people[key] = { id: u.user.id, token: u.token, email };
    };
    await make('admin', 'admin');
    await make('officer', 'officer');
    await make('lead', 'service_lead', [waste]);
    await make('digestLead', 'service_lead', [waste]);
    await make('senior', 'senior_officer', [place.id]);
    await make('otherSenior', 'senior_officer', [resources.id]);
    await make('otherLead', 'service_lead', [finance.id]);
    await make('scrutiny', 'scrutiny');
    await api()
      .put('/api/notifications/preferences')
      .set(bearer(people.digestLead.token))
      .send({ digestOnly: 'sometimes' })
      .expect(400);
    const pref = await api()
      .put('/api/notifications/preferences')
      .set(bearer(people.digestLead.token))
      .send({ digestOnly: true })
      .expect(200);
    expect(pref.body).toEqual({ digestOnly: true });
    await api()
      .get('/api/notifications/preferences')
      .set(bearer(people.digestLead.token))
      .expect(200, { digestOnly: true });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it("emails a fresh decision's action to its service lead at once, with a full link, in text and HTML", async () => {
    const before = smtp.mails.length;
    const id = await accept('fresh', {
      decisionDate: day(-2),
      text: 'Pay Mrs B £500 to acknowledge the distress caused. The council should also apologise.',
    });
    await settle();
    const mails = await mailsSince(before);
    expect(mails.map((m) => m.to)).toEqual([people.lead.email]); // not the digest-only lead
    const [mail] = mails;
    const action = await api().get(`/api/actions/${id}`).set(bearer(people.officer.token)).expect(200);
    const due = LocalDate.parse(action.body.dueDate).toDisplayString();
    expect(mail.subject).toBe(
      `New action for Waste: pay Mrs B £500 to acknowledge the distress caused, due ${due}`,
    );
    expect(mail.text).toContain(`Open it: ${PUBLIC_URL}/actions/${id}`);
    expect(mail.html).toContain(`<a href="${PUBLIC_URL}/actions/${id}">`);
    expect(`${mail.subject}${mail.text}`).not.toMatch(/name removed/);
    expect(mail.text.replace(/https:\/\/\S+/g, '')).not.toMatch(/\/actions\//);

    for (const who of ['lead', 'digestLead']) {
      const list = await api().get('/api/notifications').set(bearer(people[who].token)).expect(200);
      expect(list.body.notifications).toEqual([
        expect.objectContaining({ kind: 'assigned', actionId: id, link: `/actions/${id}`, readAt: null }),
      ]);
      // the person told can open it
      await api().get(`/api/actions/${id}`).set(bearer(people[who].token)).expect(200);
    }
    const senior = await api().get('/api/notifications').set(bearer(people.senior.token)).expect(200);
    expect(senior.body.notifications).toEqual([]);

    // told once: the same assignment notified again is refused by the database's unique key
    const count = await t.app.get(EntityManager).fork().count(Notification, { action: id });
    await t.app.get(ActionNotifier).actionAssigned(id);
    await settle();
    expect(await t.app.get(EntityManager).fork().count(Notification, { action: id })).toBe(count);
    expect(smtp.mails.length).toBe(before + 1);
  });

  it('reports a backfilled decision (14 months old, 6 actions) in ONE overdue summary, not 6 escalations', async () => {
    const decided = addMonths(today, -14);
    const backfilled: string[] = [];
    for (let i = 1; i <= 6; i++) {
      backfilled.push(
        await accept(`old${i}`, { decisionDate: decided, text: `Remedy number ${i} for Mr X.`, weeks: 4 }),
      );
    }
    await settle();
    const before = smtp.mails.length;
    const run = await api().post('/api/compliance/run').set(bearer(people.admin.token)).expect(200);
    expect(run.body.summary).toMatchObject({
      backfilledOverdue: 6,
      overdueSummaries: 1,
      atRisk: 0,
      overdue: 0,
      dueSoon: 0,
      immediateEmails: 0,
      emailsFailed: 0,
    });
    const em = t.app.get(EntityManager).fork();
    const summaries = await em.find(Notification, { kind: 'overdue_summary' }, { populate: ['user'] });
    expect(summaries.map((n) => n.user.id)).toEqual([people.officer.id]);
    expect(await em.count(Notification, { kind: { $in: ['at_risk', 'overdue'] } })).toBe(0);

    const mails = await mailsSince(before);
    expect(mails.map((m) => m.to).sort()).toEqual([people.digestLead.email, people.officer.email].sort());
    const officerMail = mails.find((m) => m.to === people.officer.email)!;
    expect(officerMail.subject).toBe(`Redress daily digest for ${today.toDisplayString()}: 1 overdue`);
    expect(subjectsIn(officerMail.text)).toEqual(['Already overdue when accepted: 6 actions to chase']);
    expect(officerMail.text).toContain(`${PUBLIC_URL}/actions?overdue=true`);
    // the digest-only lead gets the seven assignments in one digest, not seven emails
    const digest = mails.find((m) => m.to === people.digestLead.email)!;
    expect(digest.subject).toBe(`Redress daily digest for ${today.toDisplayString()}: 7 newly assigned`);
    expect(subjectsIn(digest.text)).toHaveLength(7);

    const again = await api().post('/api/compliance/run').set(bearer(people.admin.token)).expect(200);
    expect(again.body.summary).toMatchObject({
      notificationsCreated: 0,
      emailsSent: 0,
      backfilledOverdue: 0,
    });
    expect(smtp.mails.length).toBe(before + 2);
    expect(backfilled).toHaveLength(6);
  });

  it("sends the next day's digests with exactly the right items, escalations at once, and nothing to anyone else", async () => {
    const dueSoon = await accept('dueSoon', {
      decisionDate: day(-1),
      text: 'Apologise to Mrs C in writing.',
      dueDate: day(5),
    });
    const atRisk = await accept('atRisk', {
      decisionDate: day(0),
      text: 'Review the missed collections policy.',
      dueDate: day(14),
    });
    await backdate(atRisk, 60);
    const overdue = await accept('overdue', {
      decisionDate: day(0),
      text: 'Pay Mr D £250.',
      dueDate: day(0),
    });
    await backdate(overdue, 40);
    const done = await accept('done', {
      decisionDate: day(0),
      text: 'Train the crews on assisted collections.',
      dueDate: day(30),
    });
    await api()
      .post(`/api/actions/${done}/transitions`)
      .set(bearer(people.lead.token))
      .send({ to: 'completed' })
      .expect(200);
    await settle();
    const before = smtp.mails.length;

    const summary = await t.app.get(ComplianceRunService).runNow(tomorrow);
    expect(summary).toMatchObject({
      dueSoon: 1,
      atRisk: 1,
      overdue: 1,
      backfilledOverdue: 0,
      immediateEmails: 1,
    });
    const mails = await mailsSince(before);
    const byTo = new Map(mails.map((m) => [m.to, m]));
    expect(mails.map((m) => m.to).sort()).toEqual(
      [people.senior.email, people.lead.email, people.digestLead.email, people.officer.email].sort(),
    );
    const on = tomorrowDay.toDisplayString();

    // the directorate's senior officer: one escalation email at once, no digest
    const senior = byTo.get(people.senior.email)!;
    expect(senior.subject).toMatch(/^2 actions need your attention now/);
    expect(subjectsIn(senior.text)).toEqual(
      [
        `At risk: review the missed collections policy (Waste), due ${day(14).toDisplayString()}`,
        `Overdue: pay Mr D £250 (Waste), due ${day(0).toDisplayString()}`,
      ].sort(),
    );
    // the service lead: assignments went at once, so the digest is overdue, at risk, due soon
    const lead = byTo.get(people.lead.email)!;
    expect(lead.subject).toBe(`Redress daily digest for ${on}: 1 overdue, 1 at risk, 1 due soon`);
    expect(subjectsIn(lead.text)).toEqual(
      [
        `Overdue: pay Mr D £250 (Waste), due ${day(0).toDisplayString()}`,
        `At risk: review the missed collections policy (Waste), due ${day(14).toDisplayString()}`,
        `Due soon: apologise to Mrs C in writing (Waste), due ${day(5).toDisplayString()}`,
      ].sort(),
    );
    expect(lead.text.indexOf('OVERDUE (1)')).toBeLessThan(lead.text.indexOf('AT RISK (1)'));
    expect(lead.text.indexOf('AT RISK (1)')).toBeLessThan(lead.text.indexOf('DUE SOON (1)'));
    // the digest-only lead: the same, plus the four assignments of the day
    const digestLead = byTo.get(people.digestLead.email)!;
    expect(digestLead.subject).toBe(
      `Redress daily digest for ${on}: 1 overdue, 1 at risk, 1 due soon, 4 newly assigned`,
    );
    expect(subjectsIn(digestLead.text)).toHaveLength(7);
    // the officer who accepted them: the overdue one, and the completed one to verify
    const officer = byTo.get(people.officer.email)!;
    expect(officer.subject).toBe(`Redress daily digest for ${on}: 1 overdue, 1 waiting for verification`);
    expect(subjectsIn(officer.text)).toEqual(
      [
        `Overdue: pay Mr D £250 (Waste), due ${day(0).toDisplayString()}`,
        'Ready to verify: train the crews on assisted collections (Waste)',
      ].sort(),
    );
    for (const m of mails) {
      expect(m.text).toContain(`${PUBLIC_URL}/`);
      expect(m.html).toMatch(new RegExp(`<a href="${PUBLIC_URL}/actions/`));
    }

    // everyone told can open every action they were told about; the owner outside the service was told nothing
    const em = t.app.get(EntityManager).fork();
    const all = await em.find(Notification, {}, { populate: ['user'] });
    const tokenOf = new Map(Object.values(people).map((p) => [p.id, p.token]));
    for (const n of all) {
      if (!n.action) continue;
      await api()
        .get(`/api/actions/${n.action.id}`)
        .set(bearer(tokenOf.get(n.user.id)!))
        .expect(200);
    }
    const toldIds = new Set(all.map((n) => n.user.id));
    for (const who of ['otherLead', 'otherSenior', 'scrutiny', 'admin'])
      expect(toldIds.has(people[who].id)).toBe(false);
    expect(all.filter((n) => n.action?.id === dueSoon).map((n) => n.user.id)).not.toContain(
      people.otherLead.id,
    );

    // running the checks twice sends nothing new
    const again = await t.app.get(ComplianceRunService).runNow(tomorrow);
    expect(again).toMatchObject({ notificationsCreated: 0, emailsSent: 0, emailsFailed: 0 });
    expect(smtp.mails.length).toBe(before + 4);
  });

  it("emails a decision's actions accepted together as ONE assignment email per person, with a notice per action", async () => {
    const texts = ['Apologise to Ms E.', 'Pay Ms E £150.', 'Review the bulky waste booking process.'];
    const { documentId, recommendationIds } = await insertProcessedDocument(t, {
      decisionDate: addMonths(today, -14).toString(), // a backfilled upload
      recommendations: texts.map((text) => ({ text, within: { count: 4, unit: 'weeks' } })),
    });
    const before = smtp.mails.length;
    const res = await api()
      .post(`/api/documents/${documentId}/decisions`)
      .set(bearer(people.officer.token))
      .send({ accept: recommendationIds.map((id) => ({ id, serviceAreaId: waste })) })
      .expect(200);
    const actionIds = (res.body.accepted as { actionId: string }[]).map((a) => a.actionId);
    expect(actionIds).toHaveLength(3);
    await settle();
    const mails = await mailsSince(before);
    expect(mails.map((m) => m.to)).toEqual([people.lead.email]); // once, not three times; not the digest-only lead
    const [mail] = mails;
    expect(mail.subject).toMatch(/^3 actions need your attention now/);
    expect(subjectsIn(mail.text)).toHaveLength(3);
    for (const id of actionIds) {
      expect(mail.text).toContain(`${PUBLIC_URL}/actions/${id}`);
      expect(mail.html).toContain(`<a href="${PUBLIC_URL}/actions/${id}">`);
    }
    // in the app, each of the two leads has a notice per action, each once
    const em = t.app.get(EntityManager).fork();
    for (const who of ['lead', 'digestLead']) {
      const told = await em.find(Notification, { user: people[who].id, action: { $in: actionIds } });
      expect(told.map((n) => `${n.kind}:${n.action?.id}`).sort()).toEqual(
        actionIds.map((id) => `assigned:${id}`).sort(),
      );
    }
    const list = await api().get('/api/notifications').set(bearer(people.lead.token)).expect(200);
    const emailed = list.body.notifications.filter((n: { actionId: string }) =>
      actionIds.includes(n.actionId),
    );
    expect(emailed).toHaveLength(3);
    for (const n of emailed) expect(n.emailedAt).not.toBeNull();
  });
});
