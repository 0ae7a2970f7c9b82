import { LocalDate } from '../calendar';
import { redactPersonalData } from '../auth/personal-data';
import type { NotificationKind } from './entities/notification.entity';

export interface NoticeSubject {
  actionId: string;
  text: string;
  serviceAreaName: string;
  dueDate: LocalDate;
  percentElapsed: number;
  daysOverdue: number;
}

const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/**
 * The subject and body of a notice. Emails leave the council's systems, so the action's text is
 * shortened and stripped of names; the full action is behind sign-in.
 */
export function noticeText(
  kind: NotificationKind,
  n: NoticeSubject,
  baseUrl: string | null,
): { subject: string; body: string } {
  const due = n.dueDate.toDisplayString();
  const what = shorten(redactPersonalData(n.text.replace(/\s+/g, ' ').trim()), 160);
  const link = `${baseUrl ?? ''}/actions/${n.actionId}`;
  const subject =
    kind === 'reminder'
      ? `Reminder: action due ${due} (${n.serviceAreaName})`
      : kind === 'escalation'
        ? `At risk: ${Math.min(n.percentElapsed, 100)}% of the time to ${due} has passed (${n.serviceAreaName})`
        : `Overdue: action was due ${due} (${n.serviceAreaName})`;
  const lead =
    kind === 'reminder'
      ? `This action is due on ${due}.`
      : kind === 'escalation'
        ? `${Math.min(n.percentElapsed, 100)}% of the time to complete this action has passed and it is not completed. It is due on ${due}.`
        : `This action was due on ${due} and is ${n.daysOverdue} day${n.daysOverdue === 1 ? '' : 's'} overdue.`;
  return {
    subject: shorten(subject, 300),
    body: `${lead}\n\nAction: ${what}\nService: ${n.serviceAreaName}\n\nOpen it: ${link}`,
  };
}

/** The most notices one email lists; the rest are on the notifications page. */
export const EMAIL_NOTICE_LIMIT = 50;

/**
 * One person's email for a run: a single notice as it is, several under one subject, listed up to
 * EMAIL_NOTICE_LIMIT (a director can have hundreds at risk; the list is in the app).
 */
export function emailText(
  notices: { actionId: string; subject: string; body: string }[],
  baseUrl: string | null,
): { subject: string; text: string } {
  if (notices.length === 1) return { subject: notices[0].subject, text: notices[0].body };
  const actions = new Set(notices.map((n) => n.actionId)).size;
  const subject = `Redress: ${actions} action${actions === 1 ? '' : 's'} need your attention`;
  const shown = notices.slice(0, EMAIL_NOTICE_LIMIT).map((n) => `${n.subject}\n${n.body}`);
  const more = notices.length - shown.length;
  if (more > 0) {
    shown.push(
      `… and ${more} more notice${more === 1 ? '' : 's'}. See them all: ${baseUrl ?? ''}/notifications`,
    );
  }
  return { subject, text: shown.join('\n\n----------\n\n') };
}
