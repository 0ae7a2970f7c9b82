import { LocalDate } from '../calendar';
import type { NoticeKind } from './notice-rules';

/** What a notice about one action says. */
export interface ActionFacts {
  actionId: string;
  text: string;
  serviceAreaName: string;
  dueDate: LocalDate;
  today: LocalDate;
  /** Share of the time passed (0.8 = 80%), for at-risk notices. */
  shareElapsed?: number;
}

export interface NoticeText {
  subject: string;
  body: string;
  /** A path inside the app (never shown bare: emails make it a full link, pages an anchor). */
  link: string;
}

const SUBJECT_WHAT = 70;

/**
 * The action in a few words for a subject line: its own first sentence, shortened at a word, with the
 * first letter lower-cased when it reads as a verb ("Pay Mrs B £500 ..." -> "pay Mrs B £500 ...").
 * Nothing is replaced mid-sentence: staff who get notices can open the action and see the same text.
 */
export function actionInWords(text: string, max = SUBJECT_WHAT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.;:])(?:\s|$)/.exec(flat)?.[1] ?? flat;
  let what = sentence.replace(/[.;:]$/, '');
  if (what.length > max) {
    const cut = what.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    what = `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
  }
  // "Pay ..." -> "pay ...", but keep "SEN ...", "I ...", "Mrs B ..." as they are.
  if (/^[A-Z][a-z]/.test(what) && !/^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\b/.test(what)) {
    what = what[0].toLowerCase() + what.slice(1);
  }
  return what || 'an action';
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The subject, body and link of a notice about one action. */
export function actionNoticeText(kind: Exclude<NoticeKind, 'overdue_summary'>, f: ActionFacts): NoticeText {
  const what = actionInWords(f.text);
  const due = f.dueDate.toDisplayString();
  const service = f.serviceAreaName;
  const daysLeft = f.dueDate.epochDay - f.today.epochDay;
  const daysLate = -daysLeft;
  const full = f.text.replace(/\s+/g, ' ').trim();
  const link = `/actions/${f.actionId}`;
  const texts: Record<typeof kind, [string, string]> = {
    assigned: [
      `New action for ${service}: ${what}, due ${due}`,
      `This action has been assigned to ${service}. It is due on ${due}.`,
    ],
    due_soon: [
      `Due soon: ${what} (${service}), due ${due}`,
      daysLeft <= 0
        ? `This action is due today, ${due}.`
        : `This action is due on ${due}, in ${plural(daysLeft, 'day')}.`,
    ],
    at_risk: [
      `At risk: ${what} (${service}), due ${due}`,
      `${Math.min(99, Math.floor((f.shareElapsed ?? 0) * 100))}% of the time to complete this action has passed and it is not completed. It is due on ${due}, in ${plural(daysLeft, 'day')}.`,
    ],
    overdue: [
      `Overdue: ${what} (${service}), due ${due}`,
      `This action was due on ${due} and is ${plural(daysLate, 'day')} overdue.`,
    ],
    awaiting_verification: [
      `Ready to verify: ${what} (${service})`,
      `${service} has marked this action completed. Check the evidence and verify it, or send it back.`,
    ],
    evidence_refused: [
      `Sent back: ${what} (${service}), due ${due}`,
      `A complaints officer has sent this action back: the evidence was not enough. It is due on ${due}.`,
    ],
    extension_granted: [
      `New due date: ${what} (${service}), now due ${due}`,
      `A later due date has been agreed for this action: it is now due on ${due}.`,
    ],
  };
  const [subject, lead] = texts[kind];
  return {
    subject: clip(subject, 300),
    body: `${lead}\n\nAction: ${clip(full, 500)}\nService: ${service}`,
    link,
  };
}

/** One summary of actions that were already past their due date when they were accepted. */
export function overdueSummaryText(
  actions: { text: string; serviceAreaName: string; dueDate: LocalDate }[],
  today: LocalDate,
): NoticeText {
  const n = actions.length;
  const lines = actions
    .slice(0, 50)
    .map(
      (a) =>
        `- ${actionInWords(a.text, 90)} (${a.serviceAreaName}), was due ${a.dueDate.toDisplayString()}, ${plural(today.epochDay - a.dueDate.epochDay, 'day')} ago`,
    );
  if (n > 50) lines.push(`- and ${n - 50} more`);
  return {
    subject: clip(`Already overdue when accepted: ${plural(n, 'action')} to chase`, 300),
    body:
      `${n === 1 ? 'This action was' : 'These actions were'} already past the due date when accepted ` +
      `(the decision was entered after its deadline). They are listed once here, not escalated one by one.\n\n${lines.join('\n')}`,
    link: '/actions?overdue=true',
  };
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
