import { LocalDate, londonDateAt } from '../calendar';
import {
  hasIsoDateShape,
  isCalendarDate,
  isoDate,
  londonDay,
  parseCalendarDate,
  tryParseCalendarDate,
} from './dates';

describe('calendar dates for actions', () => {
  it('gives the London day of an instant, also late in the evening in summer', () => {
    expect(londonDay(new Date('2025-06-30T22:30:00Z'))).toEqual(LocalDate.of(2025, 6, 30));
    expect(londonDay(new Date('2025-06-30T23:30:00Z'))).toEqual(LocalDate.of(2025, 7, 1));
    expect(londonDay(new Date('2025-12-31T23:30:00Z'))).toEqual(LocalDate.of(2025, 12, 31));
    for (let h = 0; h < 48; h++) {
      const instant = new Date(Date.UTC(2025, 2, 29, 12) + h * 3_600_000);
      expect(londonDay(instant)).toEqual(londonDateAt(instant));
    }
  });

  it('formats and parses calendar dates with clear errors', () => {
    expect(isoDate(new Date('2025-03-14T00:00:00Z'))).toBe('2025-03-14');
    expect(isoDate(null)).toBeNull();
    expect(() => parseCalendarDate('2025-02-30', 'dueDate')).toThrow(/dueDate: .*February 2025 has 28 days/);
    const refusal = (() => {
      try {
        return parseCalendarDate('2025-02-30', 'dueDate');
      } catch (e) {
        return e;
      }
    })();
    expect(refusal).toMatchObject({ code: 'invalid', field: 'dueDate' });
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2025-02-28')).toBe(true);
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('28/02/2025')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
    expect(isCalendarDate(' 2025-02-28')).toBe(false);
    expect(isCalendarDate(undefined)).toBe(false);
  });

  it('tells the written shape from a real day', () => {
    expect(hasIsoDateShape('2025-02-30')).toBe(true);
    expect(hasIsoDateShape('2025-2-3')).toBe(false);
    expect(tryParseCalendarDate('2025-02-30')).toBeNull();
    expect(tryParseCalendarDate('2025-03-14')?.toString()).toBe('2025-03-14');
  });
});
