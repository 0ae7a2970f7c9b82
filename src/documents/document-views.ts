import { redactPersonalData } from '../auth/personal-data';
import type { DocumentStatus, ReviewStatus, StoredDocument } from './entities/document.entity';

export type QueueStatus = 'processing' | 'needs_review' | 'reviewed' | 'failed';

/** Where a document is as a piece of the officer's work. */
export function queueStatusOf(doc: Pick<StoredDocument, 'status' | 'reviewStatus'>): QueueStatus {
  if (doc.status === 'failed') return 'failed';
  if (doc.status !== 'processed') return 'processing';
  return doc.reviewStatus;
}

/** What the API says about a document (GET /api/documents/:id and the list). */
export interface DocumentView {
  id: string;
  status: DocumentStatus;
  error: string | null;
  fileName: string;
  sha256: string;
  mediaType: string;
  sizeBytes: number;
  kind: string | null;
  caseReference: string | null;
  documentType: string | null;
  reference: string | null;
  organisation: string | null;
  decisionDate: string | null;
  finding: string | null;
  faultFound: boolean | null;
  /** Already remedied before the Ombudsman: proposed by processing, or the officer's answer when confirmed. */
  remediedBefore: boolean | null;
  remediedBeforeConfirmed: boolean;
  pages: number | null;
  /** Where the officer's review is: null until processed (and for a failed document). */
  reviewStatus: ReviewStatus | null;
  /** Proposals decided (accepted, rejected, not accepted) of all proposals ("possible" ones not counted). */
  review: { decided: number; total: number };
  /** Where the document is as a piece of work: processing, needs_review, reviewed or failed. */
  queueStatus: QueueStatus;
  /** The officer's answer when another document is about the same case: 'same', 'different' or null. */
  sameCaseAnswer: string | null;
  attempts: number;
  /** Tries of the current processing run. */
  tries: number;
  createdAt: string;
  enqueuedAt: string | null;
  processingStartedAt: string | null;
  processedAt: string | null;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const isoDate = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

export const FILE_NAME_HIDDEN = '[file name hidden]';

/** `personal`: false for scrutiny, who see no personal data (file names often carry names). */
export function toDocumentView(doc: StoredDocument, personal = true): DocumentView {
  return {
    id: doc.id,
    status: doc.status,
    error: doc.error,
    fileName: personal ? doc.fileName : FILE_NAME_HIDDEN,
    sha256: doc.sha256,
    mediaType: doc.mediaType,
    sizeBytes: doc.sizeBytes,
    kind: personal ? doc.kind : doc.kind && redactPersonalData(doc.kind),
    caseReference: personal ? doc.caseReference : null,
    documentType: doc.documentType,
    reference: doc.reference,
    organisation: doc.organisation,
    decisionDate: isoDate(doc.decisionDate),
    finding: doc.finding,
    faultFound: doc.faultFound,
    remediedBefore: doc.remediedBefore,
    remediedBeforeConfirmed: doc.remediedBeforeConfirmedAt !== null,
    pages: doc.pages,
    reviewStatus: doc.status === 'processed' ? doc.reviewStatus : null,
    review: { decided: doc.reviewDecided, total: doc.reviewTotal },
    queueStatus: queueStatusOf(doc),
    sameCaseAnswer: doc.sameCase,
    attempts: doc.attempts,
    tries: doc.tries,
    createdAt: doc.createdAt.toISOString(),
    enqueuedAt: iso(doc.enqueuedAt),
    processingStartedAt: iso(doc.processingStartedAt),
    processedAt: iso(doc.processedAt),
  };
}
