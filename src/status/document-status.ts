import { defineStatusMachine } from './status-machine';

export const DOCUMENT_STATUSES = ['queued', 'processing', 'processed', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * An uploaded document going through the ingest pipeline.
 *
 *   queued -> processing -> processed | failed
 *   failed -> queued        retry
 *   processing -> queued    a job whose worker died is put back on the queue when recovered
 *   processed -> queued     process again (e.g. after the extraction rules improve)
 *
 * A failure records why, in words an officer understands. No status is final: anything can be processed again.
 */
export const documentStatusMachine = defineStatusMachine<DocumentStatus>({
  entity: 'document',
  states: DOCUMENT_STATUSES,
  labels: {
    queued: 'queued',
    processing: 'processing',
    processed: 'processed',
    failed: 'failed',
  },
  transitions: [
    { from: 'queued', to: 'processing', name: 'start', label: 'Start processing', requires: [] },
    { from: 'processing', to: 'processed', name: 'finish', label: 'Finish processing', requires: [] },
    {
      from: 'processing',
      to: 'failed',
      name: 'fail',
      label: 'Mark as failed',
      requires: [{ requirement: 'error', message: 'Record why processing failed.' }],
    },
    {
      from: 'processing',
      to: 'queued',
      name: 'recover',
      label: 'Queue again after an interrupted job',
      requires: [],
    },
    { from: 'failed', to: 'queued', name: 'retry', label: 'Try again', requires: [] },
    { from: 'processed', to: 'queued', name: 'reprocess', label: 'Process again', requires: [] },
  ],
});
