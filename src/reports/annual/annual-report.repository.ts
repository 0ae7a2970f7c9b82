import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { isPostgres } from '../../common/sql/text-match';
import { LocalDate } from '../../calendar';
import { rawBoolean, rawCalendarDate } from '../../actions/raw-values';
import { AnnualCommentary } from '../entities/annual-commentary.entity';
import { StoredDocument } from '../../documents/entities/document.entity';
import { User } from '../../users/entities/user.entity';
import type { ReportPeriod } from './report-period';

type Row = Record<string, unknown>;
type Sql = { sql: string; params: unknown[] };

export const DECISION_TYPES = ['lgsco_decision', 'housing_ombudsman_decision'] as const;
export const STAGE_TYPES = ['stage2_report', 'stage3_panel'] as const;

/** Where a remedy, a case or a payment is, for the lists behind the figures. */
export interface Query {
  period: ReportPeriod;
  /** Service areas a caller may see, or null for every one. */
  scope: string[] | null;
  today: LocalDate;
  /** Open remedies due within this many days of today are "at risk". */
  riskDays: number;
  /**
   * Two years in one pass: rows dated on or after `split` are year 0 (the report's), earlier ones year 1
   * (the year before); `period` then spans both. Without it every row is year 0.
   */
  split?: LocalDate;
}

/** A decision of the period and its compliance (see AnnualReportRepository.decisions). */
export interface DecisionRow {
  id: string;
  /** 0: the report's year; 1: the year before (Query.split). */
  y: number;
  reference: string | null;
  decisionDate: LocalDate | null;
  finding: string | null;
  serviceAreaId: string | null;
  remediedBefore: boolean | null;
  /** The officer has answered remedied-before. */
  confirmed: boolean;
  /** Its Ombudsman remedies (not cancelled); 0 with no outcome when it has none. */
  remedies: number;
  done: number;
  doneLate: number;
  openLate: number;
  atRisk: number;
  /** on_time | late | overdue | pending, or null: no Ombudsman remedies */
  outcome: string | null;
}

const n = (v: unknown): number => Number(v ?? 0);
const s = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * The annual report's SQL. Each figure comes from one row source: the decisions of the period with their
 * compliance (one row each, a few hundred a year: the service counts them, and filters them for the lists
 * behind the figures), or a GROUP BY over a CTE (payments, learning actions, Stage 2/3 recommendations)
 * whose list selects from the same CTE with the group's value as a filter; so a figure and its list
 * cannot disagree. Plain SQL that SQLite and PostgreSQL both run (dates compare as ISO dates; `true` is
 * a literal in both).
 */
@Injectable()
export class AnnualReportRepository {
  constructor(private readonly em: EntityManager) {}

  private async all(q: Sql): Promise<Row[]> {
    return this.em.fork().getConnection().execute<Row[]>(q.sql, q.params, 'all');
  }

  private scopeSql(column: string, scope: string[] | null): Sql {
    if (!scope) return { sql: '', params: [] };
    if (!scope.length) return { sql: ' and 1 = 0', params: [] };
    return { sql: ` and ${column} in (${scope.map(() => '?').join(', ')})`, params: [...scope] };
  }

  /** The `y` column: 0 for the report's year, 1 for the year before (see Query.split). */
  private yearColumn(expr: string, q: Query): Sql {
    return q.split
      ? { sql: `case when ${expr} >= ? then 0 else 1 end`, params: [q.split.toString()] }
      : { sql: '0', params: [] };
  }

