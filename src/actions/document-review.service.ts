import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/access/auth-user';
import { TransitionNotAllowedError, TransitionRequirementsError } from '../status';
import { dueDateFor, LocalDate, todayInLondon } from '../calendar';
import { StoredDocument } from '../documents/entities/document.entity';
import { DocumentQueries } from '../documents/queries/document-queries.service';
import { ContentStore } from '../storage/content-store';
import { ActionChangeNotifier } from './action-change-notifier';
import { classifyAction } from '../extraction/classify';
import { CATEGORY_LEARNING } from '../extraction/category-rules';
import { User } from '../users/entities/user.entity';
import { DomainError } from '../common/errors';
import { isoDate, parseCalendarDate } from '../common/dates';
import {
  addRecommendationSchema,
  decisionsSchema,
  documentFactsSchema,
  mergeSchema,
  sameCaseSchema,
  splitSchema,
} from './document-review-inputs';
import { ProposedPayment, ProposedRecommendation } from '../documents/entities/recommendation.entity';
import { TrackedAction } from './entities/tracked-action.entity';
import { parseInput } from '../common/input';
import { poundsToPence } from '../common/money';
import { RecommendationReviewService } from './recommendation-review.service';
import { RecommendationView, toRecommendationView } from '../documents/recommendation-view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The result of a bulk decision. */
export interface Decided {
  accepted: { recommendationId: string; actionId: string }[];
  rejected: string[];
}

/** A proposed deadline that a new decision date would move (shown before saving). */
export interface DeadlineMove {
  recommendationId: string;
  number: number;
  text: string;
  from: string | null;
  to: string | null;
}

/** Deadlines that count from the decision: a time limit, from the final decision or the report (or unsaid). */
const COUNTS_FROM_DECISION = new Set<string | null>(['final_decision', 'report', null]);

/** Sums in the text of a part ("£250", "£1,000.50"), in pence, to give each payment to the right part. */
function amountsIn(text: string): Set<number> {
  const found = new Set<number>();
  for (const m of text.matchAll(/£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?/g)) {
    found.add(Number(m[1].replace(/,/g, '')) * 100 + Number(m[2] ?? 0));
  }
  return found;
}

/** Why a bulk decision stopped, naming the recommendation: 409 unless the choice itself was refused. */
export class DecisionRefused extends DomainError {
  constructor(
    message: string,
    kind: DomainError['code'],
    readonly recommendationId: string,
    /** The input of that recommendation's decision the refusal is about (serviceAreaId, ownerId, dueDate). */
    field?: string,
  ) {
    super(message, kind, field);
  }
}

function refusalNaming(named: string, id: string, e: unknown): Error {
  if (e instanceof DomainError) {
    // a refused service, owner or due date keeps its own status; anything else is a conflict
    const kind = e.code === 'invalid' || e.code === 'unprocessable' ? e.code : 'conflict';
    return new DecisionRefused(
      `${named} cannot be decided, so nothing was saved. ${e.message}`,
      kind,
      id,
      e.field,
    );
  }
  if (e instanceof TransitionNotAllowedError || e instanceof TransitionRequirementsError) {
    return new DecisionRefused(
      `${named} cannot be decided, so nothing was saved. ${e.message}`,
      'conflict',
      id,
      e instanceof TransitionRequirementsError ? e.field : undefined,
    );
  }
  return e as Error;
}

/**
 * The officer's work on a whole decision: decide several proposals at once, add, split and merge
 * proposals, correct the document's facts (moving the deadlines that count from its date), answer
 * "same case?", and delete a document that no live action comes from.
 */
