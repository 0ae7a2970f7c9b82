import { fractionElapsed, LocalDate } from '../calendar';
import type { NotificationKind } from './entities/notification.entity';

export interface ComplianceSettings {
  /** Remind the owner this many days before the due date (0: on the day). */
  reminderDaysBeforeDue: number;
  /** Escalate once this share of the time to the due date has passed (0.75). */
  escalationThreshold: number;
}

export interface ActionClock {
  status: string;
  startDate: LocalDate;
  dueDate: LocalDate;
}

const OPEN = new Set(['open', 'in_progress']);

/**
 * The notices an action needs today. Only open or in-progress actions need any (completed ones are done):
 * a reminder in the days before the due date (and on it), an escalation once the share of time elapsed
 * reaches the threshold, an overdue notice once the due date has passed. Whether one was already sent
 * is not decided here: the notification's dedupe key does that.
 */
export function noticesDue(
  action: ActionClock,
  today: LocalDate,
  settings: ComplianceSettings,
): NotificationKind[] {
  if (!OPEN.has(action.status)) return [];
  const notices: NotificationKind[] = [];
  const daysLeft = action.dueDate.epochDay - today.epochDay;
  if (daysLeft >= 0 && daysLeft <= settings.reminderDaysBeforeDue) notices.push('reminder');
  if (fractionElapsed(action.startDate, action.dueDate, today) >= settings.escalationThreshold)
    notices.push('escalation');
  if (daysLeft < 0) notices.push('overdue');
  return notices;
}

/** One notice per action, kind, due date and person: a new due date starts a new round of notices. */
export function dedupeKey(
  kind: NotificationKind,
  actionId: string,
  dueDate: LocalDate,
  userId: string,
): string {
  return `${kind}:${actionId}:${dueDate.toString()}:${userId}`;
}
