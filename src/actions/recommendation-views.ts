import { redactPersonalData } from '../auth/personal-data';
import { isoDate } from '../common/dates';
import type { ViewerLens } from './action-views';
import type { ProposedRecommendation } from '../documents/entities/recommendation.entity';
import { penceToPounds } from '../common/money';

export interface RecommendationView {
  id: string;
  documentId: string;
  ordinal: number;
  status: ProposedRecommendation['status'];
  text: string;
  extractedText: string;
  edited: boolean;
  category: string;
  learning: boolean;
  payments: { amount: number; payee: string | null; purpose: string }[];
  deadline: {
    text: string | null;
    within: { count: number; unit: string } | null;
    from: string | null;
    date: string | null;
  } | null;
  evidenceRequired: boolean;
  span: { start: number; end: number; page: number | null };
  confidence: number;
  reason: string | null;
  reviewedAt: Date | null;
  actionId: string | null;
  /** The extraction rules that produced it (null: an older result, or added by an officer). */
  rule: string[] | null;
  /** Why it was proposed, in one line (null: an older result). */
  why: string | null;
  /** A weak candidate, shown apart as a "possible action". */
  possible: boolean;
  /** extracted, or added, split or merged by an officer. */
  origin: string;
}

export function toRecommendationView(
  r: ProposedRecommendation,
  lens: ViewerLens = { personalData: true },
): RecommendationView {
  const redact = (t: string) => (lens.personalData ? t : redactPersonalData(t));
  const hasDeadline = r.deadlineText || r.deadlineCount !== null || r.deadlineDate;
  return {
    id: r.id,
    documentId: r.document.id,
    ordinal: r.ordinal,
    status: r.status,
    text: redact(r.text),
    extractedText: redact(r.extractedText),
    edited: r.text !== r.extractedText,
    category: r.category,
    learning: r.learning,
    payments: r.payments.map((p) => ({
      amount: penceToPounds(p.amountPence),
      payee: lens.personalData ? p.payee : null,
      purpose: p.purpose,
    })),
    deadline: hasDeadline
      ? {
          text: r.deadlineText && redact(r.deadlineText),
          within:
            r.deadlineCount !== null && r.deadlineUnit
              ? { count: r.deadlineCount, unit: r.deadlineUnit }
              : null,
          from: r.deadlineFrom,
          date: isoDate(r.deadlineDate),
        }
      : null,
    evidenceRequired: r.evidenceRequired,
    span: { start: r.spanStart, end: r.spanEnd, page: r.spanPage },
    confidence: r.confidence,
    reason: lens.personalData ? r.reason : null,
    reviewedAt: r.reviewedAt,
    actionId: r.action?.id ?? null,
    rule: r.rule ?? null,
    why: r.why ?? null,
    possible: r.possible ?? false,
    origin: r.origin ?? 'extracted',
  };
}
