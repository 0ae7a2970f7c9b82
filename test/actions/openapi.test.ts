import request from 'supertest';
import { discoverRoutes } from '../auth/route-table';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

describe('OpenAPI description at /api/docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves Swagger UI without inline scripts, and the document describing the tracking routes', async () => {
    const page = await request(httpServer(t)).get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toMatch(/<script src="\/api\/docs\/ui\/init.js"><\/script>/);
    expect(page.text).not.toMatch(/<script>[^<]/);
    await request(httpServer(t)).get('/api/docs/ui/swagger-ui-bundle.js').expect(200);
    await request(httpServer(t)).get('/api/docs/ui/..%2F..%2Fpackage.json').expect(404);

    const doc = await request(httpServer(t)).get('/api/docs/openapi.json').expect(200);
    const paths = Object.keys(doc.body.paths as Record<string, unknown>);
    for (const p of [
      '/api/recommendations/{id}/accept',
      '/api/recommendations/{id}/reject',
      '/api/actions',
      '/api/actions/{id}',
      '/api/actions/{id}/transitions',
      '/api/actions/{id}/evidence',
      '/api/actions/{id}/due-date',
      '/api/service-areas',
      '/api/reports/outstanding',
      '/api/reports/compliance',
      '/api/reports/themes',
      '/api/compliance/run',
      '/api/notifications',
    ]) {
      expect(paths).toContain(p);
    }
    expect(doc.body.paths['/api/actions/{id}/transitions'].post.requestBody).toBeDefined();
    expect(doc.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('describes every /api route of the route table, with its method (no route left out)', async () => {
    const doc = await request(httpServer(t)).get('/api/docs/openapi.json').expect(200);
    const described = doc.body.paths as Record<string, Record<string, unknown>>;
    const api = discoverRoutes(t.app).filter(
      (r) => r.path.startsWith('/api/') && !r.path.startsWith('/api/docs'),
    );
    expect(api.length).toBeGreaterThan(20);
    const missing = api
      .map((r) => ({ method: r.method.toLowerCase(), path: r.path.replace(/:(\w+)/g, '{$1}') }))
      .filter((r) => !described[r.path]?.[r.method])
      .map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(missing).toEqual([]);
  });
});
