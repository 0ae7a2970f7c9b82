import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { renderDocx } from '../../scripts/fixtures/lib/render-docx';
import { textToBlocks } from '../../scripts/fixtures/lib/text-blocks';
import { createServiceArea, createUser } from '../support/auth-helpers';
import { signInAs } from './support/sign-in';
import { BrowserHarness, expectNoAxeViolations, screenshot, startBrowserHarness } from './support/browser';

jest.setTimeout(300_000);

/** A real-shaped LGSCO decision with ten agreed actions. */
const DECISION = `Investigation into complaint 24 555 101 against Fenbury District Council

Final decision

Summary: Mr R complained that the Council delayed adapting his home. There was fault, which caused Mr R distress. The Council has agreed to apologise, pay him and improve how it handles adaptations.

What I found

The Council took eleven months to approve a grant for a level-access shower. Its guidance says six months. That was fault.

Decision

I find fault causing injustice. This decision was made on 3 February 2025.

Agreed action

Within one month of my final decision, the Council has agreed to:
1. apologise in writing to Mr R for the delay in approving the grant;
2. pay Mr R £300 to acknowledge the distress caused by the delay;
3. pay Mr R £150 for his time and trouble in pursuing the complaint;
4. arrange for a surveyor to visit Mr R's home to confirm the works can start;
5. write to Mr R with a date for the works to be completed.

Within three months of my final decision, the Council has agreed to:
1. review its adaptations procedure so that grants are approved within six months;
2. remind staff in the adaptations team of the time limits in its guidance;
3. train its caseworkers on prioritising urgent adaptations;
4. audit other grant applications received in 2024 to find anyone else delayed in the same way;
5. report to its scrutiny committee on the changes it has made.

The Council should provide us with evidence it has complied with the above actions.
`;

