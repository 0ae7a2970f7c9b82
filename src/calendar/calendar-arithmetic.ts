import { InvalidDateError } from './calendar-errors';
import { daysInMonth, LocalDate } from './local-date';

function wholeNumber(value: number, what: string): number {
  if (!Number.isInteger(value)) {
    throw new InvalidDateError(`The number of ${what} must be a whole number; got ${value}.`);
  }
  return value;
}

/** The date `days` calendar days later (earlier when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return LocalDate.fromEpochDay(date.epochDay + wholeNumber(days, 'days'));
}

/** The date `weeks` weeks later: same day of the week (earlier when negative). */
export function addWeeks(date: LocalDate, weeks: number): LocalDate {
  return LocalDate.fromEpochDay(date.epochDay + 7 * wholeNumber(weeks, 'weeks'));
}

/**
 * The same day of the month `months` calendar months later (earlier when negative).
 * When that month is shorter, the result is its last day: 31 January + 1 month = 28 February
 * (29 in a leap year); 31 March + 1 month = 30 April.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const monthIndex = date.year * 12 + (date.month - 1) + wholeNumber(months, 'months');
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return LocalDate.of(year, month, Math.min(date.day, daysInMonth(year, month)));
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return to.epochDay - from.epochDay;
}
