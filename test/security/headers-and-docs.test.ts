import request from 'supertest';
import {
  bearer,
  createServiceArea,
  createUserWithSession,
  createUserWithToken,
} from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(180_000);

/**
 * Security headers come from helmet on every response (pages, API, errors), HSTS in production only,
 * every /api answer is Cache-Control: no-store, /api/docs serves its scripts and styles with their
 * real types, and /api/people shows a service lead only the people of their own services.
 */
describe('Security headers, API caching, API docs and the people list', () => {
  let t: TestApp;
  let admin: { token: string; cookie: string };
  const api = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    const a = await createUserWithToken(t, { role: 'admin' });
    const s = await createUserWithSession(t, { role: 'admin' });
    admin = { token: a.token, cookie: s.cookie };
  }, 120_000);
  afterAll(() => t?.close());

  function expectHelmetHeaders(res: request.Response) {
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['origin-agent-cluster']).toBe('?1');
    expect(res.headers['x-dns-prefetch-control']).toBe('off');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'|default-src 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  }

  it('sends helmet’s headers on pages (with the per-response script nonce), the API and errors', async () => {
    const page = await api().get('/dashboard').set('Cookie', admin.cookie).expect(200);
    expectHelmetHeaders(page);
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(page.headers['content-security-policy'])?.[1];
    expect(nonce).toBeTruthy();
    expect(page.text).toContain(`nonce="${nonce}"`);
    expectHelmetHeaders(await api().get('/api/me').set(bearer(admin.token)).expect(200));
    expectHelmetHeaders(await api().get('/api/me').expect(401));
    expectHelmetHeaders(await api().get('/sign-in').expect(200));
    expectHelmetHeaders(await api().get('/health'));
  });

  it('answers every /api request with Cache-Control: no-store, errors included', async () => {
    for (const res of [
      await api().get('/api/me').set(bearer(admin.token)),
      await api().get('/api/actions').set(bearer(admin.token)),
      await api().get('/api/people').set(bearer(admin.token)),
      await api().get('/api/me'),
      await api().get('/api/actions/00000000-0000-4000-8000-000000000000').set(bearer(admin.token)),
      await api().get('/api/docs/openapi.json'),
    ]) {
      expect(res.headers['cache-control']).toMatch(/no-store/);
    }
  });

  it('serves /api/docs with its scripts and styles as JavaScript and CSS, and the OpenAPI document', async () => {
    const page = await api().get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const path of assets) {
      const res = await api().get(path).expect(200);
      const want = path.endsWith('.css')
        ? /^text\/css/
        : path.endsWith('.svg')
          ? /^image\/svg\+xml/
          : /^(text|application)\/javascript/;
      expect([path, res.headers['content-type']]).toEqual([path, expect.stringMatching(want)]);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    const doc = await api().get('/api/docs/openapi.json').expect(200);
    expect(doc.body.info.title).toBe('Redress API');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/actions', '/api/people']));
  });

  it('shows a service lead only the people of their own services on /api/people', async () => {
    const mine = await createServiceArea(t, 'Housing Repairs', { kind: 'service' });
    const other = await createServiceArea(t, 'Parking Services', { kind: 'service' });
    const lead = await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [mine.id] });
    const colleague = await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [mine.id] });
    const stranger = await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [other.id] });
    const officer = await createUserWithToken(t, { role: 'officer' });

    const res = await api().get('/api/people').set(bearer(lead.token)).expect(200);
    const ids = (res.body.people as { id: string }[]).map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([lead.user.id, colleague.user.id]));
    expect(ids).not.toContain(stranger.user.id);
    expect(ids).not.toContain(officer.user.id);
    expect(JSON.stringify(res.body)).not.toContain(stranger.user.email);
    const asked = await api()
      .get(`/api/people?serviceAreaId=${other.id}`)
      .set(bearer(lead.token))
      .expect(200);
    expect(asked.body.people).toEqual([]);
    // a complaints officer still sees everyone who can own actions
    const all = await api().get('/api/people').set(bearer(officer.token)).expect(200);
    expect((all.body.people as { id: string }[]).map((p) => p.id)).toEqual(
      expect.arrayContaining([lead.user.id, stranger.user.id, officer.user.id]),
    );
  });
});

describe('HSTS in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      NODE_ENV: 'production',
      SESSION_SECRET: 's'.repeat(40),
      COMPLIANCE_SCHEDULER: 'false',
    });
  }, 120_000);
  afterAll(() => t?.close());

  it('sends Strict-Transport-Security on pages and the API', async () => {
    for (const path of ['/sign-in', '/api/me', '/health']) {
      const res = await request(t.app.getHttpServer()).get(path);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{8,}; includeSubDomains/);
    }
  });
});
