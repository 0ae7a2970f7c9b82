import { InvalidTimeLimitError } from './calendar-errors';
import { LocalDate } from './local-date';
import {
  addWorkingDays,
  isWeekend,
  isWorkingDay,
  subtractWorkingDays,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween,
} from './working-days';

const d = (text: string) => LocalDate.parse(text);
const add = (text: string, n: number) => addWorkingDays(d(text), n).toString();

describe('working days in England and Wales', () => {
  it('weekends and bank holidays are not working days', () => {
    expect(isWorkingDay(d('2025-03-14'))).toBe(true);
    expect([isWeekend(d('2025-03-15')), isWorkingDay(d('2025-03-15'))]).toEqual([true, false]);
    expect(isWorkingDay(d('2025-03-16'))).toBe(false);
    expect([isWeekend(d('2025-12-25')), isWorkingDay(d('2025-12-25'))]).toEqual([false, false]);
    expect(isWorkingDay(d('2025-01-02'))).toBe(true);
  });

  describe('addWorkingDays: counting starts the day after the start date', () => {
    it('10 working days from Friday 14 March 2025 is Friday 28 March', () => {
      expect(add('2025-03-14', 1)).toBe('2025-03-17');
      expect(add('2025-03-14', 5)).toBe('2025-03-21');
      expect(add('2025-03-14', 10)).toBe('2025-03-28');
    });

    it('from a weekend, the first working day is the Monday', () => {
      expect(add('2025-03-15', 1)).toBe('2025-03-17');
      expect(add('2025-03-16', 1)).toBe('2025-03-17');
      expect(add('2025-03-16', 5)).toBe('2025-03-21');
    });

    it('0 working days gives the start date itself, even on a weekend or bank holiday', () => {
      expect(add('2025-03-14', 0)).toBe('2025-03-14');
      expect(add('2025-03-15', 0)).toBe('2025-03-15');
      expect(add('2025-12-25', 0)).toBe('2025-12-25');
    });

    it('skips Christmas, Boxing Day and substitute days', () => {
      expect(add('2025-12-19', 5)).toBe('2025-12-30');
      expect(add('2025-12-24', 1)).toBe('2025-12-29');
      expect(add('2026-12-24', 1)).toBe('2026-12-29');
      expect(add('2027-12-24', 1)).toBe('2027-12-29');
    });

    it('skips Easter, one-off holidays and moved holidays', () => {
      expect(add('2025-04-17', 1)).toBe('2025-04-22');
      expect(add('2022-09-16', 1)).toBe('2022-09-20');
      expect(add('2023-05-05', 1)).toBe('2023-05-09');
      expect(add('2020-05-07', 1)).toBe('2020-05-11');
      expect(add('2020-05-01', 1)).toBe('2020-05-04');
      expect(add('2026-08-28', 1)).toBe('2026-09-01');
    });

    it('counts Scottish-only holidays as working days', () => {
      expect(add('2024-12-31', 1)).toBe('2025-01-02');
      expect(add('2026-11-27', 1)).toBe('2026-11-30');
    });

    it('gives the statutory children’s complaints timescales', () => {
      // Stage 2: 25 working days from a request received Monday 1 December 2025, over Christmas.
      expect(add('2025-12-01', 25)).toBe('2026-01-08');
      // Extended to at most 65 working days.
      expect(add('2025-12-01', 65)).toBe('2026-03-05');
    });

    it('refuses negative or fractional counts', () => {
      expect(() => addWorkingDays(d('2025-03-14'), -1)).toThrow(InvalidTimeLimitError);
      expect(() => addWorkingDays(d('2025-03-14'), 2.5)).toThrow(
        'A number of working days must be a whole number, zero or more; got 2.5.',
      );
    });
  });

  describe('subtractWorkingDays: counting starts the day before the start date', () => {
    it('mirrors addWorkingDays', () => {
      expect(subtractWorkingDays(d('2025-03-28'), 10).toString()).toBe('2025-03-14');
      expect(subtractWorkingDays(d('2025-03-17'), 1).toString()).toBe('2025-03-14');
      expect(subtractWorkingDays(d('2025-03-16'), 1).toString()).toBe('2025-03-14');
      expect(subtractWorkingDays(d('2025-12-29'), 1).toString()).toBe('2025-12-24');
      expect(subtractWorkingDays(d('2025-03-16'), 0).toString()).toBe('2025-03-16');
    });
  });

  describe('workingDaysBetween counts the days after the first date up to and including the second', () => {
    it('counts (from, to]', () => {
      expect(workingDaysBetween(d('2025-03-14'), d('2025-03-14'))).toBe(0);
      expect(workingDaysBetween(d('2025-03-14'), d('2025-03-15'))).toBe(0);
      expect(workingDaysBetween(d('2025-03-14'), d('2025-03-17'))).toBe(1);
      expect(workingDaysBetween(d('2025-03-13'), d('2025-03-14'))).toBe(1);
      expect(workingDaysBetween(d('2025-12-19'), d('2025-12-30'))).toBe(5);
      expect(workingDaysBetween(d('2024-12-31'), d('2025-12-31'))).toBe(253);
    });

    it('is negative when the second date is earlier', () => {
      expect(workingDaysBetween(d('2025-03-28'), d('2025-03-14'))).toBe(-10);
    });
  });

  it('moves a date onto a working day only when it is not one already', () => {
    expect(workingDayOnOrAfter(d('2025-03-14')).toString()).toBe('2025-03-14');
    expect(workingDayOnOrAfter(d('2025-12-25')).toString()).toBe('2025-12-29');
    expect(workingDayOnOrBefore(d('2025-03-14')).toString()).toBe('2025-03-14');
    expect(workingDayOnOrBefore(d('2025-04-21')).toString()).toBe('2025-04-17');
  });
});
