import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { DocumentQueries } from '../documents/queries/document-queries.service';
import type { AuthUser } from '../common/access/auth-user';
import { LocalDate, todayInLondon } from '../calendar';
import { ActionChangeNotifier } from './action-change-notifier';
import { StoredDocument } from '../documents/entities/document.entity';
import { PeopleService } from '../users/people.service';
import { assertPlausibleDueDate } from './remedy-rules';
import { ServiceAreasService } from '../service-areas/service-areas.service';
import { recommendationStatusMachine } from '../status';
import { User } from '../users/entities/user.entity';
import { DomainError } from '../common/errors';
import { appendActionEvent } from './action-history';
import { actionAccess } from './action-access';
import { parseCalendarDate } from '../common/dates';
import { prefillDueDate, DueDatePrefill } from './due-date-prefill';
import { ActionPayment } from './entities/action-payment.entity';
import { ProposedRecommendation, RecommendationStatus } from '../documents/entities/recommendation.entity';
import { TrackedAction } from './entities/tracked-action.entity';
import { parseInput } from '../common/input';
import { poundsToPence } from '../common/money';
import { AcceptInput, acceptSchema, editRecommendationSchema, reasonSchema } from './recommendation-inputs';
import { RecommendationView, toRecommendationView } from '../documents/recommendation-view';
import { keepProvenance } from './payment-provenance';

const OMBUDSMAN_TYPES = new Set(['lgsco_decision', 'housing_ombudsman_decision']);
const STATUTORY_TYPES = new Set(['stage2_report', 'stage3_panel']);

/** The result of accepting: the new action's id (load it with ActionsService.get). */
export interface Accepted {
  actionId: string;
  dueDateBasis: DueDatePrefill['basis'];
}