  /**
   * Documents of the given types dated in the period, with their service: the case's, else the service
   * of the document's first action.
   */
  private docs(types: readonly string[], q: Query): Sql {
    const scope = this.scopeSql('x.service_area_id', q.scope);
    const y = this.yearColumn('d.decision_date', q);
    return {
      sql: `docs as (
        select x.* from (
          select d.id, d.reference, d.document_type, d.finding, d.decision_date, d.remedied_before,
            d.remedied_before_confirmed_at, ${y.sql} as y,
            coalesce(c.service_area_id, (select a0.service_area_id from actions a0 where a0.document_id = d.id
              order by a0.created_at, a0.id limit 1)) as service_area_id
          from documents d left join cases c on c.id = d.complaint_case_id
          where d.status = 'processed' and d.document_type in (${types.map(() => '?').join(', ')})
            and d.decision_date >= ? and d.decision_date <= ?
        ) x where 1 = 1${scope.sql}
      )`,
      params: [...y.params, ...types, q.period.from.toString(), q.period.to.toString(), ...scope.params],
    };
  }

  // ---- decisions and compliance (per case) -------------------------------------------------------------

  /**
   * Every decision of the period in the lists' order (decision date, reference, id), with its Ombudsman
   * remedies (cancelled ones left out) counted as the Ombudsman counts compliance: on_time when every
   * remedy was done by its ORIGINAL due date, late when all were done but one after it, overdue when one
   * is past its original due date and not done, pending otherwise; no outcome when it has no remedies.
   * One statement: the decision figures, the compliance figures and every list behind them are drawn
   * from these rows.
   */
  async decisions(q: Query): Promise<DecisionRow[]> {
    const docs = this.docs(DECISION_TYPES, q);
    const due = 'coalesce(a.original_due_date, a.due_date)';
    const done = `a.status in ('completed', 'verified')`;
    const riskUntil = LocalDate.fromEpochDay(q.today.epochDay + q.riskDays).toString();
    const rows = await this.all({
      sql: `with ${docs.sql},
      per_case as (
        select a.document_id as id, count(*) as remedies,
          sum(case when ${done} then 1 else 0 end) as done,
          sum(case when ${done} and a.completed_on > ${due} then 1 else 0 end) as done_late,
          sum(case when not (${done}) and ${due} < ? then 1 else 0 end) as open_late,
          sum(case when not (${done}) and ${due} >= ? and ${due} <= ? then 1 else 0 end) as at_risk
        from actions a join docs on docs.id = a.document_id
        where a.ombudsman_remedy = true and a.status <> 'cancelled'
        group by a.document_id
      )
      select docs.id, docs.y, docs.reference, docs.decision_date, docs.finding, docs.service_area_id,
        docs.remedied_before, docs.remedied_before_confirmed_at,
        pc.remedies, pc.done, pc.done_late, pc.open_late, pc.at_risk,
        case when pc.id is null then null
             when pc.done = pc.remedies and pc.done_late = 0 then 'on_time'
             when pc.done = pc.remedies then 'late'
             when pc.open_late > 0 then 'overdue'
             else 'pending' end as outcome
      from docs left join per_case pc on pc.id = docs.id
      order by docs.decision_date, docs.reference, docs.id`,
      params: [...docs.params, q.today.toString(), q.today.toString(), riskUntil],
    });
    return rows.map((r) => ({
      id: String(r.id),
      y: n(r.y),
      reference: s(r.reference),
      decisionDate: rawCalendarDate(r.decision_date),
      finding: s(r.finding),
      serviceAreaId: s(r.service_area_id),
      remediedBefore:
        r.remedied_before === null || r.remedied_before === undefined ? null : rawBoolean(r.remedied_before),
      confirmed: r.remedied_before_confirmed_at !== null && r.remedied_before_confirmed_at !== undefined,
      remedies: n(r.remedies),
      done: n(r.done),
      doneLate: n(r.done_late),
      openLate: n(r.open_late),
      atRisk: n(r.at_risk),
      outcome: s(r.outcome),
    }));
  }

