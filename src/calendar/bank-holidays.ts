import Holidays from 'date-holidays';
import { LocalDate } from './local-date';

/** A bank or public holiday in England and Wales. */
export interface BankHoliday {
  date: LocalDate;
  name: string;
}

interface HolidayYear {
  list: readonly BankHoliday[];
  /** The same days as day numbers, in order. */
  days: readonly number[];
  daySet: ReadonlySet<number>;
}

const COUNTED_TYPES = new Set(['public', 'bank']);

let englandAndWales: Holidays | null = null;
const byYear = new Map<number, HolidayYear>();

function source(): Holidays {
  // Wales has the same bank holidays as England (the spec checks the library's WLS list matches).
  englandAndWales ??= new Holidays('GB', 'ENG');
  return englandAndWales;
}

function holidayYear(year: number): HolidayYear {
  let cached = byYear.get(year);
  if (!cached) {
    const list = source()
      .getHolidays(year)
      .filter((h) => COUNTED_TYPES.has(h.type))
      // `date` is the local date in the holiday's own zone, e.g. '2026-12-28 00:00:00'.
      .map((h) => ({ date: LocalDate.parse(h.date.slice(0, 10)), name: h.name }))
      .filter((h) => h.date.year === year)
      .sort((a, b) => a.date.epochDay - b.date.epochDay);
    const days = list.map((h) => h.date.epochDay);
    cached = { list: Object.freeze(list), days, daySet: new Set(days) };
    byYear.set(year, cached);
  }
  return cached;
}

/**
 * The bank holidays of England and Wales in a year, in date order, with substitute days
 * (e.g. Boxing Day on a Saturday gives a holiday on the Monday after) and one-off holidays
 * (e.g. 2022-09-19, the Queen's state funeral). Scotland- and Northern Ireland-only days are not included.
 */
export function bankHolidaysInYear(year: number): readonly BankHoliday[] {
  return holidayYear(year).list;
}

/** Bank holidays from `from` to `to`, both included, in date order. */
export function bankHolidaysBetween(from: LocalDate, to: LocalDate): BankHoliday[] {
  const result: BankHoliday[] = [];
  for (let year = from.year; year <= to.year; year++) {
    for (const holiday of holidayYear(year).list) {
      if (holiday.date.epochDay >= from.epochDay && holiday.date.epochDay <= to.epochDay)
        result.push(holiday);
    }
  }
  return result;
}

export function isBankHoliday(date: LocalDate): boolean {
  return holidayYear(date.year).daySet.has(date.epochDay);
}

/** Bank holidays as day numbers (days since 1970-01-01) with `from < day <= to`: for working-day counting. */
export function bankHolidayDaysInRange(from: LocalDate, to: LocalDate): number[] {
  const result: number[] = [];
  for (let year = from.year; year <= to.year; year++) {
    for (const day of holidayYear(year).days) if (day > from.epochDay && day <= to.epochDay) result.push(day);
  }
  return result;
}
