import request from 'supertest';
import { bearer, createUserWithSession, createUserWithToken } from '../support/auth-helpers';
import { ApiTokensService } from '../../src/auth/api-tokens.service';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(180_000);

/** A password change, and disabling a user, end every way in they had: browser sessions and API tokens. */
describe('Sessions and API tokens end on password change and on disable', () => {
  let t: TestApp;
  let admin: { token: string };
  const api = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    admin = await createUserWithToken(t, { role: 'admin' });
  }, 120_000);
  afterAll(() => t?.close());

  async function officerWithEverything() {
    const u = await createUserWithSession(t, { role: 'officer' });
    const { token } = await t.app.get(ApiTokensService).create(u.user.id, 'laptop', null);
    await api().get('/api/me').set(bearer(token)).expect(200);
    await api().get('/dashboard').set('Cookie', u.cookie).expect(200);
    return { id: u.user.id, cookie: u.cookie, token };
  }

  async function expectLockedOut(who: { cookie: string; token: string }) {
    await api().get('/api/me').set(bearer(who.token)).expect(401);
    const page = await api().get('/dashboard').set('Cookie', who.cookie).redirects(0);
    expect(page.status).toBe(303);
    expect(page.headers.location).toMatch(/^\/sign-in/);
    await api().get('/api/me').set('Cookie', who.cookie).expect(401);
  }

  it('ends the sessions and tokens of a user whose password an admin changes', async () => {
    const who = await officerWithEverything();
    await api()
      .patch(`/api/users/${who.id}`)
      .set(bearer(admin.token))
      .send({ password: 'a completely new passphrase 7' })
      .expect(200);
    await expectLockedOut(who);
    const tokens = await api().get(`/api/users/${who.id}/tokens`).set(bearer(admin.token)).expect(200);
    expect(tokens.body.tokens.every((x: { revokedAt: string | null }) => x.revokedAt)).toBe(true);
  });

  it('does not bring back old sessions or tokens when a disabled user is enabled again', async () => {
    const who = await officerWithEverything();
    await api().patch(`/api/users/${who.id}`).set(bearer(admin.token)).send({ active: false }).expect(200);
    await api().patch(`/api/users/${who.id}`).set(bearer(admin.token)).send({ active: true }).expect(200);
    await expectLockedOut(who);
    // a new token after re-enabling works
    const fresh = await api()
      .post(`/api/users/${who.id}/tokens`)
      .set(bearer(admin.token))
      .send({})
      .expect(201);
    await api().get('/api/me').set(bearer(fresh.body.token)).expect(200);
  });

  it('leaves other users signed in', async () => {
    const a = await officerWithEverything();
    const b = await officerWithEverything();
    await api().patch(`/api/users/${a.id}`).set(bearer(admin.token)).send({ active: false }).expect(200);
    await api().get('/api/me').set(bearer(b.token)).expect(200);
    await api().get('/dashboard').set('Cookie', b.cookie).expect(200);
  });
});
