import type { ProposedPayment } from '../../actions/entities/recommendation.entity';
import type { Recommendation } from '../../extraction/types';
import { tryParseCalendarDate } from '../../common/dates';
import { roundToPence } from '../../common/money';

/** A calendar date `YYYY-MM-DD` as the JS Date at UTC midnight that CalendarDateType stores. */
export function calendarDate(value: string | null): Date | null {
  return tryParseCalendarDate(value)?.toDate() ?? null;
}

/** The columns of a proposed recommendation, from the extractor's Recommendation (money in pence). */
export function recommendationRow(rec: Recommendation, ordinal: number) {
  const payments: ProposedPayment[] = rec.payments.map((p) => ({
    amountPence: roundToPence(p.amount),
    payee: p.payee,
    purpose: p.purpose,
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
  };
}

/** For matching a new proposal with one an officer already reviewed (same action, same words). */
export function sameActionKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
