import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { ApiTokensService } from '../../src/auth/api-tokens.service';
import { ApiToken } from '../../src/users/entities/api-token.entity';
import { UsersService } from '../../src/users/users.service';
import { bearer, createServiceArea, createSession, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

describe('authentication and roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('answers JSON 401 {message} on /api without a token, with a bad token and with a malformed header', async () => {
    for (const headers of [{}, bearer('rdr_nope'), { Authorization: 'Basic abc' }]) {
      const res = await request(t.app.getHttpServer()).get('/api/me').set(headers);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/json/);
      expect(res.body.message).toMatch(/token/i);
    }
  });

  it('accepts a valid bearer token and sets the current user, with service areas expanded to teams', async () => {
    const svc = await createServiceArea(t, "Children's Social Care");
    const team = await createServiceArea(t, 'Children in Care Team', { parentId: svc.id });
    const { token, user } = await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [svc.id] });
    const res = await request(t.app.getHttpServer()).get('/api/me').set(bearer(token)).expect(200);
    expect(res.body.user).toMatchObject({
      id: user.id,
      role: 'service_lead',
      via: 'token',
      seesPersonalData: true,
    });
    expect([...res.body.user.serviceAreaIds].sort()).toEqual([svc.id, team.id].sort());
  });

  it('stores only the SHA-256 of a token, refuses revoked tokens and disabled users', async () => {
    const { token, user } = await createUserWithToken(t, { role: 'officer' });
    const em = t.app.get(EntityManager).fork();
    const row = await em.findOneOrFail(ApiToken, { user: user.id });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(token);
    await t.app.get(ApiTokensService).revoke(user.id, row.id, null);
    await request(t.app.getHttpServer()).get('/api/me').set(bearer(token)).expect(401);

    const other = await createUserWithToken(t, { role: 'officer' });
    await request(t.app.getHttpServer()).get('/api/me').set(bearer(other.token)).expect(200);
    await t.app.get(UsersService).update(other.user.id, { active: false }, null);
    await request(t.app.getHttpServer()).get('/api/me').set(bearer(other.token)).expect(401);
  });

  it('updates lastUsedAt at most once a minute', async () => {
    const { token, user } = await createUserWithToken(t, { role: 'officer' });
    const server = t.app.getHttpServer();
    await request(server).get('/api/me').set(bearer(token)).expect(200);
    const em = t.app.get(EntityManager).fork();
    const first = (await em.findOneOrFail(ApiToken, { user: user.id })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await request(server).get('/api/me').set(bearer(token)).expect(200);
    const again = (await t.app.get(EntityManager).fork().findOneOrFail(ApiToken, { user: user.id }))
      .lastUsedAt;
    expect(again?.getTime()).toBe(first?.getTime());
    const old = new Date(Date.now() - 5 * 60 * 1000);
    await em.nativeUpdate(ApiToken, { user: user.id }, { lastUsedAt: old });
    await request(server).get('/api/me').set(bearer(token)).expect(200);
    const later = (await t.app.get(EntityManager).fork().findOneOrFail(ApiToken, { user: user.id }))
      .lastUsedAt;
    expect(later!.getTime()).toBeGreaterThan(old.getTime() + 60 * 1000);
  });

  it('refuses a role the route does not allow with 403', async () => {
    const { token } = await createUserWithToken(t, { role: 'officer' });
    const res = await request(t.app.getHttpServer()).get('/api/users').set(bearer(token));
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/role/);
  });

  it('sends a browser without a session to /sign-in, and lets a session cookie in', async () => {
    const server = t.app.getHttpServer();
    const anon = await request(server).get('/');
    expect(anon.status).toBe(303);
    expect(anon.headers.location).toMatch(/^\/sign-in/);
    const { user } = await createUserWithToken(t, { role: 'officer' });
    const { cookie } = await createSession(t, user.id);
    const me = await request(server).get('/api/me').set('Cookie', cookie).expect(200);
    expect(me.body.user.via).toBe('session');
    expect(me.body.csrfToken).toEqual(expect.any(String));
  });
});
