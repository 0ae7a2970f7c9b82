import { LocalDate } from '../calendar';
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
