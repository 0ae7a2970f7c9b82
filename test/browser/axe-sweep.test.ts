import { EntityManager } from '@mikro-orm/core';
import { Notification } from '../../src/compliance/entities/notification.entity';
import { User } from '../../src/users/entities/user.entity';
import { createUser } from '../support/auth-helpers';
import { seedManyActions, SeedResult } from '../web/support/seed-actions';
import {
  BrowserHarness,
  expectNoAxeViolations,
  screenshot,
  startBrowserHarness,
  watchPageProblems,
} from './support/browser';
import { signInAs } from './support/sign-in';

/** The pages the journeys do not reach, and pages in their error states, through axe. */
describe('axe on every other page', () => {
  let h: BrowserHarness;
  let seed: SeedResult;
  beforeAll(async () => {
    h = await startBrowserHarness();
    seed = await seedManyActions(h.t.app, 8, 2);
  }, 90_000);
  afterAll(async () => h?.close());

  it('finds no violation on admin, notification, error-state and sign-out pages', async () => {
    const { user, password } = await createUser(h.t, { role: 'admin', name: 'Ada Admin' });
    const em = h.t.app.get(EntityManager).fork();
    em.create(Notification, {
      user: em.getReference(User, user.id),
      kind: 'escalation',
      dedupeKey: 'axe-1',
      subject: 'A remedy deadline is at risk',
      body: 'Three quarters of the time to the due date has gone.',
    });
    await em.flush();
    const page = await h.newPage();
    const problems = watchPageProblems(page);

    // Sign-in with an error summary.
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-sign-in-error');

    await signInAs(page, user.email, password);
    for (const [path, name] of [
      ['/notifications', 'notifications'],
      ['/admin', 'admin'],
      ['/admin/users', 'admin-users'],
      [`/admin/users/${user.id}`, 'admin-user'],
      ['/admin/service-areas', 'admin-service-areas'],
      ['/actions?dueBefore=soon', 'actions-filter-error'],
      ['/no-such-page', 'not-found'],
      ['/sign-out', 'sign-out'],
    ] as const) {
      await page.goto(path);
      await expectNoAxeViolations(page);
      await screenshot(page, `sweep-${name}`);
    }

    // An action page after a refused change: the error summary links to the field.
    await page.goto(`/actions/${seed.actionIds[3]}`);
    await page.getByLabel('In progress').check();
    await page.getByRole('button', { name: 'Update status' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-action-error');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  }, 120_000);
});