  /**
   * Per decision: its remedies (not cancelled) by category, and the payments agreed on them. By id, in
   * chunks (the decisions come from `decisions`, already scoped).
   */
  async remedySummaries(
    documentIds: string[],
  ): Promise<Map<string, { categories: { category: string; count: number }[]; agreedPence: number }>> {
    const out = new Map<string, { categories: { category: string; count: number }[]; agreedPence: number }>();
    for (let i = 0; i < documentIds.length; i += 500) {
      const ids = documentIds.slice(i, i + 500);
      const rows = await this.all({
        sql: `select a.document_id, a.category, count(distinct a.id) as n, sum(p.agreed_pence) as pence
          from actions a left join action_payments p on p.action_id = a.id
          where a.status <> 'cancelled' and a.document_id in (${ids.map(() => '?').join(', ')})
          group by a.document_id, a.category`,
        params: ids,
      });
      for (const r of rows) {
        const id = String(r.document_id);
        let e = out.get(id);
        if (!e) out.set(id, (e = { categories: [], agreedPence: 0 }));
        e.categories.push({ category: String(r.category), count: n(r.n) });
        e.agreedPence += n(r.pence);
      }
    }
    return out;
  }

  /** The remedies of the given cases: for days late, and the remedies at risk. */
  async remediesOf(caseIds: string[]): Promise<
    {
      id: string;
      documentId: string;
      category: string;
      status: string;
      serviceAreaId: string;
      originalDue: LocalDate | null;
      due: LocalDate | null;
      completedOn: LocalDate | null;
    }[]
  > {
    const out: Awaited<ReturnType<AnnualReportRepository['remediesOf']>> = [];
    for (let i = 0; i < caseIds.length; i += 500) {
      const ids = caseIds.slice(i, i + 500);
      const rows = await this.all({
        sql: `select a.id, a.document_id, a.category, a.status, a.service_area_id, a.original_due_date, a.due_date,
            a.completed_on from actions a
          where a.ombudsman_remedy = true and a.status <> 'cancelled'
            and a.document_id in (${ids.map(() => '?').join(', ')})
          order by a.document_id, a.original_due_date, a.id`,
        params: ids,
      });
      for (const r of rows)
        out.push({
          id: String(r.id),
          documentId: String(r.document_id),
          category: String(r.category),
          status: String(r.status),
          serviceAreaId: String(r.service_area_id),
          originalDue: rawCalendarDate(r.original_due_date) ?? rawCalendarDate(r.due_date),
          due: rawCalendarDate(r.due_date),
          completedOn: rawCalendarDate(r.completed_on),
        });
    }
    return out;
  }

  // ---- payments ---------------------------------------------------------------------------------------

  /**
   * Payments on actions (not cancelled) that started in the period; with their document's reference and
   * type for the list (every action has its document, so the figures need not join it).
   */
  private payments(q: Query, withDocument: boolean): Sql {
    const scope = this.scopeSql('a.service_area_id', q.scope);
    const y = this.yearColumn('a.start_date', q);
    return {
      sql: `pay as (
        select p.id, p.action_id, p.purpose, p.agreed_pence, p.paid_pence, a.service_area_id, a.category,
          ${withDocument ? 'd.reference, d.document_type' : 'null as reference, null as document_type'}, ${y.sql} as y
        from action_payments p join actions a on a.id = p.action_id${withDocument ? ' join documents d on d.id = a.document_id' : ''}
        where a.status <> 'cancelled' and a.start_date >= ? and a.start_date <= ?${scope.sql}
      )`,
      params: [...y.params, q.period.from.toString(), q.period.to.toString(), ...scope.params],
    };
  }

  async paymentGroups(q: Query): Promise<
    {
      y: number;
      serviceAreaId: string;
      purpose: string;
      count: number;
      agreedPence: number;
      paidPence: number;
    }[]
  > {
    const pay = this.payments(q, false);
    const rows = await this.all({
      sql: `with ${pay.sql}
        select y, service_area_id, purpose, count(*) as n, sum(agreed_pence) as agreed, sum(paid_pence) as paid
        from pay group by y, service_area_id, purpose`,
      params: pay.params,
    });
    return rows.map((r) => ({
      y: n(r.y),
      serviceAreaId: String(r.service_area_id),
      purpose: String(r.purpose),
      count: n(r.n),
      agreedPence: n(r.agreed),
      paidPence: n(r.paid),
    }));
  }

