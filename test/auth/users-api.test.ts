import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { AuditEvent } from '../../src/audit/entities/audit-event.entity';
import { bearer, createServiceArea, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

describe('admin API for users and tokens', () => {
  let t: TestApp;
  let admin: { token: string; userId: string };
  let areaId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const a = await createUserWithToken(t, { role: 'admin' });
    admin = { token: a.token, userId: a.user.id };
    areaId = (await createServiceArea(t, 'Adult Social Care')).id;
  });
  afterAll(() => t?.close());

  const api = () => request(t.app.getHttpServer());
  const em = () => t.app.get(EntityManager).fork();

  it('refuses a common password and the email address itself as a password, saying why', async () => {
    const common = await api()
      .post('/api/users')
      .set(bearer(admin.token))
      .send({ email: 'common.pw@example.test', role: 'officer', password: 'password12' });
    expect(common.status).toBe(400);
    expect(common.body.message).toMatch(/common passwords/);
    const own = await api()
      .post('/api/users')
      .set(bearer(admin.token))
      .send({ email: 'own.pw@example.test', role: 'officer', password: 'own.pw@example.test' });
    expect(own.status).toBe(400);
    expect(own.body.message).toMatch(/email address/);
    const made = await createUserWithToken(t, { role: 'officer', email: 'pat.jones@example.test' });
    const change = await api()
      .patch(`/api/users/${made.user.id}`)
      .set(bearer(admin.token))
      .send({ password: 'PAT.JONES@EXAMPLE.TEST' });
    expect(change.status).toBe(400);
  });

  it('creates a user, never returning a password hash; refuses duplicates and bad input in words', async () => {
    const res = await api()
      .post('/api/users')
      .set(bearer(admin.token))
      .send({
        email: 'New.Officer@Example.test',
        name: 'New Officer',
        role: 'officer',
        password: 'a-long-password',
      })
      .expect(201);
    expect(res.body.user).toMatchObject({ email: 'new.officer@example.test', role: 'officer', active: true });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash/);
    const dup = await api()
      .post('/api/users')
      .set(bearer(admin.token))
      .send({ email: 'new.officer@example.test', role: 'officer' });
    expect(dup.status).toBe(409);
    const bad = await api()
      .post('/api/users')
      .set(bearer(admin.token))
      .send({ email: 'x@example.test', role: 'king' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/role: must be one of admin, officer/);
    const lead = await api()
      .post('/api/users')
      .set(bearer(admin.token))
      .send({ email: 'l@example.test', role: 'service_lead' });
    expect(lead.body.message).toBe('A service lead needs at least one service area.');
    const list = await api().get('/api/users').set(bearer(admin.token)).expect(200);
    expect(list.body.users.map((u: { email: string }) => u.email)).toContain('new.officer@example.test');
  });

  it('changes a role and service areas, auditing who did it, before and after', async () => {
    const { user } = await createUserWithToken(t, { role: 'officer' });
    const res = await api()
      .patch(`/api/users/${user.id}`)
      .set(bearer(admin.token))
      .send({ role: 'service_lead', serviceAreaIds: [areaId] })
      .expect(200);
    expect(res.body.user).toMatchObject({ role: 'service_lead', serviceAreaIds: [areaId] });
    const events = await em().find(AuditEvent, { type: 'role_changed', subjectId: user.id });
    expect(events).toHaveLength(1);
    expect(events[0].userId).toBe(admin.userId);
    expect(events[0].detail).toMatchObject({
      before: { role: 'officer' },
      after: { role: 'service_lead', serviceAreaIds: [areaId] },
    });
    const audit = await api()
      .get(`/api/audit-events?type=role_changed&subjectId=${user.id}`)
      .set(bearer(admin.token))
      .expect(200);
    expect(audit.body.events).toHaveLength(1);
  });

  it('refuses to let an admin demote or disable themselves', async () => {
    const self = await api()
      .patch(`/api/users/${admin.userId}`)
      .set(bearer(admin.token))
      .send({ role: 'officer' });
    expect(self.status).toBe(400);
    expect(self.body.message).toMatch(/cannot change your own role/);
    await api()
      .patch(`/api/users/${admin.userId}`)
      .set(bearer(admin.token))
      .send({ active: false })
      .expect(400);
  });

  it('creates a token shown once, lists it by prefix, and revokes it (audited both ways)', async () => {
    const { user } = await createUserWithToken(t, { role: 'senior_officer' });
    const created = await api()
      .post(`/api/users/${user.id}/tokens`)
      .set(bearer(admin.token))
      .send({ name: 'script' })
      .expect(201);
    const token = created.body.token as string;
    await api().get('/api/me').set(bearer(token)).expect(200);
    const list = await api().get(`/api/users/${user.id}/tokens`).set(bearer(admin.token)).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(list.body.tokens.map((x: { prefix: string }) => x.prefix)).toContain(token.slice(0, 12));
    await api()
      .delete(`/api/users/${user.id}/tokens/${created.body.apiToken.id}`)
      .set(bearer(admin.token))
      .expect(200);
    await api().get('/api/me').set(bearer(token)).expect(401);
    expect(await em().count(AuditEvent, { type: 'token_created', subjectId: created.body.apiToken.id })).toBe(
      1,
    );
    expect(await em().count(AuditEvent, { type: 'token_revoked', subjectId: created.body.apiToken.id })).toBe(
      1,
    );
    await api()
      .get(`/api/users/00000000-0000-4000-8000-000000000000/tokens`)
      .set(bearer(admin.token))
      .expect(404);
  });
});
