import { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { LocalDate } from '../calendar';
import { ActionFilter } from './action-filters';
import { OPEN_STATUSES } from './action-views';
import { ActionEvent } from './entities/action-event.entity';
import { ActionPayment } from './entities/action-payment.entity';
import { Evidence } from './entities/evidence.entity';
import { TrackedAction } from './entities/tracked-action.entity';
import { containsText } from '../common/sql/text-match';

/** Where a list is limited to (service areas the caller may see, already expanded), or null for all. */
export type AreaScope = string[] | null;

const ORDER: Record<ActionFilter['sort'], QueryOrderMap<TrackedAction>[]> = {
  dueDate: [{ dueDate: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
  '-dueDate': [{ dueDate: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
  createdAt: [{ createdAt: 'asc' }, { id: 'asc' }],
  '-createdAt': [{ createdAt: 'desc' }, { id: 'asc' }],
  updatedAt: [{ updatedAt: 'asc' }, { id: 'asc' }],
  '-updatedAt': [{ updatedAt: 'desc' }, { id: 'asc' }],
  status: [{ status: 'asc' }, { dueDate: 'asc' }, { id: 'asc' }],
};

/** The database queries for tracked actions and their history, evidence and payments. */
@Injectable()
export class ActionsRepository {
  constructor(private readonly em: EntityManager) {}

  /** Builds the WHERE of a list from its filters; `areas` already holds the expanded service areas. */
  where(
    filter: Omit<ActionFilter, 'sort' | 'page' | 'pageSize'>,
    scope: AreaScope,
    filterAreas: string[] | null,
    ownerId: string | null,
    today: LocalDate,
  ): FilterQuery<TrackedAction> {
    const and: FilterQuery<TrackedAction>[] = [];
    if (scope) and.push({ serviceArea: { $in: scope } });
    if (filterAreas) and.push({ serviceArea: { $in: filterAreas } });
    if (filter.status?.length) and.push({ status: { $in: filter.status } });
    if (ownerId) and.push({ owner: ownerId });
    if (filter.documentId) and.push({ document: filter.documentId });
    if (filter.learning !== undefined) and.push({ learning: filter.learning });
    if (filter.ombudsmanRemedy !== undefined) and.push({ ombudsmanRemedy: filter.ombudsmanRemedy });
    if (filter.overdue === true)
      and.push({ status: { $in: OPEN_STATUSES }, dueDate: { $lt: today.toDate() } });
    if (filter.overdue === false) {
      and.push({
        $or: [{ status: { $nin: OPEN_STATUSES } }, { dueDate: null }, { dueDate: { $gte: today.toDate() } }],
      });
    }
    if (filter.dueBefore) and.push({ dueDate: { $lt: LocalDate.parse(filter.dueBefore).toDate() } });
    if (filter.dueAfter) and.push({ dueDate: { $gt: LocalDate.parse(filter.dueAfter).toDate() } });
    if (filter.q) and.push({ text: containsText(this.em, filter.q) });
    return and.length ? { $and: and } : {};
  }

  async findPage(
    em: EntityManager,
    where: FilterQuery<TrackedAction>,
    sort: ActionFilter['sort'],
    offset: number,
    limit: number,
  ): Promise<[TrackedAction[], number]> {
    // The page loads its relations with one query each (select-in) and is counted on its own, without
    // joins: findAndCount would join every populated table into the count (slow at 10,000 actions).
    const rows = await em.find(TrackedAction, where, {
      populate: ['serviceArea', 'owner', 'document'],
      strategy: 'select-in',
      orderBy: ORDER[sort],
      offset,
      limit,
    });
    const total = await em.count(TrackedAction, where);
    return [rows, total];
  }

  findOne(em: EntityManager, id: string): Promise<TrackedAction | null> {
    return em.findOne(
      TrackedAction,
      { id },
      { populate: ['serviceArea', 'owner', 'document', 'recommendation'] },
    );
  }

  events(em: EntityManager, actionId: string): Promise<ActionEvent[]> {
    return em.find(
      ActionEvent,
      { action: actionId },
      { populate: ['by'], orderBy: [{ at: 'asc' }, { seq: 'asc' }] },
    );
  }

  evidence(em: EntityManager, actionId: string): Promise<Evidence[]> {
    return em.find(
      Evidence,
      { action: actionId },
      { populate: ['uploadedBy'], orderBy: { createdAt: 'asc' } },
    );
  }

  payments(em: EntityManager, actionId: string): Promise<ActionPayment[]> {
    return em.find(ActionPayment, { action: actionId }, { orderBy: { id: 'asc' } });
  }

  /** Evidence that counts towards completing the action: not refused when it was sent back. */
  countAcceptedEvidence(em: EntityManager, actionId: string): Promise<number> {
    return em.count(Evidence, { action: actionId, refusedAt: null });
  }
}
