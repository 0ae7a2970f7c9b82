import { InvalidTimeLimitError } from './calendar-errors';
import { LocalDate } from './local-date';

/**
 * The share of the time from `start` to `due` that has passed by `today`, in calendar days:
 * 0 on the start day (and before it), 0.5 half way, 1 on the due date, above 1 once overdue
 * (2 when as many days again have passed). Never negative.
 * When `due` is on or before `start` there is no time to share out: 0 before `due`, 1 from `due` on.
 * The 75% escalation rule is `fractionElapsed(start, due, today) >= 0.75`.
 */
export function fractionElapsed(start: LocalDate, due: LocalDate, today: LocalDate): number {
  const span = due.epochDay - start.epochDay;
  if (span <= 0) return today.epochDay >= due.epochDay ? 1 : 0;
  return Math.max(0, (today.epochDay - start.epochDay) / span);
}

/**
 * The first day on which `fractionElapsed(start, due, day) >= share`, e.g. the day a remedy due in
 * 30 days reaches 75% (start + 23 days). `share` is above 0 and at most 1.
 */
export function dateWhenShareElapsed(start: LocalDate, due: LocalDate, share: number): LocalDate {
  if (!(share > 0 && share <= 1)) {
    throw new InvalidTimeLimitError(
      `A share of the time must be above 0 and at most 1 (for example 0.75); got ${share}.`,
    );
  }
  const span = due.epochDay - start.epochDay;
  if (span <= 0) return due;
  let days = Math.ceil(share * span);
  // Guard against rounding in share * span: step to the exact first day.
  while ((days - 1) / span >= share) days--;
  while (days / span < share) days++;
  return LocalDate.fromEpochDay(start.epochDay + days);
}
