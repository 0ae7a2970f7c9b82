import { InvalidDateError } from './calendar-errors';
import { LocalDate } from './local-date';

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in England at a given instant (GMT in winter, BST in summer).
 * The daily compliance run and "is it overdue?" questions use this, not the server's time zone:
 * at 23:30 UTC on 30 June it is already 1 July in London.
 */
export function londonDateAt(instant: Date): LocalDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new InvalidDateError('The value given is not a valid point in time.');
  }
  const parts = LONDON_DATE.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return LocalDate.of(part('year'), part('month'), part('day'));
}

/** Today's date in England. Pass `now` from an injected clock where a test needs a fixed day. */
export function todayInLondon(now: Date = new Date()): LocalDate {
  return londonDateAt(now);
}
