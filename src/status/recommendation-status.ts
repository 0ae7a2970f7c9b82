import { defineStatusMachine } from './status-machine';

export const RECOMMENDATION_STATUSES = ['proposed', 'accepted', 'rejected', 'not_accepted'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/**
 * A recommendation found in a document, as an officer reviews it.
 *
 *   proposed -> accepted       the council will do it: it becomes exactly one tracked action (needs a service)
 *   proposed -> rejected       the officer decides it is not a recommendation to track (e.g. extracted in error,
 *                              or a duplicate); a reason is required
 *   proposed -> not_accepted   a real Stage 2 or Stage 3 recommendation that the council formally declined
 *                              (adjudication or response letter); its reason is required and is reported
 *
 *   rejected -> proposed       reopen: a wrong rejection is undone (the review page's "Undo")
 *   not_accepted -> proposed   reopen: recorded as not accepted by mistake
 *
 * Accepted is final: an accepted recommendation is withdrawn by cancelling its action, which keeps the history.
 */
export const recommendationStatusMachine = defineStatusMachine<RecommendationStatus>({
  entity: 'recommendation',
  states: RECOMMENDATION_STATUSES,
  labels: {
    proposed: 'proposed',
    accepted: 'accepted',
    rejected: 'rejected',
    not_accepted: 'not accepted',
  },
  transitions: [
    {
      from: 'proposed',
      to: 'accepted',
      name: 'accept',
      label: 'Accept',
      requires: [
        {
          requirement: 'service_area',
          message: 'Choose the service that will be responsible for this action.',
        },
      ],
    },
    {
      from: 'proposed',
      to: 'rejected',
      name: 'reject',
      label: 'Reject',
      requires: [{ requirement: 'note', message: 'Give a reason for rejecting this recommendation.' }],
    },
    {
      from: 'proposed',
      to: 'not_accepted',
      name: 'not_accept',
      label: 'Record as not accepted by the council',
      requires: [
        { requirement: 'note', message: "Give the council's reason for not accepting this recommendation." },
      ],
    },
    { from: 'rejected', to: 'proposed', name: 'reopen', label: 'Undo the rejection', requires: [] },
    { from: 'not_accepted', to: 'proposed', name: 'reopen', label: 'Undo', requires: [] },
  ],
});
