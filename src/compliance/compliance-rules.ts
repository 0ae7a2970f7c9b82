import { fractionElapsed, LocalDate, workingDaysBetween } from '../calendar';
import type { NoticeKind } from './notice-rules';

export interface ComplianceSettings {
  /** "Due soon" this many working days before the due date (0: on the day only). */
  dueSoonWorkingDays: number;
  /** "At risk" once this share of the time to the due date has passed (0.75). */
  atRiskShare: number;
}

export interface ActionClock {
  status: string;
  /** The decision or report date (the action's start date). */
  decisionDate: LocalDate;
  /** The day the recommendation was accepted (the action made). */
  acceptedOn: LocalDate;
  dueDate: LocalDate;
}

const OPEN = new Set(['open', 'in_progress']);

/** When the at-risk clock starts: the later of the decision date and the day the action was accepted. */
export function clockStart(action: Pick<ActionClock, 'decisionDate' | 'acceptedOn'>): LocalDate {
  return action.acceptedOn.isAfter(action.decisionDate) ? action.acceptedOn : action.decisionDate;
}

/** Already past its due date on the day it was accepted (a decision entered long after it was made). */
export function wasOverdueWhenAccepted(action: Pick<ActionClock, 'acceptedOn' | 'dueDate'>): boolean {
  return action.dueDate.isBefore(action.acceptedOn);
}

/**
 * The notices the daily check owes an action today (whether each was already sent is for the database's
 * unique dedupe key). Only open or in-progress actions need any.
 * - overdue_summary: the action was already overdue when accepted: it goes in the officer's one summary,
 *   and never gets per-action at-risk or overdue notices (there was nothing to warn about in time);
 * - overdue: the due date has passed (an overdue action is never also "at risk");
 * - due_soon: the due date is `dueSoonWorkingDays` working days away or fewer;
 * - at_risk: the share of time passed, from clockStart to the due date, has reached `atRiskShare`.
 */
export function noticesDue(action: ActionClock, today: LocalDate, settings: ComplianceSettings): NoticeKind[] {
  if (!OPEN.has(action.status)) return [];
  const daysLeft = action.dueDate.epochDay - today.epochDay;
  if (wasOverdueWhenAccepted(action)) return daysLeft < 0 ? ['overdue_summary'] : [];
  if (daysLeft < 0) return ['overdue'];
  const notices: NoticeKind[] = [];
  // A working day is at least one calendar day: far-off dates need no calendar arithmetic.
  if (daysLeft <= settings.dueSoonWorkingDays * 3 + 7) {
    if (workingDaysBetween(today, action.dueDate) <= settings.dueSoonWorkingDays) notices.push('due_soon');
  }
  if (fractionElapsed(clockStart(action), action.dueDate, today) >= settings.atRiskShare) notices.push('at_risk');
  return notices;
}

/** One daily notice per kind, action, due date and person: a new due date starts a new round. */
export function dedupeKey(kind: NoticeKind, actionId: string, dueDate: LocalDate, userId: string): string {
  return `${kind}:${actionId}:${dueDate.toString()}:${userId}`;
}
