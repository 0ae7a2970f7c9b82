import type { ProposedPayment } from '../entities/recommendation.entity';
import type { Payment, Recommendation } from '../../extraction/types';
import { tryParseCalendarDate } from '../../common/dates';
import { roundToPence } from '../../common/money';

/** A calendar date `YYYY-MM-DD` as the JS Date at UTC midnight that CalendarDateType stores. */
export function calendarDate(value: string | null): Date | null {
  return tryParseCalendarDate(value)?.toDate() ?? null;
}

/** Rule ids as stored: a non-empty array of strings, bounded; anything else is not trusted. */
function ruleIdsOf(value: unknown): string[] | null {
  return Array.isArray(value) && value.length && value.every((r) => typeof r === 'string')
    ? (value as string[]).slice(0, 20).map((r) => r.slice(0, 200))
    : null;
}

/** A one-line reason as stored: trimmed and bounded; blank or not a string is none. */
function whyOf(value: unknown, max: number): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null;
}

/**
 * The optional fields the engine gained in the second round (rule, why, possible), read defensively:
 * an older stored result lacks them, and a wrong type is ignored rather than trusted.
 */
export function explanationOf(rec: Recommendation): {
  rule: string[] | null;
  why: string | null;
  possible: boolean;
} {
  const extra = rec as Recommendation & { rule?: unknown; why?: unknown; possible?: unknown };
  return { rule: ruleIdsOf(extra.rule), why: whyOf(extra.why, 2000), possible: extra.possible === true };
}

/**
 * Where a payment was found and why it was counted (optional in the contract), read as defensively
 * as explanationOf: a stored result of an older engine has none, and a wrong type is dropped.
 */
export function paymentExplanationOf(p: Payment): Pick<ProposedPayment, 'span' | 'rule' | 'why'> {
  const extra = p as Payment & { span?: unknown; rule?: unknown; why?: unknown };
  const s = extra.span as { start?: unknown; end?: unknown; page?: unknown } | null | undefined;
  const span =
    s && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) <= (s.end as number)
      ? {
          start: s.start as number,
          end: s.end as number,
          page: Number.isInteger(s.page) ? (s.page as number) : null,
        }
      : null;
  return { span, rule: ruleIdsOf(extra.rule), why: whyOf(extra.why, 500) };
}

/** The columns of a proposed recommendation, from the extractor's Recommendation (money in pence). */
export function recommendationRow(rec: Recommendation, ordinal: number) {
  const payments: ProposedPayment[] = rec.payments.map((p) => ({
    amountPence: roundToPence(p.amount),
    payee: p.payee,
    purpose: p.purpose,
    ...paymentExplanationOf(p),
  }));
  return {
    ordinal,
    text: rec.text,
    extractedText: rec.text,
    category: rec.category,
    learning: rec.learning,
    payments,
    deadlineText: rec.deadline?.text ?? null,
    deadlineCount: rec.deadline?.within?.count ?? null,
    deadlineUnit: rec.deadline?.within?.unit ?? null,
    deadlineFrom: rec.deadline?.from ?? null,
    deadlineDate: calendarDate(rec.deadline?.date ?? null),
    evidenceRequired: rec.evidenceRequired,
    spanStart: rec.span.start,
    spanEnd: rec.span.end,
    spanPage: rec.span.page,
    confidence: rec.confidence,
    ...explanationOf(rec),
  };
}

/** For matching a new proposal with one an officer already reviewed (same action, same words). */
export function sameActionKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
