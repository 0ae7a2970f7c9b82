import type { ProposedRecommendation } from './entities/recommendation.entity';
import { redactPersonalData } from '../auth/personal-data';
import type { Deadline, Payment, RecommendationCategory, SourceSpan } from '../extraction/types';
import { penceToPounds } from '../common/money';
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

export interface RecommendationView {
  id: string;
  status: string;
  ordinal: number;
  text: string;
  extractedText: string;
  category: RecommendationCategory;
  learning: boolean;
  payments: Payment[];
  deadline: Deadline | null;
  evidenceRequired: boolean;
  span: SourceSpan;
  confidence: number;
  actionId: string | null;
  /** The extraction rules that produced it (null: an older result, or added by an officer). */
  rule: string[] | null;
  /** Why it was proposed, in one line (null: an older result). */
  why: string | null;
  /** A weak candidate, shown apart as a "possible action". */
  possible: boolean;
  /** extracted, or added, split or merged by an officer. */
  origin: string;
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

/** Integer pence in storage; pounds as a number in the contract. */

export function toRecommendationView(rec: ProposedRecommendation, personal = true): RecommendationView {
  const text = personal ? rec.text : redactPersonalData(rec.text);
  return {
    id: rec.id,
    status: rec.status,
    ordinal: rec.ordinal,
    text,
    extractedText: personal ? rec.extractedText : redactPersonalData(rec.extractedText),
    category: rec.category,
    learning: rec.learning,
    payments: rec.payments.map((p) => ({
      amount: penceToPounds(p.amountPence),
      // a payee is a person (or "the complainant"): hidden from scrutiny, as on the action views
      payee: personal ? p.payee : null,
      purpose: p.purpose,
    })),
    deadline:
      rec.deadlineText === null
        ? null
        : {
            text: personal ? rec.deadlineText : redactPersonalData(rec.deadlineText),
            within:
              rec.deadlineCount !== null && rec.deadlineUnit !== null
                ? { count: rec.deadlineCount, unit: rec.deadlineUnit }
                : null,
            from: rec.deadlineFrom,
            date: isoDate(rec.deadlineDate),
          },
    evidenceRequired: rec.evidenceRequired,
    span: { start: rec.spanStart, end: rec.spanEnd, page: rec.spanPage },
    confidence: rec.confidence,
    actionId: rec.action?.id ?? null,
    rule: rec.rule ?? null,
    why: rec.why ?? null,
    possible: rec.possible ?? false,
    origin: rec.origin ?? 'extracted',
  };
}
