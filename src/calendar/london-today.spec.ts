import { InvalidDateError } from './calendar-errors';
import { londonDateAt, todayInLondon } from './london-today';

describe('the date in London', () => {
  it('is a day ahead of UTC late in the evening during British Summer Time', () => {
    expect(londonDateAt(new Date('2025-06-30T23:30:00Z')).toString()).toBe('2025-07-01');
    expect(londonDateAt(new Date('2025-06-30T22:59:59Z')).toString()).toBe('2025-06-30');
  });

  it('matches UTC in winter', () => {
    expect(londonDateAt(new Date('2025-01-31T23:30:00Z')).toString()).toBe('2025-01-31');
    expect(londonDateAt(new Date('2025-02-01T00:00:00Z')).toString()).toBe('2025-02-01');
  });

  it('follows the clock changes', () => {
    // Clocks went forward at 01:00 UTC on 30 March 2025 and back at 01:00 UTC on 26 October 2025.
    expect(londonDateAt(new Date('2025-03-29T23:30:00Z')).toString()).toBe('2025-03-29');
    expect(londonDateAt(new Date('2025-03-30T23:30:00Z')).toString()).toBe('2025-03-31');
    expect(londonDateAt(new Date('2025-10-26T23:30:00Z')).toString()).toBe('2025-10-26');
  });

  it('takes the instant to use from the caller', () => {
    expect(todayInLondon(new Date('2025-12-25T12:00:00Z')).toString()).toBe('2025-12-25');
  });

  it('refuses an invalid instant', () => {
    expect(() => londonDateAt(new Date(Number.NaN))).toThrow(InvalidDateError);
  });
});