  async paymentList(
    q: Query,
    filter: { serviceAreaId?: string; purpose?: string },
  ): Promise<
    {
      id: string;
      actionId: string;
      reference: string | null;
      documentType: string | null;
      serviceAreaId: string;
      purpose: string;
      agreedPence: number;
      paidPence: number;
    }[]
  > {
    const pay = this.payments(q, true);
    const where: string[] = [];
    const params = [...pay.params];
    if (filter.serviceAreaId !== undefined) {
      where.push('service_area_id = ?');
      params.push(filter.serviceAreaId);
    }
    if (filter.purpose !== undefined) {
      where.push('purpose = ?');
      params.push(filter.purpose);
    }
    const rows = await this.all({
      sql: `with ${pay.sql} select * from pay ${where.length ? `where ${where.join(' and ')}` : ''}
        order by reference, action_id, id`,
      params,
    });
    return rows.map((r) => ({
      id: String(r.id),
      actionId: String(r.action_id),
      reference: s(r.reference),
      documentType: s(r.document_type),
      serviceAreaId: String(r.service_area_id),
      purpose: String(r.purpose),
      agreedPence: n(r.agreed_pence),
      paidPence: n(r.paid_pence),
    }));
  }

  // ---- learning actions -------------------------------------------------------------------------------

  /** Learning actions that started in the period; with their document's reference for the list. */
  private learning(q: Query, withDocument: boolean): Sql {
    const scope = this.scopeSql('a.service_area_id', q.scope);
    const y = this.yearColumn('a.start_date', q);
    return {
      sql: `learn as (
        select a.id, a.status, a.category, a.text, a.service_area_id, a.start_date,
          ${withDocument ? 'd.reference' : 'null as reference'}, ${y.sql} as y
        from actions a${withDocument ? ' join documents d on d.id = a.document_id' : ''}
        where a.learning = true and a.start_date >= ? and a.start_date <= ?${scope.sql}
      )`,
      params: [...y.params, q.period.from.toString(), q.period.to.toString(), ...scope.params],
    };
  }

  async learningGroups(q: Query): Promise<{ y: number; status: string; category: string; count: number }[]> {
    const l = this.learning(q, false);
    const rows = await this.all({
      sql: `with ${l.sql} select y, status, category, count(*) as n from learn group by y, status, category`,
      params: l.params,
    });
    return rows.map((r) => ({
      y: n(r.y),
      status: String(r.status),
      category: String(r.category),
      count: n(r.n),
    }));
  }

  /** Per category, the most recent learning action's text (not cancelled): the theme's example. */
  /** Keyed `${y}|${category}`. */
  async learningExamples(q: Query): Promise<Map<string, string>> {
    const l = this.learning(q, false);
    const rows = await this.all({
      sql: `with ${l.sql}
        select y, category, text from (
          select y, category, text, row_number() over (partition by y, category order by start_date desc, id) as rn
          from learn where status <> 'cancelled'
        ) ranked where rn = 1`,
      params: l.params,
    });
    return new Map(rows.map((r) => [`${n(r.y)}|${String(r.category)}`, String(r.text)]));
  }

  async learningList(
    q: Query,
    filter: { status?: string; category?: string; notCancelled?: boolean },
  ): Promise<
    {
      id: string;
      status: string;
      category: string;
      text: string;
      serviceAreaId: string;
      reference: string | null;
    }[]
  > {
    const l = this.learning(q, true);
    const where: string[] = [];
    const params = [...l.params];
    if (filter.status !== undefined) {
      where.push('status = ?');
      params.push(filter.status);
    }
    if (filter.category !== undefined) {
      where.push('category = ?');
      params.push(filter.category);
    }
    if (filter.notCancelled) where.push(`status <> 'cancelled'`);
    const rows = await this.all({
      sql: `with ${l.sql} select * from learn ${where.length ? `where ${where.join(' and ')}` : ''}
        order by start_date, id`,
      params,
    });
    return rows.map((r) => ({
      id: String(r.id),
      status: String(r.status),
      category: String(r.category),
      text: String(r.text),
      serviceAreaId: String(r.service_area_id),
      reference: s(r.reference),
    }));
  }

