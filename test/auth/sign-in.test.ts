import { EntityManager } from '@mikro-orm/core';
import type { Request } from 'express';
import request from 'supertest';
import { MAX_FAILURES_PER_IP } from '../../src/auth/sign-in-throttle';
import { AuditEvent } from '../../src/audit/entities/audit-event.entity';
import { SESSION_COOKIE } from '../../src/auth/session-policy';
import { SIGN_IN_FAILED_MESSAGE, SignInService } from '../../src/auth/sign-in.service';
import { User } from '../../src/users/entities/user.entity';
import { cookieFrom, createUser, signIn } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

describe('web sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const em = () => t.app.get(EntityManager).fork();

  it('stores an argon2id hash and signs in through the form, recording the sign-in', async () => {
    const { user, password } = await createUser(t, { role: 'officer' });
    const row = await em().findOneOrFail(User, { id: user.id });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const agent = request.agent(t.app.getHttpServer());
    await signIn(agent, user.email.toUpperCase(), password);
    const home = await agent.get('/');
    expect(String(home.headers.location ?? '')).not.toMatch(/sign-in/);
    expect(home.status).toBeLessThan(400);
    expect(await em().count(AuditEvent, { type: 'sign_in', userId: user.id })).toBe(1);
    expect((await em().findOneOrFail(User, { id: user.id })).lastSignInAt).toBeInstanceOf(Date);
  });

  it('gives the same message for a wrong password and an unknown email, and records both', async () => {
    const { user } = await createUser(t, { role: 'officer' });
    const signIns = t.app.get(SignInService);
    const wrong = await signIns.verify(user.email, 'not-the-password');
    const unknown = await signIns.verify('nobody@example.test', 'whatever-password');
    expect(wrong).toEqual({ ok: false, message: SIGN_IN_FAILED_MESSAGE });
    expect(unknown).toEqual({ ok: false, message: SIGN_IN_FAILED_MESSAGE });
    expect(await em().count(AuditEvent, { type: 'sign_in_failed', actor: 'nobody@example.test' })).toBe(1);
    expect(await em().count(AuditEvent, { type: 'sign_in_failed', actor: user.email })).toBe(1);

    const res = await request(t.app.getHttpServer())
      .post('/sign-in')
      .set('Cookie', 'redress_csrf=' + 'c'.repeat(43))
      .type('form')
      .send({ email: user.email, password: 'nope-nope-nope', _csrf: 'c'.repeat(43) });
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/sign-in/);
    expect(cookieFrom(res, SESSION_COOKIE)).toBeNull();
  });

  it('locks the account for 15 minutes after 5 failures, even for the right password, then lets it in', async () => {
    const { user, password } = await createUser(t, { role: 'officer' });
    const signIns = t.app.get(SignInService);
    for (let i = 0; i < 5; i++)
      expect((await signIns.verify(user.email, `wrong-${i}-password`)).ok).toBe(false);
    const locked = await em().findOneOrFail(User, { id: user.id });
    const minutes = (locked.lockedUntil!.getTime() - Date.now()) / 60000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(await em().count(AuditEvent, { type: 'account_locked', userId: user.id })).toBe(1);
    expect(await signIns.verify(user.email, password)).toEqual({
      ok: false,
      message: SIGN_IN_FAILED_MESSAGE,
    });

    await em().nativeUpdate(User, { id: user.id }, { lockedUntil: new Date(Date.now() - 1000) });
    expect((await signIns.verify(user.email, password)).ok).toBe(true);
    expect((await em().findOneOrFail(User, { id: user.id })).failedSignIns).toBe(0);
  });

  it('backs off: the next five failures after a lockout lock the account for twice as long (30 minutes)', async () => {
    const { user, password } = await createUser(t, { role: 'officer' });
    const signIns = t.app.get(SignInService);
    const fail = async (n: number) => {
      for (let i = 0; i < n; i++) expect((await signIns.verify(user.email, `wrong-${i}-pw`)).ok).toBe(false);
    };
    const lockMinutes = async () =>
      ((await em().findOneOrFail(User, { id: user.id })).lockedUntil!.getTime() - Date.now()) / 60000;
    await fail(5);
    expect(await lockMinutes()).toBeGreaterThan(14);
    await em().nativeUpdate(User, { id: user.id }, { lockedUntil: new Date(Date.now() - 1000) });
    await fail(4);
    // four more wrong passwords after the first lockout: counted on, not locked yet...
    const counted = await em().findOneOrFail(User, { id: user.id });
    expect(counted.failedSignIns).toBe(9);
    expect(counted.lockedUntil!.getTime()).toBeLessThan(Date.now());
    await fail(1);
    // ...but the tenth locks it for 30 minutes, and even the right password is refused meanwhile
    const minutes = await lockMinutes();
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    expect((await signIns.verify(user.email, password)).ok).toBe(false);
    expect(await em().count(AuditEvent, { type: 'account_locked', userId: user.id })).toBe(2);
  });

  it('refuses every sign-in from an address after 30 failures there, whatever the email', async () => {
    const { user, password } = await createUser(t, { role: 'officer' });
    const signIns = t.app.get(SignInService);
    const from = (ip: string) => ({ ip }) as Request;
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await signIns.verify(`guess-${i}@example.test`, 'guess-password', from('203.0.113.9'));
    }
    expect(await signIns.verify(user.email, password, from('203.0.113.9'))).toEqual({
      ok: false,
      message: SIGN_IN_FAILED_MESSAGE,
    });
    expect((await signIns.verify(user.email, password, from('198.51.100.7'))).ok).toBe(true);
  }, 60_000);

  it('refuses a disabled user with the same message', async () => {
    const { user, password } = await createUser(t, { role: 'officer' });
    await em().nativeUpdate(User, { id: user.id }, { active: false });
    expect(await t.app.get(SignInService).verify(user.email, password)).toEqual({
      ok: false,
      message: SIGN_IN_FAILED_MESSAGE,
    });
  });
});
