import { LocalDate, londonDateAt } from '../calendar';
import { DomainError } from './action-errors';

/** `YYYY-MM-DD` for a calendar date held as a Date at UTC midnight (null stays null). */
export function isoDate(date: Date | null | undefined): string | null {
  return date ? LocalDate.fromDate(date).toString() : null;
}

/** Parses an officer's `YYYY-MM-DD`, with a clear message when it is not a real date. */
export function parseCalendarDate(text: string, field: string): LocalDate {
  try {
    return LocalDate.parse(text);
  } catch (e) {
    throw new DomainError(`${field}: ${(e as Error).message}`);
  }
}

/**
 * The calendar day in England of an instant (londonDateAt), with a fast path: London is at most one hour
 * ahead of UTC, so before 23:00 UTC the London date is the UTC date. Reports call this for every action.
 */
export function londonDay(instant: Date): LocalDate {
  return instant.getUTCHours() < 23 ? LocalDate.fromDate(instant) : londonDateAt(instant);
}
