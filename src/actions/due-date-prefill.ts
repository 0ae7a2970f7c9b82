import { dueDateFor, LocalDate, type TimeLimitUnit } from '../calendar';

/** What extraction found about a recommendation's time limit. */
export interface ExtractedDeadline {
  deadlineDate: LocalDate | null;
  deadlineCount: number | null;
  deadlineUnit: TimeLimitUnit | null;
}

export type DueDateBasis = 'officer' | 'deadline_date' | 'decision_date' | 'acceptance_date' | 'none';

export interface DueDatePrefill {
  dueDate: LocalDate | null;
  /** When the clock started (for the share of time elapsed): never after the due date. */
  startDate: LocalDate;
  /** Where the due date came from, to explain it on the review page. */
  basis: DueDateBasis;
}

/**
 * The due date an accepted recommendation gets, most specific first: the date the officer chose; the
 * date extraction read from the document; the time limit counted from the decision date; the time
 * limit counted from the day it is accepted; else none (the officer must choose one).
 */
export function prefillDueDate(
  deadline: ExtractedDeadline,
  decisionDate: LocalDate | null,
  acceptedOn: LocalDate,
  officerDate: LocalDate | null = null,
): DueDatePrefill {
  const within =
    deadline.deadlineCount !== null && deadline.deadlineUnit !== null
      ? { count: deadline.deadlineCount, unit: deadline.deadlineUnit }
      : null;
  let dueDate: LocalDate | null;
  let basis: DueDateBasis;
  let startDate = decisionDate ?? acceptedOn;
  if (officerDate) {
    dueDate = officerDate;
    basis = 'officer';
  } else if (deadline.deadlineDate) {
    dueDate = deadline.deadlineDate;
    basis = 'deadline_date';
  } else if (within && decisionDate) {
    dueDate = dueDateFor(within, decisionDate);
    basis = 'decision_date';
  } else if (within) {
    dueDate = dueDateFor(within, acceptedOn);
    basis = 'acceptance_date';
    startDate = acceptedOn;
  } else {
    dueDate = null;
    basis = 'none';
  }
  if (dueDate && startDate.isAfter(dueDate)) startDate = dueDate;
  return { dueDate, startDate, basis };
}
