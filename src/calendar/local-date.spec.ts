import { InvalidDateError } from './calendar-errors';
import { LocalDate } from './local-date';

describe('LocalDate', () => {
  it('reads and writes YYYY-MM-DD', () => {
    const date = LocalDate.parse('2025-03-14');
    expect([date.year, date.month, date.day]).toEqual([2025, 3, 14]);
    expect(date.toString()).toBe('2025-03-14');
    expect(LocalDate.parse(' 2024-02-29 ').toString()).toBe('2024-02-29');
    expect(JSON.stringify({ due: date })).toBe('{"due":"2025-03-14"}');
  });

  it('converts to and from a Date at UTC midnight (the database form)', () => {
    const date = LocalDate.parse('2025-03-14');
    expect(date.toDate().toISOString()).toBe('2025-03-14T00:00:00.000Z');
    expect(LocalDate.fromDate(new Date('2025-03-14T00:00:00Z')).equals(date)).toBe(true);
    expect(LocalDate.fromDate(new Date('2025-03-14T23:59:59.999Z')).toString()).toBe('2025-03-14');
    expect(date.toDate()).not.toBe(date.toDate());
  });

  it('knows the day of the week (1 = Monday, 7 = Sunday)', () => {
    expect(LocalDate.parse('1970-01-01').dayOfWeek).toBe(4);
    expect(LocalDate.parse('2025-03-14').dayOfWeek).toBe(5);
    expect(LocalDate.parse('2025-03-16').dayOfWeek).toBe(7);
    expect(LocalDate.parse('2025-03-17').dayOfWeek).toBe(1);
    expect(LocalDate.parse('1969-12-29').dayOfWeek).toBe(1);
  });

  it('compares and orders dates', () => {
    const a = LocalDate.parse('2025-03-14');
    const b = LocalDate.parse('2025-03-15');
    expect([a.isBefore(b), a.isAfter(b), b.isAfter(a), a.isOnOrBefore(a), a.isOnOrAfter(b)]).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
    expect(a.equals(LocalDate.of(2025, 3, 14))).toBe(true);
    expect(Math.sign(a.compareTo(b))).toBe(-1);
    expect([b, a].sort(LocalDate.compare).map(String)).toEqual(['2025-03-14', '2025-03-15']);
    expect(LocalDate.min(b, a).toString()).toBe('2025-03-14');
    expect(LocalDate.max(a, b).toString()).toBe('2025-03-15');
  });

  it('round-trips through the day count', () => {
    expect(LocalDate.parse('1970-01-01').epochDay).toBe(0);
    expect(LocalDate.parse('1969-12-31').epochDay).toBe(-1);
    expect(LocalDate.fromEpochDay(LocalDate.parse('2025-03-14').epochDay).toString()).toBe('2025-03-14');
  });

  it('formats for people the GOV.UK way', () => {
    expect(LocalDate.parse('2025-03-04').toDisplayString()).toBe('4 March 2025');
  });

  it('is immutable', () => {
    const date = LocalDate.parse('2025-03-14');
    expect(Object.isFrozen(date)).toBe(true);
    expect(() => {
      (date as unknown as { day: number }).day = 15;
    }).toThrow(TypeError);
  });

  it.each([
    [
      '14/03/2025',
      "'14/03/2025' is not a date in the form YYYY-MM-DD (for example 2025-03-14 for 14 March 2025).",
    ],
    [
      '2025-3-14',
      "'2025-3-14' is not a date in the form YYYY-MM-DD (for example 2025-03-14 for 14 March 2025).",
    ],
    ['2025-03-14T10:00:00Z', "'2025-03-14T10:00:00Z' is not a date in the form YYYY-MM-DD"],
    ['', "'' is not a date in the form YYYY-MM-DD"],
    ['2025-02-29', "'2025-02-29' is not a real date: February 2025 has 28 days."],
    ['2025-04-31', "'2025-04-31' is not a real date: April 2025 has 30 days."],
    ['2025-13-01', "'2025-13-01' is not a real date: there is no month 13."],
    ['2025-00-10', "'2025-00-10' is not a real date: there is no month 0."],
    ['0999-12-31', "'0999-12-31' is outside the years we handle (1000 to 9999)."],
  ])('refuses %p with a clear message', (text, message) => {
    expect(() => LocalDate.parse(text)).toThrow(InvalidDateError);
    expect(() => LocalDate.parse(text)).toThrow(message);
  });

  it('refuses invalid Dates and fractional parts', () => {
    expect(() => LocalDate.fromDate(new Date('nonsense'))).toThrow('The value given is not a valid date.');
    expect(() => LocalDate.of(2025, 3, 1.5)).toThrow('year, month and day must be whole numbers');
    expect(() => LocalDate.fromEpochDay(0.5)).toThrow(InvalidDateError);
  });
});
