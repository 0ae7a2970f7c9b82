import { EntityManager } from '@mikro-orm/core';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { StoredDocument } from '../../src/documents/entities/document.entity';
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
    // the due date is a GOV.UK date input, prefilled from the deadline in the document when there is one
    const year = first.getByLabel('Year', { exact: true });
    if (!(await year.inputValue())) {
      await first.getByLabel('Day', { exact: true }).fill('30');
      await first.getByLabel('Month', { exact: true }).fill('6');
      await year.fill('2030');
    }
    await first.getByRole('button', { name: 'Accept' }).click();
    // a deadline already past is asked about before it is accepted
    const pastDue = page.getByRole('button', { name: 'Accept with this past due date' });
    await Promise.race([page.getByText('Recommendation accepted.').waitFor(), pastDue.waitFor()]);
    if (await pastDue.isVisible()) {
      await expectNoAxeViolations(page);
      await pastDue.click();
    }
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

  it('stops updating the statuses when the session ends and offers the refresh link instead', async () => {
    const { user, password } = await createUser(h.t, { role: 'officer' });
    // A document still being read (nothing will finish it during the test).
    const em = h.t.app.get(EntityManager).fork();
    const sha = createHash('sha256').update(randomUUID()).digest('hex');
    const doc = em.create(StoredDocument, {
      sha256: sha,
      fileName: 'slow decision.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 1000,
      storagePath: `${sha.slice(0, 2)}/${sha}.pdf`,
      status: 'processing',
    });
    await em.flush();
    await h.context.clearCookies();
    const page = await h.newPage();
    await signInAs(page, user.email, password);
    await page.goto(`/upload?ids=${doc.id}`);
    const refresh = page.getByRole('link', { name: 'Refresh the statuses' });
    // With JavaScript the statuses update in place, so the refresh link is hidden...
    expect(await refresh.isVisible()).toBe(false);
    // ...until the session ends: the next check is sent to the sign-in page, and polling stops.
    await h.context.clearCookies();
    await refresh.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('[data-status-tag]').first().textContent()).toContain('Processing');
    await screenshot(page, 'officer-08-upload-signed-out');
  }, 60_000);
});
