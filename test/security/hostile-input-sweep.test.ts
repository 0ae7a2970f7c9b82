import request from 'supertest';
import { roleMayCall } from '../../src/auth/access-rule';
import { DiscoveredRoute, discoverRoutes } from '../auth/route-table';
import { bearer, createUserWithSession, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { twoServices, TwoServices } from './support/security-fixtures';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(240_000);

const NUL = '\u0000';

/**
 * Generated from the route table: every route an admin may call, given a null byte in a query filter,
 * in every body field it might read, and an impossible date in every date filter, answers 400 (a page
 * form: its usual 303 or a 400 page), never 500. A null byte is never stored.
 */
describe('Hostile input sweep: null bytes and impossible dates on every route', () => {
  let t: TestApp;
  let s: TwoServices;
  let routes: DiscoveredRoute[];
  let admin: { token: string; cookie: string; csrfToken: string };
  const api = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    s = await twoServices(t);
    const a = await createUserWithToken(t, { role: 'admin' });
    const session = await createUserWithSession(t, { role: 'admin' });
    admin = { token: a.token, cookie: session.cookie, csrfToken: session.csrfToken };
    routes = discoverRoutes(t.app).filter((r) => r.rule.kind !== 'public' || !r.path.startsWith('/api/docs'));
  }, 120_000);
  afterAll(() => t?.close());

  function fill(path: string): string {
    return path
      .replace(/\/actions\/:id/, `/actions/${s.actionA}`)
      .replace(/\/documents\/:id/, `/documents/${s.docA}`)
      .replace(/\/recommendations\/:id/, `/recommendations/${s.recA}`)
      .replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');
  }

  const BODY_FIELDS = [
    'text',
    'note',
    'reason',
    'name',
    'email',
    'q',
    'title',
    'purpose',
    'payee',
    'kind',
    'reference',
    'password',
    'newPassword',
    'currentPassword',
    'label',
    'summary',
    'ownerId',
    'serviceAreaId',
    'dueDate',
    'datePaid',
    'to',
    'reasonText',
    'decision',
    'organisation',
  ];

  function call(route: DiscoveredRoute, path: string) {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
    const req = api()[method](path).redirects(0);
    return path.startsWith('/api/')
      ? req.set(bearer(admin.token))
      : req.set('Cookie', admin.cookie).set('X-CSRF-Token', admin.csrfToken);
  }

  it('answers a null byte in a query filter or body field with 400 on every route, never 500', async () => {
    const wrong: string[] = [];
    let swept = 0;
    for (const route of routes.filter(
      (r) => r.rule.kind !== 'roles' || roleMayCall(r.rule, 'admin', r.method),
    )) {
      const base = fill(route.path);
      const qs = `${base}?q=a%00b&status=open%00&type=x%00&serviceAreaId=%00&next=/%00&ids=%00`;
      const got =
        route.method === 'GET'
          ? await call(route, qs)
          : await call(route, base).send(Object.fromEntries(BODY_FIELDS.map((f) => [f, `x${NUL}y`])));
      swept++;
      if (got.status >= 500 || (got.status < 400 && got.status !== 303 && got.status !== 302))
        wrong.push(
          `${route.method} ${route.path}: ${got.status} ${got.status >= 500 ? got.text.slice(0, 200) : ''}`,
        );
    }
    expect(swept).toBeGreaterThanOrEqual(40);
    expect(wrong).toEqual([]);
  });

  it('answers a null byte with 400 and a message a complaints officer understands', async () => {
    const res = await api().get('/api/actions?q=a%00b').set(bearer(admin.token));
    expect(res.status).toBe(400);
    expect(String(res.body.message)).toMatch(/null|control character/i);
    const page = await api().get('/actions?q=a%00b').set('Cookie', admin.cookie);
    expect(page.status).toBe(400);
    const text = await api()
      .patch(`/api/actions/${s.actionA}`)
      .set(bearer(admin.token))
      .send({ text: `Apologise${NUL} to Mrs B` });
    expect(text.status).toBe(400);
    const after = await api().get(`/api/actions/${s.actionA}`).set(bearer(admin.token)).expect(200);
    expect(JSON.stringify(after.body)).not.toContain('\\u0000');
  });

  it('answers a null byte in a multipart form field (evidence note, upload kind) with 400 and keeps no file', async () => {
    const evidence = await api()
      .post(`/api/actions/${s.actionA}/evidence`)
      .set(bearer(admin.token))
      .field('note', `Letter${NUL}`)
      .attach('file', Buffer.from('memo'), { filename: 'memo.txt', contentType: 'text/plain' });
    expect(evidence.status).toBe(400);
    const upload = await api()
      .post('/api/documents')
      .set(bearer(admin.token))
      .field('kind', `decision${NUL}`)
      .attach('files', Buffer.from('%PDF-1.4 nothing'), {
        filename: 'd.pdf',
        contentType: 'application/pdf',
      });
    expect(upload.status).toBe(400);
    const after = await api().get(`/api/actions/${s.actionA}`).set(bearer(admin.token)).expect(200);
    expect(JSON.stringify(after.body)).not.toContain('Letter');
    for (const id of ['00000000-0000-4000-8000-000000000000']) {
      const page = await api().get(`/admin/users/${id}`).set('Cookie', admin.cookie);
      expect(page.status).toBe(404);
    }
  });

  it.each([
    '/api/actions?dueBefore=2024-02-30',
    '/api/actions?dueAfter=2023-13-01',
    '/api/actions?dueAfter=2024-02-31',
    '/actions?dueBefore=2024-02-30',
  ])('answers the impossible date in %s with 400 naming it, not 500', async (path) => {
    const req = api().get(path).redirects(0);
    const res = await (path.startsWith('/api/')
      ? req.set(bearer(admin.token))
      : req.set('Cookie', admin.cookie));
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/2024-02-30|2024-02-31|2023-13-01/);
  });
});
