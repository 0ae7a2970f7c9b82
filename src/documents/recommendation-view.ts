import { redactPersonalData } from '../auth/personal-data';
import { isoDate } from '../common/dates';
import type { ProposedRecommendation } from './entities/recommendation.entity';
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
  payments: {
    amount: number;
    payee: string | null;
    purpose: string;
    /** Where extraction found the amount, the money rules that counted it and why (null when an officer entered it). */
    span: { start: number; end: number; page: number | null } | null;
    rule: string[] | null;
    why: string | null;
  }[];
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

/**
 * What the API and the review pages say about a proposed recommendation (integer pence in storage,
 * pounds in the contract). Without `personal` (scrutiny), names are redacted and payees, reasons hidden.
 */
export function toRecommendationView(r: ProposedRecommendation, personal = true): RecommendationView {
  const redact = (t: string) => (personal ? t : redactPersonalData(t));
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
      payee: personal ? p.payee : null,
      purpose: p.purpose,
      span: p.span ?? null,
      rule: p.rule ?? null,
      why: p.why ?? null,
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
    reason: personal ? r.reason : null,
    reviewedAt: r.reviewedAt,
    actionId: r.action?.id ?? null,
    rule: r.rule ?? null,
    why: r.why ?? null,
    possible: r.possible ?? false,
    origin: r.origin ?? 'extracted',
  };
}