@Injectable()
export class DocumentReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly review: RecommendationReviewService,
    private readonly documents: DocumentQueries,
    private readonly store: ContentStore,
    private readonly notifier: ActionChangeNotifier,
  ) {}

  private async document(em: EntityManager, id: string): Promise<StoredDocument> {
    const doc = UUID.test(id) ? await em.findOne(StoredDocument, id) : null;
    if (!doc) throw DomainError.notFound('document');
    return doc;
  }

  private async proposed(em: EntityManager, id: string): Promise<ProposedRecommendation> {
    const rec = UUID.test(id)
      ? await em.findOne(ProposedRecommendation, { id }, { populate: ['document', 'action'] })
      : null;
    if (!rec) throw DomainError.notFound('recommendation');
    if (rec.status !== 'proposed') {
      throw new DomainError(
        `Recommendation ${rec.ordinal + 1} is already decided: only proposed recommendations can be changed.`,
        'conflict',
      );
    }
    return rec;
  }

  /**
   * Accepts and rejects several recommendations of one decision in one transaction: all or nothing. The
   * first that cannot be decided (already decided, not on this decision, a refused service or owner)
   * stops the lot with a message naming it.
   */
  async decide(documentId: string, input: unknown, user: AuthUser): Promise<Decided> {
    const data = parseInput(decisionsSchema, input, 'decisions');
    const today = todayInLondon();
    const result: Decided = { accepted: [], rejected: [] };
    try {
      await this.em.fork().transactional(async (em) => {
        const doc = await this.document(em, documentId);
        const ids = [...data.accept.map((a) => a.id), ...data.reject.map((r) => r.id)];
        const recs = await em.find(
          ProposedRecommendation,
          { id: { $in: ids } },
          { populate: ['document'], orderBy: { ordinal: 'asc' } },
        );
        const byId = new Map(recs.map((r) => [r.id, r]));
        const missing = ids.find((id) => byId.get(id)?.document.id !== doc.id);
        if (missing) {
          throw new DomainError(`Recommendation ${missing} is not one of this decision's.`, 'conflict');
        }
        const accepts = new Map(data.accept.map((a) => [a.id, a]));
        const rejects = new Map(data.reject.map((r) => [r.id, r]));
        for (const rec of recs) {
          const named = `Recommendation ${rec.ordinal + 1} ("${rec.text.slice(0, 60)}${rec.text.length > 60 ? '…' : ''}")`;
          try {
            const accept = accepts.get(rec.id);
            if (accept) {
              const { id: _id, ...choice } = accept;
              void _id;
              const done = await this.review.acceptWithin(em, rec, choice, user, today);
              result.accepted.push({ recommendationId: rec.id, actionId: done.actionId });
            } else {
              await this.review.rejectWithin(em, rec, rejects.get(rec.id)!.reason, user);
              result.rejected.push(rec.id);
            }
          } catch (e) {
            throw refusalNaming(named, rec.id, e);
          }
        }
      });
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) {
        throw new DomainError(
          'One of these recommendations was accepted at the same moment by someone else: nothing was saved.',
          'conflict',
        );
      }
      throw e;
    }
    // committed: each new action's service (and owner) is told, as for a single accept, in one email per
    // person for the whole decision
    await this.notifier.actionsAssigned(result.accepted.map((a) => a.actionId));
    return result;
  }

  /** A recommendation the officer adds (typed, or selected in the text: the span is kept). */
  async add(documentId: string, input: unknown, user: AuthUser): Promise<RecommendationView> {
    const data = parseInput(addRecommendationSchema, input, 'recommendation');
    const em = this.em.fork();
    return em.transactional(async (tx) => {
      const doc = await this.document(tx, documentId);
      if (doc.status !== 'processed') {
        throw new DomainError(
          'Recommendations can be added once the document has been processed.',
          'conflict',
        );
      }
      if (data.span) {
        const stored = await tx.findOne(StoredDocument, documentId, {
          fields: ['sourceText'],
          populate: ['sourceText'],
        });
        const length = stored?.sourceText?.length ?? null;
        if (length !== null && data.span.end > length) {
          throw new DomainError(
            `The selection goes past the end of the document's text (${length} characters).`,
          );
        }
      }
      const last = await tx.findOne(
        ProposedRecommendation,
        { document: doc.id },
        { orderBy: { ordinal: 'desc' } },
      );
      const guess = classifyAction(data.text, data.text);
      const category = data.category ?? guess.category;
      const rec = tx.create(ProposedRecommendation, {
        document: doc,
        ordinal: (last?.ordinal ?? -1) + 1,
        text: data.text,
        extractedText: data.text,
        category,
        learning: data.learning ?? CATEGORY_LEARNING[category] ?? guess.learning,
        payments: (data.payments ?? []).map((p, i) => ({
          amountPence: poundsToPence(p.amount, `payments.${i}.amount`),
          payee: p.payee ?? null,
          purpose: p.purpose,
        })),
        deadlineText: data.deadline?.text ?? null,
        deadlineCount: data.deadline?.within?.count ?? null,
        deadlineUnit: data.deadline?.within?.unit ?? null,
        deadlineFrom: data.deadline?.from ?? (data.deadline?.within ? 'final_decision' : null),
        deadlineDate: data.deadline?.date
          ? parseCalendarDate(data.deadline.date, 'deadline.date').toDate()
          : null,
        evidenceRequired: data.evidenceRequired ?? false,
        spanStart: data.span?.start ?? 0,
        spanEnd: data.span?.end ?? 0,
        spanPage: data.span?.page ?? null,
        confidence: 1,
        origin: 'added',
        why: data.span ? 'Added by an officer from the text of the document' : 'Typed in by an officer',
        reviewedBy: tx.getReference(User, user.id),
        reviewedAt: new Date(),
      });
      if (!rec.deadlineDate && rec.deadlineCount !== null && rec.deadlineUnit && doc.decisionDate) {
        rec.deadlineDate = dueDateFor(
          { count: rec.deadlineCount, unit: rec.deadlineUnit },
          LocalDate.fromDate(doc.decisionDate),
        ).toDate();
      }
      await tx.flush();
      return toRecommendationView(rec);
    });
  }

  /**
   * Splits a proposal that holds several actions: the first part keeps the recommendation (and its id),
   * each other part becomes a new proposal with the same source and deadline. Each payment goes to the
   * part given, else to the part whose text names its amount, else stays with the first part.
   */
  async split(id: string, input: unknown, user: AuthUser): Promise<RecommendationView[]> {
    const data = parseInput(splitSchema, input, 'split');
    return this.em.fork().transactional(async (tx) => {
      const rec = await this.proposed(tx, id);
      const owner = new Map<number, number>();
      data.parts.forEach((part, p) =>
        (part.payments ?? []).forEach((i) => {
          if (i >= rec.payments.length)
            throw new DomainError(
              `Part ${p + 1} names payment ${i + 1}, but there are only ${rec.payments.length}.`,
            );
          owner.set(i, p);
        }),
      );
      rec.payments.forEach((pay, i) => {
        if (owner.has(i)) return;
        const p = data.parts.findIndex((part) => amountsIn(part.text).has(pay.amountPence));
        owner.set(i, p < 0 ? 0 : p);
      });
      const original = [...rec.payments];
      const paymentsOf = (p: number): ProposedPayment[] => original.filter((_, i) => owner.get(i) === p);
      // later proposals move down to make room, so the parts stay together in document order
      const later = await tx.find(ProposedRecommendation, {
        document: rec.document.id,
        ordinal: { $gt: rec.ordinal },
      });
      for (const r of later) r.ordinal += data.parts.length - 1;
      const parts = data.parts.map((part, p) => {
        const target =
          p === 0
            ? rec
            : tx.create(ProposedRecommendation, {
                document: rec.document,
                ordinal: rec.ordinal + p,
                text: part.text,
                extractedText: rec.extractedText,
                category: rec.category,
                learning: rec.learning,
                deadlineText: rec.deadlineText,
                deadlineCount: rec.deadlineCount,
                deadlineUnit: rec.deadlineUnit,
                deadlineFrom: rec.deadlineFrom,
                deadlineDate: rec.deadlineDate,
                evidenceRequired: rec.evidenceRequired,
                spanStart: rec.spanStart,
                spanEnd: rec.spanEnd,
                spanPage: rec.spanPage,
                confidence: rec.confidence,
                rule: rec.rule,
                why: `Split by an officer from recommendation ${rec.ordinal + 1}`,
                origin: 'split',
              });
        target.text = part.text;
        target.payments = paymentsOf(p);
        const guess = classifyAction(part.text, part.text);
        if (p > 0) {
          target.category = guess.category;
          target.learning = CATEGORY_LEARNING[guess.category] ?? guess.learning;
        }
        target.reviewedBy = tx.getReference(User, user.id);
        target.reviewedAt = new Date();
        return target;
      });
      await tx.flush();
      return parts.map((r) => toRecommendationView(r));
    });
  }

  /** Merges other proposals of the same decision into this one: texts joined, payments kept, one source span. */
  async merge(id: string, input: unknown, user: AuthUser): Promise<RecommendationView> {
    const data = parseInput(mergeSchema, input, 'merge');
    return this.em.fork().transactional(async (tx) => {
      const rec = await this.proposed(tx, id);
      const others: ProposedRecommendation[] = [];
      for (const otherId of data.with) {
        if (otherId === rec.id) throw new DomainError('A recommendation cannot be merged with itself.');
        const other = await this.proposed(tx, otherId);
        if (other.document.id !== rec.document.id)
          throw new DomainError('Only recommendations of the same decision can be merged.', 'conflict');
        others.push(other);
      }
      const all = [rec, ...others].sort((a, b) => a.ordinal - b.ordinal);
      rec.text = data.text ?? all.map((r) => r.text.replace(/[.;,\s]+$/, '')).join('; ') + '.';
      rec.payments = all.flatMap((r) => r.payments);
      rec.evidenceRequired = all.some((r) => r.evidenceRequired);
      const withSpan = all.filter((r) => r.spanEnd > r.spanStart);
      if (withSpan.length) {
        rec.spanStart = Math.min(...withSpan.map((r) => r.spanStart));
        rec.spanEnd = Math.max(...withSpan.map((r) => r.spanEnd));
        rec.spanPage = withSpan.find((r) => r.spanStart === rec.spanStart)?.spanPage ?? rec.spanPage;
      }
      // the earliest deadline wins: the merged action is due when its first part is
      const dated = all
        .filter((r) => r.deadlineDate)
        .sort((a, b) => a.deadlineDate!.getTime() - b.deadlineDate!.getTime());
      if (dated.length && dated[0] !== rec) {
        const d = dated[0];
        Object.assign(rec, {
          deadlineDate: d.deadlineDate,
          deadlineText: d.deadlineText,
          deadlineCount: d.deadlineCount,
          deadlineUnit: d.deadlineUnit,
          deadlineFrom: d.deadlineFrom,
        });
      }
      rec.ordinal = all[0].ordinal;
      rec.origin = 'merged';
      rec.why = `Merged by an officer from recommendations ${all.map((r) => r.ordinal + 1).join(', ')}`;
      rec.reviewedBy = tx.getReference(User, user.id);
      rec.reviewedAt = new Date();
      for (const o of others) tx.remove(o);
      await tx.flush();
      return toRecommendationView(rec);
    });
  }

  /** Makes a "possible action" a proposal to decide like the others. */
  async propose(id: string, user: AuthUser): Promise<RecommendationView> {
    return this.em.fork().transactional(async (tx) => {
      const rec = await this.proposed(tx, id);
      if (!rec.possible) throw new DomainError('This recommendation is already proposed.', 'conflict');
      rec.possible = false;
      rec.reviewedBy = tx.getReference(User, user.id);
      rec.reviewedAt = new Date();
      await tx.flush();
      return toRecommendationView(rec);
    });
  }

  /** The proposed deadlines a new decision date would move: what the page shows before saving. */
  async deadlineMoves(
    documentId: string,
    newDate: LocalDate | null,
    em = this.em.fork(),
  ): Promise<DeadlineMove[]> {
    const recs = await em.find(
      ProposedRecommendation,
      { document: documentId, status: 'proposed' },
      { orderBy: { ordinal: 'asc' } },
    );
    const moves: DeadlineMove[] = [];
    for (const r of recs) {
      if (r.deadlineCount === null || !r.deadlineUnit || !COUNTS_FROM_DECISION.has(r.deadlineFrom)) continue;
      const to = newDate
        ? dueDateFor({ count: r.deadlineCount, unit: r.deadlineUnit }, newDate).toString()
        : null;
      const from = isoDate(r.deadlineDate);
      if (from !== to) moves.push({ recommendationId: r.id, number: r.ordinal + 1, text: r.text, from, to });
    }
    return moves;
  }

  /**
   * Corrects the document's facts. A changed decision date moves the deadline of every undecided
   * recommendation that counts from it (accepted actions keep their due dates: change those on the action).
   */
  async correctFacts(
    documentId: string,
    input: unknown,
    user: AuthUser,
  ): Promise<{ document: StoredDocument; moved: DeadlineMove[] }> {
    const data = parseInput(documentFactsSchema, input, 'correction');
    const newDate =
      data.decisionDate === undefined
        ? undefined
        : data.decisionDate
          ? parseCalendarDate(data.decisionDate, 'decisionDate')
          : null;
    if (newDate && newDate.isAfter(todayInLondon())) {
      throw new DomainError(
        'decisionDate: the decision date cannot be in the future.',
        'unprocessable',
        'decisionDate',
      );
    }
    return this.em.fork().transactional(async (tx) => {
      const doc = await this.document(tx, documentId);
      if (doc.status !== 'processed' && doc.status !== 'failed') {
        throw new DomainError('Wait until the document has been processed before correcting it.', 'conflict');
      }
      let moved: DeadlineMove[] = [];
      if (newDate !== undefined && isoDate(doc.decisionDate) !== (newDate?.toString() ?? null)) {
        moved = await this.deadlineMoves(doc.id, newDate, tx);
        for (const m of moved) {
          await tx.nativeUpdate(
            ProposedRecommendation,
            { id: m.recommendationId, status: 'proposed' },
            { deadlineDate: m.to ? LocalDate.parse(m.to).toDate() : null },
          );
        }
        doc.decisionDate = newDate ? newDate.toDate() : null;
      }
      if (data.documentType !== undefined) doc.documentType = data.documentType;
      if (data.reference !== undefined) doc.reference = data.reference || null;
      if (data.organisation !== undefined) doc.organisation = data.organisation || null;
      if (data.finding !== undefined) doc.finding = data.finding ?? null;
      if (data.faultFound !== undefined) doc.faultFound = data.faultFound ?? null;
      if (data.remediedBefore !== undefined) {
        // the officer's answer is confirmed and never overwritten by processing; "not known" lets it propose again
        doc.remediedBefore = data.remediedBefore ?? null;
        doc.remediedBeforeConfirmedAt = data.remediedBefore === null ? null : new Date();
      }
      void user;
      await tx.flush();
      return { document: doc, moved };
    });
  }

  /**
   * The officer's answer to "same case as an earlier document?". Same: every undecided proposal is
   * rejected as already tracked, and none can be accepted later. Different: the warning goes.
   */
  async answerSameCase(documentId: string, input: unknown, user: AuthUser): Promise<StoredDocument> {
    const { answer } = parseInput(sameCaseSchema, input, 'answer');
    return this.em.fork().transactional(async (tx) => {
      const doc = await this.document(tx, documentId);
      const others = await this.documents.sameCase(doc, tx);
      if (answer === 'same' && !others.length) {
        throw new DomainError(
          'No other document has the same reference, so this cannot be the same case as one.',
          'conflict',
        );
      }
      doc.sameCase = answer;
      if (answer === 'same') {
        const earlier = others[0];
        const reason = `Same case as ${earlier.reference ?? earlier.caseReference ?? 'the earlier document'} (${earlier.fileName}): its actions are tracked there.`;
        await tx.nativeUpdate(
          ProposedRecommendation,
          { document: doc.id, status: 'proposed' },
          { status: 'rejected', reason, reviewedBy: user.id, reviewedAt: new Date() },
        );
      }
      await tx.flush();
      return doc;
    });
  }

  /**
   * Deletes a document and its proposals. Refused while an action comes from it that is not cancelled;
   * cancelled actions go with it (their history too), and so does the stored file.
   */
  async deleteDocument(documentId: string): Promise<{ fileName: string }> {
    const gone = await this.em.fork().transactional(async (tx) => {
      const doc = await this.document(tx, documentId);
      if (doc.status === 'queued' || doc.status === 'processing') {
        throw new DomainError(
          'This document is being processed: wait until it has finished, then delete it.',
          'conflict',
        );
      }
      const live = await tx.count(TrackedAction, { document: doc.id, status: { $ne: 'cancelled' } });
      if (live > 0) {
        throw new DomainError(
          `${live === 1 ? 'An action comes' : `${live} actions come`} from this document. Cancel ${live === 1 ? 'it' : 'them'} first, then delete the document.`,
          'conflict',
        );
      }
      await tx.nativeDelete(TrackedAction, { document: doc.id });
      await tx.nativeDelete(ProposedRecommendation, { document: doc.id });
      const gone = { storagePath: doc.storagePath, fileName: doc.fileName };
      await tx.nativeDelete(StoredDocument, { id: doc.id });
      return gone;
    });
    // the bytes go too (file names and decisions carry personal data); a missing file is no error
    await this.store.remove(gone.storagePath).catch(() => undefined);
    return { fileName: gone.fileName };
  }
}
