import ExcelJS from 'exceljs';
import request from 'supertest';
import { createUserWithSession } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { seedManyActions } from './support/seed-actions';

describe('scrutiny dashboard and committee report', () => {
  let t: TestApp;
  let scrutiny: { cookie: string };
  beforeAll(async () => {
    t = await createTestApp();
    await seedManyActions(t.app, 60, 4);
    scrutiny = await createUserWithSession(t, { role: 'scrutiny' });
  }, 60_000);
  afterAll(async () => t?.close());

  const get = (path: string) => request(httpServer(t)).get(path).set('Cookie', scrutiny.cookie);

  it('draws each chart as SVG with a table of the same figures', async () => {
    const res = await get('/dashboard').expect(200);
    expect((res.text.match(/<svg class="app-chart__svg"/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(res.text).toContain('Outstanding recommendations by service and age');
    expect(res.text).toContain('Compliance with Ombudsman remedies by year');
    expect(res.text).toContain('Service 01');
    expect(res.text).toContain('href="/web-assets/print.css" media="print"');
  });

  it('serves the committee report as a printable page', async () => {
    const res = await get('/dashboard/report').expect(200);
    expect(res.text).toContain('report to the scrutiny committee');
    expect(res.text).toContain('app-no-print');
  });

  it('downloads the committee report as CSV and as XLSX', async () => {
    const csv = await get('/dashboard/report.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="committee-report-.*\.csv"/);
    expect(csv.text).toContain('Outstanding actions by service and age');
    expect(csv.text).toMatch(/Service 0\d,/);

    const xlsx = await get('/dashboard/report.xlsx')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toContain('Outstanding');
    expect(book.getWorksheet('Outstanding')!.rowCount).toBeGreaterThan(3);
  });
});
