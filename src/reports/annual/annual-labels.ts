/** Words a councillor reads for the codes the annual report groups by. */
export const FINDING_LABELS: Record<string, string> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
  closed_after_initial_enquiries: 'Closed after initial enquiries',
  premature: 'Premature',
  outside_jurisdiction: 'Outside jurisdiction',
  unknown: 'Outcome not recorded',
};

/** The Ombudsman's outcomes, in the order its letter gives them. */
export const FINDINGS = [
  'upheld',
  'partly_upheld',
  'not_upheld',
  'closed_after_initial_enquiries',
  'premature',
  'outside_jurisdiction',
] as const;

/** Investigated: a decision on the merits (the upheld rate is of these). */
export const INVESTIGATED = ['upheld', 'partly_upheld', 'not_upheld'] as const;
export const UPHELD = ['upheld', 'partly_upheld'] as const;

/** Learning themes by the kind of change, named for the committee. */
export const CATEGORY_THEMES: Record<string, string> = {
  apology: 'Apologies',
  payment: 'Payments to put things right',
  reassessment: 'Reassessing needs',
  reconsider_decision: 'Looking again at decisions',
  provide_service: 'Providing the service that was missed',
  procedure_review: 'Reviewing procedures',
  staff_training: 'Staff training',
  staff_reminder: 'Reminding staff of the rules',
  policy_change: 'Changing policy',
  audit_similar_cases: 'Checking other cases like this one',
  report_back: 'Reporting back on changes made',
  other: 'Other improvements',
};

export const REMEDY_WORDS: Record<string, string> = {
  apology: 'apology',
  payment: 'payment',
  reassessment: 'reassessment',
  reconsider_decision: 'decision reconsidered',
  provide_service: 'service provided',
  procedure_review: 'procedure review',
  staff_training: 'staff training',
  staff_reminder: 'staff reminder',
  policy_change: 'policy change',
  audit_similar_cases: 'audit of similar cases',
  report_back: 'report back',
  other: 'other action',
};

export const PURPOSE_LABELS: Record<string, string> = {
  distress: 'Distress',
  time_and_trouble: 'Time and trouble',
  loss_of_service: 'Loss of service',
  financial_loss: 'Financial loss',
  refund: 'Refund',
  backdated_support: 'Backdated support',
  symbolic: 'Symbolic payment',
  unspecified: 'Not specified',
};

export const STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  in_progress: 'In progress',
  completed: 'Completed',
  verified: 'Verified',
  cancelled: 'Cancelled',
};
export const ACTION_STATUSES = ['open', 'in_progress', 'completed', 'verified', 'cancelled'] as const;

export const STAGE_LABELS: Record<string, string> = {
  stage2_report: 'Stage 2',
  stage3_panel: 'Stage 3',
};

export const OUTCOME_LABELS: Record<string, string> = {
  on_time: 'Complied on time',
  late: 'Complied late',
  overdue: 'Remedy overdue',
  pending: 'Remedies not yet due',
};

export const label = (map: Record<string, string>, key: string | null): string =>
  key === null ? (map.unknown ?? 'Not recorded') : (map[key] ?? key.replace(/_/g, ' '));
