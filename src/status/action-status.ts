import { defineStatusMachine } from './status-machine';

export const ACTION_STATUSES = ['open', 'in_progress', 'completed', 'verified', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const EVIDENCE = {
  requirement: 'evidence_if_required',
  message:
    'Add evidence before marking this action completed: the recommendation asks for evidence that it was done.',
} as const;

const CANCEL_REASON = { requirement: 'note', message: 'Give a reason for cancelling this action.' } as const;

/**
 * A tracked action, from acceptance to proof that it was done.
 *
 *   open -> in_progress -> completed -> verified
 *   open -> completed            (a service lead who did it at once need not start it first)
 *   completed -> in_progress     (sent back: the officer refused the evidence; a note says why)
 *   open | in_progress -> cancelled   (with a reason)
 *
 * verified and cancelled are final. Once completed, an action cannot be cancelled: send it back first.
 * Due-date changes are not status changes and are recorded separately.
 */
export const actionStatusMachine = defineStatusMachine<ActionStatus>({
  entity: 'action',
  states: ACTION_STATUSES,
  labels: {
    open: 'open',
    in_progress: 'in progress',
    completed: 'completed',
    verified: 'verified',
    cancelled: 'cancelled',
  },
  transitions: [
    { from: 'open', to: 'in_progress', name: 'start', label: 'Start work', requires: [] },
    { from: 'open', to: 'completed', name: 'complete', label: 'Mark as completed', requires: [EVIDENCE] },
    {
      from: 'in_progress',
      to: 'completed',
      name: 'complete',
      label: 'Mark as completed',
      requires: [EVIDENCE],
    },
    { from: 'completed', to: 'verified', name: 'verify', label: 'Verify', requires: [] },
    {
      from: 'completed',
      to: 'in_progress',
      name: 'send_back',
      label: 'Send back',
      requires: [
        {
          requirement: 'note',
          message: 'Say why the evidence was not accepted, so the service knows what to do.',
        },
      ],
    },
    { from: 'open', to: 'cancelled', name: 'cancel', label: 'Cancel action', requires: [CANCEL_REASON] },
    {
      from: 'in_progress',
      to: 'cancelled',
      name: 'cancel',
      label: 'Cancel action',
      requires: [CANCEL_REASON],
    },
  ],
});
