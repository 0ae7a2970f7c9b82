import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
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

describe('scrutiny journey in Chromium: dashboard, print view, CSV and XLSX', () => {
  let h: BrowserHarness;
  let seed: SeedResult;
  beforeAll(async () => {
    h = await startBrowserHarness();
    seed = await seedManyActions(h.t.app, 80, 5);
  }, 90_000);
  afterAll(async () => h?.close());

  it('reads the dashboard, prints the committee report and downloads it', async () => {
    const { user, password } = await createUser(h.t, { role: 'scrutiny', name: 'Cllr Scrutiny' });
    const page = await h.newPage();
    const problems = watchPageProblems(page);
    await signInAs(page, user.email, password);
    await page.waitForURL('**/dashboard');
    await page.locator('svg.app-chart__svg').first().waitFor();
    expect(await page.locator('svg.app-chart__svg').count()).toBeGreaterThanOrEqual(4);
    await expectNoAxeViolations(page);
    await screenshot(page, 'scrutiny-01-dashboard');

    await page.getByRole('link', { name: 'Committee report (printable page)' }).click();
    await page.waitForURL('**/dashboard/report');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.govuk-header').isVisible()).toBe(false);
    expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
    expect(await page.locator('svg.app-chart__svg').first().isVisible()).toBe(true);
    await screenshot(page, 'scrutiny-02-report-print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as CSV' }).click(),
    ]);
    const csv = readFileSync((await csvDownload.path()) as string, 'utf8');
    expect(csvDownload.suggestedFilename()).toMatch(/^committee-report-.*\.csv$/);
    expect(csv).toContain('Outstanding actions by service and age');

    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as a spreadsheet (XLSX)' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsxDownload.path()) as string);
    expect(book.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Outstanding', 'Compliance', 'Payments by year', 'Themes']),
    );

    // An action as scrutiny sees it (no personal data, no forms).
    await page.goto(`/actions/${seed.actionIds[0]}`);
    await page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await page.locator('form[action$="/status"]').count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'scrutiny-03-action');
    expect(problems).toEqual([]);
  }, 120_000);
});
