import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { TrackedAction } from '../../src/actions/entities/tracked-action.entity';
import { LocalDate, todayInLondon } from '../../src/calendar';
import { ActionNotifier } from '../../src/compliance/action-notifier';
import { ComplianceRunService } from '../../src/compliance/compliance-run.service';
import { ComplianceScheduler } from '../../src/compliance/compliance-scheduler';
import { Notification } from '../../src/compliance/entities/notification.entity';
import { insertProcessedDocument } from '../actions/support/review-fixtures';
import { bearer, createServiceArea, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { readMail, startSmtpSink } from './smtp-sink';

jest.setTimeout(120_000);

describe('daily compliance run: due soon, at risk, overdue, escalation emails, digests, idempotent', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let admin: string;
  let officer: string;
  let owner: { token: string; id: string; email: string };
  let seniorEmail: string;
  let seniorToken: string;
  let otherSeniorEmail: string;
  let areaId: string;
  const ids: Record<string, string> = {};
  const api = () => request(httpServer(t));
  const today = todayInLondon();
  const day = (offset: number) => LocalDate.fromEpochDay(today.epochDay + offset);

  async function action(name: string, startOffset: number, dueOffset: number, ownerId: string | null) {
    const { recommendationIds } = await insertProcessedDocument(t, {
      recommendations: [{ text: `Action ${name} for Mrs B.` }],
    });
    const res = await api()
      .post(`/api/recommendations/${recommendationIds[0]}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: areaId, ownerId, dueDate: day(dueOffset).toString() })
      .expect(201);
    const em = t.app.get(EntityManager).fork();
    // accepted on the start day, so the at-risk clock starts there
    await em.nativeUpdate(
      TrackedAction,
      { id: res.body.action.id },
      {
        startDate: day(startOffset).toDate(),
        createdAt: new Date(day(startOffset).toDate().getTime() + 43_200_000),
      },
    );
    ids[name] = res.body.action.id;
    await t.app.get(ActionNotifier).settled();
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://redress.council.test',
      MAIL_FROM: 'Redress <redress@council.test>',
      COMPLIANCE_SCHEDULER: 'false',
      REMINDER_DAYS_BEFORE_DUE: '5',
    });
    const directorate = await createServiceArea(t, 'Place', { kind: 'directorate' });
    areaId = (await createServiceArea(t, 'Waste', { parentId: directorate.id, kind: 'service' })).id;
    const elsewhere = await createServiceArea(t, 'Resources', { kind: 'directorate' });
    admin = (await createUserWithToken(t, { role: 'admin' })).token;
    officer = (await createUserWithToken(t, { role: 'officer', email: 'officer@council.test' })).token;
    const o = await createUserWithToken(t, { role: 'officer', email: 'owner@council.test' });
    owner = { token: o.token, id: o.user.id, email: 'owner@council.test' };
    const s = await createUserWithToken(t, {
      role: 'senior_officer',
      serviceAreaIds: [directorate.id],
      email: 'director.place@council.test',
    });
    seniorEmail = 'director.place@council.test';
    seniorToken = s.token;
    await createUserWithToken(t, {
      role: 'senior_officer',
      serviceAreaIds: [elsewhere.id],
      email: 'director.resources@council.test',
    });
    otherSeniorEmail = 'director.resources@council.test';

    await action('dueSoon', -30, 3, owner.id); // reminder + escalation (30 of 33 days)
    await action('late', -40, -10, owner.id); // escalation + overdue
    await action('early', 0, 60, owner.id); // nothing
    await action('done', -40, -5, owner.id); // completed: nothing
    await api()
      .post(`/api/actions/${ids.done}/transitions`)
      .set(bearer(officer))
      .send({ to: 'completed' })
      .expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('refuses the run to anyone but an admin', async () => {
    await api().post('/api/compliance/run').set(bearer(officer)).expect(403);
  });

  it('tells the owner of due soon and at-risk actions in a digest, escalates to the directorate at once, flags overdue', async () => {
    // accepting emailed the owner at once (assigned): start counting after those
    await t.app.get(ActionNotifier).settled();
    const before = smtp.mails.length;
    const res = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(res.body.summary).toMatchObject({
      date: today.toString(),
      actionsChecked: 3,
      dueSoon: 1,
      atRisk: 1, // dueSoon; "late" is overdue, and an overdue action is not at risk
      overdue: 1,
      // owner: due soon, at risk, overdue; senior: at risk, overdue; the accepting officer: overdue
      notificationsCreated: 6,
      immediateEmails: 1,
      // the owner's digest, and the officer's (the completed action waits for verification)
      digests: 2,
      emailsSent: 3,
      emailsFailed: 0,
      emailEnabled: true,
    });
    const mails = smtp.mails.slice(before);
    const to = mails.map((m) => m.to[0]).sort();
    expect(to).toEqual([seniorEmail, owner.email, 'officer@council.test'].sort());
    expect(to).not.toContain(otherSeniorEmail);
    const ownerMail = await readMail(mails.find((m) => m.to[0] === owner.email)!);
    expect(ownerMail.subject).toBe(
      `Redress daily digest for ${today.toDisplayString()}: 1 overdue, 1 at risk, 1 due soon`,
    );
    expect(ownerMail.text).toContain('Action dueSoon for Mrs B.');
    expect(mails[0].from).toBe('redress@council.test');

    const late = await api().get(`/api/actions/${ids.late}`).set(bearer(officer)).expect(200);
    expect(late.body.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['overdue']),
    );
    const em = t.app.get(EntityManager).fork();
    const flagged = await em.findOneOrFail(TrackedAction, { id: ids.late });
    expect(flagged.overdueFlaggedAt).not.toBeNull();
    expect(flagged.escalatedAt).toBeNull();
  });

  it('sends nothing twice when run again, by the admin or by the scheduler', async () => {
    const before = smtp.mails.length;
    const again = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(again.body.summary).toMatchObject({
      notificationsCreated: 0,
      emailsSent: 0,
      dueSoon: 0,
      atRisk: 0,
      overdue: 0,
    });
    expect(await t.app.get(ComplianceRunService).runIfDue()).toBeNull();
    expect(await t.app.get(ComplianceScheduler).tick(new Date(`${today.toString()}T22:00:00Z`))).toBe(false);
    expect(smtp.mails.length).toBe(before);
    const em = t.app.get(EntityManager).fork();
    // the run's six, and the completed action waiting for verification
    expect(await em.count(Notification, { kind: { $ne: 'assigned' } })).toBe(7);
    const last = await api().get('/api/compliance/run').set(bearer(officer)).expect(200);
    expect(last.body.lastRun).toMatchObject({ lastRunOn: today.toString(), lockedBy: null });
  });

  it('lets only one of two simultaneous runs hold the lease', async () => {
    const service = t.app.get(ComplianceRunService);
    const results = await Promise.allSettled([service.runNow(), service.runNow()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });

  it('starts a new round of notices when the due date changes', async () => {
    const newDue = day(2).toString();
    await api()
      .post(`/api/actions/${ids.late}/due-date`)
      .set(bearer(officer))
      .send({ dueDate: newDue, reason: 'Agreed with the Ombudsman.' })
      .expect(200);
    const res = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(res.body.summary).toMatchObject({ dueSoon: 1, atRisk: 1, overdue: 0 });
  });

  it('lists notifications in the app and marks them read', async () => {
    const list = await api().get('/api/notifications').set(bearer(seniorToken)).expect(200);
    expect(list.body.unread).toBe(3);
    expect(list.body.notifications.map((n: { kind: string }) => n.kind).sort()).toEqual([
      'at_risk',
      'at_risk',
      'overdue',
    ]);
    const first = list.body.notifications[0];
    const read = await api().post(`/api/notifications/${first.id}/read`).set(bearer(seniorToken)).expect(200);
    expect(read.body.notification.readAt).not.toBeNull();
    await api().post(`/api/notifications/${first.id}/read`).set(bearer(owner.token)).expect(404);
    const unread = await api()
      .get('/api/notifications')
      .query({ unread: 'true' })
      .set(bearer(seniorToken))
      .expect(200);
    expect(unread.body.notifications).toHaveLength(2);
    const all = await api().post('/api/notifications/read-all').set(bearer(seniorToken)).expect(200);
    expect(all.body.marked).toBe(2);
  });

  it('emails again, in the next digest, the notices whose email the server refused, and then no more', async () => {
    await action('refused', -10, 4, owner.id); // due soon only (10 of 14 days: not at risk)
    smtp.refusing = true;
    const before = smtp.mails.length;
    const first = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(first.body.summary).toMatchObject({
      dueSoon: 1,
      atRisk: 0,
      notificationsCreated: 1,
      emailsSent: 0,
      emailsFailed: 1,
    });
    const em = t.app.get(EntityManager).fork();
    const notice = await em.findOneOrFail(
      Notification,
      { action: ids.refused, kind: 'due_soon' },
      { populate: ['email'] },
    );
    expect(notice.email).toMatchObject({ sentAt: null, error: expect.stringMatching(/451|unavailable/) });
    expect(smtp.mails.length).toBe(before);

    smtp.refusing = false;
    const second = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(second.body.summary).toMatchObject({
      notificationsCreated: 0,
      digests: 1,
      emailsSent: 1,
      emailsFailed: 0,
    });
    expect(smtp.mails.slice(before).map((m) => m.to[0])).toEqual([owner.email]);
    const sent = await em.fork().findOneOrFail(Notification, { id: notice.id }, { populate: ['email'] });
    expect(sent.email?.sentAt).not.toBeNull();
    expect(sent.email?.error).toBeNull();
    expect(sent.email?.id).not.toBe(notice.email?.id); // the refused email stays on record as refused

    const third = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(third.body.summary).toMatchObject({ notificationsCreated: 0, emailsSent: 0 });
    expect(smtp.mails.length).toBe(before + 1);

    // a refused notice its owner has already read in the app is not emailed later
    await action('readInApp', -10, 4, owner.id);
    const beforeRead = smtp.mails.length;
    smtp.refusing = true;
    await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    smtp.refusing = false;
    const unread = await em.fork().findOneOrFail(Notification, { action: ids.readInApp, kind: 'due_soon' });
    await api().post(`/api/notifications/${unread.id}/read`).set(bearer(owner.token)).expect(200);
    const fourth = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(fourth.body.summary).toMatchObject({ notificationsCreated: 0, emailsSent: 0 });
    expect(smtp.mails.length).toBe(beforeRead);
  });
});
