import request from 'supertest';
import { createUserWithSession } from '../support/auth-helpers';
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
    await request(httpServer(t)).get('/web-assets/favicon.svg').expect(200);
    const service = await request(httpServer(t)).get('/web-assets/govuk-frontend.css').expect(200);
    expect(service.headers['content-type']).toMatch(/text\/css/);
    expect(service.text).toContain('.govuk-header{');
    expect(service.text).not.toContain('GDS Transport');
  });

  it('shows a plain Redress header: no GOV.UK crown, name, typeface or crown copyright', async () => {
    const { cookie } = await createUserWithSession(t, { role: 'officer' });
    const pages = [
      (await request(httpServer(t)).get('/sign-in').expect(200)).text,
      (await request(httpServer(t)).get('/documents').set('Cookie', cookie).expect(200)).text,
    ];
    for (const html of pages) {
      const header = /<header class="govuk-header[^"]*"[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
      expect(header).toMatch(/<a href="\/" class="[^"]*govuk-header__link--homepage[^"]*">Redress<\/a>/);
      expect(html).not.toMatch(
        /GOV\.UK|govuk-logo|<svg[^>]*govuk-header__logotype|Crown copyright|Open Government Licence/i,
      );
      expect(html).not.toContain('/govuk/govuk-frontend.min.css');
      expect(html).not.toContain('/assets/images/favicon');
      expect(html).not.toContain('/assets/manifest.json');
      expect(html).toContain('<link rel="stylesheet" href="/web-assets/govuk-frontend.css">');
      expect(html).toContain('<footer class="govuk-footer');
    }
    // The navigation names outside tools drive the pages by (contract), for an officer.
    const nav = /<nav aria-label="Main menu"[\s\S]*?<\/nav>/.exec(pages[1])?.[0] ?? '';
    const links = [
      ...nav.matchAll(/<a class="govuk-service-navigation__link"[^>]*>\s*(?:<strong[^>]*>)?([^<]+?)\s*</g),
    ].map((m) => m[1]);
    expect(links).toEqual(
      expect.arrayContaining(['Upload documents', 'Documents', 'Actions', 'Dashboard', 'Sign out']),
    );
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
