import request from 'supertest';
import { bearer } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { addEvidence, twoServices, TwoServices } from './support/security-fixtures';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

const NOTE = 'Spoke to Jane Doe on 01632 960123 about the apology';

/** Scrutiny is read-only and sees no personal data: pseudonyms removed, notes and evidence hidden. */
describe('scrutiny sees no personal data', () => {
  let t: TestApp;
  let s: TwoServices;
  beforeAll(async () => {
    t = await createTestApp();
    s = await twoServices(t, 'Apologise to Mrs B and pay Mrs B £300 for the distress caused to child Y.');
    await addEvidence(
      t,
      s.officer.token,
      s.actionA,
      { name: 'letter-to-mrs-b.txt', text: 'Dear Mrs B' },
      NOTE,
    );
  }, 60_000);
  afterAll(() => t?.close());

  const api = () => request(t.app.getHttpServer());
  const private_ = (text: string) => {
    expect(text).not.toMatch(/Mrs B\b/);
    expect(text).not.toMatch(/child Y\b/);
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain('01632 960123');
    expect(text).not.toContain('letter-to-mrs-b');
  };

  it('an officer sees the personal data (so the checks below are not vacuous)', async () => {
    const res = await api().get(`/api/actions/${s.actionA}`).set(bearer(s.officer.token)).expect(200);
    expect(JSON.stringify(res.body)).toContain('Mrs B');
  });

  it('the action API redacts text and hides notes and evidence for scrutiny', async () => {
    const one = await api().get(`/api/actions/${s.actionA}`).set(bearer(s.scrutiny.token)).expect(200);
    private_(JSON.stringify(one.body));
    const list = await api().get('/api/actions').set(bearer(s.scrutiny.token)).expect(200);
    private_(JSON.stringify(list.body));
  });

  it('the decision API redacts recommendations for scrutiny', async () => {
    const recs = await api().get(`/api/documents/${s.docA}/recommendations`).set(bearer(s.scrutiny.token));
    expect(recs.status).toBe(200);
    private_(JSON.stringify(recs.body));
  });

  it('the action pages show scrutiny no names, notes or evidence', async () => {
    const page = await api().get(`/actions/${s.actionA}`).set('Cookie', s.scrutiny.cookie);
    expect(page.status).toBe(200);
    private_(page.text);
    // the list page may be closed to scrutiny (403); when it is open it must be private too
    const list = await api().get('/actions').set('Cookie', s.scrutiny.cookie);
    expect([200, 403]).toContain(list.status);
    private_(list.text);
  });

  it('scrutiny cannot change anything', async () => {
    await api()
      .post(`/api/actions/${s.actionA}/transitions`)
      .set(bearer(s.scrutiny.token))
      .send({ to: 'in_progress' })
      .expect(403);
    await api()
      .post(`/api/actions/${s.actionA}/evidence`)
      .set(bearer(s.scrutiny.token))
      .field('note', 'x')
      .expect(403);
  });
});
