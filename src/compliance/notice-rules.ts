/**
 * The notifications Redress sends, as data: for each kind, what makes it fire, who is told, which of
 * them get an email at once (the rest read it in their daily digest and in the app) and where its link
 * goes. The daily run (compliance-run.service) and the action notifier (action-notifier) both read this
 * table; src/compliance/notice-rules.spec.ts checks every kind against every kind of person.
 */
export const NOTICE_KINDS = [
  'assigned',
  'due_soon',
  'at_risk',
  'overdue',
  'overdue_summary',
  'awaiting_verification',
  'evidence_refused',
  'extension_granted',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * The people an action's notice can go to:
 * - owner: the person the action is assigned to (when they can open it);
 * - service_leads: service leads of the action's service or of a service or directorate above it;
 * - accepting_officer: the complaints officer who accepted the recommendation (made the action), or
 *   every complaints officer when that person has left;
 * - directorate_seniors: senior officers whose areas cover the action's service (its directorate);
 * - escalation_recipients: when no senior officer covers the directorate, the senior officers who
 *   read the whole council (no areas), or failing those the complaints officers.
 */
export const AUDIENCES = [
  'owner',
  'service_leads',
  'accepting_officer',
  'directorate_seniors',
  'escalation_recipients',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface NoticeRule {
  kind: NoticeKind;
  /** What makes it fire: the daily checks, or a change made to the action. */
  trigger: 'daily_check' | 'accepted_or_reassigned' | 'completed' | 'sent_back' | 'due_date_extended';
  /** In words, for the admin page and the docs. */
  when: string;
  audiences: readonly Audience[];
  /** Those told by an email at once (unless they chose digest only); the rest wait for the digest. */
  immediate: readonly Audience[];
  /** Digest section it is listed under. */
  digestGroup: DigestGroup;
  /** What makes it fire only once (the database's unique dedupe key holds these parts and the person). */
  oncePer: string;
}

export const DIGEST_GROUPS = [
  'overdue',
  'at_risk',
  'due_soon',
  'assigned',
  'awaiting_verification',
  'other',
] as const;
export type DigestGroup = (typeof DIGEST_GROUPS)[number];

export const DIGEST_GROUP_TITLES: Record<DigestGroup, string> = {
  overdue: 'Overdue',
  at_risk: 'At risk',
  due_soon: 'Due soon',
  assigned: 'Newly assigned',
  awaiting_verification: 'Waiting for verification',
  other: 'Other changes',
};

const ESCALATION: readonly Audience[] = ['directorate_seniors', 'escalation_recipients'];

export const NOTICE_RULES: Record<NoticeKind, NoticeRule> = {
  assigned: {
    kind: 'assigned',
    trigger: 'accepted_or_reassigned',
    when: 'An action is created for a service (on accept) or moved to another service or owner',
    audiences: ['owner', 'service_leads'],
    immediate: ['owner', 'service_leads'],
    digestGroup: 'assigned',
    oncePer: 'action, service, owner',
  },
  due_soon: {
    kind: 'due_soon',
    trigger: 'daily_check',
    when: 'The due date is the configured number of working days away or fewer (and not passed)',
    audiences: ['owner', 'service_leads'],
    immediate: [],
    digestGroup: 'due_soon',
    oncePer: 'action, due date',
  },
  at_risk: {
    kind: 'at_risk',
    trigger: 'daily_check',
    when:
      'The configured share of the time has passed, counted from the later of the decision date and ' +
      'the day the action was accepted, and the action is not yet overdue',
    audiences: ['owner', 'service_leads', ...ESCALATION],
    immediate: ESCALATION,
    digestGroup: 'at_risk',
    oncePer: 'action, due date',
  },
  overdue: {
    kind: 'overdue',
    trigger: 'daily_check',
    when: 'The due date has passed and the action is not completed (it was not already overdue when accepted)',
    audiences: ['owner', 'service_leads', 'accepting_officer', ...ESCALATION],
    immediate: ESCALATION,
    digestGroup: 'overdue',
    oncePer: 'action, due date',
  },
  overdue_summary: {
    kind: 'overdue_summary',
    trigger: 'daily_check',
    when:
      'Actions already past their due date on the day they were accepted (a decision entered long after ' +
      'it was made): one summary to the officer, not one escalation each',
    audiences: ['accepting_officer'],
    immediate: [],
    digestGroup: 'overdue',
    oncePer: 'the set of actions summarised (each action is summarised once)',
  },
  awaiting_verification: {
    kind: 'awaiting_verification',
    trigger: 'completed',
    when: 'The service marks the action completed: a complaints officer needs to verify it',
    audiences: ['accepting_officer'],
    immediate: [],
    digestGroup: 'awaiting_verification',
    oncePer: 'action, completion',
  },
  evidence_refused: {
    kind: 'evidence_refused',
    trigger: 'sent_back',
    when: 'A complaints officer sends a completed action back (its evidence is refused)',
    audiences: ['owner', 'service_leads'],
    immediate: [],
    digestGroup: 'other',
    oncePer: 'action, sending back',
  },
  extension_granted: {
    kind: 'extension_granted',
    trigger: 'due_date_extended',
    when: 'A later due date is agreed for the action',
    audiences: ['owner', 'service_leads'],
    immediate: [],
    digestGroup: 'other',
    oncePer: 'action, new due date',
  },
};

/** Is this person told about this kind at once by email (given the audiences they are in)? */
export function isImmediate(kind: NoticeKind, audiences: readonly Audience[]): boolean {
  const immediate = NOTICE_RULES[kind].immediate;
  return audiences.some((a) => immediate.includes(a));
}
