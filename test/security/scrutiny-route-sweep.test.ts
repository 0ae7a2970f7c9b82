import { EntityManager } from '@mikro-orm/core';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import request from 'supertest';
import { roleMayCall } from '../../src/auth/access-rule';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { insertProcessedDocument } from '../actions/support/review-fixtures';
import { DiscoveredRoute, discoverRoutes } from '../auth/route-table';
import { bearer } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { addEvidence, twoServices, TwoServices } from './support/security-fixtures';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(180_000);

const NOTE = 'Spoke to Jane Doe on 01632 960123 about the apology; Agnieszka Nowak was there';
const PAYEE = 'Mr Quentin Zebedee';

/**
 * Untitled full names planted in every free-text field that could reach scrutiny, one name a field so a
 * leak names its field. Each word of each name is looked for (accents too, and without them).
 */
const UNTITLED: Record<string, string> = {
  'recommendation text': 'Tendai Chikwanha',
  'learning action text (themes)': 'Mehmet Yılmaz',
  'deadline text': 'Li Wei',
  'payment payee': 'Hodan Farah',
  'proposed payment payee': 'Kwame Mensah',
  'evidence note': 'Agnieszka Nowak',
  'document kind': 'Siobhán O’Neill-Murphy',
  'cancel reason': 'Oluwaseun Adeyemi',
  'rejection reason': 'Priya Sharma',
  'transition note': 'Deepa Patel',
};

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** Personal data planted in texts, notes, file names and payees; none of it may reach scrutiny. */
function leaks(text: string): string[] {
  const found: string[] = [];
  if (/Mrs B\b/.test(text)) found.push('Mrs B');
  if (/child Y\b/.test(text)) found.push('child Y');
  for (const s of ['Jane Doe', '01632 960123', 'letter-to-mrs-b', 'Zebedee', 'Quentin'])
    if (text.includes(s)) found.push(s);
  const folded = fold(text);
  for (const [field, name] of Object.entries(UNTITLED))
    for (const word of name.split(/[\s’'-]+/).filter((w) => w.length > 2))
      if (text.includes(word) || folded.includes(fold(word))) found.push(`${word} (${field})`);
  return found;
}

/** Lists behind the annual report's figures that can hold the planted records. */
const ANNUAL_FIGURES = [
  'decisions',
  'decisions.upheld',
  'compliance.cases',
  'payments',
  'learning',
  'letter.at_risk',
];

/**
 * Generated from the route table: every GET route scrutiny may call (pages and API; reports also as CSV,
 * spreadsheets read cell by cell), with the ids of records holding planted personal data, must answer
 * without any of it. A new readable route is swept automatically.
 */
describe('scrutiny sees no personal data on any route it can read', () => {
  let t: TestApp;
  let s: TwoServices;
  let readable: DiscoveredRoute[];
  let docNamed = '';
  let actionPaid = '';
  let actionCancelled = '';
  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    s = await twoServices(
      t,
      `Apologise to Mrs B and pay Mrs B £300 for the distress caused to child Y. Send ${UNTITLED['recommendation text']} a copy of the apology.`,
    );
    const api = () => request(t.app.getHttpServer());
    await addEvidence(
      t,
      s.officer.token,
      s.actionA,
      { name: 'letter-to-mrs-b.txt', text: 'Dear Mrs B' },
      NOTE,
    );
    await api()
      .post(`/api/actions/${s.actionA}/payments`)
      .set(bearer(s.officer.token))
      .send({ agreedAmount: 300, payee: PAYEE, purpose: 'distress', amountPaid: 300, datePaid: '2024-05-01' })
      .expect(201);
    await api()
      .post(`/api/actions/${s.actionA}/payments`)
      .set(bearer(s.officer.token))
      .send({ agreedAmount: 150, payee: UNTITLED['payment payee'], purpose: 'time_and_trouble' })
      .expect(201);
    await api()
      .post(`/api/actions/${s.actionA}/transitions`)
      .set(bearer(s.officer.token))
      .send({ to: 'in_progress', note: `Discussed with ${UNTITLED['transition note']}` })
      .expect(200);
    await t.app
      .get(EntityManager)
      .fork()
      .nativeUpdate(StoredDocument, { id: s.docA }, { kind: `Letter from ${UNTITLED['document kind']}` });
    // learning actions naming the complainant in two decisions, so the themes report groups them into a
    // recurring theme (whose label and examples could carry the name)
    const learning = await insertProcessedDocument(t, {
      reference: '24 000 003',
      recommendations: [
        {
          text: 'Remind staff to tell Mrs B and other residents about care charges in writing.',
          learning: true,
        },
        {
          text: `Remind staff to tell ${UNTITLED['learning action text (themes)']} and other residents about care charges in writing.`,
          learning: true,
        },
      ],
    });
    for (const id of learning.recommendationIds) {
      await api()
        .post(`/api/recommendations/${id}/accept`)
        .set(bearer(s.officer.token))
        .send({ serviceAreaId: s.areaA, dueDate: '2030-01-31' })
        .expect(201);
    }
    // a decision with a payee and a deadline naming people; one recommendation rejected, one cancelled
    const named = await insertProcessedDocument(t, {
      reference: '24 000 004',
      recommendations: [
        {
          text: 'Pay the complainant £200 for time and trouble.',
          payments: [
            { amountPence: 20000, payee: UNTITLED['proposed payment payee'], purpose: 'time_and_trouble' },
          ],
          deadlineText: `within one month of ${UNTITLED['deadline text']}'s letter`,
          within: { count: 1, unit: 'months' },
        },
        { text: 'Review the repairs policy.' },
        { text: 'Write to residents about the new repairs line.' },
        {
          text: `Remind staff to tell residents like ${UNTITLED['learning action text (themes)']} about care charges in writing.`,
          learning: true,
        },
      ],
    });
    docNamed = named.documentId;
    const [paid, rejected, cancelled, learnt] = named.recommendationIds;
    for (const id of [paid, cancelled, learnt])
      await api()
        .post(`/api/recommendations/${id}/accept`)
        .set(bearer(s.officer.token))
        .send({ serviceAreaId: s.areaA, dueDate: '2030-01-31' })
        .expect(201);
    await api()
      .post(`/api/recommendations/${rejected}/reject`)
      .set(bearer(s.officer.token))
      .send({ reason: `${UNTITLED['rejection reason']} withdrew the complaint` })
      .expect(200);
    const actions = await api()
      .get(`/api/actions?documentId=${named.documentId}`)
      .set(bearer(s.officer.token));
    const items = (actions.body as { actions?: { id: string; recommendationId: string }[] }).actions ?? [];
    actionPaid = items.find((a) => a.recommendationId === paid)?.id ?? '';
    const toCancel = items.find((a) => a.recommendationId === cancelled)?.id ?? '';
    await api()
      .post(`/api/actions/${toCancel}/transitions`)
      .set(bearer(s.officer.token))
      .send({ to: 'cancelled', note: `${UNTITLED['cancel reason']} moved away` })
      .expect(200);
    actionCancelled = toCancel;
    readable = discoverRoutes(t.app).filter(
      (r) => r.method === 'GET' && r.rule.kind === 'roles' && roleMayCall(r.rule, 'scrutiny', 'GET'),
    );
  }, 120_000);
  afterAll(() => t?.close());

  const isApi = (path: string) => path.startsWith('/api/');
  /** The records holding planted data, for each route with an id. */
  const ids = (): Record<string, string[]> => ({
    '/actions/:id': [s.actionA, actionPaid, actionCancelled],
    '/api/actions/:id': [s.actionA, actionPaid, actionCancelled],
    '/api/documents/:id': [s.docA, docNamed],
    '/api/documents/:id/recommendations': [s.docA, docNamed],
  });

  /** The text of every cell of a spreadsheet, one per line. */
  async function spreadsheetText(bytes: Buffer): Promise<string> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => {
      cells.push(sheet.name);
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? ''))));
    });
    return cells.join('\n');
  }

  async function get(path: string, as: 'scrutiny' | 'officer') {
    let req = request(t.app.getHttpServer())
      .get(path)
      .redirects(0)
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => done(null, Buffer.concat(parts)));
      });
    req = isApi(path) ? req.set(bearer(s[as].token)) : req.set('Cookie', s[as].cookie);
    const res = await req;
    const raw = res.body as Buffer;
    const type = String(res.headers['content-type'] ?? '');
    if (type.includes('spreadsheetml')) return { status: res.status, text: await spreadsheetText(raw) };
    if (type.includes('wordprocessingml'))
      return { status: res.status, text: (await mammoth.extractRawText({ buffer: raw })).value };
    return { status: res.status, text: raw.toString('utf8') };
  }

  it('finds the readable routes, and an officer sees the planted data on them (so the sweep is not vacuous)', async () => {
    const paths = readable.map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/actions/:id',
        '/api/reports/payments',
        '/api/reports/themes',
        '/dashboard',
        '/api/reports/annual',
        '/api/reports/annual/list',
        '/reports/annual',
        '/reports/annual/list',
        '/reports/annual/download',
      ]),
    );
    // the annual report's lists hold the planted learning actions (redacted) and its Word file is read
    const learning = await get('/api/reports/annual/list?figure=learning', 'scrutiny');
    expect(learning.text).toContain('Remind staff to tell');
    expect((await get('/api/reports/annual?format=docx', 'scrutiny')).text).toContain('Learning themes');
    // the planted learning actions form a recurring theme, shown on the dashboard and in its workbook
    const themes = JSON.parse((await get('/api/reports/themes', 'scrutiny')).text) as {
      themes: { label: string; count: number }[];
    };
    expect(themes.themes.length).toBeGreaterThan(0);
    expect((await get('/dashboard/report.xlsx', 'scrutiny')).text).toContain(themes.themes[0].label);
    // spreadsheets are read cell by cell: the committee workbook names the service
    expect((await get('/dashboard/report.xlsx', 'scrutiny')).text).toContain('Service A');
    // every planted untitled name is on a record an officer reads, and those records are swept
    let officerText = '';
    for (const [route, list] of Object.entries(ids()))
      for (const id of list) {
        expect(id).toBeTruthy();
        officerText += (await get(route.replace(':id', id), 'officer')).text;
      }
    for (const [field, name] of Object.entries(UNTITLED))
      if (field !== 'learning action text (themes)' && field !== 'rejection reason')
        expect({ field, seen: fold(officerText).includes(fold(name.split(' ')[0])) }).toEqual({
          field,
          seen: true,
        });
    const officerSees = leaks((await get(`/api/actions/${s.actionA}`, 'officer')).text);
    expect(officerSees).toEqual(
      expect.arrayContaining(['Mrs B', 'child Y', 'Jane Doe', 'letter-to-mrs-b', 'Zebedee']),
    );
  });

  it('answers every readable route without personal data, for scrutiny', async () => {
    const found: string[] = [];
    let swept = 0;
    for (const route of readable) {
      if (/:/.test(route.path) && !ids()[route.path]) continue; // static assets (e.g. /api/docs/ui/:file)
      const paths = ids()[route.path]?.map((id) => route.path.replace(/:id\b/, id)) ?? [route.path];
      const variants = [...paths];
      for (const path of paths) {
        if (path.startsWith('/api/reports/')) variants.push(`${path}?format=csv`);
        // every learning action its own theme too, so each text could show as an example or label
        if (path === '/api/reports/themes')
          variants.push(`${path}?minCount=1`, `${path}?minCount=1&format=csv`);
        // the annual report: every download format, and the lists behind its figures
        if (path === '/api/reports/annual' || path === '/reports/annual/download')
          variants.push(...['csv', 'xlsx', 'docx'].map((f) => `${path}?format=${f}`));
        if (path.endsWith('/reports/annual/list'))
          for (const figure of ANNUAL_FIGURES) variants.push(`${path}?figure=${figure}`);
      }
      for (const p of variants) {
        const res = await get(p, 'scrutiny');
        swept++;
        if (res.status >= 500) found.push(`${p}: ${res.status}`);
        const leaked = leaks(res.text);
        if (leaked.length) found.push(`${p} (${res.status}): ${leaked.join(', ')}`);
      }
    }
    expect(swept).toBeGreaterThan(15);
    expect(found).toEqual([]);
  });
});
