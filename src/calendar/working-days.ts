import { bankHolidayDaysInRange, isBankHoliday } from './bank-holidays';
import { InvalidTimeLimitError } from './calendar-errors';
import { LocalDate } from './local-date';
import { isWeekendDay, weekdaysAfter, weekdaysBefore, weekdaysInRange } from './weekday-arithmetic';

/*
 * Working days in England and Wales: Monday to Friday, less the bank holidays of England and Wales.
 *
 * Counting convention (the one the statutory timescales use: "within 10 working days of receipt"):
 * the day you count from is never counted; counting starts the day after it.
 *   addWorkingDays(Fri 2025-03-14, 10) = Fri 2025-03-28 (Mon 17th is day 1).
 *   addWorkingDays(Sat 2025-03-15, 1)  = Mon 2025-03-17.
 *   addWorkingDays(d, 0)               = d itself, unchanged, even on a weekend or bank holiday
 *                                        (use workingDayOnOrAfter to move to a working day).
 *   workingDaysBetween(a, b)           = working days d with a < d <= b, so that
 *                                        workingDaysBetween(d, addWorkingDays(d, n)) === n.
 */

function requireCount(n: number): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new InvalidTimeLimitError(
      `A number of working days must be a whole number, zero or more; got ${n}.`,
    );
  }
  return n;
}

/** Bank holidays falling Monday to Friday with `from < day <= to` (by day number). */
function weekdayHolidaysInRange(from: number, to: number): number {
  if (to <= from) return 0;
  const days = bankHolidayDaysInRange(LocalDate.fromEpochDay(from), LocalDate.fromEpochDay(to));
  return days.filter((day) => !isWeekendDay(day)).length;
}

function workingDaysInRange(from: number, to: number): number {
  return weekdaysInRange(from, to) - weekdayHolidaysInRange(from, to);
}

export function isWeekend(date: LocalDate): boolean {
  return isWeekendDay(date.epochDay);
}

/** Monday to Friday and not a bank holiday in England and Wales. */
export function isWorkingDay(date: LocalDate): boolean {
  return !isWeekend(date) && !isBankHoliday(date);
}

/** The `n`-th working day after `date` (the date itself is not counted); `n = 0` gives `date` unchanged. */
export function addWorkingDays(date: LocalDate, n: number): LocalDate {
  let remaining = requireCount(n);
  let cursor = date.epochDay;
  // Jump over weekends in constant time; each pass then re-counts the bank holidays it jumped over.
  while (remaining > 0) {
    const next = weekdaysAfter(cursor, remaining);
    remaining -= workingDaysInRange(cursor, next);
    cursor = next;
  }
  return LocalDate.fromEpochDay(cursor);
}

/** The `n`-th working day before `date` (the date itself is not counted); `n = 0` gives `date` unchanged. */
export function subtractWorkingDays(date: LocalDate, n: number): LocalDate {
  let remaining = requireCount(n);
  let cursor = date.epochDay;
  while (remaining > 0) {
    const previous = weekdaysBefore(cursor, remaining);
    // Working days in [previous, cursor) are those in (previous - 1, cursor - 1].
    remaining -= workingDaysInRange(previous - 1, cursor - 1);
    cursor = previous;
  }
  return LocalDate.fromEpochDay(cursor);
}

/**
 * Working days after `from` up to and including `to`: `(from, to]`.
 * Negative when `to` is before `from` (then it counts `(to, from]`), 0 on the same day.
 * Friday to the next Monday is 1; Friday to the Saturday after is 0.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  if (to.epochDay >= from.epochDay) return workingDaysInRange(from.epochDay, to.epochDay);
  return -workingDaysInRange(to.epochDay, from.epochDay);
}

/** `date` itself when it is a working day, else the first working day after it. */
export function workingDayOnOrAfter(date: LocalDate): LocalDate {
  return isWorkingDay(date) ? date : addWorkingDays(date, 1);
}

/** `date` itself when it is a working day, else the last working day before it. */
export function workingDayOnOrBefore(date: LocalDate): LocalDate {
  return isWorkingDay(date) ? date : subtractWorkingDays(date, 1);
}
