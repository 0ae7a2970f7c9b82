/**
 * npm run bench:annual [-- --decisions 5000 --actions 50000]   (PostgreSQL: npm run bench:annual:postgres)
 * Ten Ombudsman years of data (5,000 decisions, 50,000 actions with payments, plus Stage 2/3 reports) in a
 * fresh SQLite database (PostgreSQL when TEST_DATABASE_URL is set, as for the tests), then the annual
 * report page, its JSON, the letter, a list behind a figure and the Word, XLSX and CSV exports, timed
 * through the real app (median of several runs). Bars: the page under 200 ms, the Word export under 1 s.
 * Prints the machine's load average: figures taken with a load above the core count are not clean.
 */
import 'reflect-metadata';
import { EntityManager } from '@mikro-orm/core';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ActionPayment } from '../../src/actions/entities/action-payment.entity';
import { ProposedRecommendation } from '../../src/documents/entities/recommendation.entity';
import { ActionStatus, TrackedAction } from '../../src/actions/entities/tracked-action.entity';
import { addDays, LocalDate, todayInLondon } from '../../src/calendar';
import { ComplaintCase } from '../../src/documents/entities/complaint-case.entity';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import type { Finding, PaymentPurpose, RecommendationCategory } from '../../src/extraction/types';
import { AnnualReportRepository } from '../../src/reports/annual/annual-report.repository';
import { AnnualReportService } from '../../src/reports/annual/annual-report.service';
import { ombudsmanYearOf, reportPeriod } from '../../src/reports/annual/report-period';
import { parseServiceAreaSeed, seedServiceAreas } from '../../src/seeding/service-area-seed';
import { ServiceArea } from '../../src/service-areas/entities/service-area.entity';
import { ServiceAreasService } from '../../src/service-areas/service-areas.service';
import { bearer, createUserWithSession, createUserWithToken } from '../../test/support/auth-helpers';
import { createTestApp } from '../../test/support/test-app';
import { cpuMsSince, postgresCpuMs, profileSql } from './profile';

const arg = (name: string, fallback: number) =>
  Number(new RegExp(`--${name}[= ](\\d+)`).exec(process.argv.join(' '))?.[1] ?? fallback);
const DECISIONS = arg('decisions', 5_000);
const ACTIONS = arg('actions', 50_000);
const STAGE_REPORTS = Math.round(DECISIONS / 10);
const RUNS = 7;
const EXPLAIN = process.argv.includes('--explain');
const PROFILE = EXPLAIN || process.argv.includes('--profile');

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FINDINGS: (Finding | null)[] = [
  'upheld',
  'upheld',
  'upheld',
  'partly_upheld',
  'not_upheld',
  'closed_after_initial_enquiries',
  'premature',
  'outside_jurisdiction',
];
const CATEGORIES: RecommendationCategory[] = [
  'apology',
  'payment',
  'reassessment',
  'staff_training',
  'staff_reminder',
  'procedure_review',
  'policy_change',
  'audit_similar_cases',
];
const PURPOSES: PaymentPurpose[] = ['distress', 'time_and_trouble', 'financial_loss', 'refund'];

