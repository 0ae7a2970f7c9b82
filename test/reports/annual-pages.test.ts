import request from 'supertest';
import { createUserWithSession } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { annualSpecs, insertAnnualSpecs } from './support/annual-fixture';

jest.setTimeout(180_000);

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The annual report pages: every linked number equals its list; forms are Post/Redirect/Get; never stale. */
describe('annual report pages', () => {
  let t: TestApp;
  let officer: { cookie: string; csrfToken: string };
  let scrutiny: { cookie: string; csrfToken: string };
  let ids: Awaited<ReturnType<typeof insertAnnualSpecs>>;
  const page = (path: string, who = officer) => request(httpServer(t)).get(path).set('Cookie', who.cookie);

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false', COUNCIL_NAME: 'Fenbury County Council' });
    officer = await createUserWithSession(t, { role: 'officer' });
    scrutiny = await createUserWithSession(t, { role: 'scrutiny' });
    ids = await insertAnnualSpecs(t.app, annualSpecs());
  }, 150_000);
  afterAll(async () => {
    await t?.close();
  });

  it('links every number on the report to a list of exactly that many entries', async () => {
    const res = await page('/reports/annual?year=2024').expect(200);
    expect(res.text).toContain('Fenbury County Council: annual complaints report 2024-25');
    expect(res.text).toContain('1 April 2024 to 31 March 2025');
    const links = [
      ...res.text.matchAll(/<a class="govuk-link" href="(\/reports\/annual\/list\?[^"]+)">([\d,]+)<\/a>/g),
    ];
    // the SVG bars link too
    const bars = [
      ...res.text.matchAll(
        /<a href="(\/reports\/annual\/list\?[^"]+)" aria-label="[^"]*: ([\d,]+)\. Show the list">/g,
      ),
    ];
    expect(links.length).toBeGreaterThan(40);
    expect(bars.length).toBeGreaterThan(3);
    const wrong: string[] = [];
    const seen = new Map<string, string>();
    for (const [, href, text] of [...links, ...bars]) {
      const path = decode(href);
      let count = seen.get(path);
      if (count === undefined) {
        const list = await page(path).expect(200);
        count = /<p class="govuk-body-l" id="list-count">([\d,]+) entr/.exec(list.text)?.[1] ?? 'none';
        const rows = (list.text.match(/<tr class="govuk-table__row">/g) ?? []).length - 1;
        if (String(rows) !== count.replace(/,/g, '') && !(count === '0' && rows === 1))
          wrong.push(`${path}: ${count} vs ${rows} rows`);
        seen.set(path, count);
      }
      if (count !== text) wrong.push(`${path}: page says ${text}, list has ${count}`);
    }
    expect(wrong).toEqual([]);
  });

  it('shows the same figures to scrutiny, with no names, and offers scrutiny no forms', async () => {
    const res = await page('/reports/annual?year=2024', scrutiny).expect(200);
    expect(res.text).not.toMatch(/Mrs B|Mr X/);
    expect(res.text).not.toContain('action="/reports/annual/commentary"');
    const list = await page('/reports/annual/list?year=2024&figure=learning', scrutiny).expect(200);
    expect(list.text).toContain('[name removed]');
    expect(list.text).not.toMatch(/Mrs B|Mr X/);
    await request(httpServer(t))
      .post('/reports/annual/commentary')
      .set('Cookie', scrutiny.cookie)
      .type('form')
      .send({ _csrf: scrutiny.csrfToken, text: 'x', year: '2024' })
      .expect(403);
  });

  it('saves the commentary with Post/Redirect/Get, and an empty one gets a GOV.UK error', async () => {
    const empty = await request(httpServer(t))
      .post('/reports/annual/commentary')
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ _csrf: officer.csrfToken, text: '  ', year: '2024', calendar: 'false' })
      .expect(303);
    expect(empty.headers.location).toBe('/reports/annual?year=2024');
    const withError = await page('/reports/annual?year=2024').expect(200);
    expect(withError.text).toContain('Enter the commentary for the committee');
    const ok = await request(httpServer(t))
      .post('/reports/annual/commentary')
      .set('Cookie', officer.cookie)
      .type('form')
      .send({
        _csrf: officer.csrfToken,
        text: 'Remedies were quicker this year.',
        year: '2024',
        calendar: 'false',
      })
      .expect(303);
    expect(ok.headers.location).toBe('/reports/annual?year=2024#commentary-heading');
    const after = await page('/reports/annual?year=2024').expect(200);
    expect(after.text).toContain('Commentary saved.');
    expect(after.text).toContain('<p class="govuk-body">Remedies were quicker this year.</p>');
  });

  it('lets an officer confirm remedied-before from the list, and the letter counts it at once', async () => {
    const list = '/reports/annual/list?year=2024&figure=satisfactory.upheld';
    const before = await page('/reports/annual/list?year=2024&figure=satisfactory.remedied_before').expect(
      200,
    );
    const n = Number(/id="list-count">(\d+)/.exec(before.text)?.[1]);
    const res = await request(httpServer(t))
      .post('/reports/annual/remedied-before')
      .set('Cookie', officer.cookie)
      .type('form')
      .send({
        _csrf: officer.csrfToken,
        documentId: ids.docIds.get('one-late-of-three'),
        remediedBefore: 'true',
        back: list,
      })
      .expect(303);
    expect(res.headers.location).toBe(list);
    const after = await page('/reports/annual/list?year=2024&figure=satisfactory.remedied_before').expect(
      200,
    );
    expect(Number(/id="list-count">(\d+)/.exec(after.text)?.[1])).toBe(n + 1);
    expect(after.text).toContain('24 001 004');
  });

  it('shows the letter page and the downloads', async () => {
    const letter = await page('/reports/annual/letter', scrutiny).expect(200);
    expect(letter.text).toContain('if the year ended today');
    const docx = await page('/reports/annual/download?year=2024&format=docx', scrutiny).expect(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    await page('/reports/annual/download?year=2024&format=pdf').expect(400);
  });

  it('never shows stale dashboard figures: a change shows on the next view', async () => {
    const count = (html: string) =>
      Number(
        /<span class="govuk-heading-l govuk-!-margin-bottom-1">([\d,]+)<\/span>actions outstanding/
          .exec(html)?.[1]
          ?.replace(/,/g, ''),
      );
    const first = count((await page('/dashboard', scrutiny).expect(200)).text);
    expect(first).toBeGreaterThan(0);
    const actionId = (ids.actionIds.get('overdue') as string[])[0];
    const done = await request(httpServer(t))
      .post(`/actions/${actionId}/status`)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ _csrf: officer.csrfToken, to: 'completed' })
      .expect(303);
    expect(done.headers.location).toBe(`/actions/${actionId}`);
    const second = count((await page('/dashboard', scrutiny).expect(200)).text);
    expect(second).toBe(first - 1);
  });
});
