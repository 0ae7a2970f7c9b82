/**
 * Reading plain calendar dates as printed in UK documents, without time zones: `14 March 2025`,
 * `14th Mar 2025`, `14-Mar-2025`, `14/03/2025`, `2025-03-14`, `March 14, 2025`.
 * Date arithmetic (due dates, working days) is src/calendar's.
 */
import { daysInMonth } from '../calendar';

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** A printed date as a regular expression source without capturing groups (for use inside labels). */
export const DATE_TEXT = `(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?|-)${MONTH_NAME}\\.?(?:,?\\s+|-)\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2}|${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;

/** A date anywhere in a string: day-month-year, month-day-year, numeric UK or ISO. */
export const DATE_PATTERN = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?|-)(${MONTH_NAME})\\.?(?:,?\\s+|-)(\\d{4})|(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`,
  'i',
);

export function isValidDate(d: CalendarDate): boolean {
  return (
    d.year >= 1900 &&
    d.year <= 2200 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** Parse the first date in `s`; null when there is none or it is impossible. */
export function parseDate(s: string): { date: CalendarDate; index: number; length: number } | null {
  const m = DATE_PATTERN.exec(s);
  if (!m) return null;
  let d: CalendarDate;
  if (m[1]) d = { day: +m[1], month: MONTHS[m[2].toLowerCase().replace(/\.$/, '')], year: +m[3] };
  else if (m[4]) d = { day: +m[5], month: MONTHS[m[4].toLowerCase()], year: +m[6] };
  else if (m[7]) d = { day: +m[7], month: +m[8], year: +m[9] };
  else d = { year: +m[10], month: +m[11], day: +m[12] };
  if (!isValidDate(d)) return null;
  return { date: d, index: m.index, length: m[0].length };
}

export function formatDate(d: CalendarDate): string {
  return `${d.year.toString().padStart(4, '0')}-${d.month.toString().padStart(2, '0')}-${d.day.toString().padStart(2, '0')}`;
}
