import request from 'supertest';
import { bearer } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { discoverRoutes } from '../auth/route-table';
import { twoServices, TwoServices } from './support/security-fixtures';

jest.setTimeout(180_000);

/**
 * Evidence files come back from one route only, always as an attachment, with the type worked out
 * from the file's bytes (never from the name the uploader gave it) and a sandboxing CSP, whether the
 * caller is a browser session (the link on the action page) or an API token.
 */
describe('Evidence downloads: one route, attachment, type from the bytes, sandbox CSP', () => {
  let t: TestApp;
  let s: TwoServices;
  const api = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    s = await twoServices(t);
  }, 120_000);
  afterAll(() => t?.close());

  it('serves gadget.js uploaded through the web page as text/plain, attachment, sandboxed, from the API route', async () => {
    const added = await api()
      .post(`/actions/${s.actionA}/evidence`)
      .set('Cookie', s.officer.cookie)
      .set('X-CSRF-Token', s.officer.csrfToken)
      .field('note', 'See the file')
      .attach('file', Buffer.from('alert(document.cookie)\n'), {
        filename: 'gadget.js',
        contentType: 'text/javascript',
      })
      .redirects(0);
    expect(added.status).toBe(303);
    const page = await api().get(`/actions/${s.actionA}`).set('Cookie', s.officer.cookie).expect(200);
    const link = /href="([^"]+\/file)"[^>]*>gadget\.js</.exec(page.text)?.[1];
    expect(link).toMatch(/^\/api\/evidence\/[0-9a-f-]{36}\/file$/);

    for (const res of [
      await api().get(String(link)).set('Cookie', s.officer.cookie),
      await api().get(String(link)).set(bearer(s.officer.token)),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.headers['content-disposition']).toMatch(/^attachment;/);
      expect(res.headers['content-security-policy']).toMatch(/sandbox/);
      expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toMatch(/no-store/);
    }
  });

  it('has no second evidence download route outside /api', () => {
    const downloads = discoverRoutes(t.app).filter((r) => /evidence.*file/.test(r.path));
    expect(downloads.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/evidence/:id/file']);
  });
});
