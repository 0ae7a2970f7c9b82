import { EntityManager } from '@mikro-orm/core';
import { Notification } from '../../src/compliance/entities/notification.entity';
import { User } from '../../src/users/entities/user.entity';
import { createUser } from '../support/auth-helpers';
import { seedManyActions, SeedResult } from '../web/support/seed-actions';
import { ReviewSeed, seedStage2Review } from '../web/support/seed-review';
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
  let review: ReviewSeed;
  beforeAll(async () => {
    h = await startBrowserHarness();
    seed = await seedManyActions(h.t.app, 8, 2);
    review = await seedStage2Review(h.t.app);
  }, 90_000);
  afterAll(async () => h?.close());

  it('finds no violation on the footer, admin, notification, error-state and sign-out pages', async () => {
    const { user, password } = await createUser(h.t, { role: 'admin', name: 'Ada Admin' });
    const em = h.t.app.get(EntityManager).fork();
    em.create(Notification, {
      user: em.getReference(User, user.id),
      kind: 'at_risk',
      dedupeKey: 'axe-1',
      subject: 'A remedy deadline is at risk',
      body: 'Three quarters of the time to the due date has gone.',
    });
    await em.flush();
    const page = await h.newPage();
    const problems = watchPageProblems(page);

    // The footer's pages, open before sign-in.
    for (const [path, name] of [
      ['/accessibility', 'accessibility'],
      ['/cookies', 'cookies'],
    ] as const) {
      await page.goto(path);
      await expectNoAxeViolations(page);
      await screenshot(page, `sweep-${name}`);
    }

    // Sign-in with an error summary.
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-sign-in-error');

    await signInAs(page, user.email, password);
    // A new API token, shown once in a panel.
    await page.goto(`/admin/users/${user.id}`);
    await page.getByLabel('Name for a new token').fill('Scrutiny export script');
    await page.getByRole('button', { name: 'Create API token' }).click();
    await page.getByText('API token created').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-admin-token-created');

    for (const [path, name] of [
      ['/notifications', 'notifications'],
      ['/admin', 'admin'],
      ['/admin/users', 'admin-users'],
      [`/admin/users/${user.id}`, 'admin-user'],
      ['/admin/service-areas', 'admin-service-areas'],
      [`/admin/service-areas/${seed.serviceAreaIds[0]}`, 'admin-service-area'],
      ['/actions?dueBefore=soon', 'actions-filter-error'],
      ['/actions?q=staff', 'actions-search'],
      [`/actions?q=${'a'.repeat(201)}`, 'actions-search-error'],
      [`/actions/${seed.actionIds[0]}/decision`, 'action-decision'],
      ['/no-such-page', 'not-found'],
      ['/sign-out', 'sign-out'],
    ] as const) {
      await page.goto(path);
      await expectNoAxeViolations(page);
      await screenshot(page, `sweep-${name}`);
    }

    // The actions list (owner column, search) and the decision behind an action at 320 CSS px.
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ['/actions?q=staff', `/actions/${seed.actionIds[0]}/decision`]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // An action page after a refused change: the error summary links to the field.
    await page.goto(`/actions/${seed.actionIds[3]}`);
    await page.getByLabel('In progress').check();
    await page.getByRole('button', { name: 'Update status' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-action-error');

    // Extending to a date in the past asks first (GOV.UK warning text), then a date the input refuses.
    await page.getByLabel('Day', { exact: true }).fill('1');
    await page.getByLabel('Month', { exact: true }).fill('1');
    await page.getByLabel('Year', { exact: true }).fill('2020');
    await page.getByLabel('Reason for the extension').fill('Typed the wrong year');
    await page.getByRole('button', { name: 'Extend due date' }).click();
    await page.getByRole('button', { name: 'Extend to this past date' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-action-past-due');
    await page.getByLabel('Month', { exact: true }).fill('13');
    await page.getByRole('button', { name: 'Extend to this past date' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-action-date-error');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  }, 120_000);

  it('finds no violation on the documents list and a review page with its forms open and in error', async () => {
    const { user, password } = await createUser(h.t, { role: 'officer', name: 'Olu Officer' });
    await h.context.clearCookies(); // a fresh browser session, whatever the test before left
    const page = await h.newPage();
    const problems = watchPageProblems(page);
    await signInAs(page, user.email, password);

    // A mixed upload: the good file goes in, the refused one is listed in the error summary.
    await page.goto('/upload');
    await page.getByLabel('Documents').setInputFiles([
      {
        name: 'agreed.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Agreed action\n1. Apologise to Mr B.\n'),
      },
      {
        name: 'photo.png',
        mimeType: 'image/png',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]),
      },
    ]);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.locator('.govuk-error-summary').getByText('photo.png').waitFor();
    await page.locator('[data-file-name="agreed.txt"]').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-upload-mixed');

    await page.goto('/documents');
    await page
      .getByRole('link', { name: /^Review/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-documents');

    // Every "correct" and "not accepted" form opened, as an officer would open them.
    await page.goto(`/documents/${review.documentId}/review`);
    const summaries = page.locator('details.govuk-details > summary');
    const count = await summaries.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const details = summaries.nth(i).locator('..');
      if ((await details.getAttribute('open')) === null) await summaries.nth(i).click();
    }
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-review-forms-open');

    // Accept without a service area: the error summary links to the recommendation's select.
    await page.locator('section.app-recommendation').first().getByRole('button', { name: 'Accept' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-review-error');

    // Accepting with a due date in the past: a warning and a confirmation, not a silent accept.
    const rec = page.locator('section.app-recommendation').first();
    await rec.getByLabel('Service area').selectOption({ index: 1 });
    await rec.getByLabel('Day', { exact: true }).fill('3');
    await rec.getByLabel('Month', { exact: true }).fill('3');
    await rec.getByLabel('Year', { exact: true }).fill('2020');
    await rec.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('button', { name: 'Accept with this past due date' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sweep-review-past-due');
    expect(problems).toEqual([]);
  }, 120_000);
});
