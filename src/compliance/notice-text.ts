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
