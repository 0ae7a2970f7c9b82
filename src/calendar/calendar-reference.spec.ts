/**
 * Compares the fast calendar arithmetic with a naive day-by-day reference over thousands of seeded random
 * cases. The reference walks one day at a time over ISO strings and JS Dates, reading date-holidays' lists
 * itself; a separate test checks date-holidays' own per-day lookup (isHoliday) against isBankHoliday.
 */
import Holidays from 'date-holidays';
import { addDays, addMonths } from './calendar-arithmetic';
import { isBankHoliday } from './bank-holidays';
import { daysInMonth, LocalDate } from './local-date';
import { addWorkingDays, isWorkingDay, subtractWorkingDays, workingDaysBetween } from './working-days';

const CASES = 3000;
const DAY_MS = 86_400_000;

/** mulberry32: a small deterministic PRNG so every run checks the same cases. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A random date between 2000-01-01 and 2035-12-31 (bank-holiday data is rule-based across that range). */
function randomDate(random: () => number): LocalDate {
  return LocalDate.fromEpochDay(randomInt(random, 10957, 24471));
}

/** One of the last four days of a random month: where clamping to the month's end matters. */
function randomMonthEnd(random: () => number): LocalDate {
  const year = randomInt(random, 2000, 2035);
  const month = randomInt(random, 1, 12);
  return LocalDate.of(year, month, daysInMonth(year, month) - randomInt(random, 0, 3));
}

const library = new Holidays('GB', 'ENG');
const referenceHolidays = new Map<number, Set<string>>();

/** The library's public and bank holidays of a year, as 'YYYY-MM-DD' strings. */
function libraryHolidays(year: number): Set<string> {
  let days = referenceHolidays.get(year);
  if (!days) {
    days = new Set(
      library
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10)),
    );
    referenceHolidays.set(year, days);
  }
  return days;
}

/** Naive reference: is this one day a weekday, and not in the library's holiday list? */
function referenceIsWorkingDay(isoDate: string): boolean {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !libraryHolidays(Number(isoDate.slice(0, 4))).has(isoDate);
}

function referenceStep(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function referenceAddWorkingDays(isoDate: string, n: number, direction: 1 | -1): string {
  let day = isoDate;
  let counted = 0;
  while (counted < n) {
    day = referenceStep(day, direction);
    if (referenceIsWorkingDay(day)) counted++;
  }
  return day;
}

function referenceWorkingDaysBetween(from: string, to: string): number {
  const sign = to >= from ? 1 : -1;
  const [low, high] = sign === 1 ? [from, to] : [to, from];
  let count = 0;
  for (let day = referenceStep(low, 1); day <= high; day = referenceStep(day, 1)) {
    if (referenceIsWorkingDay(day)) count++;
  }
  return sign * count;
}

function referenceAddMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  // Walk month by month, then clamp: the first day of the target month plus (day - 1), capped at its end.
  let y = year;
  let m = month;
  for (let i = 0; i < Math.abs(months); i++) {
    m += Math.sign(months);
    if (m === 13) [y, m] = [y + 1, 1];
    if (m === 0) [y, m] = [y - 1, 12];
  }
  let lastDay = 28;
  while (new Date(Date.UTC(y, m - 1, lastDay + 1)).getUTCMonth() === m - 1) lastDay++;
  const first = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
  return referenceStep(first, Math.min(day, lastDay) - 1);
}

