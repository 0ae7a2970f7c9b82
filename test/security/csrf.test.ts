import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { isMutating, roleMayCall } from '../../src/auth/access-rule';
import { ANON_CSRF_COOKIE } from '../../src/auth/session-policy';
import { ROLES } from '../../src/users/entities/user.entity';
import { discoverRoutes } from '../auth/route-table';
import {
  bearer,
  createServiceArea,
  createUserWithSession,
  createUserWithToken,
} from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

describe('CSRF protection on state-changing requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('refuses a cookie-authenticated form post without the token, or with a wrong one', async () => {
    const admin = await createUserWithSession(t, { role: 'admin' });
    const server = t.app.getHttpServer();
    const body = { email: 'victim-made@example.test', role: 'admin' };
    const none = await request(server).post('/api/users').set('Cookie', admin.cookie).send(body);
    expect(none.status).toBe(403);
    expect(none.body.message).toMatch(/expired or did not come from Redress/);
    await request(server)
      .post('/api/users')
      .set('Cookie', admin.cookie)
      .send({ ...body, _csrf: 'x'.repeat(43) })
      .expect(403);
    await request(server)
      .post('/api/users')
      .set('Cookie', admin.cookie)
      .set('X-CSRF-Token', '')
      .send(body)
      .expect(403);
    const other = await createUserWithSession(t, { role: 'admin' });
    await request(server)
      .post('/api/users')
      .set('Cookie', admin.cookie)
      .set('X-CSRF-Token', other.csrfToken)
      .send(body)
      .expect(403);
    const list = await request(server).get('/api/users').set('Cookie', admin.cookie).expect(200);
    expect(list.body.users.map((u: { email: string }) => u.email)).not.toContain('victim-made@example.test');
  });

  it('accepts the session token as _csrf (form) or X-CSRF-Token (script)', async () => {
    const admin = await createUserWithSession(t, { role: 'admin' });
    const server = t.app.getHttpServer();
    await request(server)
      .post('/api/users')
      .set('Cookie', admin.cookie)
      .type('form')
      .send({ email: 'form-made@example.test', role: 'officer', _csrf: admin.csrfToken })
      .expect(201);
    await request(server)
      .post('/api/users')
      .set('Cookie', admin.cookie)
      .set('X-CSRF-Token', admin.csrfToken)
      .send({ email: 'script-made@example.test', role: 'officer' })
      .expect(201);
  });

  it('exempts requests authenticated by an API token', async () => {
    const { token } = await createUserWithToken(t, { role: 'admin' });
    await request(t.app.getHttpServer())
      .post('/api/users')
      .set(bearer(token))
      .send({ email: 'token-made@example.test', role: 'officer' })
      .expect(201);
  });

  it('protects the sign-in and sign-out forms too', async () => {
    const server = t.app.getHttpServer();
    await request(server)
      .post('/sign-in')
      .type('form')
      .send({ email: 'a@example.test', password: 'x' })
      .expect(403);
    const user = await createUserWithSession(t, { role: 'officer' });
    await request(server).post('/sign-out').set('Cookie', user.cookie).type('form').send({}).expect(403);
    await request(server).get('/api/me').set('Cookie', user.cookie).expect(200);
    await request(server)
      .post('/sign-out')
      .set('Cookie', user.cookie)
      .type('form')
      .send({ _csrf: user.csrfToken })
      .expect(303);
    await request(server).get('/api/me').set('Cookie', user.cookie).expect(401);
  });

  it('refuses every changing route of the route table, page or API, when a browser sends no token', async () => {
    const server = t.app.getHttpServer();
    const changing = discoverRoutes(t.app).filter((r) => isMutating(r.method));
    expect(changing.length).toBeGreaterThan(20);
    const sessions = new Map<string, { cookie: string }>();
    let areaId: string | undefined;
    const wrong: string[] = [];
    for (const route of changing) {
      const path = route.path.replace(/:\w+/g, () => randomUUID());
      let cookie: string;
      if (route.rule.kind === 'public') {
        cookie = `${ANON_CSRF_COOKIE}=${'a'.repeat(43)}`;
      } else {
        // a role the route lets in, so a 403 here is the CSRF guard and not the role check
        const role = ROLES.find((r) => roleMayCall(route.rule, r, route.method));
        if (!role) {
          wrong.push(`${route.method} ${route.path}: no role may call it`);
          continue;
        }
        if (!sessions.has(role)) {
          const scoped = role === 'service_lead' || role === 'senior_officer';
          areaId ??= (await createServiceArea(t, 'CSRF Service')).id;
          sessions.set(
            role,
            await createUserWithSession(t, { role, serviceAreaIds: scoped ? [areaId] : [] }),
          );
        }
        cookie = (sessions.get(role) as { cookie: string }).cookie;
      }
      const method = route.method.toLowerCase() as 'post';
      const res = await request(server)[method](path).set('Cookie', cookie).redirects(0).send({});
      const text = res.text ?? '';
      if (res.status !== 403 || !text.includes('did not come from Redress'))
        wrong.push(`${route.method} ${route.path}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });
});
