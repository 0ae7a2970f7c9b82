/** Formatting used by the templates; everything returns plain text (autoescape does the rest). */
import { formatPoundsAndPence } from '../../common/money';
import { queueStatusOf } from '../../documents/document-views';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});
const wholeFormat = new Intl.NumberFormat('en-GB');

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const d = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A calendar date (stored at UTC midnight, or YYYY-MM-DD): "14 March 2025". */
export function formatDate(value: unknown): string {
  const d = toDate(value);
  return d ? dateFormat.format(d) : '';
}

/** A moment, in UK time: "14 Mar 2025, 09:30". */
export function formatDateTime(value: unknown): string {
  const d = toDate(value);
  return d ? dateTimeFormat.format(d) : '';
}

/** YYYY-MM-DD for date inputs. */
export function isoDate(value: unknown): string {
  const d = toDate(value);
  return d ? d.toISOString().slice(0, 10) : '';
}

/** Integer pence as pounds: 30000 -> "£300.00". */
export function pounds(pence: unknown): string {
  const n = Number(pence);
  return Number.isFinite(n) ? formatPoundsAndPence(n) : '';
}

export function whole(n: unknown): string {
  const v = Number(n);
  return Number.isFinite(v) ? wholeFormat.format(v) : '';
}

export function percent(fraction: unknown): string {
  if (fraction === null || fraction === undefined) return 'no remedies due';
  const v = Number(fraction);
  return Number.isFinite(v) ? `${Math.round(v * 1000) / 10}%` : '';
}

const statusLabels: Record<string, string> = {
  queued: 'Queued',
  processing: 'Processing',
  processed: 'Ready for review',
  failed: 'Failed',
  needs_review: 'Needs review',
  reviewed: 'Reviewed',
  proposed: 'To review',
  accepted: 'Accepted',
  rejected: 'Rejected',
  not_accepted: 'Not accepted',
  open: 'Open',
  in_progress: 'In progress',
  completed: 'Completed',
  verified: 'Verified',
  cancelled: 'Cancelled',
};
const statusColours: Record<string, string> = {
  queued: 'grey',
  processing: 'blue',
  processed: 'yellow',
  failed: 'red',
  needs_review: 'yellow',
  reviewed: 'green',
  proposed: 'yellow',
  accepted: 'green',
  rejected: 'grey',
  not_accepted: 'grey',
  open: 'blue',
  in_progress: 'light-blue',
  completed: 'green',
  verified: 'turquoise',
  cancelled: 'grey',
};

export function statusLabel(status: unknown): string {
  const s = String(status ?? '');
  return statusLabels[s] ?? s.replace(/_/g, ' ');
}

/** The govuk-tag modifier class for a status. */
export function statusTagClass(status: unknown): string {
  const colour = statusColours[String(status ?? '')] ?? 'grey';
  return `govuk-tag--${colour}`;
}

export function humanise(value: unknown): string {
  const s = String(value ?? '').replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const documentTypes: Record<string, string> = {
  lgsco_decision: 'Ombudsman (LGSCO) final decision',
  housing_ombudsman_decision: 'Housing Ombudsman decision',
  stage2_report: 'Stage 2 investigation report',
  stage3_panel: 'Stage 3 panel report',
  annual_report: 'Annual complaints report',
  unknown: 'Not recognised',
};

export function documentType(value: unknown): string {
  const v = String(value ?? '');
  return v ? (documentTypes[v] ?? humanise(v)) : 'Not known yet';
}

export const viewFilters: Record<string, (...args: never[]) => unknown> = {
  formatDate,
  formatDateTime,
  isoDate,
  pounds,
  whole,
  percent,
  statusLabel,
  statusTagClass,
  queueStatus: queueStatusOf,
  humanise,
  documentType,
};
