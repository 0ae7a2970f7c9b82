import { BrowserHarness, startBrowserHarness, watchPageProblems } from './support/browser';

/** /api/docs rendered blank: its script and styles came back as text/html and nosniff refused them. */
describe('API docs page in Chromium', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness({ COMPLIANCE_SCHEDULER: 'false' });
  }, 90_000);
  afterAll(async () => h?.close());

  it('renders Swagger UI with the API’s title and operations, under its CSP', async () => {
    const page = await h.newPage();
    const problems = watchPageProblems(page);
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await page.goto('/api/docs');
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 30_000 });
    expect(await page.locator('.swagger-ui .info .title').innerText()).toContain('Redress API');
    expect(await page.locator('.opblock').count()).toBeGreaterThan(10);
    expect(missing).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);
});
