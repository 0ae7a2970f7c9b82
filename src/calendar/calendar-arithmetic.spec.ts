import { addDays, addMonths, addWeeks, daysBetween } from './calendar-arithmetic';
import { InvalidDateError } from './calendar-errors';
import { LocalDate } from './local-date';

const d = (text: string) => LocalDate.parse(text);

describe('calendar arithmetic', () => {
  it('adds and subtracts calendar days across months, years and leap days', () => {
    expect(addDays(d('2025-03-14'), 30).toString()).toBe('2025-04-13');
    expect(addDays(d('2024-02-28'), 1).toString()).toBe('2024-02-29');
    expect(addDays(d('2025-02-28'), 1).toString()).toBe('2025-03-01');
    expect(addDays(d('2025-12-31'), 1).toString()).toBe('2026-01-01');
    expect(addDays(d('2025-01-01'), -1).toString()).toBe('2024-12-31');
    expect(addDays(d('2025-03-30'), 1).toString()).toBe('2025-03-31');
  });

  it('adds weeks as seven days each', () => {
    expect(addWeeks(d('2025-03-14'), 4).toString()).toBe('2025-04-11');
    expect(addWeeks(d('2025-03-14'), 12).toString()).toBe('2025-06-06');
    expect(addWeeks(d('2025-03-14'), -1).toString()).toBe('2025-03-07');
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths(d('2025-03-14'), 1).toString()).toBe('2025-04-14');
    expect(addMonths(d('2025-03-14'), 3).toString()).toBe('2025-06-14');
    expect(addMonths(d('2025-01-31'), 1).toString()).toBe('2025-02-28');
    expect(addMonths(d('2024-01-31'), 1).toString()).toBe('2024-02-29');
    expect(addMonths(d('2025-03-31'), 1).toString()).toBe('2025-04-30');
    expect(addMonths(d('2025-08-31'), 6).toString()).toBe('2026-02-28');
    expect(addMonths(d('2025-11-15'), 2).toString()).toBe('2026-01-15');
    expect(addMonths(d('2025-03-31'), -1).toString()).toBe('2025-02-28');
    expect(addMonths(d('2025-01-15'), -1).toString()).toBe('2024-12-15');
    expect(addMonths(d('2024-02-29'), 12).toString()).toBe('2025-02-28');
  });

  it('counts calendar days between two dates', () => {
    expect(daysBetween(d('2025-03-14'), d('2025-04-14'))).toBe(31);
    expect(daysBetween(d('2025-04-14'), d('2025-03-14'))).toBe(-31);
    expect(daysBetween(d('2025-03-14'), d('2025-03-14'))).toBe(0);
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() => addDays(d('2025-03-14'), 1.5)).toThrow(InvalidDateError);
    expect(() => addMonths(d('2025-03-14'), Number.NaN)).toThrow(
      'The number of months must be a whole number',
    );
  });
});
