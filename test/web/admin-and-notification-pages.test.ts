import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { Notification } from '../../src/compliance/entities/notification.entity';
import { User } from '../../src/users/entities/user.entity';
import { createServiceArea, createUserWithSession } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

type Session = { cookie: string; csrfToken: string; user: User };

describe('admin and notification pages', () => {
  let t: TestApp;
  let admin: Session;
  let officer: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createUserWithSession(t, { role: 'admin' });
    officer = await createUserWithSession(t, { role: 'officer' });
  }, 60_000);
  afterAll(async () => t?.close());

  const get = (s: Session, path: string) => request(httpServer(t)).get(path).set('Cookie', s.cookie);
  const post = (s: Session, path: string, form: Record<string, string | string[]>) =>
    request(httpServer(t))
      .post(path)
      .set('Cookie', s.cookie)
      .type('form')
      .send({ ...form, _csrf: s.csrfToken });

  it('lets an admin add a service lead, refusing a bad email next to the field', async () => {
    const area = await createServiceArea(t, 'Housing <repairs>');
    await post(admin, '/admin/users', { email: 'not-an-email', role: 'officer' }).expect(303);
    const withError = await get(admin, '/admin/users').expect(200);
    expect(withError.text).toContain('href="#email"');
    expect(withError.text).toContain('Housing &lt;repairs&gt;');

    const created = await post(admin, '/admin/users', {
      email: 'lead@example.gov.uk',
      name: 'Lee Lead',
      role: 'service_lead',
      serviceAreaIds: [area.id],
      password: 'a-long-enough-password',
    }).expect(303);
    const userPage = await get(admin, created.headers.location as string).expect(200);
    expect(userPage.text).toContain('lead@example.gov.uk can now use Redress.');
    expect(userPage.text).toContain('Lee Lead');
  });

  it('shows a new API token once, and revokes it', async () => {
    const res = await post(admin, `/admin/users/${officer.user.id}/tokens`, {
      name: 'reporting script',
    }).expect(201);
    const token = /<code class="app-token">([^<]+)<\/code>/.exec(res.text)?.[1];
    expect(token).toBeTruthy();
    await request(httpServer(t)).get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    const again = await get(admin, `/admin/users/${officer.user.id}`).expect(200);
    expect(again.text).not.toContain(token!);
    const tokenId = /tokens\/([0-9a-f-]{36})\/revoke/.exec(again.text)![1];
    await post(admin, `/admin/users/${officer.user.id}/tokens/${tokenId}/revoke`, {}).expect(303);
    await request(httpServer(t)).get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('lets an admin add a service area under another, rename it and take it out of use', async () => {
    await post(admin, '/admin/service-areas', { name: '', kind: '' }).expect(303);
    const refused = await get(admin, '/admin/service-areas').expect(200);
    expect(refused.text).toContain('href="#name"');
    expect(refused.text).toContain('href="#kind"');

    await post(admin, '/admin/service-areas', { name: 'Adults <and> Health', kind: 'directorate' }).expect(
      303,
    );
    const list = await get(admin, '/admin/service-areas').expect(200);
    expect(list.text).toContain('Adults &lt;and&gt; Health added.');
    const parentId = /<option value="([0-9a-f-]{36})">Adults &lt;and&gt; Health<\/option>/.exec(
      list.text,
    )![1];
    await post(admin, '/admin/service-areas', { name: 'Home care', kind: 'service', parentId }).expect(303);
    await post(admin, '/admin/service-areas', { name: 'home care', kind: 'service', parentId }).expect(303);
    const duplicate = await get(admin, '/admin/service-areas').expect(200);
    expect(duplicate.text).toContain('There is already a service area called home care in the same place.');
    // the service names the field of each refusal: a duplicate name is about the name, an unknown parent
    // about the parent
    expect(duplicate.text).toMatch(/href="#name">There is already a service area called home care/);
    await post(admin, '/admin/service-areas', {
      name: 'Orphan',
      kind: 'team',
      parentId: '00000000-0000-4000-8000-000000000000',
    }).expect(303);
    const orphan = await get(admin, '/admin/service-areas').expect(200);
    expect(orphan.text).toMatch(/href="#parentId">There is no service area with that id/);
    expect(duplicate.text).toContain('\u2014 Home care');

    const homeCareId =
      /href="\/admin\/service-areas\/([0-9a-f-]{36})">Change<span class="govuk-visually-hidden"> Home care</.exec(
        duplicate.text,
      )![1];
    const editPage = await get(admin, `/admin/service-areas/${homeCareId}`).expect(200);
    expect(editPage.text).toMatch(/name="active" type="checkbox" value="true" checked/);
    await get(admin, '/admin/service-areas/00000000-0000-4000-8000-000000000000').expect(404);
    // a refused change comes back as it was sent: name error, "In use" as the admin left it
    await post(admin, `/admin/service-areas/${homeCareId}`, { name: '' }).expect(303);
    const refusedEdit = await get(admin, `/admin/service-areas/${homeCareId}`).expect(200);
    expect(refusedEdit.text).toContain('href="#name"');
    expect(refusedEdit.text).not.toMatch(/name="active" type="checkbox" value="true" checked/);
    await post(admin, `/admin/service-areas/${homeCareId}`, { name: 'Home care and reablement' }).expect(303);
    const renamed = await get(admin, '/admin/service-areas').expect(200);
    expect(renamed.text).toContain('Home care and reablement');
    const row = renamed.text.slice(renamed.text.indexOf('Home care and reablement</td>'));
    expect(row).toMatch(/^Home care and reablement<\/td>\s*<td[^>]*>Service<\/td>\s*<td[^>]*>No<\/td>/);
    await get(officer, '/admin/service-areas').expect(403);
  });

  it('keeps admin pages from other roles', async () => {
    await get(officer, '/admin/users').expect(403);
  });

  it('lists a person’s notifications and marks them read', async () => {
    const em = t.app.get(EntityManager).fork();
    em.create(Notification, {
      user: em.getReference(User, officer.user.id),
      kind: 'overdue',
      dedupeKey: 'test-1',
      subject: 'An action is overdue <b>now</b>',
      body: 'Review the policy was due yesterday.',
    });
    await em.flush();
    const page = await get(officer, '/notifications').expect(200);
    expect(page.text).toContain('Notifications (1 unread)');
    expect(page.text).toContain('An action is overdue &lt;b&gt;now&lt;/b&gt;');
    await post(officer, '/notifications/read-all', {}).expect(303);
    const after = await get(officer, '/notifications').expect(200);
    expect(after.text).toContain('1 notification marked as read.');
    expect(after.text).not.toContain('(1 unread)');
  });

  it('lets an admin run the checks now and shows the last run’s figures', async () => {
    const before = await get(admin, '/admin').expect(200);
    expect(before.text).toContain('The checks have not run yet.');
    await post(officer, '/admin/checks/run', {}).expect(403);
    const ran = await post(admin, '/admin/checks/run', {}).expect(303);
    expect(ran.headers.location).toBe('/admin#checks');
    const after = await get(admin, '/admin').expect(200);
    expect(after.text).toMatch(/Checks done: \d+ new notices, 0 emails sent\./);
    expect(after.text).toContain('Last run:');
    expect(after.text).toMatch(
      /Open actions checked\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*0\s*</,
    );
    expect(after.text).toContain('Run the checks now');
  });

  it('lets a person choose digest-only emails, with an error summary when nothing is chosen', async () => {
    const page = await get(officer, '/notifications/settings').expect(200);
    expect(page.text).toMatch(/value="immediate" checked/);
    await post(officer, '/notifications/settings', {}).expect(303);
    const refused = await get(officer, '/notifications/settings').expect(200);
    expect(refused.text).toContain('There is a problem');
    expect(refused.text).toContain('href="#email"');
    await post(officer, '/notifications/settings', { email: 'digest' }).expect(303);
    const saved = await get(officer, '/notifications/settings').expect(200);
    expect(saved.text).toContain('Saved: you will get notification emails only in the daily digest.');
    expect(saved.text).toMatch(/value="digest" checked/);
    const em = t.app.get(EntityManager).fork();
    expect((await em.findOneOrFail(User, { id: officer.user.id })).notifyDigestOnly).toBe(true);
  });
});
