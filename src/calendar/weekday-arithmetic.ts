/**
 * Monday-to-Friday arithmetic on day numbers (days since 1970-01-01), in constant time.
 * Bank holidays are not considered here; working-days.ts corrects for them.
 */

/** 0 = Monday ... 6 = Sunday. */
export function weekdayIndex(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7;
}

export function isWeekendDay(epochDay: number): boolean {
  return weekdayIndex(epochDay) >= 5;
}

/** The `n`-th Monday-to-Friday day strictly after `epochDay` (n >= 1). */
export function weekdaysAfter(epochDay: number, n: number): number {
  const index = weekdayIndex(epochDay);
  // From a Saturday or Sunday, counting goes as from the Friday before.
  const weekend = index >= 5;
  const start = weekend ? epochDay - (index - 4) : epochDay;
  const startIndex = weekend ? 4 : index;
  const monday = start - startIndex;
  const offset = startIndex + n;
  return monday + Math.floor(offset / 5) * 7 + (offset % 5);
}

/** The `n`-th Monday-to-Friday day strictly before `epochDay` (n >= 1). */
export function weekdaysBefore(epochDay: number, n: number): number {
  const index = weekdayIndex(epochDay);
  // From a Saturday or Sunday, counting goes as from the Monday after.
  const weekend = index >= 5;
  const start = weekend ? epochDay + (7 - index) : epochDay;
  const startIndex = weekend ? 0 : index;
  const friday = start + (4 - startIndex);
  const offset = 4 - startIndex + n;
  return friday - Math.floor(offset / 5) * 7 - (offset % 5);
}

/** Monday-to-Friday days `d` with `from < d <= to` (0 when `to <= from`). */
export function weekdaysInRange(from: number, to: number): number {
  return to <= from ? 0 : weekdaysUpTo(to) - weekdaysUpTo(from);
}

/** Monday-to-Friday days from a fixed Monday (1970-01-05) up to and including `epochDay`; can be negative. */
function weekdaysUpTo(epochDay: number): number {
  const sinceMonday = epochDay - 4;
  const weeks = Math.floor(sinceMonday / 7);
  const rest = sinceMonday - weeks * 7;
  return weeks * 5 + Math.min(rest + 1, 5);
}
