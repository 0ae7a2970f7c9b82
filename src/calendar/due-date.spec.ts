import type { DeadlineUnit } from '../extraction/types';
import { InvalidTimeLimitError } from './calendar-errors';
import { dueDateFor, type TimeLimit, type TimeLimitUnit } from './due-date';
import { LocalDate } from './local-date';

const decision = LocalDate.parse('2025-03-14');
const due = (limit: TimeLimit, from = decision) => dueDateFor(limit, from).toString();

// The extraction's deadline units and ours must stay the same list (checked by tsc).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const unitsMatch: Same<DeadlineUnit, TimeLimitUnit> = true;

describe('dueDateFor', () => {
  it('counts each unit from the decision date', () => {
    expect(unitsMatch).toBe(true);
    expect(due({ count: 1, unit: 'months' })).toBe('2025-04-14');
    expect(due({ count: 3, unit: 'months' })).toBe('2025-06-14');
    expect(due({ count: 4, unit: 'weeks' })).toBe('2025-04-11');
    expect(due({ count: 12, unit: 'weeks' })).toBe('2025-06-06');
    expect(due({ count: 28, unit: 'days' })).toBe('2025-04-11');
    expect(due({ count: 20, unit: 'working_days' })).toBe('2025-04-11');
  });

  it('counts working days past Easter', () => {
    // 18 and 21 April 2025 are bank holidays.
    expect(due({ count: 25, unit: 'working_days' })).toBe('2025-04-22');
  });

  it('clamps months to the end of a shorter month', () => {
    expect(due({ count: 1, unit: 'months' }, LocalDate.parse('2025-01-31'))).toBe('2025-02-28');
    expect(due({ count: 1, unit: 'months' }, LocalDate.parse('2024-01-31'))).toBe('2024-02-29');
  });

  it('gives the start date for a count of 0', () => {
    expect(due({ count: 0, unit: 'months' })).toBe('2025-03-14');
    expect(due({ count: 0, unit: 'working_days' })).toBe('2025-03-14');
  });

  it('keeps a calendar due date on a weekend unless asked to move it', () => {
    // One month from Saturday 15 March 2025 is Tuesday 15 April; 3 weeks is Saturday 5 April.
    const from = LocalDate.parse('2025-03-15');
    expect(dueDateFor({ count: 3, unit: 'weeks' }, from).toString()).toBe('2025-04-05');
    const moved = dueDateFor({ count: 3, unit: 'weeks' }, from, { onNonWorkingDay: 'next_working_day' });
    expect(moved.toString()).toBe('2025-04-07');
    // Ending on Good Friday moves past Easter Monday.
    const easter = dueDateFor({ count: 5, unit: 'weeks' }, LocalDate.parse('2025-03-14'), {
      onNonWorkingDay: 'next_working_day',
    });
    expect(easter.toString()).toBe('2025-04-22');
  });

  it('refuses a time limit it cannot count, in plain words', () => {
    expect(() => dueDateFor({ count: -1, unit: 'weeks' }, decision)).toThrow(InvalidTimeLimitError);
    expect(() => dueDateFor({ count: 1.5, unit: 'months' }, decision)).toThrow(
      'A time limit must be a whole number of months, zero or more; got 1.5.',
    );
    expect(() => dueDateFor({ count: 2, unit: 'fortnights' as TimeLimitUnit }, decision)).toThrow(
      "'fortnights' is not a unit of time we can count: use days, working days, weeks or months.",
    );
  });
});
