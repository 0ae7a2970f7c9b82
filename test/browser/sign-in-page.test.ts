import {
  BrowserHarness,
  expectNoAxeViolations,
  screenshot,
  startBrowserHarness,
  watchPageProblems,
} from './support/browser';

describe('sign-in page in Chromium', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  }, 90_000);
  afterAll(async () => h?.close());

  it('has labelled fields, runs GOV.UK Frontend under the CSP and passes axe', async () => {
    const page = await h.newPage();
    const problems = watchPageProblems(page);
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill('officer@example.gov.uk');
    expect(await page.getByRole('textbox', { name: 'Password' }).getAttribute('type')).toBe('password');
    await page.waitForFunction(() => document.body.classList.contains('govuk-frontend-supported'));
    // The password input's "Show" button exists only when GOV.UK Frontend's JS has started.
    await page.getByRole('button', { name: /show password/i }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sign-in');
    expect(problems).toEqual([]);
  }, 60_000);
});
