import request from 'supertest';
import { createUserWithSession } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { seedManyActions, SeedResult } from './support/seed-actions';

/**
 * Evidence refused before the form's handler runs (a file over the size limit): back to the action
 * page with the GOV.UK error against the file input, not an error page the lead must go back from.
 */
describe('action page: evidence refused by its upload', () => {
  let t: TestApp;
  let seed: SeedResult;
  let lead: { cookie: string; csrfToken: string };
  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false', MAX_UPLOAD_MB: '1' });
    seed = await seedManyActions(t.app, 3, 3);
    lead = await createUserWithSession(t, { role: 'service_lead', serviceAreaIds: [seed.serviceAreaIds[0]] });
  }, 60_000);
  afterAll(async () => t?.close());

  it('shows a file over the limit as an error on the file input, and keeps nothing', async () => {
    const id = seed.actionIds[0];
    const refused = await request(httpServer(t))
      .post(`/actions/${id}/evidence?_csrf=${encodeURIComponent(lead.csrfToken)}`)
      .set('Cookie', lead.cookie)
      .attach('file', Buffer.alloc(1024 * 1024 + 10, 'x'), 'scan.pdf')
      .field('note', 'The signed letter');
    expect(refused.status).toBe(303);
    expect(refused.headers.location).toBe(`/actions/${id}`);
    const page = await request(httpServer(t)).get(`/actions/${id}`).set('Cookie', lead.cookie).expect(200);
    expect(page.text).toContain('govuk-error-summary');
    expect(page.text).toMatch(/href="#file">The file is larger than 1 MB/);
    expect(page.text).not.toContain('Evidence added.');
  });

  it('leaves a refusal about another action (not found) as the not-found page', async () => {
    const res = await request(httpServer(t))
      .post(`/actions/${seed.actionIds[1]}/evidence?_csrf=${encodeURIComponent(lead.csrfToken)}`)
      .set('Cookie', lead.cookie)
      .attach('file', Buffer.from('a letter'), 'letter.txt');
    expect(res.status).toBe(404);
    expect(res.text).toContain('Page not found');
  });
});
