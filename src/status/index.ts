export {
  defineStatusMachine,
  type StatusMachine,
  type StatusMachineDefinition,
  type TransitionRule,
} from './status-machine';
export {
  TransitionNotAllowedError,
  TransitionRequirementsError,
  UnknownStatusError,
} from './transition-errors';
export {
  TRANSITION_REQUIREMENTS,
  isRequirementMet,
  type RequirementRule,
  type TransitionContext,
  type TransitionRequirement,
} from './transition-requirements';
export { ACTION_STATUSES, actionStatusMachine, type ActionStatus } from './action-status';
export {
  RECOMMENDATION_STATUSES,
  recommendationStatusMachine,
  type RecommendationStatus,
} from './recommendation-status';
export { DOCUMENT_STATUSES, documentStatusMachine, type DocumentStatus } from './document-status';
