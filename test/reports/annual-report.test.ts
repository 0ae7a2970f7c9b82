import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { ResultPersister } from '../../src/documents/ingest/result-persister';
import type { ExtractionResult } from '../../src/extraction/types';
import { LocalDate, todayInLondon } from '../../src/calendar';
import { bearer, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { annualSpecs, DocSpec, insertAnnualSpecs, reference, Reference } from './support/annual-fixture';

/** Boots a real app (database, Redis) and seeds ~60 documents: slow on a loaded machine. */
jest.setTimeout(180_000);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The annual report's figures against a reference computed from the seeded specs with plain loops. */
describe('annual report: figures by the Ombudsman year, equal to an independent reference', () => {
  let t: TestApp;
  let officer: string;
  let scrutiny: string;
  let specs: DocSpec[];
  let ids: Awaited<ReturnType<typeof insertAnnualSpecs>>;
  const today = todayInLondon().toString();
  const api = () => request(httpServer(t));

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false', COUNCIL_NAME: 'Fenbury County Council' });
    officer = (await createUserWithToken(t, { role: 'officer' })).token;
    scrutiny = (await createUserWithToken(t, { role: 'scrutiny' })).token;
    specs = annualSpecs();
    ids = await insertAnnualSpecs(t.app, specs);
  }, 150_000);
  afterAll(async () => {
    await t?.close();
  });

  const get = async (path: string, token = officer): Promise<Json> =>
    (await api().get(path).set(bearer(token)).expect(200)).body as Json;

  function expectMatches(f: Json, ref: Reference, areaIds: Map<string, string>) {
    expect(f.decisions.total).toBe(ref.total);
    for (const [k, v] of Object.entries(ref.byFinding)) expect([k, f.decisions.byFinding[k]]).toEqual([k, v]);
    const sum = Object.values(f.decisions.byFinding as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBe(ref.total);
    expect(f.decisions.investigated).toBe(ref.investigated);
    expect(f.decisions.upheld).toBe(ref.upheld);
    expect(f.decisions.upheldRate).toBe(ref.upheldRate);
    const byService = Object.fromEntries(
      (f.decisions.byService as Json[]).map((s) => [
        s.serviceAreaId === null
          ? 'none'
          : [...areaIds.entries()].find(([, id]) => id === s.serviceAreaId)?.[0],
        s.total,
      ]),
    );
    expect(byService).toEqual(ref.byService);
    expect(f.compliance).toMatchObject({
      cases: ref.cases,
      compliedOnTime: ref.onTime,
      compliedLate: ref.compliedLate,
      overdue: ref.overdue,
      pending: ref.pending,
      late: ref.compliedLate + ref.overdue,
      complied: ref.onTime + ref.compliedLate,
      rate: ref.complianceRate,
    });
    expect(
      Object.fromEntries((f.compliance.lateCases as Json[]).map((c) => [c.reference, c.daysLate])),
    ).toEqual(ref.lateCases);
    expect(f.satisfactoryRemedy.upheld).toBe(ref.upheld);
    expect(f.satisfactoryRemedy.remediedBefore).toBe(ref.remediedBefore);
    expect(f.payments.total).toBe(ref.paymentsPence);
    expect(f.payments.count).toBe(ref.paymentsCount);
    const payByService = Object.fromEntries(
      (f.payments.byService as Json[]).map((s) => [
        [...areaIds.entries()].find(([, id]) => id === s.serviceAreaId)?.[0],
        s.agreedPence,
      ]),
    );
    expect(payByService).toEqual(ref.paymentsByService);
    expect(
      Object.fromEntries((f.payments.byPurpose as Json[]).map((p) => [p.purpose, p.agreedPence])),
    ).toEqual(ref.paymentsByPurpose);
    expect(f.learning.total).toBe(ref.learningTotal);
    for (const [k, v] of Object.entries(ref.learningByStatus))
      expect([k, f.learning.byStatus[k]]).toEqual([k, v]);
    expect(Object.fromEntries((f.learning.themes as Json[]).map((x) => [x.category, x.count]))).toEqual(
      ref.themes,
    );
    for (const s of f.stages as Json[])
      expect([s.stage, { accepted: s.accepted, notAccepted: s.notAccepted, awaiting: s.awaiting }]).toEqual([
        s.stage,
        ref.stages[s.stage],
      ]);
  }

  it('gives every figure of 2024-25 and of 2023-24 beside it as the reference does, and the hand-made cases as expected', async () => {
    const body = await get('/api/reports/annual?year=2024');
    expect(body).toMatchObject({
      year: 2024,
      from: '2024-04-01',
      to: '2025-03-31',
      councilName: 'Fenbury County Council',
    });
    expect(body.previous).toMatchObject({ year: 2023, from: '2023-04-01', to: '2024-03-31' });
    expectMatches(body, reference(specs, '2024-04-01', '2025-03-31', today), ids.areaIds);
    expectMatches(body.previous, reference(specs, '2023-04-01', '2024-03-31', today), ids.areaIds);

    const late = Object.fromEntries((body.compliance.lateCases as Json[]).map((c) => [c.reference, c]));
    // the extension does not help: 10 days past the original due date
    expect(late['24 001 002']).toMatchObject({ daysLate: 10, lateRemedies: 1, stillOpen: false });
    // one late remedy among three makes the case late
    expect(late['24 001 004']).toMatchObject({ remedies: 3, lateRemedies: 1, daysLate: 10 });
    // completed at 00:30 on 1 July in England, due 30 June
    expect(late['24 001 005']).toMatchObject({ daysLate: 1 });
    // overdue and still open
    expect(late['202400106']).toMatchObject({ stillOpen: true, lateRemedies: 1 });
    // the cancelled remedy is left out: that case complied on time
    expect(late['24 001 003']).toBeUndefined();
    // 31 March falls in the previous year, 1 April in this one
    const thisYear = await get('/api/reports/annual/list?year=2024&figure=decisions');
    const refs = (thisYear.rows as Json[]).map((r) => r.reference);
    expect(refs).toContain('23 000 401');
    expect(refs).not.toContain('23 000 331');
    const lastYear = await get('/api/reports/annual/list?year=2023&figure=decisions');
    expect((lastYear.rows as Json[]).map((r) => r.reference)).toContain('23 000 331');
  });

  it('counts by calendar year on request', async () => {
    const body = await get('/api/reports/annual?year=2024&calendar=true');
    expect(body).toMatchObject({ kind: 'calendar', from: '2024-01-01', to: '2024-12-31' });
    expectMatches(body, reference(specs, '2024-01-01', '2024-12-31', today), ids.areaIds);
    expectMatches(body.previous, reference(specs, '2023-01-01', '2023-12-31', today), ids.areaIds);
  });

  it('has, behind every figure, a list of exactly that many rows', async () => {
    const body = await get('/api/reports/annual?year=2024');
    const figures: [string, number][] = [
      ['decisions', body.decisions.total],
      ['decisions.investigated', body.decisions.investigated],
      ['decisions.upheld', body.decisions.upheld],
      ['satisfactory.upheld', body.satisfactoryRemedy.upheld],
      ['satisfactory.remedied_before', body.satisfactoryRemedy.remediedBefore],
      ['compliance.cases', body.compliance.cases],
      ['compliance.complied', body.compliance.complied],
      ['compliance.on_time', body.compliance.compliedOnTime],
      ['compliance.late', body.compliance.late],
      ['compliance.complied_late', body.compliance.compliedLate],
      ['compliance.overdue', body.compliance.overdue],
      ['compliance.pending', body.compliance.pending],
      ['compliance.due', body.compliance.due],
      ['payments', body.payments.count],
      ['learning', body.learning.total],
      ...Object.entries(body.decisions.byFinding as Record<string, number>).map(
        ([f, n]) => [`decisions.finding:${f}`, n] as [string, number],
      ),
      ...(body.decisions.byService as Json[]).map(
        (s) => [`decisions.service:${s.serviceAreaId ?? 'none'}`, s.total] as [string, number],
      ),
      ...(body.decisions.byDirectorate as Json[]).map(
        (d) => [`decisions.directorate:${d.id}`, d.total] as [string, number],
      ),
      ...(body.payments.byService as Json[]).map(
        (s) => [`payments.service:${s.serviceAreaId}`, s.count] as [string, number],
      ),
      ...(body.payments.byPurpose as Json[]).map(
        (s) => [`payments.purpose:${s.purpose}`, s.count] as [string, number],
      ),
      ...Object.entries(body.learning.byStatus as Record<string, number>).map(
        ([s, n]) => [`learning.status:${s}`, n] as [string, number],
      ),
      ...(body.learning.themes as Json[]).map(
        (x) => [`learning.theme:${x.category}`, x.count] as [string, number],
      ),
      ...(body.stages as Json[]).flatMap((s) => [
        [`stage:${s.stage}.accepted`, s.accepted] as [string, number],
        [`stage:${s.stage}.not_accepted`, s.notAccepted] as [string, number],
        [`stage:${s.stage}.proposed`, s.awaiting] as [string, number],
      ]),
    ];
    const mismatched: string[] = [];
    for (const [figure, n] of figures) {
      const list = await get(`/api/reports/annual/list?year=2024&figure=${encodeURIComponent(figure)}`);
      if (list.count !== n || (list.rows as unknown[]).length !== n)
        mismatched.push(`${figure}: ${n} vs ${list.count}`);
    }
    expect(figures.length).toBeGreaterThan(30);
    expect(mismatched).toEqual([]);
    // payments: the list's amounts add up to the figure
    const pay = await get('/api/reports/annual/list?year=2024&figure=payments');
    expect((pay.rows as Json[]).reduce((a, r) => a + r.agreedPence, 0)).toBe(body.payments.total);
    // late cases: the list of the late figure is the report's late cases
    const late = await get('/api/reports/annual/list?year=2024&figure=compliance.late');
    expect((late.rows as Json[]).map((r) => r.reference).sort()).toEqual(
      (body.compliance.lateCases as Json[]).map((c) => c.reference).sort(),
    );
  });

  it('refuses an unknown figure and a bad year with a clear message', async () => {
    const bad = await api().get('/api/reports/annual/list?figure=nonsense').set(bearer(officer)).expect(404);
    expect(bad.body.message).toMatch(/no figure called "nonsense"/);
    const year = await api().get('/api/reports/annual?year=twenty').set(bearer(officer)).expect(400);
    expect(year.body.message).toMatch(/year: must be a year such as 2024/);
  });

  it('is never stale: a change shows in the next request', async () => {
    const before = await get('/api/reports/annual?year=2024');
    // the pending case's remedy is done today: it now complies (late or not, it has an outcome)
    const actionId = (ids.actionIds.get('pending') as string[])[0];
    await api()
      .post(`/api/actions/${actionId}/transitions`)
      .set(bearer(officer))
      .send({ to: 'completed' })
      .expect(200);
    const after = await get('/api/reports/annual?year=2024');
    expect(after.compliance.pending).toBe(before.compliance.pending - 1);
    expect(after.compliance.complied).toBe(before.compliance.complied + 1);
    // and the officer confirms remedied-before on an upheld decision that had none
    const upheld = await get('/api/reports/annual/list?year=2024&figure=decisions.upheld');
    const target = (upheld.rows as Json[]).find((r) => r.remediedBefore !== 'Yes') as Json;
    await api()
      .put(`/api/documents/${target.id}/remedied-before`)
      .set(bearer(officer))
      .send({ remediedBefore: true })
      .expect(204);
    const again = await get('/api/reports/annual?year=2024');
    expect(again.satisfactoryRemedy.remediedBefore).toBe(after.satisfactoryRemedy.remediedBefore + 1);
    expect(again.satisfactoryRemedy.confirmed).toBe(after.satisfactoryRemedy.confirmed + 1);
    // scrutiny may not change it
    await api()
      .put(`/api/documents/${target.id}/remedied-before`)
      .set(bearer(scrutiny))
      .send({ remediedBefore: false })
      .expect(403);
    // only an Ombudsman decision has the answer
    await api()
      .put(`/api/documents/${ids.docIds.get('stage2')}/remedied-before`)
      .set(bearer(officer))
      .send({ remediedBefore: true })
      .expect(422);
  });

  it("takes remedied-before from the extraction when it says so, and never overwrites the officer's answer", async () => {
    const em = t.app.get(EntityManager).fork();
    const doc = em.create(StoredDocument, {
      sha256: 'f'.repeat(64),
      fileName: 'remedied.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 10,
      storagePath: 'ff/remedied.pdf',
      status: 'processing',
      attempts: 1,
    });
    await em.flush();
    const result = (remediedBefore: boolean | null): ExtractionResult => ({
      schemaVersion: 1,
      source: {
        fileName: 'remedied.pdf',
        mediaType: 'application/pdf',
        sha256: 'f'.repeat(64),
        pages: 1,
        characters: 10,
      },
      documentType: 'lgsco_decision',
      reference: '24 009 999',
      organisation: null,
      decisionDate: '2024-06-06',
      finding: 'upheld',
      faultFound: true,
      remediedBefore,
      complainants: [],
      recommendations: [],
      remedyTotal: 0,
      warnings: [],
      errors: [],
    });
    const claim = (attempt: number) => ({
      documentId: doc.id,
      attempt,
      storagePath: doc.storagePath,
      fileName: doc.fileName,
      sha256: doc.sha256,
      mediaType: doc.mediaType,
      processedBefore: attempt > 1,
    });
    const stored = async () =>
      (await t.app.get(EntityManager).fork().findOneOrFail(StoredDocument, doc.id)).remediedBefore;
    expect(await t.app.get(ResultPersister).persist(claim(1), result(true), 'text')).toBe('processed');
    expect(await stored()).toBe(true);
    await api()
      .put(`/api/documents/${doc.id}/remedied-before`)
      .set(bearer(officer))
      .send({ remediedBefore: false })
      .expect(204);
    // processed again (the engine still says true): the officer's confirmed answer stays
    await t.app
      .get(EntityManager)
      .fork()
      .nativeUpdate(StoredDocument, { id: doc.id }, { status: 'processing', attempts: 2 });
    expect(await t.app.get(ResultPersister).persist(claim(2), result(true), 'text')).toBe('processed');
    expect(await stored()).toBe(false);
  });

  it('stores the commentary for the period and puts it in the Word document with every table', async () => {
    await api()
      .put('/api/reports/annual/commentary')
      .set(bearer(officer))
      .send({ year: 2024, text: 'Compliance improved this year.\nTwo remedies were late.' })
      .expect(204);
    await api()
      .put('/api/reports/annual/commentary')
      .set(bearer(scrutiny))
      .send({ year: 2024, text: 'x' })
      .expect(403);
    const body = await get('/api/reports/annual?year=2024');
    expect(body.commentary.text).toBe('Compliance improved this year.\nTwo remedies were late.');

    const res = await api()
      .get('/api/reports/annual?year=2024&format=docx')
      .set(bearer(scrutiny))
      .buffer(true)
      .parse((r, done) => {
        const parts: Buffer[] = [];
        r.on('data', (c: Buffer) => parts.push(c));
        r.on('end', () => done(null, Buffer.concat(parts)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const { value: html } = await mammoth.convertToHtml({ buffer: res.body as Buffer });
    expect(html).toContain('Fenbury County Council');
    expect(html).toContain('Compliance improved this year.');
    const tables = html.match(/<table>/g) ?? [];
    expect(tables.length).toBe(10);
    for (const title of [
      "The Ombudsman's three figures",
      'Ombudsman decisions by outcome',
      'Ombudsman decisions by service',
      'Cases with a late remedy, 2024-25',
      'Remedy payments agreed, by service',
      'Remedy payments agreed, by purpose',
      'Learning actions by status',
      'Learning themes, 2024-25',
      'Stage 2 and Stage 3 recommendations',
      "The Ombudsman's decisions, 2024-25",
    ])
      expect(html.replace(/&#39;|&#x27;/g, "'")).toContain(title);
    // every decision of the year is in the document, by reference, with no names
    const list = await get('/api/reports/annual/list?year=2024&figure=decisions');
    for (const row of list.rows as Json[]) expect(html).toContain(String(row.reference));
    expect(html).not.toMatch(/Mrs B|Mr X/);
  });

  it('exports the same tables as CSV and XLSX', async () => {
    const csv = await api().get('/api/reports/annual?year=2024&format=csv').set(bearer(scrutiny)).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('Ombudsman decisions by outcome');
    expect(csv.text).toContain('23 000 401');
    const xlsx = await api()
      .get('/api/reports/annual?year=2024&format=xlsx')
      .set(bearer(scrutiny))
      .buffer(true)
      .parse((r, done) => {
        const parts: Buffer[] = [];
        r.on('data', (c: Buffer) => parts.push(c));
        r.on('end', () => done(null, Buffer.concat(parts)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    expect(book.worksheets.length).toBe(10);
    expect(book.getWorksheet('Decisions')?.rowCount).toBeGreaterThan(3);
  });

  it('previews the letter: the year so far, its three figures and the remedies at risk', async () => {
    const now = LocalDate.parse(today);
    const yearStart = now.month >= 4 ? LocalDate.of(now.year, 4, 1) : LocalDate.of(now.year - 1, 4, 1);
    const day = (n: number) => LocalDate.fromEpochDay(now.epochDay + n).toString();
    const letterSpecs: DocSpec[] = [
      {
        key: 'letter-risk',
        type: 'lgsco_decision',
        reference: '99 000 001',
        decisionDate: yearStart.toString(),
        finding: 'upheld',
        remediedBefore: true,
        caseService: 'Housing > Repairs',
        actions: [
          {
            category: 'apology',
            ombudsmanRemedy: true,
            status: 'open',
            startDate: yearStart.toString(),
            originalDue: day(10),
            serviceArea: 'Housing > Repairs',
          },
          {
            category: 'payment',
            ombudsmanRemedy: true,
            status: 'open',
            startDate: yearStart.toString(),
            originalDue: day(60),
            serviceArea: 'Housing > Repairs',
          },
          {
            category: 'staff_training',
            ombudsmanRemedy: true,
            status: 'open',
            startDate: yearStart.toString(),
            originalDue: day(-5),
            serviceArea: 'Housing > Repairs',
          },
        ],
      },
      {
        key: 'letter-not-upheld',
        type: 'lgsco_decision',
        reference: '99 000 002',
        decisionDate: yearStart.toString(),
        finding: 'not_upheld',
        caseService: 'Housing > Repairs',
        actions: [],
      },
    ];
    // a second app keeps this year's cases apart from the seeded years
    const t2 = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    try {
      const token = (await createUserWithToken(t2, { role: 'officer' })).token;
      await insertAnnualSpecs(t2.app, letterSpecs);
      const letter = (
        await request(httpServer(t2)).get('/api/reports/annual/letter').set(bearer(token)).expect(200)
      ).body as Json;
      const ref = reference(letterSpecs, yearStart.toString(), today, today);
      expect(letter.period.from).toBe(yearStart.toString());
      expect(letter.upheld).toEqual({
        investigated: ref.investigated,
        upheld: ref.upheld,
        rate: ref.upheldRate,
      });
      expect(letter.compliance).toMatchObject({
        due: ref.cases - ref.pending,
        complied: ref.onTime + ref.compliedLate,
        late: ref.compliedLate + ref.overdue,
        rate: ref.complianceRate,
      });
      expect(letter.satisfactoryRemedy).toMatchObject({ upheld: 1, remediedBefore: 1, rate: 1 });
      // due in 10 days (at risk) and 5 days overdue; the one due in 60 days is not at risk yet
      expect((letter.atRisk as Json[]).map((r) => [r.remedy, r.daysPastDue])).toEqual([
        ['staff training', 5],
        ['apology', -10],
      ]);
      const list = (
        await request(httpServer(t2))
          .get('/api/reports/annual/list?figure=letter.at_risk')
          .set(bearer(token))
          .expect(200)
      ).body as Json;
      expect(list.count).toBe(2);
    } finally {
      await t2.close();
    }
  });
});
