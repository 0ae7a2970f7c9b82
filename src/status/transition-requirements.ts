/**
 * What a transition needs before it may happen, beyond being allowed by the table.
 * The table says which requirement applies and gives the words to show when it is missing;
 * the caller says what it has in a TransitionContext.
 */
export const TRANSITION_REQUIREMENTS = ['note', 'evidence_if_required', 'service_area', 'error'] as const;
export type TransitionRequirement = (typeof TRANSITION_REQUIREMENTS)[number];

export interface RequirementRule {
  requirement: TransitionRequirement;
  /** Shown to the user when the requirement is not met. */
  message: string;
}

/**
 * The input a missing requirement is about (a form field, a request body property), when it is one:
 * a reason or note, the service that will own the action, why processing failed. Missing evidence is
 * about what is attached, not about an input of the change.
 */
export const REQUIREMENT_FIELD: Readonly<Partial<Record<TransitionRequirement, string>>> = {
  note: 'note',
  service_area: 'serviceAreaId',
  error: 'error',
};

/** What the caller has in hand when asking for a transition. Unset fields count as missing. */
export interface TransitionContext {
  /** The free text sent with the change: a reason for cancelling or rejecting, or why work was sent back. */
  note?: string | null;
  /** The recommendation asked for evidence that it was done. */
  evidenceRequired?: boolean;
  /** Evidence items (files or notes) already attached to the action. */
  evidenceCount?: number;
  /** The service that will own the action (accepting a recommendation). */
  serviceAreaId?: string | null;
  /** Why processing failed (a document). */
  error?: string | null;
}

const hasText = (value: string | null | undefined): boolean =>
  typeof value === 'string' && value.trim() !== '';

const CHECKS: Record<TransitionRequirement, (context: TransitionContext) => boolean> = {
  note: (c) => hasText(c.note),
  evidence_if_required: (c) => c.evidenceRequired !== true || (c.evidenceCount ?? 0) > 0,
  service_area: (c) => hasText(c.serviceAreaId),
  error: (c) => hasText(c.error),
};

export function isRequirementMet(requirement: TransitionRequirement, context: TransitionContext): boolean {
  return CHECKS[requirement](context);
}
