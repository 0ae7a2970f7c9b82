import { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ActionPayment } from '../actions/entities/action-payment.entity';
import { TrackedAction } from '../actions/entities/tracked-action.entity';
import { LocalDate } from '../calendar';
import { londonDay } from '../common/dates';
import { sqlEm } from '../common/sql/sql-em';
import { rawBoolean, rawCalendarDate, rawInstant } from '../actions/raw-values';
import type { ReportAction, ReportPayment } from './report-rows';

type Row = Record<string, unknown>;

/**
 * Reads actions and payments for the reports, limited to the service areas a caller may see. Raw rows
 * (no entity hydration): a report reads every action, and 10,000 entities take seconds to build.
 */
@Injectable()
export class ReportsRepository {
  constructor(private readonly em: EntityManager) {}

  /** `withText`: also the action's text and its document's reference (themes need them, counts do not). */
  async actions(
    scope: string[] | null,
    where: FilterQuery<TrackedAction> = {},
    options: { withText?: boolean } = {},
  ): Promise<ReportAction[]> {
    const filter: FilterQuery<TrackedAction> = scope
      ? { $and: [where, { serviceArea: { $in: scope } }] }
      : where;
    const qb = sqlEm(this.em.fork())
      .createQueryBuilder(TrackedAction, 'a')
      .select([
        'a.id',
        'a.status',
        'a.serviceArea',
        'a.startDate',
        'a.dueDate',
        'a.originalDueDate',
        'a.completedAt',
        'a.ombudsmanRemedy',
        'a.learning',
      ])
      .addSelect('a.document_id as document_id')
      .where(filter);
    if (options.withText)
      qb.addSelect(['a.text', 'd.reference as document_reference']).leftJoin('a.document', 'd');
    const rows = await qb.execute<Row[]>('all', false);
    return rows.map((r) => {
      const completedAt = rawInstant(r.completed_at);
      return {
        id: String(r.id),
        status: String(r.status),
        serviceAreaId: String(r.service_area_id),
        startDate: rawCalendarDate(r.start_date) as LocalDate,
        dueDate: rawCalendarDate(r.due_date),
        originalDueDate: rawCalendarDate(r.original_due_date),
        completedOn: completedAt ? londonDay(completedAt) : null,
        ombudsmanRemedy: rawBoolean(r.ombudsman_remedy),
        learning: rawBoolean(r.learning),
        text: String(r.text ?? ''),
        documentId: String(r.document_id),
        documentReference: (r.document_reference as string | null) ?? null,
      };
    });
  }

  async payments(scope: string[] | null): Promise<ReportPayment[]> {
    const where: FilterQuery<ActionPayment> = scope
      ? { action: { serviceArea: { $in: scope }, status: { $ne: 'cancelled' } } }
      : { action: { status: { $ne: 'cancelled' } } };
    const rows = await sqlEm(this.em.fork())
      .createQueryBuilder(ActionPayment, 'p')
      .select(['p.id', 'p.agreedPence', 'p.paidPence', 'p.paidOn'])
      .addSelect([
        'p.action_id as action_id',
        'a.service_area_id as service_area_id',
        'a.start_date as start_date',
      ])
      .join('p.action', 'a')
      .where(where)
      .execute<Row[]>('all', false);
    return rows.map((r) => ({
      actionId: String(r.action_id),
      serviceAreaId: String(r.service_area_id),
      agreedYear: (rawCalendarDate(r.start_date) as LocalDate).year,
      agreedPence: Number(r.agreed_pence),
      paidPence: Number(r.paid_pence),
      paidOn: rawCalendarDate(r.paid_on),
    }));
  }

  /**
   * A cheap summary that changes whenever a figure of the reports could: the number of actions and the
   * sum of their versions (every ORM update of an action raises its version), the payments' count and
   * amounts, the documents' count and latest update, and the service areas' count and names' length.
   * The scrutiny figures are cached under it, so a change is seen by the next page view.
   */
  async fingerprint(): Promise<string> {
    const rows = await this.em
      .fork()
      .getConnection()
      .execute<Row[]>(
        `select
          (select count(*) from actions) as a_n,
          (select coalesce(sum(version), 0) from actions) as a_v,
          (select count(*) from action_payments) as p_n,
          (select coalesce(sum(agreed_pence), 0) + 7 * coalesce(sum(paid_pence), 0) from action_payments) as p_s,
          (select count(*) from documents) as d_n,
          (select max(updated_at) from documents) as d_u,
          (select count(*) from service_areas) as s_n,
          (select coalesce(sum(length(name)), 0) from service_areas) as s_l`,
        [],
        'all',
      );
    const r = rows[0] ?? {};
    return ['a_n', 'a_v', 'p_n', 'p_s', 'd_n', 'd_u', 's_n', 's_l'].map((k) => String(r[k] ?? '')).join('|');
  }
}
