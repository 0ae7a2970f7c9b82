import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors';
import { serviceAreaFilter, canSeeServiceArea } from '../../auth/access-scope';
import type { AuthUser } from '../../common/access/auth-user';
import { redactPersonalData } from '../../auth/personal-data';
import { LocalDate, todayInLondon } from '../../calendar';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { ServiceAreasService } from '../../service-areas/service-areas.service';
import {
  ACTION_STATUSES,
  CATEGORY_THEMES,
  FINDING_LABELS,
  FINDINGS,
  INVESTIGATED,
  label,
  OUTCOME_LABELS,
  PURPOSE_LABELS,
  REMEDY_WORDS,
  STAGE_LABELS,
  STATUS_LABELS,
  UPHELD,
} from './annual-labels';
import { AnnualReportRepository, DecisionRow, Query, STAGE_TYPES } from './annual-report.repository';
import type {
  AnnualFigures,
  AnnualReport,
  AtRiskRemedy,
  FigureList,
  LateCase,
  LetterPreview,
} from './annual-report.types';
import { previousPeriod, ReportPeriod, yearToDate } from './report-period';

/** Open Ombudsman remedies due within this many days are at risk of making compliance late. */
export const RISK_DAYS = 28;

const rate = (part: number, whole: number): number | null =>
  whole ? Math.round((part / whole) * 1000) / 1000 : null;
