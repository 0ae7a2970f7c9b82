import { addDays, addMonths, addWeeks } from './calendar-arithmetic';
import { InvalidTimeLimitError } from './calendar-errors';
import { LocalDate } from './local-date';
import { addWorkingDays, workingDayOnOrAfter } from './working-days';

export const TIME_LIMIT_UNITS = ['days', 'working_days', 'weeks', 'months'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

/** "Within one month", "within 20 working days": the same shape as the extraction's `deadline.within`. */
export interface TimeLimit {
  count: number;
  unit: TimeLimitUnit;
}

export interface DueDateOptions {
  /**
   * What to do when a calendar-day, week or month limit ends on a weekend or bank holiday.
   * `keep` (the default): the date stands, as the Ombudsman counts calendar time.
   * `next_working_day`: move it to the next working day. Working-day limits always end on a working day.
   */
  onNonWorkingDay?: 'keep' | 'next_working_day';
}

const UNIT_WORDS: Record<TimeLimitUnit, string> = {
  days: 'days',
  working_days: 'working days',
  weeks: 'weeks',
  months: 'months',
};

/**
 * The due date for a time limit counted from a date (the decision date, the date a report was sent ...).
 * days: calendar days; weeks: 7 calendar days each; months: calendar months, clamped to the month's last day
 * (one month from 31 January is 28 or 29 February); working_days: see addWorkingDays (the start day is
 * not counted). A count of 0 gives the start date itself.
 */
export function dueDateFor(limit: TimeLimit, from: LocalDate, options: DueDateOptions = {}): LocalDate {
  const { count, unit } = limit;
  if (!(TIME_LIMIT_UNITS as readonly string[]).includes(unit)) {
    throw new InvalidTimeLimitError(
      `'${String(unit)}' is not a unit of time we can count: use days, working days, weeks or months.`,
    );
  }
  if (!Number.isInteger(count) || count < 0) {
    throw new InvalidTimeLimitError(
      `A time limit must be a whole number of ${UNIT_WORDS[unit]}, zero or more; got ${count}.`,
    );
  }
  if (unit === 'working_days') return addWorkingDays(from, count);
  const due =
    unit === 'days'
      ? addDays(from, count)
      : unit === 'weeks'
        ? addWeeks(from, count)
        : addMonths(from, count);
  return options.onNonWorkingDay === 'next_working_day' ? workingDayOnOrAfter(due) : due;
}
