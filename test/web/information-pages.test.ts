import request from 'supertest';
import { createUserWithSession } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

describe('accessibility statement and cookies pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  }, 60_000);
  afterAll(async () => t?.close());

  it('are open to anyone and linked from every page footer', async () => {
    const statement = await request(httpServer(t)).get('/accessibility').expect(200);
    expect(statement.text).toContain('<title>Accessibility statement for Redress - Redress</title>');
    for (const heading of [
      'Compliance status',
      'What we know is not accessible',
      'Feedback and contact information',
      'Enforcement procedure',
      'Preparation of this statement',
    ])
      expect(statement.text).toContain(`<h2 class="govuk-heading-m">${heading}</h2>`);

    const cookies = await request(httpServer(t)).get('/cookies').expect(200);
    for (const name of ['redress_session', 'redress_csrf', 'redress_flash'])
      expect(cookies.text).toContain(`<td class="govuk-table__cell">${name}</td>`);
    expect(cookies.text).toContain('after 12 hours, or after 1 hour without using the service');

    const { cookie } = await createUserWithSession(t, { role: 'scrutiny' });
    for (const page of [
      (await request(httpServer(t)).get('/sign-in').expect(200)).text,
      (await request(httpServer(t)).get('/dashboard').set('Cookie', cookie).expect(200)).text,
    ]) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(page)?.[0] ?? '';
      expect(footer).toContain(
        '<a class="govuk-footer__link" href="/accessibility">Accessibility statement</a>',
      );
      expect(footer).toContain('<a class="govuk-footer__link" href="/cookies">Cookies</a>');
    }
  });

  it('lists every cookie the sign-in page sets', async () => {
    const res = await request(httpServer(t)).get('/sign-in').expect(200);
    const names = ((res.headers['set-cookie'] as unknown as string[] | undefined) ?? []).map(
      (c) => c.split('=')[0],
    );
    expect(names).toContain('redress_csrf');
    for (const name of names) expect(['redress_session', 'redress_csrf', 'redress_flash']).toContain(name);
  });
});
