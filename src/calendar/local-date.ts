import { InvalidDateError } from './calendar-errors';

const MS_PER_DAY = 86_400_000;
/** `YYYY-MM-DD`: the one way calendar dates are written in the service (inputs, API, database). */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** ISO day of the week: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * A calendar date with no time and no time zone (a decision date, a due date).
 * Immutable. Held as a count of days since 1970-01-01, so comparison and day arithmetic are exact.
 * `toDate()` gives the Date at UTC midnight, the form the database layer (CalendarDateType) stores.
 */
export class LocalDate {
  private constructor(
    /** Days since 1970-01-01 (negative before it). */
    readonly epochDay: number,
    readonly year: number,
    /** 1 = January ... 12 = December. */
    readonly month: number,
    readonly day: number,
  ) {
    Object.freeze(this);
  }

  static of(year: number, month: number, day: number): LocalDate {
    return LocalDate.checked(year, month, day, `${year}-${pad(month, 2)}-${pad(day, 2)}`);
  }

  /** Reads `YYYY-MM-DD` (surrounding spaces allowed) and checks the date exists. */
  static parse(text: string): LocalDate {
    const trimmed = typeof text === 'string' ? text.trim() : '';
    const match = ISO_DATE.exec(trimmed);
    if (!match) {
      throw new InvalidDateError(
        `'${String(text)}' is not a date in the form YYYY-MM-DD (for example 2025-03-14 for 14 March 2025).`,
      );
    }
    return LocalDate.checked(Number(match[1]), Number(match[2]), Number(match[3]), `'${trimmed}'`);
  }

  private static checked(year: number, month: number, day: number, shown: string): LocalDate {
    if (![year, month, day].every(Number.isInteger)) {
      throw new InvalidDateError(`${shown} is not a date: year, month and day must be whole numbers.`);
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidDateError(`${shown} is outside the years we handle (${MIN_YEAR} to ${MAX_YEAR}).`);
    }
    if (month < 1 || month > 12) {
      throw new InvalidDateError(`${shown} is not a real date: there is no month ${month}.`);
    }
    const lastDay = daysInMonth(year, month);
    if (day < 1 || day > lastDay) {
      throw new InvalidDateError(
        `${shown} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${lastDay} days.`,
      );
    }
    return new LocalDate(Date.UTC(year, month - 1, day) / MS_PER_DAY, year, month, day);
  }

  /** The calendar date of a JS Date, read in UTC (a Date at UTC midnight gives back its own date). */
  static fromDate(date: Date): LocalDate {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      throw new InvalidDateError('The value given is not a valid date.');
    }
    return LocalDate.of(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }

  static fromEpochDay(epochDay: number): LocalDate {
    if (!Number.isInteger(epochDay)) {
      throw new InvalidDateError(`A day count must be a whole number; got ${epochDay}.`);
    }
    const date = new Date(epochDay * MS_PER_DAY);
    if (Number.isNaN(date.getTime())) {
      throw new InvalidDateError(
        `The date ${epochDay} days from 1 January 1970 is outside the years we handle.`,
      );
    }
    return LocalDate.of(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }

  /** Orders two dates: negative if `a` is earlier, 0 if the same day, positive if later. */
  static compare(a: LocalDate, b: LocalDate): number {
    return a.epochDay - b.epochDay;
  }

  static min(first: LocalDate, ...rest: LocalDate[]): LocalDate {
    return rest.reduce((min, d) => (d.epochDay < min.epochDay ? d : min), first);
  }

  static max(first: LocalDate, ...rest: LocalDate[]): LocalDate {
    return rest.reduce((max, d) => (d.epochDay > max.epochDay ? d : max), first);
  }

  /** 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
  get dayOfWeek(): IsoWeekday {
    return (((((this.epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
  }

  /** `YYYY-MM-DD`. */
  toString(): string {
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }

  toJSON(): string {
    return this.toString();
  }

  /** A new Date at UTC midnight of this day. */
  toDate(): Date {
    return new Date(this.epochDay * MS_PER_DAY);
  }

  /** The GOV.UK style: `14 March 2025`. */
  toDisplayString(): string {
    return `${this.day} ${MONTH_NAMES[this.month - 1]} ${this.year}`;
  }

  equals(other: LocalDate): boolean {
    return this.epochDay === other.epochDay;
  }

  compareTo(other: LocalDate): number {
    return LocalDate.compare(this, other);
  }

  isBefore(other: LocalDate): boolean {
    return this.epochDay < other.epochDay;
  }

  isAfter(other: LocalDate): boolean {
    return this.epochDay > other.epochDay;
  }

  isOnOrBefore(other: LocalDate): boolean {
    return this.epochDay <= other.epochDay;
  }

  isOnOrAfter(other: LocalDate): boolean {
    return this.epochDay >= other.epochDay;
  }
}
