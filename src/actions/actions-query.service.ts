import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/access/auth-user';
import { LocalDate, todayInLondon } from '../calendar';
import { ServiceAreasService } from '../service-areas/service-areas.service';
import { actionStatusMachine } from '../status';
import { actionAccess } from './action-access';
import { DomainError } from '../common/errors';
import { ActionFilterInput, actionFilterSchema } from './action-filters';
import {
  ActionDetailView,
  ActionSummaryView,
  toActionSummary,
  toEventView,
  toEvidenceView,
  toPaymentView,
} from './action-views';
import { ActionsRepository } from './actions.repository';
import { TrackedAction } from './entities/tracked-action.entity';
import { parseInput } from '../common/input';

export interface ActionPage {
  actions: ActionSummaryView[];
  total: number;
  page: number;
  pageSize: number;
}

/** Lists and reads tracked actions, limited to what the caller may see. */
@Injectable()
export class ActionsQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly repo: ActionsRepository,
    private readonly areas: ServiceAreasService,
  ) {}

  /** Filters are query-string values (see actionFilterSchema); bad ones are a DomainError('invalid'). */
  async list(
    user: AuthUser,
    filterInput: ActionFilterInput | Record<string, unknown> = {},
    today = todayInLondon(),
  ): Promise<ActionPage> {
    const filter = parseInput(actionFilterSchema, filterInput, 'filter');
    const em = this.em.fork();
    const filterAreas = filter.serviceAreaId
      ? (await this.areas.tree(em)).withDescendants(filter.serviceAreaId)
      : null;
    const ownerId = filter.ownerId === 'me' ? user.id : (filter.ownerId ?? null);
    const where = this.repo.where(filter, actionAccess.scope(user), filterAreas, ownerId, today);
    const [rows, total] = await this.repo.findPage(
      em,
      where,
      filter.sort,
      (filter.page - 1) * filter.pageSize,
      filter.pageSize,
    );
    const lens = actionAccess.lens(user);
    return {
      actions: rows.map((a) => toActionSummary(a, today, lens)),
      total,
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }

  /** One action with its payments, history and (for those who may see personal data) evidence. */
  async get(user: AuthUser, id: string, today: LocalDate = todayInLondon()): Promise<ActionDetailView> {
    const em = this.em.fork();
    const action = await this.repo.findOne(em, id);
    if (!action) throw DomainError.notFound('action');
    actionAccess.assertCanSee(user, action.serviceArea.id);
    return this.detail(em, action, user, today);
  }

  async detail(
    em: EntityManager,
    action: TrackedAction,
    user: AuthUser,
    today: LocalDate = todayInLondon(),
  ): Promise<ActionDetailView> {
    const lens = actionAccess.lens(user);
    const [events, evidence, payments] = await Promise.all([
      this.repo.events(em, action.id),
      lens.personalData ? this.repo.evidence(em, action.id) : Promise.resolve([]),
      this.repo.payments(em, action.id),
    ]);
    return {
      ...toActionSummary(action, today, lens),
      cancelReason: lens.personalData ? action.cancelReason : null,
      payments: payments.map((p) => toPaymentView(p, lens)),
      events: events.map((e) => toEventView(e, lens)),
      evidence: evidence.map(toEvidenceView),
      allowedTransitions: [...actionStatusMachine.allowedTargets(action.status)],
    };
  }
}
