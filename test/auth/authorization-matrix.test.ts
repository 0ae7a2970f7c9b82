import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { isMutating, roleMayCall } from '../../src/auth/access-rule';
import { ANON_CSRF_COOKIE } from '../../src/auth/session-policy';
import { ROLES, Role } from '../../src/users/entities/user.entity';
import { bearer, createServiceArea, createSession, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { DiscoveredRoute, discoverRoutes, expressRoutes } from './route-table';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

/**
 * Generated from the route table: every route of the running app, for anonymous and every role,
 * must answer as its @Public()/@Roles(...) rule says. New routes are covered automatically; a route
 * with no rule fails the first test.
 */
describe('authorization matrix (generated from the route table)', () => {
  let t: TestApp;
  let routes: DiscoveredRoute[];
  const tokens = {} as Record<Role, { token: string; userId: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    routes = discoverRoutes(t.app);
    const area = await createServiceArea(t, 'Matrix Service');
    for (const role of ROLES) {
      const { token, user } = await createUserWithToken(t, {
        role,
        serviceAreaIds: role === 'service_lead' ? [area.id] : [],
      });
      tokens[role] = { token, userId: user.id };
    }
  }, 60_000);
  afterAll(() => t?.close());

  const isApi = (r: DiscoveredRoute) => r.path === '/api' || r.path.startsWith('/api/');
  const concrete = (path: string) =>
    path.replace(/:[A-Za-z0-9_]+(\([^)]*\))?\??/g, () => randomUUID()).replace(/\*\w*/g, 'x');

  async function call(route: DiscoveredRoute, role: Role | null) {
    const method = route.method === 'ALL' ? 'get' : (route.method.toLowerCase() as 'get');
    let req = request(t.app.getHttpServer())[method](concrete(route.path)).redirects(0).timeout(15_000);
    if (role && isApi(route)) {
      req = req.set(bearer(tokens[role].token));
    } else if (role) {
      const s = await createSession(t, tokens[role].userId);
      req = req.set('Cookie', s.cookie).set('X-CSRF-Token', s.csrfToken);
    } else {
      const anon = 'a'.repeat(43);
      req = req.set('Cookie', `${ANON_CSRF_COOKIE}=${anon}`).set('X-CSRF-Token', anon);
    }
    if (isMutating(route.method)) req = req.send({});
    return req;
  }

  it('discovers the routes, and every route declares @Public() or @Roles(...)', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(expect.arrayContaining(['GET /health', 'GET /api/users', 'GET /api/me']));
    const unclassified = routes
      .filter((r) => r.rule.kind === 'none')
      .map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`);
    expect(unclassified).toEqual([]);
  });

  it('has no Express route outside Nest (which the guards would not see)', () => {
    const known = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const held = expressRoutes(t.app);
    expect(held).toEqual(expect.arrayContaining([{ method: 'GET', path: '/health' }]));
    // Public static files (a stylesheet built at boot, like the files express.static serves) may be
    // plain Express GET routes: only under the asset prefixes and only for a static file's extension.
    const staticAsset = (r: { method: string; path: string }) =>
      r.method === 'GET' &&
      /^\/(web-assets|assets|govuk)\/[\w./-]+\.(css|js|png|svg|ico|woff2?)$/.test(r.path);
    const outside = held
      .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && !staticAsset(r))
      .map((r) => `${r.method} ${r.path}`)
      .filter((k) => !known.has(k));
    expect(outside).toEqual([]);
  });

  it('answers every route, for anonymous and each role, as its rule says', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const label = `${route.method} ${route.path} [${route.rule.kind === 'roles' ? route.rule.roles.join(',') : route.rule.kind}]`;
      const anon = await call(route, null);
      const toSignIn = anon.status === 303 && String(anon.headers.location).startsWith('/sign-in');
      if (route.rule.kind === 'public') {
        if ([401, 403].includes(anon.status))
          wrong.push(`${label} anonymous: ${anon.status}, public routes must let anyone in`);
      } else if (isApi(route) ? anon.status !== 401 : !toSignIn) {
        wrong.push(
          `${label} anonymous: ${anon.status}, expected ${isApi(route) ? '401' : '303 to /sign-in'}`,
        );
      }
      for (const role of ROLES) {
        const res = await call(route, role);
        const allowed = roleMayCall(route.rule, role, route.method);
        const refused =
          res.status === 401 ||
          res.status === 403 ||
          (res.status === 303 &&
            String(res.headers.location).startsWith('/sign-in') &&
            !route.path.startsWith('/sign-'));
        if (allowed && refused) wrong.push(`${label} ${role}: ${res.status}, expected to be let in`);
        if (!allowed && res.status !== 403) wrong.push(`${label} ${role}: ${res.status}, expected 403`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