const pounds = (pence: number): string =>
  `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

type AreaName = (id: string | null) => { name: string; directorateId: string; directorate: string };
type Repo = AnnualReportRepository;
type Remedy = Awaited<ReturnType<Repo['remediesOf']>>[number];

/** What every figure is counted from: the decisions (with compliance) and the groups of the rest. */
interface Rows {
  decisions: DecisionRow[];
  payments: Awaited<ReturnType<Repo['paymentGroups']>>;
  learning: Awaited<ReturnType<Repo['learningGroups']>>;
  examples: Awaited<ReturnType<Repo['learningExamples']>>;
  stages: Awaited<ReturnType<Repo['stageGroups']>>;
}

/** A decision figure's filter: by findings (null: none recorded), service, remedied before. */
interface DecisionFilter {
  findings?: (string | null)[];
  serviceAreaId?: string | null;
  remediedBefore?: boolean;
}

const DECISION_COLUMNS = [
  { key: 'reference', label: 'Reference' },
  { key: 'decisionDate', label: 'Decision date' },
  { key: 'service', label: 'Service' },
  { key: 'outcome', label: 'Outcome' },
  { key: 'remedy', label: 'Remedy' },
  { key: 'remediedBefore', label: 'Remedied before the Ombudsman' },
];

/**
 * The annual complaints report and the Ombudsman's letter ahead of time. Every figure is counted on the
 * request (nothing cached, so nothing stale), each query run once per request; every figure has a list
 * behind it (`list`) drawn from the same rows. Service leads see their own services; nothing carries names
 * (references, services, outcomes and categories only; texts are redacted).
 */
@Injectable()
export class AnnualReportService {
  constructor(
    private readonly repo: AnnualReportRepository,
    private readonly areas: ServiceAreasService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private query(user: AuthUser, period: ReportPeriod, today: LocalDate): Query {
    return { period, scope: serviceAreaFilter(user), today, riskDays: RISK_DAYS };
  }

  private async areaNames(): Promise<AreaName> {
    const tree = await this.areas.tree();
    return (id) => {
      if (!id)
        return { name: 'No service recorded', directorateId: 'none', directorate: 'No service recorded' };
      const dir = tree.directorateOf(id);
      return {
        name: tree.get(id) ? tree.pathName(id) : 'Unknown service area',
        directorateId: dir?.id ?? 'none',
        directorate: dir?.name ?? 'Unknown service area',
      };
    };
  }

  async report(
    user: AuthUser,
    period: ReportPeriod,
    today: LocalDate = todayInLondon(),
  ): Promise<AnnualReport> {
    return (await this.reportAndDecisions(user, period, today, false)).report;
  }

  /**
   * The report and the list of its year's decisions (the page and the committee pack show both), from
   * one run of each query.
   */
  async reportWithDecisions(
    user: AuthUser,
    period: ReportPeriod,
    today: LocalDate = todayInLondon(),
  ): Promise<{ report: AnnualReport; decisions: FigureList }> {
    const { report, decisions } = await this.reportAndDecisions(user, period, today, true);
    return { report, decisions: decisions as FigureList };
  }

  private async reportAndDecisions(
    user: AuthUser,
    period: ReportPeriod,
    today: LocalDate,
    withDecisions: boolean,
  ): Promise<{ report: AnnualReport; decisions: FigureList | null }> {
    const before = previousPeriod(period);
    // both years in one pass: each query spans them and groups by year as well
    const both: Query = {
      ...this.query(user, { ...period, from: before.from }, today),
      split: period.from,
    };
    const [area, rows, commentary] = await Promise.all([
      this.areaNames(),
      this.load(both),
      this.repo.commentary(period.key),
    ]);
    const [[current, previous], decisions] = await Promise.all([
      this.figures(both, area, [period, before], rows),
      withDecisions
        ? this.decisionList(
            period,
            'decisions',
            'Ombudsman decisions',
            rows.decisions.filter((d) => d.y === 0),
            area,
          )
        : null,
    ]);
    return {
      report: {
        councilName: this.config.councilName,
        asOf: today.toString(),
        ...current,
        commentary: commentary
          ? { text: commentary.text, updatedAt: commentary.updatedAt.toISOString() }
          : null,
        previous,
      },
      decisions,
    };
  }

  /** The rows every figure is counted from (one statement each, run together). */
  private async load(q: Query): Promise<Rows> {
    const [decisions, payments, learning, examples, stages] = await Promise.all([
      this.repo.decisions(q),
      this.repo.paymentGroups(q),
      this.repo.learningGroups(q),
      this.repo.learningExamples(q),
      this.repo.stageGroups(q),
    ]);
    return { decisions, payments, learning, examples, stages };
  }

  /**
   * The figures of each period (`periods[y]` for the query's year y: one, or two with Query.split).
   * `remedies`: those of the late cases, when already read.
   */
  private async figures(
    q: Query,
    area: AreaName,
    periods: ReportPeriod[],
    rows: Rows,
    remedies?: Remedy[],
  ): Promise<AnnualFigures[]> {
    const { decisions, payments, learning, examples, stages } = rows;
    const lateCases = await this.lateCases(q, area, decisions, remedies);
    return periods.map((period, y) =>
      this.build(period, area, {
        decisions: decisions.filter((r) => r.y === y),
        lateCases: lateCases.filter((r) => r.y === y).map(({ y: _y, ...c }) => c),
        payments: payments.filter((r) => r.y === y),
        learning: learning.filter((r) => r.y === y),
        examples: new Map(
          [...examples.entries()]
            .filter(([k]) => k.startsWith(`${y}|`))
            .map(([k, v]) => [k.slice(k.indexOf('|') + 1), v]),
        ),
        stages: stages.filter((r) => r.y === y),
      }),
    );
  }

  private build(
    period: ReportPeriod,
    area: AreaName,
    rows: {
      decisions: DecisionRow[];
      lateCases: LateCase[];
      payments: Rows['payments'];
      learning: Rows['learning'];
      examples: Map<string, string>;
      stages: Rows['stages'];
    },
  ): AnnualFigures {
    const { decisions, lateCases, payments, learning, examples, stages } = rows;

    const byFinding: Record<string, number> = Object.fromEntries(FINDINGS.map((f) => [f, 0]));
    const services = new Map<string, { id: string | null; total: number; upheld: number }>();
    const outcomes = new Map<string, number>();
    let remediedBefore = 0;
    let confirmed = 0;
    for (const d of decisions) {
      const key = d.finding ?? 'unknown';
      byFinding[key] = (byFinding[key] ?? 0) + 1;
      const sk = d.serviceAreaId ?? 'none';
      const svc = services.get(sk) ?? { id: d.serviceAreaId, total: 0, upheld: 0 };
      svc.total += 1;
      if (isUpheld(d.finding)) {
        svc.upheld += 1;
        if (d.remediedBefore === true) remediedBefore += 1;
        if (d.confirmed) confirmed += 1;
      }
      services.set(sk, svc);
      if (d.outcome !== null) outcomes.set(d.outcome, (outcomes.get(d.outcome) ?? 0) + 1);
    }
    const total = decisions.length;
    const investigated = INVESTIGATED.reduce((a, f) => a + (byFinding[f] ?? 0), 0);
    const upheld = UPHELD.reduce((a, f) => a + (byFinding[f] ?? 0), 0);
    const byService = [...services.values()]
      .map((s) => {
        const a = area(s.id);
        return {
          serviceAreaId: s.id,
          serviceArea: a.name,
          directorate: a.directorate,
          total: s.total,
          upheld: s.upheld,
        };
      })
      .sort((a, b) => b.total - a.total || a.serviceArea.localeCompare(b.serviceArea));
    const dirs = new Map<string, { id: string; name: string; total: number; upheld: number }>();
    for (const s of byService) {
      const a = area(s.serviceAreaId);
      const d = dirs.get(a.directorateId) ?? {
        id: a.directorateId,
        name: a.directorate,
        total: 0,
        upheld: 0,
      };
      d.total += s.total;
      d.upheld += s.upheld;
      dirs.set(a.directorateId, d);
    }

    const count = (o: string) => outcomes.get(o) ?? 0;
    const cases = [...outcomes.values()].reduce((a, c) => a + c, 0);
    const onTime = count('on_time');
    const compliedLate = count('late');
    const overdue = count('overdue');
    const pending = count('pending');
    const due = cases - pending;

    const byServicePay = new Map<string, { count: number; agreed: number; paid: number }>();
    const byPurpose = new Map<string, { count: number; agreed: number; paid: number }>();
    for (const p of payments) {
      for (const [map, key] of [
        [byServicePay, p.serviceAreaId],
        [byPurpose, p.purpose],
      ] as const) {
        const e = map.get(key) ?? { count: 0, agreed: 0, paid: 0 };
        e.count += p.count;
        e.agreed += p.agreedPence;
        e.paid += p.paidPence;
        map.set(key, e);
      }
    }

    const byStatus: Record<string, number> = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0]));
    const themeCounts = new Map<string, number>();
    for (const g of learning) {
      byStatus[g.status] = (byStatus[g.status] ?? 0) + g.count;
      if (g.status !== 'cancelled') themeCounts.set(g.category, (themeCounts.get(g.category) ?? 0) + g.count);
    }

    return {
      year: period.year,
      kind: period.kind,
      label: period.label,
      from: period.from.toString(),
      to: period.to.toString(),
      decisions: {
        total,
        byFinding,
        investigated,
        upheld,
        upheldRate: rate(upheld, investigated),
        byService,
        byDirectorate: [...dirs.values()]
          .map((d) => ({ id: d.id, name: d.name, total: d.total, upheld: d.upheld }))
          .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
      },
      compliance: {
        cases,
        complied: onTime + compliedLate,
        compliedOnTime: onTime,
        late: compliedLate + overdue,
        compliedLate,
        overdue,
        pending,
        due,
        rate: rate(onTime + compliedLate, due),
        lateCases,
      },
      satisfactoryRemedy: { upheld, remediedBefore, confirmed, rate: rate(remediedBefore, upheld) },
      payments: {
        total: payments.reduce((a, p) => a + p.agreedPence, 0),
        paidPence: payments.reduce((a, p) => a + p.paidPence, 0),
        count: payments.reduce((a, p) => a + p.count, 0),
        byService: [...byServicePay.entries()]
          .map(([id, e]) => ({
            serviceAreaId: id,
            serviceArea: area(id).name,
            count: e.count,
            agreedPence: e.agreed,
            paidPence: e.paid,
          }))
          .sort((a, b) => b.agreedPence - a.agreedPence || a.serviceArea.localeCompare(b.serviceArea)),
        byPurpose: [...byPurpose.entries()]
          .map(([purpose, e]) => ({
            purpose,
            label: label(PURPOSE_LABELS, purpose),
            count: e.count,
            agreedPence: e.agreed,
            paidPence: e.paid,
          }))
          .sort((a, b) => b.agreedPence - a.agreedPence || a.label.localeCompare(b.label)),
      },
      learning: {
        total: learning.reduce((a, g) => a + g.count, 0),
        byStatus,
        themes: [...themeCounts.entries()]
          .map(([category, n]) => ({
            category,
            theme: label(CATEGORY_THEMES, category),
            count: n,
            example: redactPersonalData(examples.get(category) ?? ''),
          }))
          .sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme)),
      },
      stages: STAGE_TYPES.map((stage) => {
        const c = (status: string) =>
          stages.find((g) => g.documentType === stage && g.status === status)?.count ?? 0;
        return {
          stage,
          label: STAGE_LABELS[stage],
          accepted: c('accepted'),
          notAccepted: c('not_accepted'),
          awaiting: c('proposed'),
        };
      }),
    };
  }

  /** Late cases (complied late or overdue) with the most days any remedy was past its original due date. */
  private async lateCases(
    q: Query,
    area: AreaName,
    decisions: DecisionRow[],
    read?: Remedy[],
  ): Promise<(LateCase & { y: number })[]> {
    const cases = withOutcome(decisions, ['late', 'overdue']);
    const remedies = read ?? (await this.repo.remediesOf(cases.map((c) => c.id)));
    const worst = new Map<string, number>();
    for (const r of remedies) {
      const days = daysPast(r, q.today);
      if (days > 0) worst.set(r.documentId, Math.max(worst.get(r.documentId) ?? 0, days));
    }
    return cases.map((c) => ({
      y: c.y,
      documentId: c.id,
      reference: c.reference,
      serviceArea: area(c.serviceAreaId).name,
      decisionDate: c.decisionDate?.toString() ?? null,
      remedies: c.remedies,
      lateRemedies: c.doneLate + c.openLate,
      daysLate: worst.get(c.id) ?? 0,
      stillOpen: c.outcome === 'overdue',
    }));
  }

  /** "If the year ended today": the Ombudsman's year so far, its three figures and the remedies at risk. */
  async letter(user: AuthUser, today: LocalDate = todayInLondon()): Promise<LetterPreview> {
    const period = yearToDate(today);
    const q = this.query(user, period, today);
    const [area, rows] = await Promise.all([this.areaNames(), this.load(q)]);
    // the remedies of the late cases and of those at risk, read once
    const remedies = await this.repo.remediesOf(
      withOutcome(rows.decisions, ['late', 'overdue', 'pending']).map((c) => c.id),
    );
    const [[f], risk] = await Promise.all([
      this.figures(q, area, [period], rows, remedies),
      this.atRisk(q, area, rows.decisions, remedies),
    ]);
    return {
      councilName: this.config.councilName,
      period: { label: period.label, from: period.from.toString(), to: period.to.toString() },
      asOf: today.toString(),
      upheld: {
        investigated: f.decisions.investigated,
        upheld: f.decisions.upheld,
        rate: f.decisions.upheldRate,
      },
      compliance: {
        due: f.compliance.due,
        complied: f.compliance.complied,
        late: f.compliance.late,
        rate: f.compliance.rate,
        pending: f.compliance.pending,
      },
      satisfactoryRemedy: f.satisfactoryRemedy,
      atRisk: risk,
      riskDays: RISK_DAYS,
    };
  }

  /** Open remedies of the year's cases that are past their original due date or due within RISK_DAYS. */
  private async atRisk(
    q: Query,
    area: AreaName,
    decisions: DecisionRow[],
    read?: Remedy[],
  ): Promise<AtRiskRemedy[]> {
    const cases = withOutcome(decisions, ['overdue', 'pending']);
    const byId = new Map(cases.map((c) => [c.id, c]));
    const remedies = read ?? (await this.repo.remediesOf(cases.map((c) => c.id)));
    const until = q.today.epochDay + q.riskDays;
    return remedies
      .filter(
        (r) =>
          byId.has(r.documentId) && !isDone(r.status) && r.originalDue && r.originalDue.epochDay <= until,
      )
      .map((r) => {
        const c = byId.get(r.documentId) as DecisionRow;
        return {
          actionId: r.id,
          documentId: r.documentId,
          reference: c.reference,
          serviceArea: area(r.serviceAreaId).name,
          remedy: label(REMEDY_WORDS, r.category),
          originalDue: (r.originalDue as LocalDate).toString(),
          daysPastDue: q.today.epochDay - (r.originalDue as LocalDate).epochDay,
        };
      })
      .sort((a, b) => b.daysPastDue - a.daysPastDue || a.originalDue.localeCompare(b.originalDue));
  }

  async saveCommentary(user: AuthUser, period: ReportPeriod, text: string): Promise<void> {
    const trimmed = text.trim();
    if (trimmed.length > 20_000) throw new DomainError('The commentary must be at most 20,000 characters.');
    await this.repo.saveCommentary(period.key, trimmed, user.id);
  }

  /** The officer's answer: had the council already offered a satisfactory remedy before the Ombudsman? */
  async setRemediedBefore(user: AuthUser, documentId: string, value: boolean | null): Promise<void> {
    const doc = await this.repo.decisionForUpdate(documentId);
    if (!doc || !canSeeServiceArea(user, doc.serviceAreaId)) throw DomainError.notFound('Ombudsman decision');
    if (doc.documentType !== 'lgsco_decision' && doc.documentType !== 'housing_ombudsman_decision') {
      throw new DomainError(
        'Only an Ombudsman decision records whether the council had already remedied it.',
        'unprocessable',
      );
    }
    await this.repo.setRemediedBefore(documentId, value);
  }

  // ---- the lists behind the figures -------------------------------------------------------------------

  /** A list of decisions, each with its remedies in words. */
  private async decisionList(
    period: ReportPeriod,
    figure: string,
    title: string,
    rows: DecisionRow[],
    area: AreaName,
  ): Promise<FigureList> {
    const remedies = await this.repo.remedySummaries(rows.map((r) => r.id));
    return {
      figure,
      period: period.label,
      title,
      count: rows.length,
      columns: DECISION_COLUMNS,
      rows: rows.map((r) => ({
        id: r.id,
        reference: r.reference ?? 'No reference',
        decisionDate: r.decisionDate?.toString() ?? null,
        service: area(r.serviceAreaId).name,
        outcome: label(FINDING_LABELS, r.finding),
        remedy: remedyText(remedies.get(r.id)),
        remediedBefore: r.remediedBefore === null ? 'Not recorded' : r.remediedBefore ? 'Yes' : 'No',
      })),
    };
  }

  async list(
    user: AuthUser,
    period: ReportPeriod,
    figure: string,
    today: LocalDate = todayInLondon(),
  ): Promise<FigureList> {
    const q = this.query(user, period, today);
    const area = await this.areaNames();
    const [kind, arg = ''] = figure.split(':', 2) as [string, string?];
    const base = { figure, period: period.label };
    const decisions = async (
      title: string,
      filter: DecisionFilter,
      keep: (serviceAreaId: string | null) => boolean = () => true,
    ): Promise<FigureList> => {
      const rows = (await this.repo.decisions(q)).filter((r) => matches(r, filter) && keep(r.serviceAreaId));
      return this.decisionList(period, figure, title, rows, area);
    };
    switch (kind) {
      case 'decisions':
        return decisions('Ombudsman decisions', {});
      case 'decisions.finding': {
        const f = arg === 'unknown' ? null : arg;
        if (f !== null && !(FINDINGS as readonly string[]).includes(f)) throw badFigure(figure);
        return decisions(`Decisions: ${label(FINDING_LABELS, f)}`, { findings: [f] });
      }
      case 'decisions.investigated':
        return decisions('Investigated decisions (upheld, partly upheld, not upheld)', {
          findings: [...INVESTIGATED],
        });
      case 'decisions.upheld':
      case 'satisfactory.upheld':
        return decisions('Upheld decisions', { findings: [...UPHELD] });
      case 'satisfactory.remedied_before':
        return decisions('Upheld decisions the council had already remedied', {
          findings: [...UPHELD],
          remediedBefore: true,
        });
      case 'decisions.service':
        return decisions(`Decisions: ${area(arg === 'none' ? null : arg).name}`, {
          serviceAreaId: arg === 'none' ? null : arg,
        });
      case 'decisions.directorate':
        return decisions(
          `Decisions: ${arg === 'none' ? 'No service recorded' : ((await this.areas.tree()).get(arg)?.name ?? 'Unknown service area')}`,
          {},
          (id) => area(id).directorateId === arg,
        );
      case 'compliance.cases':
      case 'compliance.complied':
      case 'compliance.on_time':
      case 'compliance.late':
      case 'compliance.complied_late':
      case 'compliance.overdue':
      case 'compliance.pending':
      case 'compliance.due': {
        const outcomes: Record<string, string[] | undefined> = {
          'compliance.cases': undefined,
          'compliance.complied': ['on_time', 'late'],
          'compliance.on_time': ['on_time'],
          'compliance.late': ['late', 'overdue'],
          'compliance.complied_late': ['late'],
          'compliance.overdue': ['overdue'],
          'compliance.pending': ['pending'],
          'compliance.due': ['on_time', 'late', 'overdue'],
        };
        const titles: Record<string, string> = {
          'compliance.cases': 'Cases with Ombudsman remedies',
          'compliance.complied': 'Cases complied with',
          'compliance.on_time': 'Cases complied with on time',
          'compliance.late': 'Cases with a late remedy',
          'compliance.complied_late': 'Cases complied with late',
          'compliance.overdue': 'Cases with a remedy overdue',
          'compliance.pending': 'Cases with remedies not yet due',
          'compliance.due': 'Cases whose compliance counts',
        };
        const rows = withOutcome(await this.repo.decisions(q), outcomes[kind]);
        const remedies = await this.repo.remediesOf(rows.map((r) => r.id));
        const worst = new Map<string, number>();
        for (const r of remedies)
          worst.set(r.documentId, Math.max(worst.get(r.documentId) ?? 0, daysPast(r, today)));
        return {
          ...base,
          title: titles[kind],
          count: rows.length,
          columns: [
            { key: 'reference', label: 'Reference' },
            { key: 'service', label: 'Service' },
            { key: 'outcome', label: 'Compliance' },
            { key: 'remedies', label: 'Remedies' },
            { key: 'lateRemedies', label: 'Late remedies' },
            { key: 'daysLate', label: 'Days late' },
          ],
          rows: rows.map((r) => ({
            id: r.id,
            reference: r.reference ?? 'No reference',
            service: area(r.serviceAreaId).name,
            outcome: label(OUTCOME_LABELS, r.outcome),
            remedies: r.remedies,
            lateRemedies: r.doneLate + r.openLate,
            daysLate: worst.get(r.id) ?? 0,
          })),
        };
      }
      case 'letter.at_risk': {
        const soFar = this.query(user, yearToDate(today), today);
        const risk = await this.atRisk(soFar, area, await this.repo.decisions(soFar));
        return {
          ...base,
          period: yearToDate(today).label,
          title: `Open remedies overdue or due within ${RISK_DAYS} days`,
          count: risk.length,
          columns: [
            { key: 'reference', label: 'Reference' },
            { key: 'service', label: 'Service' },
            { key: 'remedy', label: 'Remedy' },
            { key: 'originalDue', label: 'Original due date' },
            { key: 'when', label: 'When' },
          ],
          rows: risk.map((r) => ({
            id: r.documentId,
            actionId: r.actionId,
            reference: r.reference ?? 'No reference',
            service: r.serviceArea,
            remedy: r.remedy,
            originalDue: r.originalDue,
            when:
              r.daysPastDue > 0
                ? `${r.daysPastDue} days late`
                : r.daysPastDue === 0
                  ? 'Due today'
                  : `Due in ${-r.daysPastDue} days`,
          })),
        };
      }
      case 'payments':
      case 'payments.service':
      case 'payments.purpose': {
        const filter =
          kind === 'payments.service'
            ? { serviceAreaId: arg }
            : kind === 'payments.purpose'
              ? { purpose: arg }
              : {};
        const rows = await this.repo.paymentList(q, filter);
        const title =
          kind === 'payments.service'
            ? `Payments: ${area(arg).name}`
            : kind === 'payments.purpose'
              ? `Payments: ${label(PURPOSE_LABELS, arg)}`
              : 'Remedy payments';
        return {
          ...base,
          title,
          count: rows.length,
          columns: [
            { key: 'reference', label: 'Reference' },
            { key: 'service', label: 'Service' },
            { key: 'purpose', label: 'Purpose' },
            { key: 'agreed', label: 'Agreed' },
            { key: 'paid', label: 'Paid' },
          ],
          rows: rows.map((r) => ({
            id: r.actionId,
            reference: r.reference ?? 'No reference',
            service: area(r.serviceAreaId).name,
            purpose: label(PURPOSE_LABELS, r.purpose),
            agreed: pounds(r.agreedPence),
            paid: pounds(r.paidPence),
            agreedPence: r.agreedPence,
          })),
        };
      }
      case 'learning':
      case 'learning.status':
      case 'learning.theme': {
        if (kind === 'learning.status' && !(ACTION_STATUSES as readonly string[]).includes(arg))
          throw badFigure(figure);
        const filter =
          kind === 'learning.status'
            ? { status: arg }
            : kind === 'learning.theme'
              ? { category: arg, notCancelled: true }
              : {};
        const rows = await this.repo.learningList(q, filter);
        const title =
          kind === 'learning.status'
            ? `Learning actions: ${label(STATUS_LABELS, arg)}`
            : kind === 'learning.theme'
              ? `Learning: ${label(CATEGORY_THEMES, arg)}`
              : 'Learning actions';
        return {
          ...base,
          title,
          count: rows.length,
          columns: [
            { key: 'reference', label: 'Reference' },
            { key: 'service', label: 'Service' },
            { key: 'theme', label: 'Theme' },
            { key: 'status', label: 'Status' },
            { key: 'action', label: 'Action' },
          ],
          rows: rows.map((r) => ({
            id: r.id,
            reference: r.reference ?? 'No reference',
            service: area(r.serviceAreaId).name,
            theme: label(CATEGORY_THEMES, r.category),
            status: label(STATUS_LABELS, r.status),
            action: redactPersonalData(r.text),
          })),
        };
      }
      case 'stage': {
        const [type, status] = arg.split('.', 2);
        if (
          !(STAGE_TYPES as readonly string[]).includes(type) ||
          !['accepted', 'not_accepted', 'proposed'].includes(status)
        )
          throw badFigure(figure);
        const rows = await this.repo.stageList(q, { documentType: type, status });
        const words: Record<string, string> = {
          accepted: 'accepted',
          not_accepted: 'not accepted',
          proposed: 'awaiting a decision',
        };
        return {
          ...base,
          title: `${STAGE_LABELS[type]} recommendations ${words[status]}`,
          count: rows.length,
          columns: [
            { key: 'reference', label: 'Reference' },
            { key: 'reportDate', label: 'Report date' },
            { key: 'service', label: 'Service' },
            { key: 'kind', label: 'Kind of recommendation' },
          ],
          rows: rows.map((r) => ({
            id: r.documentId,
            reference: r.reference ?? 'No reference',
            reportDate: r.decisionDate?.toString() ?? null,
            service: area(r.serviceAreaId).name,
            kind: label(REMEDY_WORDS, r.category),
          })),
        };
      }
      default:
        throw badFigure(figure);
    }
  }
}

function isUpheld(finding: string | null): boolean {
  return finding !== null && (UPHELD as readonly string[]).includes(finding);
}

/** The decisions with Ombudsman remedies (cases), of the given outcomes or of any. */
function withOutcome(decisions: DecisionRow[], outcomes?: string[]): DecisionRow[] {
  return decisions.filter((d) => d.outcome !== null && (!outcomes || outcomes.includes(d.outcome)));
}

function matches(d: DecisionRow, filter: DecisionFilter): boolean {
  if (filter.findings && !filter.findings.includes(d.finding)) return false;
  if (filter.serviceAreaId !== undefined && d.serviceAreaId !== filter.serviceAreaId) return false;
  if (filter.remediedBefore && d.remediedBefore !== true) return false;
  return true;
}

function isDone(status: string): boolean {
  return status === 'completed' || status === 'verified';
}

/** Days a remedy was done after, or is still open past, its original due date (0 when not late). */
function daysPast(
  r: { status: string; originalDue: LocalDate | null; completedOn: LocalDate | null },
  today: LocalDate,
): number {
  if (!r.originalDue) return 0;
  const end = isDone(r.status) ? r.completedOn : today;
  if (!end) return 0;
  return Math.max(0, end.epochDay - r.originalDue.epochDay);
}

function remedyText(
  summary: { categories: { category: string; count: number }[]; agreedPence: number } | undefined,
) {
  if (!summary || !summary.categories.length) return 'No remedy';
  const parts = summary.categories
    .slice()
    .sort((a, b) => a.category.localeCompare(b.category))
    .map((c) =>
      c.category === 'payment' && summary.agreedPence
        ? `payment of ${pounds(summary.agreedPence)}`
        : label(REMEDY_WORDS, c.category),
    );
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function badFigure(figure: string): DomainError {
  return new DomainError(`There is no figure called "${figure}" in the annual report.`, 'not_found');
}