/** The officer's review of proposed recommendations: accept (one action each), edit, reject, not accepted. */
@Injectable()
export class RecommendationReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly areas: ServiceAreasService,
    private readonly people: PeopleService,
    private readonly documents: DocumentQueries,
    private readonly notifier: ActionChangeNotifier,
  ) {}

  async get(id: string, user: AuthUser): Promise<RecommendationView> {
    const rec = await this.em.fork().findOne(ProposedRecommendation, { id }, { populate: ['action'] });
    if (!rec) throw DomainError.notFound('recommendation');
    return toRecommendationView(rec, actionAccess.lens(user).personalData);
  }

  /** A document's recommendations in document order (for the review page). */
  /**
   * A decision's recommendations. A user scoped to service areas (a senior officer with a directorate)
   * sees only decisions behind their own actions: any other is "not found", as in the documents API.
   */
  async listForDocument(documentId: string, user: AuthUser): Promise<RecommendationView[]> {
    if (!(await this.documents.canSee(user, documentId))) throw DomainError.notFound('decision');
    const recs = await this.em
      .fork()
      .find(
        ProposedRecommendation,
        { document: documentId },
        { populate: ['action'], orderBy: { ordinal: 'asc' } },
      );
    return recs.map((r) => toRecommendationView(r, actionAccess.lens(user).personalData));
  }

  /** The due date accepting would give now, and where it comes from (to prefill the accept form). */
  async suggestDueDate(id: string, today: LocalDate = todayInLondon()): Promise<DueDatePrefill> {
    const rec = await this.em.fork().findOne(ProposedRecommendation, { id }, { populate: ['document'] });
    if (!rec) throw DomainError.notFound('recommendation');
    return this.prefill(rec, rec.document, today, null);
  }

  /**
   * Accepts a proposed recommendation: creates exactly one tracked action, its payments and its first
   * history event, in one transaction. The status is claimed with a conditional update and the action
   * row is unique per recommendation, so a second or concurrent accept is a 409 conflict.
   */
  async accept(id: string, input: unknown, user: AuthUser): Promise<Accepted> {
    const data = parseInput(acceptSchema, input, 'acceptance');
    const today = todayInLondon();
    const officerDate = data.dueDate ? parseCalendarDate(data.dueDate, 'dueDate') : null;
    if (officerDate) assertPlausibleDueDate(officerDate, today);
    let accepted: Accepted;
    try {
      accepted = await this.em.fork().transactional(async (em) => {
        const rec = await em.findOne(ProposedRecommendation, { id }, { populate: ['document'] });
        if (!rec) throw DomainError.notFound('recommendation');
        return await this.acceptWithin(em, rec, data, user, today);
      });
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) {
        throw new DomainError('This recommendation has already been accepted.', 'conflict');
      }
      throw e;
    }
    // Committed: tell the service (and the owner) at once.
    await this.notifier.actionAssigned(accepted.actionId);
    return accepted;
  }

  /**
   * Accepts inside the caller's transaction (one accept, or a bulk decision): the status claim, the
   * action, its payments and its first history event. `rec.document` must be loaded.
   */
  async acceptWithin(
    em: EntityManager,
    rec: ProposedRecommendation,
    data: AcceptInput,
    user: AuthUser,
    today: LocalDate,
  ): Promise<Accepted> {
    const officerDate = data.dueDate ? parseCalendarDate(data.dueDate, 'dueDate') : null;
    recommendationStatusMachine.assertCanApply(rec.status, 'accepted', {
      serviceAreaId: data.serviceAreaId,
    });
    if (rec.document.sameCase === 'same') {
      throw new DomainError(
        'This decision is marked as the same case as one already tracked: its recommendations are not turned into actions a second time.',
        'conflict',
      );
    }
    const area = await this.areas.requireAssignable(data.serviceAreaId, em);
    const owner = data.ownerId ? await this.people.requireOwner(data.ownerId, em) : null;
    if (owner) await this.people.assertCanOwn(owner, area.id, em);
    const due = this.prefill(rec, rec.document, today, officerDate);
    if (!due.dueDate) {
      throw DomainError.invalid(
        'dueDate',
        'Enter a due date: the recommendation has no time limit we could read, so we cannot work one out.',
      );
    }
    await this.claim(em, rec, 'accepted', user, null);
    const action = em.create(TrackedAction, {
      recommendation: rec,
      document: rec.document,
      serviceArea: area,
      owner,
      text: data.text ?? rec.text,
      category: rec.category,
      learning: rec.learning,
      ombudsmanRemedy: OMBUDSMAN_TYPES.has(rec.document.documentType ?? ''),
      evidenceRequired: rec.evidenceRequired,
      startDate: due.startDate.toDate(),
      dueDate: due.dueDate.toDate(),
      originalDueDate: due.dueDate.toDate(),
    });
    for (const p of rec.payments) {
      em.create(ActionPayment, {
        action,
        payee: p.payee,
        purpose: p.purpose,
        agreedPence: p.amountPence,
      });
    }
    await appendActionEvent(em, action, {
      type: 'created',
      byUserId: user.id,
      to: 'open',
      note: null,
      data: {
        recommendationId: rec.id,
        serviceAreaId: area.id,
        ownerId: owner?.id ?? null,
        dueDate: due.dueDate.toString(),
        dueDateBasis: due.basis,
      },
    });
    await em.flush();
    return { actionId: action.id, dueDateBasis: due.basis };
  }

  /** Rejects inside the caller's transaction (a bulk decision). */
  async rejectWithin(
    em: EntityManager,
    rec: ProposedRecommendation,
    reason: string,
    user: AuthUser,
  ): Promise<void> {
    recommendationStatusMachine.assertCanApply(rec.status, 'rejected', { note: reason });
    await this.claim(em, rec, 'rejected', user, reason);
  }

  /** Undoes a rejection (or a "not accepted"): the recommendation is proposed again, its reason kept in the audit. */
  async reopen(id: string, user: AuthUser): Promise<RecommendationView> {
    return this.em.fork().transactional(async (tx) => {
      const rec = await tx.findOne(ProposedRecommendation, { id }, { populate: ['document', 'action'] });
      if (!rec) throw DomainError.notFound('recommendation');
      if (rec.status === 'proposed')
        throw new DomainError(
          'This recommendation is not decided yet: there is nothing to undo.',
          'conflict',
        );
      recommendationStatusMachine.assertCanApply(rec.status, 'proposed', {});
      const changed = await tx.nativeUpdate(
        ProposedRecommendation,
        { id: rec.id, status: rec.status },
        { status: 'proposed', reason: null, reviewedBy: user.id, reviewedAt: new Date() },
      );
      if (changed !== 1)
        throw new DomainError(
          'This recommendation changed at the same moment: reload and try again.',
          'conflict',
        );
      rec.status = 'proposed';
      rec.reason = null;
      return toRecommendationView(rec);
    });
  }

  /** Rejects a proposed recommendation (not one to track: extracted in error, a duplicate ...). */
  async reject(id: string, input: unknown, user: AuthUser): Promise<RecommendationView> {
    const { reason } = parseInput(reasonSchema, input, 'rejection');
    return this.close(id, 'rejected', reason, user);
  }

  /** Records that the council did not accept a Stage 2 or Stage 3 recommendation, with its reason. */
  async recordNotAccepted(id: string, input: unknown, user: AuthUser): Promise<RecommendationView> {
    const { reason } = parseInput(reasonSchema, input, 'decision');
    return this.close(id, 'not_accepted', reason, user, (doc) => {
      if (!STATUTORY_TYPES.has(doc.documentType ?? '')) {
        throw new DomainError(
          'Only Stage 2 investigation and Stage 3 panel recommendations can be recorded as not accepted by the council. Reject it instead.',
          'conflict',
        );
      }
    });
  }

  /** Corrects what extraction proposed, before it is accepted (text, category, learning, payments, deadline). */
  async edit(id: string, input: unknown, user: AuthUser): Promise<RecommendationView> {
    const data = parseInput(editRecommendationSchema, input, 'change');
    const em = this.em.fork();
    const rec = await em.findOne(ProposedRecommendation, { id }, { populate: ['action'] });
    if (!rec) throw DomainError.notFound('recommendation');
    if (rec.status !== 'proposed') {
      throw new DomainError(
        `This recommendation is already ${recommendationStatusMachine.label(rec.status)}: only proposed recommendations can be edited.`,
        'conflict',
      );
    }
    if (data.text !== undefined) rec.text = data.text;
    if (data.category !== undefined) rec.category = data.category;
    if (data.learning !== undefined) rec.learning = data.learning;
    if (data.evidenceRequired !== undefined) rec.evidenceRequired = data.evidenceRequired;
    if (data.payments !== undefined) {
      rec.payments = keepProvenance(
        rec.payments,
        data.payments.map((p, i) => ({
          amountPence: poundsToPence(p.amount, `payments.${i}.amount`),
          payee: p.payee ?? null,
          purpose: p.purpose,
        })),
      );
    }
    if (data.deadline !== undefined) {
      const d = data.deadline;
      rec.deadlineDate = d?.date ? parseCalendarDate(d.date, 'deadline.date').toDate() : null;
      rec.deadlineCount = d?.within?.count ?? null;
      rec.deadlineUnit = d?.within?.unit ?? null;
      rec.deadlineFrom = d?.from ?? null;
      rec.deadlineText = d?.text ?? rec.deadlineText ?? null;
      if (!d) rec.deadlineText = null;
    }
    rec.reviewedBy = em.getReference(User, user.id);
    rec.reviewedAt = new Date();
    await em.flush();
    return toRecommendationView(rec);
  }

  private async close(
    id: string,
    to: RecommendationStatus,
    reason: string,
    user: AuthUser,
    check?: (doc: StoredDocument) => void,
  ): Promise<RecommendationView> {
    const em = this.em.fork();
    return em.transactional(async (tx) => {
      const rec = await tx.findOne(ProposedRecommendation, { id }, { populate: ['document', 'action'] });
      if (!rec) throw DomainError.notFound('recommendation');
      recommendationStatusMachine.assertCanApply(rec.status, to, { note: reason });
      check?.(rec.document);
      await this.claim(tx, rec, to, user, reason);
      return toRecommendationView(rec);
    });
  }

  /** Moves a proposed recommendation on with a conditional update: only one caller can win. */
  private async claim(
    em: EntityManager,
    rec: ProposedRecommendation,
    to: RecommendationStatus,
    user: AuthUser,
    reason: string | null,
  ): Promise<void> {
    const reviewedAt = new Date();
    const changed = await em.nativeUpdate(
      ProposedRecommendation,
      { id: rec.id, status: 'proposed' },
      { status: to, reason, reviewedBy: user.id, reviewedAt },
    );
    if (changed !== 1) {
      throw new DomainError(
        to === 'accepted'
          ? 'This recommendation has already been accepted.'
          : 'This recommendation has already been reviewed by someone else.',
        'conflict',
      );
    }
    // Keep the loaded entity in step (the flush writes the same values again).
    rec.status = to;
    rec.reason = reason;
    rec.reviewedAt = reviewedAt;
    rec.reviewedBy = em.getReference(User, user.id);
  }

  private prefill(
    rec: ProposedRecommendation,
    doc: StoredDocument,
    today: LocalDate,
    officerDate: LocalDate | null,
  ): DueDatePrefill {
    return prefillDueDate(
      {
        deadlineDate: rec.deadlineDate ? LocalDate.fromDate(rec.deadlineDate) : null,
        deadlineCount: rec.deadlineCount,
        deadlineUnit: rec.deadlineUnit,
      },
      doc.decisionDate ? LocalDate.fromDate(doc.decisionDate) : null,
      today,
      officerDate,
    );
  }
}
