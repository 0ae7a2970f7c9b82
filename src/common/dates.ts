/**
 * Calendar dates at the edges of the service: every `YYYY-MM-DD` typed by an officer, sent to the API
 * or read from a row is checked and parsed here, through LocalDate (src/calendar), never by a regex
 * of its own.
 */
import { z } from 'zod';
import { ISO_DATE, LocalDate, londonDateAt } from '../calendar';
import { DomainError } from './errors';

/** `YYYY-MM-DD` for a calendar date held as a Date at UTC midnight (null stays null). */
export function isoDate(date: Date | null | undefined): string | null {
  return date ? LocalDate.fromDate(date).toString() : null;
}

/** Whether text is written as `YYYY-MM-DD` (a date input's value), whether or not the day exists. */
export function hasIsoDateShape(text: string | null | undefined): text is string {
  return typeof text === 'string' && ISO_DATE.test(text);
}

/** The date written exactly as `YYYY-MM-DD`, or null when it is not one or the day does not exist. */
export function tryParseCalendarDate(text: string | null | undefined): LocalDate | null {
  if (!hasIsoDateShape(text)) return null;
  try {
    return LocalDate.parse(text);
  } catch {
    return null;
  }
}

/** A date field (type=date sends YYYY-MM-DD) that is a real calendar date. */
export function isCalendarDate(text: string | null | undefined): boolean {
  return tryParseCalendarDate(text) !== null;
}

/** Parses an officer's `YYYY-MM-DD`, with a clear message naming the field when it is not a real date. */
export function parseCalendarDate(text: string, field: string): LocalDate {
  try {
    return LocalDate.parse(text);
  } catch (e) {
    throw new DomainError(`${field}: ${(e as Error).message}`, 'invalid', field);
  }
}

/** A request property that must be written `YYYY-MM-DD` (the day itself is checked when parsed). */
export const isoDateText = z.string().regex(ISO_DATE, 'must be a date in the form YYYY-MM-DD');

/**
 * The calendar day in England of an instant (londonDateAt), with a fast path: London is at most one hour
 * ahead of UTC, so before 23:00 UTC the London date is the UTC date. Reports call this for every action.
 */
export function londonDay(instant: Date): LocalDate {
  return instant.getUTCHours() < 23 ? LocalDate.fromDate(instant) : londonDateAt(instant);
}
