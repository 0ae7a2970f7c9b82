import { LocalDate } from '../calendar';
import { rawBoolean, rawCalendarDate, rawInstant } from './raw-values';

describe('raw values from SQLite and PostgreSQL', () => {
  it('reads calendar dates', () => {
    expect(rawCalendarDate('2025-03-14')).toEqual(LocalDate.of(2025, 3, 14));
    expect(rawCalendarDate(Date.UTC(2025, 2, 14))).toEqual(LocalDate.of(2025, 3, 14));
    expect(rawCalendarDate(null)).toBeNull();
  });

  it('reads instants from epoch milliseconds and timestamp strings', () => {
    expect(rawInstant(1700000000000)?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(rawInstant('2026-11-22 22:36:39.34+00')?.toISOString()).toBe('2026-11-22T22:36:39.340Z');
    expect(rawInstant(undefined)).toBeNull();
  });

  it('reads booleans', () => {
    expect([true, 1, 't', false, 0, null].map(rawBoolean)).toEqual([true, true, true, false, false, false]);
  });
});