describe('review inbox in Chromium: a decision with ten proposals decided in a few steps', () => {
  let h: BrowserHarness;
  let dir: string;
  beforeAll(async () => {
    h = await startBrowserHarness();
    dir = mkdtempSync(join(tmpdir(), 'redress-inbox-'));
    writeFileSync(join(dir, 'fenbury-24555101.txt'), DECISION);
    writeFileSync(
      join(dir, 'fenbury-24555101.docx'),
      await renderDocx(textToBlocks(DECISION), { header: 'Fenbury District Council' }),
    );
  }, 120_000);
  afterAll(async () => h?.close());

  async function upload(page: Page, file: string): Promise<void> {
    await page.goto('/upload');
    await page.getByLabel('Documents').setInputFiles([join(dir, file)]);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL('**/upload?ids=*');
    const review = page.locator('[data-status-action] a', { hasText: 'Review' });
    await review.waitFor({ timeout: 90_000 });
    await review.click();
    await page.waitForURL('**/documents/*/review');
  }

  async function axeAt320(page: Page): Promise<void> {
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoAxeViolations(page);
    // nothing wider than the screen outside a region that scrolls by itself
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('rejects 4 in one step, moves deadlines, adds from selected text, splits, accepts the other 6 and the 2 parts in one step, flags the Word copy', async () => {
    await createServiceArea(h.t, 'Housing adaptations');
    const { user, password } = await createUser(h.t, { role: 'officer', name: 'Olive Officer' });
    const page = await h.newPage();
    await signInAs(page, user.email, password);

    await upload(page, 'fenbury-24555101.txt');
    const sections = page.locator('section.app-recommendation');
    expect(await sections.count()).toBe(10);
    await expectNoAxeViolations(page);
    await axeAt320(page);
    await screenshot(page, 'inbox-01-review');

    // Reject four in one step, with a common reason
    for (const n of [1, 4, 5, 10])
      await page.getByLabel(`Select recommendation ${n} to decide with others`).check();
    await page.getByLabel('Reject them').check();
    await page.getByLabel('A duplicate of another recommendation').check();
    await page.getByRole('button', { name: 'Decide the selected recommendations' }).click();
    await page.getByText('4 recommendations rejected.').waitFor();
    // the page opens at the next recommendation still to decide
    const secondId = await sections.nth(1).getAttribute('id');
    expect(new URL(page.url()).hash).toBe(`#${secondId}`);
    await expect(await page.locator('#review-progress').textContent()).toContain('4 of 10 decided');
    await expectNoAxeViolations(page);

    // Correct the decision date: the deadlines that move are shown before saving
    await page.getByRole('link', { name: 'Correct the facts of this document' }).click();
    await page.getByLabel('Day').fill('3');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Year').fill('2025');
    await page.getByRole('button', { name: 'Save the facts' }).click();
    await page.getByRole('heading', { name: 'Check the deadlines that will move' }).waitFor();
    await expectNoAxeViolations(page);
    await axeAt320(page);
    await expect(await page.locator('table').textContent()).toContain('3 April 2025');
    await page.getByRole('button', { name: 'Save and move the deadlines' }).click();
    await page.getByText('worked out again from the new decision date').waitFor();
    await expect(await sections.nth(1).textContent()).toContain('(due 3 April 2025)');

    // Add one from text selected in the document pane (its span kept)
    await page.evaluate(() => {
      const piece = Array.from(document.querySelectorAll<HTMLElement>('.app-source-text [data-start]')).find(
        (p) => p.textContent!.includes('level-access shower'),
      )!;
      const node = piece.firstChild!;
      const at = node.textContent!.indexOf('level-access shower');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'level-access shower'.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.querySelector('.app-source-text')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await expect(await page.getByLabel('The action').inputValue()).toBe('level-access shower');
    expect(await page.locator('[data-span-start]').inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Add the recommendation' }).click();
    // the message names it by its number on the page (the page is ordered by confidence)
    const addedMessage = page.getByText(/Recommendation \d+ added\./);
    await addedMessage.waitFor();
    const addedNumber = Number(/\d+/.exec((await addedMessage.textContent())!)![0]);
    const added = page.locator(new URL(page.url()).hash);
    expect(await added.getAttribute('id')).toBe(await sections.nth(addedNumber - 1).getAttribute('id'));
    await expect(await added.locator('a', { hasText: 'Show where' }).count()).toBe(1);

    // Split the added one into two actions
    await added.getByText('Split into several actions, or merge with another').click();
    await added
      .getByLabel('One action on each line')
      .fill('Fit the level-access shower.\nConfirm the works with Mr R.');
    await added.getByRole('button', { name: 'Split' }).click();
    await page.getByText('split into 2').waitFor();
    expect(await sections.count()).toBe(12);

    // Accept the rest in one step with one service
    const open = page.getByLabel(/^Select recommendation \d+ to decide with others$/);
    expect(await open.count()).toBe(8);
    for (const box of await open.all()) await box.check();
    await page.getByLabel('Accept them').check();
    await page.getByLabel('Service area for all of them').selectOption({ label: 'Housing adaptations' });
    await page.getByLabel('All on one date').check();
    await page.getByLabel('Day').last().fill('30');
    await page.getByLabel('Month').last().fill('6');
    await page.getByLabel('Year').last().fill('2025');
    await page.getByRole('button', { name: 'Decide the selected recommendations' }).click();
    // a date already past is asked about first, with the selection kept
    await page.getByText('The due date, 30 June 2025, is in the past').waitFor();
    expect(
      await open.evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length),
    ).toBe(8);
    await expectNoAxeViolations(page);
    await page.getByLabel('Accept them due on 30 June 2025, a date already past').check();
    await page.getByRole('button', { name: 'Decide the selected recommendations' }).click();
    await page.getByText('8 recommendations accepted.').waitFor();
    await expect(await page.locator('#review-progress').textContent()).toContain(
      '12 of 12 decided: reviewed',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'inbox-02-reviewed');

    // The Documents page shows it reviewed
    await page.goto('/documents?status=reviewed');
    await expect(await page.locator('table').textContent()).toContain('fenbury-24555101.txt');
    await expectNoAxeViolations(page);
    await axeAt320(page);

    // The Word copy of the same decision is flagged as the same case
    await upload(page, 'fenbury-24555101.docx');
    await page.getByText('This may be the same case as an earlier document').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Yes, the same case (for example the Word copy of the same decision)').check();
    await page.getByRole('button', { name: 'Save the answer' }).click();
    await page.getByText('Marked as the same case').waitFor();
    await axeAt320(page);
    await screenshot(page, 'inbox-03-same-case');
  });
});
