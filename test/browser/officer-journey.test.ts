import { join } from 'node:path';
import { createServiceArea, createUser } from '../support/auth-helpers';
import { signInAs } from './support/sign-in';
import {
  BrowserHarness,
  expectNoAxeViolations,
  screenshot,
  startBrowserHarness,
  watchPageProblems,
} from './support/browser';

const FIXTURE = join(__dirname, '../fixtures/generated/sample-lgsco-decision.pdf');

describe('officer journey in Chromium: sign in, upload a PDF, review, accept and assign', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  }, 90_000);
  afterAll(async () => h?.close());

  it('goes from an uploaded decision to a tracked action, every page passing axe', async () => {
    const area = await createServiceArea(h.t, 'Adult social care');
    const { user, password } = await createUser(h.t, { role: 'officer', name: 'Olive Officer' });
    const page = await h.newPage();
    const problems = watchPageProblems(page);

    await signInAs(page, user.email, password);
    await expect(page.url()).toContain('/documents');
    await expectNoAxeViolations(page);
    await screenshot(page, 'officer-01-documents-empty');

    await page.getByRole('link', { name: 'Upload documents' }).first().click();
    await page.waitForURL('**/upload');
    await expectNoAxeViolations(page);
    await page.getByLabel('Documents').setInputFiles([FIXTURE]);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL('**/upload?ids=*');
    await screenshot(page, 'officer-02-upload-queued');
    // The status updates without a reload: the script polls the JSON endpoint and adds the link.
    const review = page.locator('[data-status-action] a', { hasText: 'Review' });
    await review.waitFor({ timeout: 45_000 });
    await expect(await page.locator('[data-status-tag]').first().textContent()).toContain('Ready for review');
    await expectNoAxeViolations(page);
    await screenshot(page, 'officer-03-upload-processed');

    await review.click();
    await page.waitForURL('**/documents/*/review');
    await page.locator('mark.app-source-mark').first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'officer-04-review');

    const first = page.locator('section.app-recommendation').first();
    await first.getByLabel('Service area').selectOption({ label: 'Adult social care' });
    await first.getByLabel('Owner (optional)').selectOption({ label: 'Olive Officer' });
    const due = first.getByLabel('Due date');
    if (!(await due.inputValue())) await due.fill('2030-06-30');
    await first.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('Recommendation accepted.').waitFor();
    await screenshot(page, 'officer-05-accepted');

    await page
      .getByRole('link', { name: /View the action/ })
      .first()
      .click();
    await page.waitForURL('**/actions/*');
    await page.getByText('Adult social care').first().waitFor();
    await page.getByText('Olive Officer').first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'officer-06-action');

    await page.goto('/actions');
    await expectNoAxeViolations(page);
    await screenshot(page, 'officer-07-actions');
    expect(area.id).toBeTruthy();
    expect(problems).toEqual([]);
  }, 120_000);
});
