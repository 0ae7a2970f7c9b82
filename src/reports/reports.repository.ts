import { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ActionPayment } from '../actions/entities/action-payment.entity';
import { TrackedAction } from '../actions/entities/tracked-action.entity';
import { LocalDate, londonDateAt } from '../calendar';
import type { ReportAction, ReportPayment } from './report-rows';

const day = (d: Date | null | undefined): LocalDate | null => (d ? LocalDate.fromDate(d) : null);

/** Reads actions and payments for the reports, limited to the service areas a caller may see. */
@Injectable()
export class ReportsRepository {
  constructor(private readonly em: EntityManager) {}

  async actions(scope: string[] | null, where: FilterQuery<TrackedAction> = {}): Promise<ReportAction[]> {
    const em = this.em.fork();
    const filter: FilterQuery<TrackedAction> = scope
      ? { $and: [where, { serviceArea: { $in: scope } }] }
      : where;
    const rows = await em.find(TrackedAction, filter, {
      fields: [
        'id',
        'status',
        'serviceArea',
        'startDate',
        'dueDate',
        'originalDueDate',
        'completedAt',
        'ombudsmanRemedy',
        'learning',
        'text',
        'document.id',
        'document.reference',
      ],
      orderBy: { id: 'asc' },
      disableIdentityMap: true,
    });
    return rows.map((a) => ({
      id: a.id,
      status: a.status,
      serviceAreaId: a.serviceArea.id,
      startDate: LocalDate.fromDate(a.startDate),
      dueDate: day(a.dueDate),
      originalDueDate: day(a.originalDueDate),
      completedOn: a.completedAt ? londonDateAt(a.completedAt) : null,
      ombudsmanRemedy: a.ombudsmanRemedy,
      learning: a.learning,
      text: a.text,
      documentId: a.document.id,
      documentReference: a.document.reference ?? null,
    }));
  }

  async payments(scope: string[] | null): Promise<ReportPayment[]> {
    const em = this.em.fork();
    const where: FilterQuery<ActionPayment> = scope
      ? { action: { serviceArea: { $in: scope }, status: { $ne: 'cancelled' } } }
      : { action: { status: { $ne: 'cancelled' } } };
    const rows = await em.find(ActionPayment, where, {
      fields: [
        'id',
        'agreedPence',
        'paidPence',
        'paidOn',
        'action.id',
        'action.serviceArea',
        'action.startDate',
      ],
      disableIdentityMap: true,
    });
    return rows.map((p) => ({
      actionId: p.action.id,
      serviceAreaId: p.action.serviceArea.id,
      agreedYear: LocalDate.fromDate(p.action.startDate).year,
      agreedPence: p.agreedPence,
      paidPence: p.paidPence,
      paidOn: day(p.paidOn),
    }));
  }
}
