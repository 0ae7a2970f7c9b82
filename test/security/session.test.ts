import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { sha256Hex } from '../../src/auth/secrets';
import { SESSION_COOKIE, SESSION_IDLE_MS } from '../../src/auth/session-policy';
import { WebSession } from '../../src/users/entities/web-session.entity';
import { cookieFrom, createSession, createUser, signIn } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

describe('browser sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());
  const em = () => t.app.get(EntityManager).fork();

  it('prevents session fixation: a planted cookie value is never adopted as the session id', async () => {
    const victim = await createUser(t, { role: 'admin' });
    const planted = 'p'.repeat(43);
    const agent = request.agent(t.app.getHttpServer());
    agent.jar.setCookie(`${SESSION_COOKIE}=${planted}; Path=/`);
    const page = await agent.get('/sign-in');
    const res = await agent
      .post('/sign-in')
      .type('form')
      .send({ email: victim.user.email, password: victim.password, _csrf: cookieFrom(page, 'redress_csrf') });
    const fresh = cookieFrom(res, SESSION_COOKIE);
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fresh).not.toBe(planted);
    expect(await em().count(WebSession, { id: sha256Hex(planted) })).toBe(0);
    await request(t.app.getHttpServer())
      .get('/api/me')
      .set('Cookie', `${SESSION_COOKIE}=${planted}`)
      .expect(401);
    expect((await agent.get('/api/me').expect(200)).body.user.email).toBe(victim.user.email);
  });

  it('prevents session fixation: signing in over an existing session replaces it with a new id', async () => {
    const attacker = await createUser(t, { role: 'officer' });
    const planted = await createSession(t, attacker.user.id);
    const victim = await createUser(t, { role: 'admin' });
    const agent = request.agent(t.app.getHttpServer());
    agent.jar.setCookie(`${planted.cookie}; Path=/`);
    const res = await agent
      .post('/sign-in')
      .type('form')
      .send({ email: victim.user.email, password: victim.password, _csrf: planted.csrfToken });
    const fresh = cookieFrom(res, SESSION_COOKIE);
    expect(fresh).toBeTruthy();
    expect(`${SESSION_COOKIE}=${fresh}`).not.toBe(planted.cookie);
    expect(await em().count(WebSession, { id: sha256Hex(planted.cookie.split('=')[1]) })).toBe(0);
    await request(t.app.getHttpServer()).get('/api/me').set('Cookie', planted.cookie).expect(401);
    expect((await agent.get('/api/me').expect(200)).body.user.email).toBe(victim.user.email);
  });

  it('sets the cookie httpOnly, SameSite=Lax, path /, with an expiry, and stores only its SHA-256', async () => {
    const u = await createUser(t, { role: 'officer' });
    const agent = request.agent(t.app.getHttpServer());
    const page = await agent.get('/sign-in');
    const res = await agent
      .post('/sign-in')
      .type('form')
      .send({ email: u.user.email, password: u.password, _csrf: cookieFrom(page, 'redress_csrf') });
    const header = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).toMatch(/Path=\//);
    expect(header).toMatch(/Expires=/);
    expect(header).not.toMatch(/Secure/i);
    const token = cookieFrom(res, SESSION_COOKIE)!;
    const rows = await em().find(WebSession, { user: u.user.id });
    expect(rows.map((r) => r.id)).toEqual([sha256Hex(token)]);
    expect(rows[0].id).not.toContain(token);
  });

  it('ends idle and expired sessions, and sign-out ends the session', async () => {
    const u = await createUser(t, { role: 'officer' });
    const server = t.app.getHttpServer();
    const idle = await createSession(t, u.user.id);
    await em().nativeUpdate(
      WebSession,
      { id: sha256Hex(idle.cookie.split('=')[1]) },
      {
        lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1000),
      },
    );
    await request(server).get('/api/me').set('Cookie', idle.cookie).expect(401);
    const expired = await createSession(t, u.user.id);
    await em().nativeUpdate(
      WebSession,
      { id: sha256Hex(expired.cookie.split('=')[1]) },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    await request(server).get('/api/me').set('Cookie', expired.cookie).expect(401);

    const agent = request.agent(server);
    const { csrfToken } = await signIn(agent, u.user.email, u.password);
    const out = await agent.post('/sign-out').type('form').send({ _csrf: csrfToken });
    expect(out.status).toBe(303);
    await agent.get('/api/me').expect(401);
  });

  it('marks the cookie Secure in production', async () => {
    const prod = await createTestApp({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) });
    try {
      const u = await createUser(prod, { role: 'officer' });
      const agent = request.agent(prod.app.getHttpServer());
      const page = await agent.get('/sign-in');
      const res = await agent
        .post('/sign-in')
        .set('Cookie', `redress_csrf=${cookieFrom(page, 'redress_csrf')}`)
        .type('form')
        .send({ email: u.user.email, password: u.password, _csrf: cookieFrom(page, 'redress_csrf') });
      const header = ([] as string[])
        .concat(res.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
      expect(header).toMatch(/; Secure/i);
    } finally {
      await prod.close();
    }
  }, 60_000);
});
