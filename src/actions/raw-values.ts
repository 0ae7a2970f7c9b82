import { LocalDate } from '../calendar';

/**
 * Values read with a raw query (no entity hydration, for reports over thousands of rows). SQLite gives
 * dates as 'YYYY-MM-DD', datetimes as epoch milliseconds and booleans as 0/1; PostgreSQL gives dates and
 * timestamps as strings and booleans as booleans.
 */
export function rawCalendarDate(value: unknown): LocalDate | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return LocalDate.fromDate(value);
  if (typeof value === 'number') return LocalDate.fromDate(new Date(value));
  return LocalDate.parse(String(value).slice(0, 10));
}

export function rawInstant(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  const text = String(value);
  if (/^\d+$/.test(text)) return new Date(Number(text));
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function rawBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't' || value === 'true';
}
