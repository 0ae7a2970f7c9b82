import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { TrackedAction } from '../../src/actions/entities/tracked-action.entity';
import { LocalDate, todayInLondon } from '../../src/calendar';
import { ComplianceRunService } from '../../src/compliance/compliance-run.service';
import { ComplianceScheduler } from '../../src/compliance/compliance-scheduler';
import { Notification } from '../../src/compliance/entities/notification.entity';
import { insertProcessedDocument } from '../actions/support/review-fixtures';
import { bearer, createServiceArea, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { startSmtpSink } from './smtp-sink';

jest.setTimeout(120_000);

describe('daily compliance run: reminders, escalations, overdue flags, email, idempotent', () => {
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
    await em.nativeUpdate(
      TrackedAction,
      { id: res.body.action.id },
      { startDate: day(startOffset).toDate() },
    );
    ids[name] = res.body.action.id;
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Redress <redress@council.test>',
      COMPLIANCE_SCHEDULER: 'false',
      REMINDER_DAYS_BEFORE_DUE: '5',
    });
    const directorate = await createServiceArea(t, 'Place', { kind: 'directorate' });
    areaId = (await createServiceArea(t, 'Waste', { parentId: directorate.id, kind: 'service' })).id;
    const elsewhere = await createServiceArea(t, 'Resources', { kind: 'directorate' });
    admin = (await createUserWithToken(t, { role: 'admin' })).token;
    officer = (await createUserWithToken(t, { role: 'officer' })).token;
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

  it('sends reminders to the owner, escalations to the directorate, flags overdue, and emails each person once', async () => {
    const res = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(res.body.summary).toMatchObject({
      date: today.toString(),
      actionsChecked: 3,
      reminders: 1,
      escalations: 2,
      overdue: 1,
      notificationsCreated: 4,
      emailsSent: 2,
      emailsFailed: 0,
      unsentNoticesRetried: 0,
      emailEnabled: true,
    });
    const to = smtp.mails.map((m) => m.to[0]).sort();
    expect(to).toEqual([seniorEmail, owner.email].sort());
    expect(to).not.toContain(otherSeniorEmail);
    const ownerMail = smtp.mails.find((m) => m.to[0] === owner.email)?.raw ?? '';
    expect(ownerMail).toMatch(/2 actions need your attention/);
    expect(ownerMail).not.toMatch(/Mrs B/);
    expect(smtp.mails[0].from).toBe('redress@council.test');

    const late = await api().get(`/api/actions/${ids.late}`).set(bearer(officer)).expect(200);
    expect(late.body.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['escalated', 'overdue']),
    );
    const em = t.app.get(EntityManager).fork();
    const flagged = await em.findOneOrFail(TrackedAction, { id: ids.late });
    expect(flagged.overdueFlaggedAt).not.toBeNull();
    expect(flagged.escalatedAt).not.toBeNull();
  });

  it('sends nothing twice when run again, by the admin or by the scheduler', async () => {
    const before = smtp.mails.length;
    const again = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(again.body.summary).toMatchObject({
      notificationsCreated: 0,
      emailsSent: 0,
      reminders: 0,
      escalations: 0,
      overdue: 0,
    });
    expect(await t.app.get(ComplianceRunService).runIfDue()).toBeNull();
    expect(await t.app.get(ComplianceScheduler).tick(new Date(`${today.toString()}T22:00:00Z`))).toBe(false);
    expect(smtp.mails.length).toBe(before);
    const em = t.app.get(EntityManager).fork();
    expect(await em.count(Notification, {})).toBe(4);
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
    expect(res.body.summary).toMatchObject({ reminders: 1, escalations: 1, overdue: 0 });
  });

  it('lists notifications in the app and marks them read', async () => {
    const list = await api().get('/api/notifications').set(bearer(seniorToken)).expect(200);
    expect(list.body.unread).toBe(3);
    expect(list.body.notifications.every((n: { kind: string }) => n.kind === 'escalation')).toBe(true);
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

  it('emails again, on the next run, the notices whose email the server refused, and then no more', async () => {
    await action('refused', -10, 4, owner.id); // reminder only (10 of 14 days)
    smtp.refusing = true;
    const before = smtp.mails.length;
    const first = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(first.body.summary).toMatchObject({
      reminders: 1,
      notificationsCreated: 1,
      emailsSent: 0,
      emailsFailed: 1,
      unsentNoticesRetried: 0,
    });
    const em = t.app.get(EntityManager).fork();
    const notice = await em.findOneOrFail(Notification, { action: ids.refused });
    expect(notice).toMatchObject({ emailedAt: null, emailError: expect.stringMatching(/451|unavailable/) });
    expect(smtp.mails.length).toBe(before);

    smtp.refusing = false;
    const second = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(second.body.summary).toMatchObject({
      notificationsCreated: 0,
      unsentNoticesRetried: 1,
      emailsSent: 1,
      emailsFailed: 0,
    });
    expect(smtp.mails.slice(before).map((m) => m.to[0])).toEqual([owner.email]);
    const sent = await em.fork().findOneOrFail(Notification, { id: notice.id });
    expect(sent.emailedAt).not.toBeNull();
    expect(sent.emailError).toBeNull();

    const third = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(third.body.summary).toMatchObject({
      notificationsCreated: 0,
      unsentNoticesRetried: 0,
      emailsSent: 0,
    });
    expect(smtp.mails.length).toBe(before + 1);

    // a refused notice its owner has already read in the app is not emailed later
    await action('readInApp', -10, 4, owner.id);
    smtp.refusing = true;
    await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    smtp.refusing = false;
    const unread = await em.fork().findOneOrFail(Notification, { action: ids.readInApp });
    await api().post(`/api/notifications/${unread.id}/read`).set(bearer(owner.token)).expect(200);
    const fourth = await api().post('/api/compliance/run').set(bearer(admin)).expect(200);
    expect(fourth.body.summary).toMatchObject({ unsentNoticesRetried: 0, emailsSent: 0 });
    expect(third.body.summary).toMatchObject({
      notificationsCreated: 0,
      unsentNoticesRetried: 0,
      emailsSent: 0,
    });
    expect(smtp.mails.length).toBe(before + 1);
  });
});