describe('calendar arithmetic against a naive day-by-day reference', () => {
  it("isBankHoliday agrees with date-holidays' own per-day lookup through 2020 and 2022", () => {
    const mismatches: string[] = [];
    for (const year of [2020, 2022]) {
      for (let date = LocalDate.of(year, 1, 1); date.year === year; date = addDays(date, 1)) {
        const found = library.isHoliday(new Date(`${date.toString()}T12:00:00Z`));
        const expected = found !== false && found.some((h) => h.type === 'public' || h.type === 'bank');
        if (isBankHoliday(date) !== expected) mismatches.push(date.toString());
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('isWorkingDay agrees with the reference on every day from 2000 to 2035', () => {
    const mismatches: string[] = [];
    for (let epochDay = 10957; epochDay <= 24471; epochDay++) {
      const date = LocalDate.fromEpochDay(epochDay);
      if (isWorkingDay(date) !== referenceIsWorkingDay(date.toString())) mismatches.push(date.toString());
    }
    expect(mismatches).toEqual([]);
  });

  it(`addWorkingDays agrees on ${CASES} random cases`, () => {
    const random = seededRandom(20250314);
    for (let i = 0; i < CASES; i++) {
      const from = randomDate(random);
      const n = i % 4 === 0 ? randomInt(random, 0, 10) : randomInt(random, 0, 300);
      const actual = addWorkingDays(from, n).toString();
      const expected = referenceAddWorkingDays(from.toString(), n, 1);
      if (actual !== expected)
        throw new Error(`addWorkingDays(${from}, ${n}) = ${actual}, expected ${expected}`);
    }
    expect(addWorkingDays(LocalDate.parse('2025-03-14'), 10).toString()).toBe('2025-03-28');
  });

  it(`subtractWorkingDays agrees on ${CASES} random cases`, () => {
    const random = seededRandom(1989);
    for (let i = 0; i < CASES; i++) {
      const from = randomDate(random);
      const n = i % 4 === 0 ? randomInt(random, 0, 10) : randomInt(random, 0, 300);
      const actual = subtractWorkingDays(from, n).toString();
      const expected = referenceAddWorkingDays(from.toString(), n, -1);
      if (actual !== expected)
        throw new Error(`subtractWorkingDays(${from}, ${n}) = ${actual}, expected ${expected}`);
    }
    expect(subtractWorkingDays(LocalDate.parse('2025-03-28'), 10).toString()).toBe('2025-03-14');
  });

  it(`workingDaysBetween agrees on ${CASES} random pairs, in both directions`, () => {
    const random = seededRandom(2009);
    for (let i = 0; i < CASES; i++) {
      const a = randomDate(random);
      const b =
        i % 3 === 0 ? addDays(a, randomInt(random, -20, 20)) : addDays(a, randomInt(random, -500, 500));
      const actual = workingDaysBetween(a, b);
      const expected = referenceWorkingDaysBetween(a.toString(), b.toString());
      if (actual !== expected)
        throw new Error(`workingDaysBetween(${a}, ${b}) = ${actual}, expected ${expected}`);
    }
    expect(workingDaysBetween(LocalDate.parse('2025-03-14'), LocalDate.parse('2025-03-28'))).toBe(10);
  });

  it('workingDaysBetween undoes addWorkingDays and subtractWorkingDays', () => {
    const random = seededRandom(7);
    for (let i = 0; i < CASES; i++) {
      const from = randomDate(random);
      const n = randomInt(random, 0, 400);
      const later = addWorkingDays(from, n);
      const earlier = subtractWorkingDays(from, n);
      // subtractWorkingDays counts [earlier, from): the same days as (earlier - 1, from - 1].
      const counted = workingDaysBetween(addDays(earlier, -1), addDays(from, -1));
      expect([workingDaysBetween(from, later), counted]).toEqual([n, n]);
      if (n > 0) expect([isWorkingDay(later), isWorkingDay(earlier)]).toEqual([true, true]);
    }
  });

  it('adding working days in two steps gives the same day as adding them at once', () => {
    const random = seededRandom(42);
    for (let i = 0; i < CASES; i++) {
      const from = randomDate(random);
      const a = randomInt(random, 0, 60);
      const b = randomInt(random, 0, 60);
      expect(addWorkingDays(addWorkingDays(from, a), b).toString()).toBe(
        addWorkingDays(from, a + b).toString(),
      );
    }
  });

  it(`addDays and addMonths agree with the reference on ${CASES} random cases`, () => {
    const random = seededRandom(31);
    for (let i = 0; i < CASES; i++) {
      const from = i % 5 === 0 ? randomMonthEnd(random) : randomDate(random);
      const days = randomInt(random, -1000, 1000);
      const months = randomInt(random, -40, 40);
      expect(addDays(from, days).toString()).toBe(referenceStep(from.toString(), days));
      expect(addMonths(from, months).toString()).toBe(referenceAddMonths(from.toString(), months));
    }
  });
});