const BENCH_USER = {
  id: 'bench',
  email: '',
  name: 'Bench',
  role: 'scrutiny' as const,
  serviceAreaIds: [],
  via: 'token' as const,
};
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const load = loadavg().map((n) => n.toFixed(2));
  const t = await createTestApp({
    COMPLIANCE_SCHEDULER: 'false',
    LOG_LEVEL: 'silent',
    COUNCIL_NAME: 'Bench Council',
  });
  const database = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite';
  try {
    const em = t.app.get(EntityManager).fork();
    const seedFile = join(__dirname, '..', '..', 'seeds', 'service-areas.json');
    await em.transactional((tx) =>
      seedServiceAreas(tx, parseServiceAreaSeed(readFileSync(seedFile, 'utf8'), seedFile)),
    );
    const services = (await em.find(ServiceArea, {})).filter((a) => a.kind !== 'directorate');
    const officer = await createUserWithSession(t, { role: 'officer', email: 'bench.officer@council.test' });
    const scrutiny = await createUserWithToken(t, { role: 'scrutiny', email: 'bench.scrutiny@council.test' });

    const rand = mulberry32(2024);
    const today = todayInLondon();
    const start = LocalDate.fromEpochDay(today.epochDay - 10 * 365);
    const seedStart = process.hrtime.bigint();
    const cases: object[] = [];
    const docs: object[] = [];
    const recs: object[] = [];
    const actions: object[] = [];
    const payments: object[] = [];
    // Remedies and learning go with upheld decisions only (as in life): they share the actions.
    const findings = Array.from({ length: DECISIONS }, () => FINDINGS[Math.floor(rand() * FINDINGS.length)]);
    const upheldIndexes = findings.flatMap((f, i) => (f === 'upheld' || f === 'partly_upheld' ? [i] : []));
    const lastUpheld = upheldIndexes[upheldIndexes.length - 1];
    const perDecision = ACTIONS / upheldIndexes.length;
    let upheldSoFar = 0;
    let actionCount = 0;
    const total = DECISIONS + STAGE_REPORTS;
    for (let i = 0; i < total; i++) {
      const stage = i >= DECISIONS;
      const decision = LocalDate.fromEpochDay(start.epochDay + Math.floor(rand() * 10 * 365));
      const area = services[Math.floor(rand() * services.length)];
      const caseId = randomUUID();
      const docId = randomUUID();
      cases.push({
        id: caseId,
        title: `Case ${i}`,
        stage: stage ? 'stage2' : 'ombudsman',
        serviceArea: area.id,
        createdAt: new Date(),
      });
      const finding = stage ? 'partly_upheld' : findings[i];
      const upheld = finding === 'upheld' || finding === 'partly_upheld';
      const sha = createHash('sha256').update(`annual ${i}`).digest('hex');
      docs.push({
        id: docId,
        sha256: sha,
        fileName: `decision-${i}.pdf`,
        mediaType: 'application/pdf',
        sizeBytes: 50_000,
        storagePath: `${sha.slice(0, 2)}/${sha}.pdf`,
        status: 'processed',
        documentType: stage
          ? i % 3
            ? 'stage2_report'
            : 'stage3_panel'
          : rand() < 0.85
            ? 'lgsco_decision'
            : 'housing_ombudsman_decision',
        reference: stage
          ? `S-${i}`
          : `${String(ombudsmanYearOf(decision) % 100).padStart(2, '0')} ${String(i).padStart(3, '0').slice(-3)} ${String(100 + (i % 900))}`,
        decisionDate: decision.toDate(),
        finding,
        remediedBefore: upheld ? rand() < 0.1 : null,
        complaintCase: caseId,
        attempts: 1,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      // every decision gets its share of the actions (the last takes what is left); stage reports get
      // recommendations with the council's answers
      if (upheld && !stage) upheldSoFar++;
      const n =
        stage || !upheld
          ? 0
          : i === lastUpheld
            ? ACTIONS - actionCount
            : Math.round(upheldSoFar * perDecision) - actionCount;
      if (stage) {
        for (let j = 0; j < 4; j++)
          recs.push({
            id: randomUUID(),
            document: docId,
            ordinal: j,
            status: ['accepted', 'accepted', 'not_accepted', 'proposed'][Math.floor(rand() * 4)],
            text: `Recommendation ${j + 1}`,
            extractedText: `Recommendation ${j + 1}`,
            category: 'procedure_review',
            learning: true,
            payments: [],
            evidenceRequired: false,
            spanStart: 0,
            spanEnd: 10,
            confidence: 0.9,
            createdAt: new Date(),
          });
      }
      for (let j = 0; j < n; j++) {
        actionCount++;
        const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)];
        const learning = !['apology', 'payment', 'reassessment'].includes(category);
        const due = addDays(decision, 28 + Math.floor(rand() * 60));
        const past = due.isBefore(today);
        const r = rand();
        const status: ActionStatus = past
          ? r < 0.7
            ? 'verified'
            : r < 0.98
              ? 'completed'
              : r < 0.99
                ? 'in_progress'
                : 'cancelled'
          : r < 0.3
            ? 'completed'
            : 'open';
        // one remedy in a hundred is done late
        const doneDay = LocalDate.fromEpochDay(
          rand() < 0.01 ? due.epochDay + 1 + Math.floor(rand() * 20) : due.epochDay - Math.floor(rand() * 25),
        );
        const done = status === 'completed' || status === 'verified';
        const completedOn = done ? (doneDay.isBefore(decision) ? decision : doneDay) : null;
        const recId = randomUUID();
        const actionId = randomUUID();
        const text = learning
          ? `Review the ${area.name} procedure (${category.replace(/_/g, ' ')}).`
          : `Apologise to Mrs B (${i}).`;
        recs.push({
          id: recId,
          document: docId,
          ordinal: j,
          status: 'accepted',
          text,
          extractedText: text,
          category,
          learning,
          payments: [],
          evidenceRequired: false,
          spanStart: 0,
          spanEnd: text.length,
          confidence: 0.9,
          createdAt: new Date(),
        });
        actions.push({
          id: actionId,
          recommendation: recId,
          document: docId,
          serviceArea: area.id,
          text,
          category,
          learning,
          ombudsmanRemedy: true,
          evidenceRequired: false,
          status,
          startDate: decision.toDate(),
          dueDate: (rand() < 0.2 ? addDays(due, 30) : due).toDate(),
          originalDueDate: due.toDate(),
          completedAt: completedOn ? new Date(`${completedOn.toString()}T12:00:00Z`) : null,
          completedOn: completedOn ? completedOn.toDate() : null,
          version: 1,
          createdAt: new Date(),
          updatedAt: new Date(),
        });
        if (category === 'payment')
          payments.push({
            id: randomUUID(),
            action: actionId,
            payee: null,
            purpose: PURPOSES[Math.floor(rand() * PURPOSES.length)],
            agreedPence: 10_000 + Math.floor(rand() * 100) * 1_000,
            paidPence: done ? 10_000 : 0,
          });
      }
    }
    const insert = async (tx: EntityManager, entity: object, rows: object[]) => {
      for (let i = 0; i < rows.length; i += 500)
        await tx.insertMany(entity as typeof TrackedAction, rows.slice(i, i + 500) as never[]);
    };
    await em.transactional(async (tx) => {
      await insert(tx, ComplaintCase, cases);
      await insert(tx, StoredDocument, docs);
      await insert(tx, ProposedRecommendation, recs);
      await insert(tx, TrackedAction, actions);
      await insert(tx, ActionPayment, payments);
    });
    // a live database has its planner statistics; a bulk load this size has none until ANALYZE
    await em.getConnection().execute('analyze');
    const seeded = ms(seedStart);

    const server = t.app.getHttpServer();
    const year = ombudsmanYearOf(today) - 1; // the last full Ombudsman year
    const timed = async (
      label: string,
      path: string,
      auth: { cookie?: string; token?: string },
      bar?: number,
    ) => {
      const call = async () => {
        let req = request(server).get(path);
        req = auth.cookie ? req.set('Cookie', auth.cookie) : req.set(bearer(auth.token as string));
        return req.buffer(true).expect(200);
      };
      await call(); // warm
      const times: number[] = [];
      let bytes = 0;
      const sqlProfile = PROFILE ? profileSql(em) : null;
      const cpu = process.cpuUsage();
      const pg = postgresCpuMs();
      for (let i = 0; i < RUNS; i++) {
        const s = process.hrtime.bigint();
        const res = await call();
        times.push(ms(s));
        bytes = Number(res.headers['content-length'] ?? (res.text ?? '').length);
      }
      // CPU per request (mean of the runs): Node's (SQLite included), and the PostgreSQL server's
      const nodeCpu = cpuMsSince(cpu) / RUNS;
      const pgCpu = pg === null ? null : ((postgresCpuMs() ?? pg) - pg) / RUNS;
      let sql = sqlProfile ? sqlProfile.report(8) : '';
      sqlProfile?.stop();
      // --explain (PostgreSQL): the plan of this request's slowest statements, as they ran
      if (EXPLAIN && sqlProfile && bar !== undefined && process.env.TEST_DATABASE_URL) {
        for (const q of sqlProfile.slowest(3)) {
          const plan = await em
            .getConnection()
            .execute<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${q.sql}`, q.bindings, 'all');
          sql += `\n    EXPLAIN ANALYZE of a ${q.ms.toFixed(0)} ms statement:\n${(plan as { 'QUERY PLAN': string }[]).map((r: { 'QUERY PLAN': string }) => `      ${r['QUERY PLAN']}`).join('\n')}`;
        }
      }
      return { label, median: median(times), max: Math.max(...times), bytes, bar, nodeCpu, pgCpu, sql };
    };
    const rows = [
      await timed(
        `GET /reports/annual?year=${year} (the page)`,
        `/reports/annual?year=${year}`,
        officer,
        200,
      ),
      await timed(`GET /api/reports/annual?year=${year}`, `/api/reports/annual?year=${year}`, scrutiny),
      await timed(
        `GET /api/reports/annual?year=${year}&format=docx (Word)`,
        `/api/reports/annual?year=${year}&format=docx`,
        scrutiny,
        1000,
      ),
      await timed(
        `GET /api/reports/annual?year=${year}&format=xlsx`,
        `/api/reports/annual?year=${year}&format=xlsx`,
        scrutiny,
      ),
      await timed(
        `GET /api/reports/annual?year=${year}&format=csv`,
        `/api/reports/annual?year=${year}&format=csv`,
        scrutiny,
      ),
      await timed('GET /reports/annual/letter (the page)', '/reports/annual/letter', officer),
      await timed(
        `GET /reports/annual/list?figure=compliance.late`,
        `/reports/annual/list?year=${year}&figure=compliance.late`,
        officer,
      ),
      await timed('GET /dashboard (figures kept: data unchanged)', '/dashboard', officer),
    ];
    const body = (await request(server).get(`/api/reports/annual?year=${year}`).set(bearer(scrutiny.token)))
      .body as {
      decisions: { total: number };
      compliance: { cases: number; late: number };
    };

    const out = process.stdout;
    out.write(
      `Annual report benchmark: ${DECISIONS} decisions and ${STAGE_REPORTS} Stage 2/3 reports over 10 years, ${actions.length} actions, ${payments.length} payments; ${database}; ${new Date().toISOString()}\n`,
    );
    out.write(
      `load average at start ${load.join(' ')} (${cpus().length} cores); at end ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}\n`,
    );
    out.write(
      `seed (bulk insert)                                          ${seeded.toFixed(0).padStart(7)} ms\n`,
    );
    out.write(
      `year ${year}: ${body.decisions.total} decisions, ${body.compliance.cases} cases with remedies, ${body.compliance.late} late\n`,
    );
    let failed = false;
    for (const r of rows) {
      const verdict =
        r.bar === undefined ? '' : `  (bar: < ${r.bar} ms: ${r.median < r.bar ? 'PASS' : 'FAIL'})`;
      if (r.bar !== undefined && r.median >= r.bar) failed = true;
      out.write(
        `${r.label.padEnd(60)} median ${r.median.toFixed(0).padStart(5)} ms, max ${r.max.toFixed(0).padStart(5)} ms (${r.bytes} bytes)${verdict}; CPU per request: Node ${r.nodeCpu.toFixed(0)} ms${r.pgCpu === null ? '' : `, PostgreSQL ${r.pgCpu.toFixed(0)} ms`}\n${r.sql ? `${r.sql}\n` : ''}`,
      );
    }
    if (failed) process.exitCode = 1;
    if (process.argv.includes('--profile')) {
      // each query of the report alone, one after another (median of RUNS)
      const repo = t.app.get(AnnualReportRepository);
      const q = { period: reportPeriod(year), scope: null, today, riskDays: 28 };
      const two = { ...q, period: { ...q.period, from: reportPeriod(year - 1).from }, split: q.period.from };
      const rows = await repo.decisions(q);
      const late = rows.filter((d) => d.outcome === 'late' || d.outcome === 'overdue').map((d) => d.id);
      const calls: [string, () => Promise<unknown>][] = [
        ['decisions', () => repo.decisions(q)],
        ['paymentGroups', () => repo.paymentGroups(q)],
        ['learningGroups', () => repo.learningGroups(q)],
        ['learningExamples', () => repo.learningExamples(q)],
        ['stageGroups', () => repo.stageGroups(q)],
        ['remediesOf late', () => repo.remediesOf(late)],
        ['remedySummaries', () => repo.remedySummaries(rows.map((d) => d.id))],
        ['service areas tree', () => t.app.get(ServiceAreasService).tree()],
        ['commentary', () => repo.commentary('ombudsman-2025')],
        ['both years: decisions', () => repo.decisions(two)],
        ['both years: learningExamples', () => repo.learningExamples(two)],
        ['service.report', () => t.app.get(AnnualReportService).report(BENCH_USER, reportPeriod(year))],
        ['service.letter', () => t.app.get(AnnualReportService).letter(BENCH_USER)],
      ];
      out.write('each query alone (--profile):\n');
      for (const [name, fn] of calls) {
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const s = process.hrtime.bigint();
          await fn();
          times.push(ms(s));
        }
        out.write(`  ${name.padEnd(20)} median ${median(times).toFixed(1)} ms\n`);
      }
    }
  } finally {
    await t.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
