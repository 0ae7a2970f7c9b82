import request from 'supertest';
import {
  bearer,
  createServiceArea,
  createUserWithSession,
  createUserWithToken,
} from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { insertProcessedDocument } from '../actions/support/review-fixtures';

type Session = { cookie: string; csrfToken: string };

/** A service lead reads the decision behind their own action, and only that: GET /actions/:id/decision. */
describe('the decision behind an action, for a service lead', () => {
  let t: TestApp;
  let lead: Session;
  let scrutiny: Session;
  let officerToken: string;
  let mine: string;
  let theirs: string;
  let otherDecisionAction: string;
  const first = 'Apologise to Ms T for the delay within one month.';
  const second = 'Remind waste crews of the assisted collection rules.';
  const source = `${first.padEnd(100, ' ')}${second.padEnd(100, ' ')}The Ombudsman's decision ends here.`;

  beforeAll(async () => {
    t = await createTestApp();
    const areaA = (await createServiceArea(t, 'Waste A')).id;
    const areaB = (await createServiceArea(t, 'Housing B')).id;
    lead = await createUserWithSession(t, { role: 'service_lead', serviceAreaIds: [areaA] });
    scrutiny = await createUserWithSession(t, { role: 'scrutiny' });
    officerToken = (await createUserWithToken(t, { role: 'officer' })).token;
    const doc = await insertProcessedDocument(t, {
      reference: '24 001 234',
      organisation: 'Fenbury District Council',
      decisionDate: '2025-02-03',
      sourceText: source,
      recommendations: [{ text: first }, { text: second, learning: true }],
    });
    const other = await insertProcessedDocument(t, {
      reference: '24 009 999',
      fileName: 'zanzibar-decision.pdf',
      sourceText: 'Pay Mr Zanzibar £100.',
      recommendations: [{ text: 'Pay Mr Zanzibar £100.' }],
    });
    const accept = async (recId: string, serviceAreaId: string) =>
      (
        await request(httpServer(t))
          .post(`/api/recommendations/${recId}/accept`)
          .set(bearer(officerToken))
          .send({ serviceAreaId, dueDate: '2030-01-31' })
          .expect(201)
      ).body.action.id as string;
    mine = await accept(doc.recommendationIds[1], areaA);
    theirs = await accept(doc.recommendationIds[0], areaB);
    otherDecisionAction = await accept(other.recommendationIds[0], areaB);
  }, 60_000);
  afterAll(async () => t?.close());

  const get = (s: Session, path: string) => request(httpServer(t)).get(path).set('Cookie', s.cookie);

  it('links the action page to the decision, read only, with the action’s passage marked', async () => {
    const action = await get(lead, `/actions/${mine}`).expect(200);
    expect(action.text).toContain(`href="/actions/${mine}/decision"`);
    expect(action.text).not.toContain('/review"');
    const page = await get(lead, `/actions/${mine}/decision`).expect(200);
    expect(page.text).toContain('Decision 24 001 234');
    expect(page.text).toContain('Fenbury District Council');
    expect(page.text).toContain('3 February 2025');
    const mark = /<mark class="app-source-mark" id="source-([0-9a-f-]{36})">([^<]*)<\/mark>/.exec(page.text);
    expect(mark?.[2]).toBe(second);
    expect(page.text.match(/<mark /g)).toHaveLength(1);
    expect(page.text).toContain('The Ombudsman&#39;s decision ends here.');
    // read only: no form on it
    expect(page.text).not.toMatch(/<form[^>]+method="post"/);
    expect(page.text).toContain(`href="/actions/${mine}"`);
  });

  it('lists only the other actions from the decision that the lead may see', async () => {
    const page = await get(lead, `/actions/${mine}/decision`).expect(200);
    expect(page.text).not.toContain(`/actions/${theirs}"`);
    expect(page.text).not.toContain('Other actions from this decision');
    // an officer sees every action from it
    const officer = await createUserWithSession(t, { role: 'officer' });
    const all = await get(officer, `/actions/${mine}/decision`).expect(200);
    expect(all.text).toContain('Other actions from this decision');
    expect(all.text).toContain(`/actions/${theirs}"`);
  });

  it('is a 404 for another service’s action and refused to scrutiny', async () => {
    await get(lead, `/actions/${otherDecisionAction}/decision`).expect(404);
    await get(lead, `/actions/${theirs}/decision`).expect(404);
    const notFound = await get(lead, `/actions/${otherDecisionAction}/decision`);
    expect(notFound.text).not.toMatch(/zanzibar/i);
    await get(scrutiny, `/actions/${mine}/decision`).expect(403);
  });
});
