/**
 * Working days in England and Wales: Monday to Friday, skipping the bank holidays of England and
 * Wales (date-holidays, country GB, state ENG, types public and bank). Holidays are computed once
 * per year and cached.
 */
import Holidays from 'date-holidays';
import { addDays, CalendarDate, dayOfWeek, formatDate } from './dates';

let calendar: Holidays | null = null;
const byYear = new Map<number, Set<string>>();

function holidaysOf(year: number): Set<string> {
  let set = byYear.get(year);
  if (set) return set;
  calendar ??= new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
  set = new Set<string>();
  for (const h of calendar.getHolidays(year)) {
    if (h.type === 'public' || h.type === 'bank') set.add(h.date.slice(0, 10));
  }
  byYear.set(year, set);
  return set;
}

export function isBankHoliday(d: CalendarDate): boolean {
  return holidaysOf(d.year).has(formatDate(d));
}

export function isWorkingDay(d: CalendarDate): boolean {
  const w = dayOfWeek(d);
  return w !== 0 && w !== 6 && !isBankHoliday(d);
}

/** The date `n` working days after `d` (the start day itself does not count). */
export function addWorkingDays(d: CalendarDate, n: number): CalendarDate {
  let cur = d;
  let left = Math.max(0, Math.min(n, 5000));
  while (left > 0) {
    cur = addDays(cur, 1);
    if (isWorkingDay(cur)) left--;
  }
  return cur;
}
