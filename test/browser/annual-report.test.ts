import { createUser } from '../support/auth-helpers';
import { annualSpecs, insertAnnualSpecs } from '../reports/support/annual-fixture';
import {
  BrowserHarness,
  expectNoAxeViolations,
  screenshot,
  startBrowserHarness,
  watchPageProblems,
} from './support/browser';
import { signInAs } from './support/sign-in';

/** The annual report, its lists and the letter in Chromium: axe on each, a bar followed to its list, A4 print. */
describe('annual report in Chromium', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness({ COUNCIL_NAME: 'Fenbury County Council' });
    await insertAnnualSpecs(h.t.app, annualSpecs());
  }, 90_000);
  afterAll(async () => h?.close());

  it('has no axe violation on the report, a list, the letter and the commentary error, and prints on A4', async () => {
    const { user, password } = await createUser(h.t, { role: 'officer', name: 'Olive Officer' });
    const page = await h.newPage();
    const problems = watchPageProblems(page);
    await signInAs(page, user.email, password);

    await page.goto('/reports/annual?year=2024');
    await page
      .getByRole('heading', { name: 'Fenbury County Council: annual complaints report 2024-25' })
      .waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'annual-01-report');

    // a chart bar is a link to its list
    const bar = page.locator('#chart-outcomes a').first();
    const label = (await bar.getAttribute('aria-label')) ?? '';
    const shown = /: ([\d,]+)\. Show the list/.exec(label)?.[1];
    await bar.click();
    await page.waitForURL('**/reports/annual/list**');
    expect(await page.locator('#list-count').textContent()).toContain(`${shown} `);
    await expectNoAxeViolations(page);
    await screenshot(page, 'annual-02-list');

    // the officer's remedied-before buttons on a list of upheld decisions
    await page.goto('/reports/annual/list?year=2024&figure=satisfactory.upheld');
    await page.getByRole('button', { name: /Already remedied\s*: 24 001 004/ }).click();
    await page.getByText('Recorded: the council had already remedied it').waitFor();
    await expectNoAxeViolations(page);

    await page.goto('/reports/annual/letter');
    await page.getByRole('heading', { name: "The Ombudsman's letter, if the year ended today" }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'annual-03-letter');

    // the commentary form with its error
    await page.goto('/reports/annual?year=2024');
    await page.getByRole('button', { name: 'Save commentary' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.govuk-header').isVisible()).toBe(false);
    expect(await page.locator('form').first().isVisible()).toBe(false);
    expect(await page.locator('#chart-outcomes svg').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'annual-04-print');
    expect(problems).toEqual([]);
  }, 150_000);

  it('shows scrutiny the report and a list with no violation and no forms', async () => {
    const { user, password } = await createUser(h.t, { role: 'scrutiny', name: 'Cllr Scrutiny' });
    await h.context.clearCookies();
    const page = await h.newPage();
    await signInAs(page, user.email, password);
    await page.goto('/reports/annual?year=2024');
    await expectNoAxeViolations(page);
    expect(await page.locator('form[action="/reports/annual/commentary"]').count()).toBe(0);
    await page.goto('/reports/annual/list?year=2024&figure=learning');
    await expectNoAxeViolations(page);
    expect(await page.locator('form').count()).toBeLessThanOrEqual(1); // sign-out only
  }, 120_000);
});
