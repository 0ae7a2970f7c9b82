import request from 'supertest';
import { createUserWithSession } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { seedManyActions, SeedResult } from './support/seed-actions';

type Session = { cookie: string; csrfToken: string };

describe('action pages', () => {
  let t: TestApp;
  let seed: SeedResult;
  let officer: Session;
  let lead: Session;
  let scrutiny: Session;
  beforeAll(async () => {
    t = await createTestApp();
    seed = await seedManyActions(t.app, 24, 3);
    officer = await createUserWithSession(t, { role: 'officer' });
    lead = await createUserWithSession(t, { role: 'service_lead', serviceAreaIds: [seed.serviceAreaIds[0]] });
    scrutiny = await createUserWithSession(t, { role: 'scrutiny' });
  }, 60_000);
  afterAll(async () => t?.close());

  const get = (s: Session, path: string) => request(httpServer(t)).get(path).set('Cookie', s.cookie);
  const post = (s: Session, path: string, form: Record<string, string>) =>
    request(httpServer(t))
      .post(path)
      .set('Cookie', s.cookie)
      .type('form')
      .send({ ...form, _csrf: s.csrfToken });

  it('lists every action for an officer, with filters that narrow it', async () => {
    const all = await get(officer, '/actions').expect(200);
    expect(all.text).toContain('24 actions');
    const open = await get(officer, '/actions?status=open').expect(200);
    expect(open.text).toContain('8 actions');
    const oneService = await get(officer, `/actions?serviceAreaId=${seed.serviceAreaIds[1]}`).expect(200);
    expect(oneService.text).toContain('8 actions');
    const learning = await get(officer, '/actions?kind=learning').expect(200);
    expect(learning.text).toContain('16 actions');
    const bad = await get(officer, '/actions?dueBefore=tomorrow').expect(200);
    expect(bad.text).toContain('govuk-error-summary');
    expect(bad.text).toContain('href="#dueBefore"');
  });

  it('shows a service lead only their own service, and another service’s action is a 404 page', async () => {
    const mine = await get(lead, '/actions').expect(200);
    expect(mine.text).toContain('8 actions');
    const other = seed.actionIds[1];
    const res = await get(lead, `/actions/${other}`).expect(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('Page not found');
  });

  it('lets a service lead start work and add evidence, Post/Redirect/Get, recorded in the timeline', async () => {
    const id = seed.actionIds[0]; // service 1, status open
    const page = await get(lead, `/actions/${id}`).expect(200);
    expect(page.text).toContain('Update status');
    const moved = await post(lead, `/actions/${id}/status`, {
      to: 'in_progress',
      note: 'Started the review',
    }).expect(303);
    expect(moved.headers.location).toBe(`/actions/${id}`);
    const after = await get(lead, `/actions/${id}`).expect(200);
    expect(after.text).toContain('Status updated.');
    expect(after.text).toContain('Status changed from open to in progress');
    expect(after.text).toContain('Started the review');

    await request(httpServer(t))
      .post(`/actions/${id}/evidence?_csrf=${encodeURIComponent(lead.csrfToken)}`)
      .set('Cookie', lead.cookie)
      .field('note', 'Team briefing held')
      .attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), 'briefing <notes>.pdf')
      .expect(303);
    const withEvidence = await get(lead, `/actions/${id}`).expect(200);
    expect(withEvidence.text).toContain('Evidence added.');
    expect(withEvidence.text).toContain('Team briefing held');
    expect(withEvidence.text).not.toContain('briefing <notes>');
  });

  it('explains a refused change next to the field', async () => {
    const id = seed.actionIds[3]; // service 1, status completed
    await post(officer, `/actions/${id}/status`, { to: 'in_progress' }).expect(303);
    const page = await get(officer, `/actions/${id}`).expect(200);
    expect(page.text).toContain('govuk-error-summary');
    expect(page.text).toContain('href="#note"');
    const ext = await post(officer, `/actions/${seed.actionIds[0]}/extension`, {
      dueDate: '2035-06-30',
    }).expect(303);
    expect(ext.headers.location).toBe(`/actions/${seed.actionIds[0]}`);
    const again = await get(officer, `/actions/${seed.actionIds[0]}`).expect(200);
    expect(again.text).toContain('Give a reason for the extension');

    // the services name the input of each refusal: an owner who does not exist is about the owner, an
    // evidence note too long about the note
    await post(officer, `/actions/${seed.actionIds[0]}/assign`, {
      serviceAreaId: seed.serviceAreaIds[0],
      ownerId: '00000000-0000-4000-8000-000000000000',
    }).expect(303);
    const noOwner = await get(officer, `/actions/${seed.actionIds[0]}`).expect(200);
    expect(noOwner.text).toMatch(/href="#assign-ownerId">There is no active person with that id/);
    await post(officer, `/actions/${seed.actionIds[0]}/evidence`, { note: 'x'.repeat(5001) }).expect(303);
    const longNote = await get(officer, `/actions/${seed.actionIds[0]}`).expect(200);
    expect(longNote.text).toMatch(/href="#evidence-note">Keep the evidence note under 5,000 characters/);
  });

  it('extends a due date with a reason, keeping the original', async () => {
    const id = seed.actionIds[6];
    await post(officer, `/actions/${id}/extension`, {
      dueDate: '2035-06-30',
      reason: 'Waiting for the new policy',
    }).expect(303);
    const page = await get(officer, `/actions/${id}`).expect(200);
    expect(page.text).toContain('30 June 2035');
    expect(page.text).toContain('Extended from');
    expect(page.text).toContain('Waiting for the new policy');
  });

  it('adds a payment agreed later, records it as paid with the date, and refuses a paid amount without a date', async () => {
    const id = seed.actionIds[12]; // service 1, status open
    await post(officer, `/actions/${id}/payments`, { newAgreed: 'lots' }).expect(303);
    const refused = await get(officer, `/actions/${id}`).expect(200);
    expect(refused.text).toContain('href="#newAgreed"');
    expect(refused.text).toContain('Enter the agreed amount in pounds, like 250 or 99.50');

    await post(officer, `/actions/${id}/payments`, {
      newAgreed: '£1,250.50',
      newPurpose: 'financial_loss',
      newPayee: 'Ms K',
    }).expect(303);
    const added = await get(officer, `/actions/${id}`).expect(200);
    expect(added.text).toContain('Payment added.');
    expect(added.text).toContain('£1,250.50');
    expect(added.text).toContain('Not paid yet');
    const paymentId = /action="\/actions\/[0-9a-f-]{36}\/payments\/([0-9a-f-]{36})"/.exec(added.text)![1];

    // A service lead for the action's service records the payment: agreed, paid, date paid.
    await post(lead, `/actions/${id}/payments/${paymentId}`, {
      agreedAmount: '1250.50',
      amountPaid: '1250.50',
      datePaid: '',
    }).expect(303);
    const noDate = await get(lead, `/actions/${id}`).expect(200);
    expect(noDate.text).toContain(`href="#datePaid-${paymentId}"`);
    expect(noDate.text).toContain('Enter the date the payment was made');

    await post(lead, `/actions/${id}/payments/${paymentId}`, {
      agreedAmount: '1250.50',
      amountPaid: '1250.50',
      datePaid: '2025-01-15',
    }).expect(303);
    const paid = await get(lead, `/actions/${id}`).expect(200);
    expect(paid.text).toContain('Payment recorded.');
    expect(paid.text).toContain('15 January 2025');
    expect(paid.text).toContain('Payment recorded</h3>');
    // Only officers add payments; a service lead's attempt is refused.
    await post(lead, `/actions/${id}/payments`, { newAgreed: '10' }).expect(403);
  });

  it('refuses a form post without the CSRF token', async () => {
    await request(httpServer(t))
      .post(`/actions/${seed.actionIds[0]}/status`)
      .set('Cookie', lead.cookie)
      .type('form')
      .send({ to: 'completed' })
      .expect(403);
  });

  it('shows scrutiny an action without names, notes or forms', async () => {
    const page = await get(scrutiny, `/actions/${seed.actionIds[0]}`).expect(200);
    expect(page.text).not.toContain('Update status');
    expect(page.text).not.toContain('Started the review');
    expect(page.text).not.toContain('Owner');
  });

  it('leads back to the list each role can open', async () => {
    const backLink = async (s: Session) =>
      /<a href="([^"]+)" class="govuk-back-link">([^<]+)<\/a>/
        .exec((await get(s, `/actions/${seed.actionIds[0]}`).expect(200)).text)
        ?.slice(1);
    expect(await backLink(officer)).toEqual(['/actions', 'Back to actions']);
    expect(await backLink(lead)).toEqual(['/my-actions', 'Back to my actions']);
    // Scrutiny has no actions list (it would be refused): back to the dashboard.
    expect(await backLink(scrutiny)).toEqual(['/dashboard', 'Back to the dashboard']);
    await get(scrutiny, '/actions').expect(403);
  });
});
