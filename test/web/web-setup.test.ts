import request from 'supertest';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

describe('web interface set-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  }, 60_000);
  afterAll(async () => t?.close());

  it('serves the GOV.UK Frontend CSS, JS and assets, and our own', async () => {
    const css = await request(httpServer(t)).get('/govuk/govuk-frontend.min.css').expect(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
    await request(httpServer(t)).get('/govuk/govuk-frontend.min.js').expect(200);
    await request(httpServer(t)).get('/assets/images/favicon.svg').expect(200);
    const init = await request(httpServer(t)).get('/web-assets/init-govuk.js').expect(200);
    expect(init.text).toContain('initAll');
    await request(httpServer(t)).get('/web-assets/print.css').expect(200);
  });

  it('renders the sign-in page from the layout with a CSP nonce and no other inline script', async () => {
    const res = await request(httpServer(t)).get('/sign-in').expect(200);
    const csp = String(res.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toContain('unsafe-inline');
    expect(res.text).toContain('<label class="govuk-label" for="email">');
    expect(res.text).toMatch(/Email address\s*<\/label>/);
    expect(res.text).toMatch(/Password\s*<\/label>/);
    expect(res.text).toContain('Skip to main content');
    expect(res.text).toContain('govuk-phase-banner');
    expect(res.text).toContain('href="/web-assets/print.css" media="print"');
    const inlineScripts = [...res.text.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
    expect(inlineScripts.length).toBe(1);
    expect(inlineScripts[0][1]).toContain(`nonce="${nonce}"`);
  });

  it('refuses redirect targets that leave the site', async () => {
    const res = await request(httpServer(t)).get('/sign-in?next=//evil.example/').expect(200);
    expect(res.text).toContain('name="next" value="/"');
  });
});
