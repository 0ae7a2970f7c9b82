import { LocalDate } from '../calendar';
import { redactPersonalData } from '../auth/personal-data';
import { isoDate, londonDay } from '../common/dates';
import type { ActionEvent } from './entities/action-event.entity';
import type { ActionPayment } from './entities/action-payment.entity';
import type { Evidence } from './entities/evidence.entity';
import type { ActionStatus, TrackedAction } from './entities/tracked-action.entity';
import { penceToPounds } from '../common/money';
import { actionTitle } from './action-title';

export const OPEN_STATUSES: ActionStatus[] = ['open', 'in_progress'];

/** How much a viewer may see: scrutiny sees no personal data (no names, notes or evidence). */
export interface ViewerLens {
  personalData: boolean;
}

export interface PaymentView {
  id: string;
  payee: string | null;
  purpose: string;
  /** Pounds. */
  agreedAmount: number;
  amountPaid: number;
  datePaid: string | null;
  paid: boolean;
}

export interface EventView {
  id: string;
  at: Date;
  type: string;
  /** The name of who made the change, or null for the system (the compliance run). */
  by: string | null;
  byId: string | null;
  from: string | null;
  to: string | null;
  note: string | null;
  data: Record<string, unknown> | null;
}

export interface EvidenceView {
  id: string;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  note: string | null;
  uploadedBy: string | null;
  createdAt: Date;
  refusedAt: Date | null;
  /** Relative URL of the file download, when the evidence has a file. */
  downloadUrl: string | null;
}

export interface ActionSummaryView {
  id: string;
  status: ActionStatus;
  text: string;
  /** How the action reads in a list: who acts and a sentence's start (see actionTitle). */
  title: string;
  category: string;
  learning: boolean;
  ombudsmanRemedy: boolean;
  evidenceRequired: boolean;
  serviceAreaId: string;
  serviceAreaName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  recommendationId: string;
  documentId: string;
  documentReference: string | null;
  startDate: string;
  dueDate: string | null;
  originalDueDate: string | null;
  extended: boolean;
  overdue: boolean;
  daysOverdue: number;
  completedAt: Date | null;
  verifiedAt: Date | null;
  cancelledAt: Date | null;
  onTime: boolean | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ActionDetailView extends ActionSummaryView {
  cancelReason: string | null;
  payments: PaymentView[];
  events: EventView[];
  evidence: EvidenceView[];
  /** Statuses it may move to next (from the transition table). */
  allowedTransitions: string[];
}

/** Past the current due date and not done. */
export function isOverdue(a: Pick<TrackedAction, 'status' | 'dueDate'>, today: LocalDate): boolean {
  return !!a.dueDate && OPEN_STATUSES.includes(a.status) && LocalDate.fromDate(a.dueDate).isBefore(today);
}

/**
 * Completed within the ORIGINAL due date (extensions do not change compliance): true or false once
 * known; false while still open past it; null while it is not yet due, with no due date, or cancelled.
 */
export function onTime(
  a: Pick<TrackedAction, 'status' | 'dueDate' | 'originalDueDate' | 'completedAt'>,
  today: LocalDate,
): boolean | null {
  if (a.status === 'cancelled') return null;
  const due = a.originalDueDate ?? a.dueDate;
  if (!due) return null;
  const original = LocalDate.fromDate(due);
  if (a.completedAt) return londonDay(a.completedAt).isOnOrBefore(original);
  return today.isAfter(original) ? false : null;
}

export function toPaymentView(p: ActionPayment, lens: ViewerLens): PaymentView {
  return {
    id: p.id,
    payee: lens.personalData ? p.payee : null,
    purpose: p.purpose,
    agreedAmount: penceToPounds(p.agreedPence),
    amountPaid: penceToPounds(p.paidPence),
    datePaid: isoDate(p.paidOn),
    paid: p.paidPence >= p.agreedPence && p.paidPence > 0,
  };
}

export function toEventView(e: ActionEvent, lens: ViewerLens): EventView {
  return {
    id: e.id,
    at: e.at,
    type: e.type,
    by: lens.personalData ? (e.by?.name ?? null) : null,
    byId: lens.personalData ? (e.by?.id ?? null) : null,
    from: e.fromStatus,
    to: e.toStatus,
    note: lens.personalData ? e.note : null,
    data: lens.personalData ? e.data : null,
  };
}

export function toEvidenceView(e: Evidence): EvidenceView {
  return {
    id: e.id,
    fileName: e.fileName,
    mediaType: e.mediaType,
    sizeBytes: e.sizeBytes,
    sha256: e.sha256,
    note: e.note,
    uploadedBy: e.uploadedBy?.name ?? null,
    createdAt: e.createdAt,
    refusedAt: e.refusedAt,
    downloadUrl: e.storagePath ? `/api/evidence/${e.id}/file` : null,
  };
}

/** An action in a list. Needs serviceArea, owner and document loaded (or references with ids). */
export function toActionSummary(a: TrackedAction, today: LocalDate, lens: ViewerLens): ActionSummaryView {
  const overdue = isOverdue(a, today);
  const due = a.dueDate ? LocalDate.fromDate(a.dueDate) : null;
  const text = lens.personalData ? a.text : redactPersonalData(a.text);
  return {
    id: a.id,
    status: a.status,
    text,
    title: actionTitle(text, a.document.organisation ?? null),
    category: a.category,
    learning: a.learning,
    ombudsmanRemedy: a.ombudsmanRemedy,
    evidenceRequired: a.evidenceRequired,
    serviceAreaId: a.serviceArea.id,
    serviceAreaName: a.serviceArea.name ?? null,
    ownerId: lens.personalData ? (a.owner?.id ?? null) : null,
    ownerName: lens.personalData ? (a.owner?.name ?? null) : null,
    recommendationId: a.recommendation.id,
    documentId: a.document.id,
    documentReference: a.document.reference ?? null,
    startDate: isoDate(a.startDate) as string,
    dueDate: isoDate(a.dueDate),
    originalDueDate: isoDate(a.originalDueDate),
    extended: !!a.dueDate && !!a.originalDueDate && a.dueDate.getTime() !== a.originalDueDate.getTime(),
    overdue,
    daysOverdue: overdue && due ? today.epochDay - due.epochDay : 0,
    completedAt: a.completedAt,
    verifiedAt: a.verifiedAt,
    cancelledAt: a.cancelledAt,
    onTime: onTime(a, today),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}
