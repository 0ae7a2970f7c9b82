import type { ProposedRecommendation } from '../actions/entities/recommendation.entity';
import { redactPersonalData } from '../auth/personal-data';
import type { Deadline, Payment, RecommendationCategory, SourceSpan } from '../extraction/types';
import type { DocumentStatus, StoredDocument } from './entities/document.entity';

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
  pages: number | null;
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
    pages: doc.pages,
    attempts: doc.attempts,
    tries: doc.tries,
    createdAt: doc.createdAt.toISOString(),
    enqueuedAt: iso(doc.enqueuedAt),
    processingStartedAt: iso(doc.processingStartedAt),
    processedAt: iso(doc.processedAt),
  };
}

/** Integer pence in storage; pounds as a number in the contract. */
export const penceToPounds = (pence: number): number => pence / 100;
export const poundsToPence = (pounds: number): number => Math.round(pounds * 100);

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
      payee: personal ? p.payee : p.payee && redactPersonalData(p.payee),
      purpose: p.purpose,
    })),
    deadline:
      rec.deadlineText === null
        ? null
        : {
            text: rec.deadlineText,
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
  };
}
