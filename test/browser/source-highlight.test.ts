import { join, resolve } from 'node:path';
import request from 'supertest';
import type { Page } from 'playwright-core';
import { bearer, createUser, createUserWithToken } from '../support/auth-helpers';
import { signInAs } from './support/sign-in';
import { BrowserHarness, expectNoAxeViolations, screenshot, startBrowserHarness } from './support/browser';

jest.setTimeout(300_000);

const ROOT = resolve(__dirname, '../..');
/**
 * One decision in three committed formats (the generated PDF and Word copies of the golden text), and
 * PDFs and Word with ligatures and a broken layout, where offsets are easiest to get wrong.
 */
const FILES = [
  join(ROOT, 'test/fixtures/generated/lgsco-agreed-action-leadins.pdf'),
  join(ROOT, 'test/fixtures/generated/lgsco-agreed-action-leadins.docx'),
  join(ROOT, 'src/extraction/__golden__/lgsco-agreed-action-leadins.txt'),
  join(ROOT, 'test/fixtures/generated/sample-ligatures.pdf'),
  join(ROOT, 'test/fixtures/generated/pdf-broken-layout.pdf'),
  join(ROOT, 'test/fixtures/generated/sample-ligatures.docx'),
];

/** Letters and digits only, compatibility-folded (ligatures) and lower case: layout differences ignored. */
const letters = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

interface ApiRecommendation {
  id: string;
  text: string;
  span: { start: number; end: number };
}

/**
 * "Show where": on the review page of a PDF, a Word and a text decision, each recommendation's highlight
 * starts and ends exactly at the recommendation's stored span, and what it covers is the recommendation.
 */
describe('source highlight in Chromium, for PDF, Word and text', () => {
  let h: BrowserHarness;
  let token: string;
  beforeAll(async () => {
    h = await startBrowserHarness();
    token = (await createUserWithToken(h.t, { role: 'officer' })).token;
  }, 120_000);
  afterAll(async () => h?.close());

  async function uploadAndReview(page: Page, file: string): Promise<string> {
    await page.goto('/upload');
    await page.getByLabel('Documents').setInputFiles([file]);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL('**/upload?ids=*');
    const review = page.locator('[data-status-action] a', { hasText: 'Review' });
    await review.waitFor({ timeout: 120_000 });
    await review.click();
    await page.waitForURL('**/documents/*/review');
    return /\/documents\/([0-9a-f-]{36})\/review/.exec(page.url())![1];
  }

  it('marks exactly each recommendation’s span in every format', async () => {
    const { user, password } = await createUser(h.t, { role: 'officer', name: 'Hana Highlight' });
    const page = await h.newPage();
    await signInAs(page, user.email, password);
    const checked: Record<string, number> = {};
    for (const file of FILES) {
      const documentId = await uploadAndReview(page, file);
      const recs = (
        await request(h.t.app.getHttpServer())
          .get(`/api/documents/${documentId}/recommendations`)
          .set(bearer(token))
          .expect(200)
      ).body.recommendations as ApiRecommendation[];
      expect(recs.length).toBeGreaterThanOrEqual(1);
      const mismatches: string[] = [];
      let marked = 0;
      for (const rec of recs) {
        const mark = page.locator(`mark#source-${rec.id}`);
        if (!(await mark.count())) continue; // possible actions and spans inside an earlier one have none
        marked++;
        // the mark's text piece knows where it starts in the document's text
        const piece = mark.locator('span[data-start]');
        const start = Number(await piece.getAttribute('data-start'));
        const shown = (await piece.textContent()) ?? '';
        if (start !== rec.span.start || start + shown.length !== rec.span.end)
          mismatches.push(
            `${rec.id}: marked ${start}-${start + shown.length}, span ${rec.span.start}-${rec.span.end}`,
          );
        if (!letters(shown).includes(letters(rec.text)))
          mismatches.push(`${rec.id}: marks "${shown.slice(0, 60)}" for "${rec.text.slice(0, 60)}"`);
      }
      // "Show where" for the first recommendation goes to its mark, which comes into view
      const first = recs.find((r) => r.span.end > r.span.start)!;
      await page
        .locator(`#rec-${first.id}`)
        .getByRole('link', { name: /Show where this is/ })
        .click();
      await expect(page.locator(`mark#source-${first.id}`).isVisible()).resolves.toBe(true);
      expect(mismatches).toEqual([]);
      expect(marked).toBeGreaterThanOrEqual(1);
      checked[file.split('/').pop()!] = marked;
      await expectNoAxeViolations(page);
      await screenshot(page, `highlight-${file.split('/').pop()!.replace('.', '-')}`);
    }
    expect(Object.keys(checked)).toHaveLength(FILES.length);
    // the decision with ten agreed actions has most of them marked in each format
    for (const f of ['pdf', 'docx', 'txt'])
      expect(checked[`lgsco-agreed-action-leadins.${f}`]).toBeGreaterThanOrEqual(5);
  });
});
