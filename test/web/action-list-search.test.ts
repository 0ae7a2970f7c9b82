import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { TrackedAction } from '../../src/actions/entities/tracked-action.entity';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { User } from '../../src/users/entities/user.entity';
import { bearer, createUserWithSession, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { seedManyActions, SeedResult } from './support/seed-actions';

type Session = { cookie: string; csrfToken: string };

/** The actions list: its titles, owner column and text search, in the page and the API (both databases). */
describe('actions list: titles, owners and search', () => {
  let t: TestApp;
  let seed: SeedResult;
  let officer: Session;
  let lead: Session;
  let apiToken: string;
  let ownerName: string;
  beforeAll(async () => {
    t = await createTestApp();
    seed = await seedManyActions(t.app, 12, 2);
    officer = await createUserWithSession(t, { role: 'officer' });
    lead = await createUserWithSession(t, { role: 'service_lead', serviceAreaIds: [seed.serviceAreaIds[0]] });
    apiToken = (await createUserWithToken(t, { role: 'officer' })).token;
    const owner = await createUserWithSession(t, {
      role: 'service_lead',
      serviceAreaIds: [seed.serviceAreaIds[0]],
      name: 'Priya Ownerton',
    });
    ownerName = owner.user.name;
    const em = t.app.get(EntityManager).fork();
    // action 0 (service 1): owned, and a sentence that leans on the one before ("It will also ...")
    const a0 = await em.findOneOrFail(TrackedAction, seed.actionIds[0], { populate: ['document'] });
    a0.owner = em.getReference(User, owner.user.id);
    a0.text = 'It will also issue staff reminders about the Zanzibar procedure.';
    await em.nativeUpdate(
      StoredDocument,
      { id: a0.document.id },
      { organisation: 'Fenbury District Council' },
    );
    // action 1 (service 2) has the same search word, outside the lead's service
    await em.nativeUpdate(TrackedAction, { id: seed.actionIds[1] }, { text: 'Review the zanzibar form.' });
    await em.flush();
  }, 60_000);
  afterAll(async () => t?.close());

  const get = (s: Session, path: string) => request(httpServer(t)).get(path).set('Cookie', s.cookie);

  it('titles an action by who acts, not "It will also ..."', async () => {
    const page = await get(officer, '/actions?q=zanzibar%20procedure').expect(200);
    expect(page.text).toContain(
      'Fenbury District Council will issue staff reminders about the Zanzibar procedure.',
    );
    expect(page.text).not.toContain('>It will also issue');
    const one = await get(officer, `/actions/${seed.actionIds[0]}`).expect(200);
    expect(one.text).toMatch(/<h1[^>]*>\s*Fenbury District Council will issue staff reminders/);
    // the action's own words are still shown as the decision wrote them
    expect(one.text).toContain('It will also issue staff reminders about the Zanzibar procedure.');
  });

  it('shows each action’s owner in the list', async () => {
    const page = await get(officer, '/actions').expect(200);
    expect(page.text).toContain('<th scope="col" class="govuk-table__header">Owner</th>');
    expect(page.text).toContain(`data-label="Owner">${ownerName}</td>`);
    expect(page.text).toContain('data-label="Owner">No owner yet</td>');
  });

  it('searches the action text in the page, case-insensitively, within what the person may see', async () => {
    const all = await get(officer, '/actions?q=ZANZIBAR').expect(200);
    expect(all.text).toContain('2 actions');
    expect(all.text).toContain('value="ZANZIBAR"');
    const lead1 = await get(lead, '/actions?q=zanzibar').expect(200);
    expect(lead1.text).toContain('1 action.');
    const none = await get(officer, '/actions?q=no%20such%20words').expect(200);
    expect(none.text).toContain('No actions match these filters.');
    // LIKE wildcards typed by the person are not wildcards ("zanz_bar" is not "zanzibar")
    const wild = await get(officer, '/actions?q=zanz_bar').expect(200);
    expect(wild.text).toContain('0 actions');
    const long = await get(officer, `/actions?q=${'a'.repeat(201)}`).expect(200);
    expect(long.text).toContain('govuk-error-summary');
    expect(long.text).toContain('href="#q"');
  });

  it('searches and names owners through GET /api/actions too', async () => {
    const res = await request(httpServer(t))
      .get('/api/actions?q=zanzibar&sort=createdAt')
      .set(bearer(apiToken))
      .expect(200);
    expect(res.body.total).toBe(2);
    const owned = res.body.actions.find((a: { id: string }) => a.id === seed.actionIds[0]);
    expect(owned.ownerName).toBe(ownerName);
    expect(owned.title).toBe(
      'Fenbury District Council will issue staff reminders about the Zanzibar procedure.',
    );
    expect(owned.text).toBe('It will also issue staff reminders about the Zanzibar procedure.');
    await request(httpServer(t))
      .get(`/api/actions?q=${'a'.repeat(201)}`)
      .set(bearer(apiToken))
      .expect(400);
  });
});