  // ---- Stage 2 and Stage 3 recommendations ------------------------------------------------------------

  private stageRecs(q: Query): Sql {
    const docs = this.docs(STAGE_TYPES, q);
    return {
      sql: `${docs.sql},
      recs as (
        select r.id, r.status, r.category, r.ordinal, docs.y, docs.id as document_id, docs.document_type, docs.reference,
          docs.decision_date, docs.service_area_id
        from recommendations r join docs on docs.id = r.document_id where r.status <> 'rejected'
      )`,
      params: docs.params,
    };
  }

  async stageGroups(q: Query): Promise<{ y: number; documentType: string; status: string; count: number }[]> {
    const r = this.stageRecs(q);
    const rows = await this.all({
      sql: `with ${r.sql} select y, document_type, status, count(*) as n from recs group by y, document_type, status`,
      params: r.params,
    });
    return rows.map((x) => ({
      y: n(x.y),
      documentType: String(x.document_type),
      status: String(x.status),
      count: n(x.n),
    }));
  }

  async stageList(
    q: Query,
    filter: { documentType: string; status: string },
  ): Promise<
    {
      id: string;
      documentId: string;
      documentType: string;
      reference: string | null;
      decisionDate: LocalDate | null;
      status: string;
      category: string;
      serviceAreaId: string | null;
    }[]
  > {
    const r = this.stageRecs(q);
    const rows = await this.all({
      sql: `with ${r.sql} select * from recs where document_type = ? and status = ?
        order by decision_date, reference, document_id, ordinal`,
      params: [...r.params, filter.documentType, filter.status],
    });
    return rows.map((x) => ({
      id: String(x.id),
      documentId: String(x.document_id),
      documentType: String(x.document_type),
      reference: s(x.reference),
      decisionDate: rawCalendarDate(x.decision_date),
      status: String(x.status),
      category: String(x.category),
      serviceAreaId: s(x.service_area_id),
    }));
  }

  // ---- commentary and the officer's answer on remedied-before ----------------------------------------

  async commentary(period: string): Promise<{ text: string; updatedAt: Date } | null> {
    const c = await this.em.fork().findOne(AnnualCommentary, { period });
    return c ? { text: c.text, updatedAt: c.updatedAt } : null;
  }

  async saveCommentary(period: string, text: string, userId: string): Promise<void> {
    const em = this.em.fork();
    const existing = await em.findOne(AnnualCommentary, { period });
    const by = em.getReference(User, userId);
    if (existing) {
      existing.text = text;
      existing.updatedBy = by;
      existing.updatedAt = new Date();
    } else {
      em.create(AnnualCommentary, { period, text, updatedBy: by });
    }
    await em.flush();
  }

  /** The decision's type and case service, or null when there is no such document. */
  async decisionForUpdate(
    id: string,
  ): Promise<{ documentType: string | null; serviceAreaId: string | null } | null> {
    const rows = await this.all({
      sql: `select d.document_type, coalesce(c.service_area_id, (select a0.service_area_id from actions a0
              where a0.document_id = d.id order by a0.created_at, a0.id limit 1)) as service_area_id
            from documents d left join cases c on c.id = d.complaint_case_id where d.id = ?`,
      params: [id],
    });
    if (!rows.length) return null;
    return { documentType: s(rows[0].document_type), serviceAreaId: s(rows[0].service_area_id) };
  }

  async setRemediedBefore(id: string, value: boolean | null): Promise<void> {
    await this.em
      .fork()
      .nativeUpdate(
        StoredDocument,
        { id },
        { remediedBefore: value, remediedBeforeConfirmedAt: new Date(), updatedAt: new Date() },
      );
  }

  /** True on PostgreSQL (for the bench's notes). */
  isPostgres(): boolean {
    return isPostgres(this.em);
  }
}
