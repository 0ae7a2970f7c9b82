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

describe('service lead journey in Chromium: update status, add evidence', () => {
  let h: BrowserHarness;
  let seed: SeedResult;
  beforeAll(async () => {
    h = await startBrowserHarness();
    seed = await seedManyActions(h.t.app, 12, 2);
  }, 90_000);
  afterAll(async () => h?.close());

  it('finds their service’s action, starts it, adds evidence and completes it', async () => {
    const { user, password } = await createUser(h.t, {
      role: 'service_lead',
      name: 'Sam Lead',
      serviceAreaIds: [seed.serviceAreaIds[0]],
    });
    const page = await h.newPage();
    const problems = watchPageProblems(page);
    await signInAs(page, user.email, password);
    await page.waitForURL('**/my-actions');
    await expectNoAxeViolations(page);
    await screenshot(page, 'lead-01-my-actions');

    const rows = page.locator('tbody .govuk-table__row');
    expect(await rows.count()).toBeGreaterThan(0);
    // Another service's actions never appear.
    expect(await page.getByText('Service 02').count()).toBe(0);

    await page.goto(`/actions/${seed.actionIds[0]}`);
    await expectNoAxeViolations(page);
    await page.getByLabel('In progress').check();
    await page.locator('#note').fill('Team meeting booked to go through the new letter.');
    await page.getByRole('button', { name: 'Update status' }).click();
    await page.getByText('Status updated.').waitFor();
    await page.getByText('Status changed from open to in progress').waitFor();

    await page.locator('#file').setInputFiles({
      name: 'training record.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.getByLabel('What this shows').fill('Attendance list of the staff briefing.');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByText('Evidence added.').waitFor();
    await page.getByRole('link', { name: 'training record.pdf' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Completed').check();
    await page.getByRole('button', { name: 'Update status' }).click();
    await page.getByText('Status changed from in progress to completed').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'lead-02-action-completed');

    // Another service's action is "not found", not "forbidden".
    const other = await page.goto(`/actions/${seed.actionIds[1]}`);
    expect(other?.status()).toBe(404);
    await expectNoAxeViolations(page);
    await screenshot(page, 'lead-03-not-found');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  }, 120_000);
});
