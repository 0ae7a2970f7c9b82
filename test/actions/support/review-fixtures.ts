import { EntityManager } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import {
  ProposedPayment,
  ProposedRecommendation,
} from '../../../src/documents/entities/recommendation.entity';
import { StoredDocument } from '../../../src/documents/entities/document.entity';
import type { DocumentType, RecommendationCategory } from '../../../src/extraction/types';

type HasApp = INestApplication | { app: INestApplication };
const nest = (a: HasApp): INestApplication => ('app' in a ? a.app : a);

export interface ProposedInput {
  text: string;
  category?: RecommendationCategory;
  learning?: boolean;
  evidenceRequired?: boolean;
  payments?: ProposedPayment[];
  deadlineDate?: string | null;
  /** The deadline as printed (default: made from `within`). */
  deadlineText?: string;
  within?: { count: number; unit: 'days' | 'working_days' | 'weeks' | 'months' } | null;
  possible?: boolean;
  why?: string | null;
  rule?: string[] | null;
}

export interface DocumentInput {
  documentType?: DocumentType;
  reference?: string | null;
  decisionDate?: string | null;
  fileName?: string;
  organisation?: string | null;
  caseReference?: string | null;
  sourceText?: string | null;
  recommendations: ProposedInput[];
}

/**
 * A processed document with proposed recommendations, inserted directly (as ingestion would leave it),
 * for tests of the review and tracking steps that do not need a real upload.
 */
export async function insertProcessedDocument(
  app: HasApp,
  input: DocumentInput,
): Promise<{ documentId: string; recommendationIds: string[] }> {
  const em = nest(app).get(EntityManager).fork();
  const sha256 = createHash('sha256').update(randomBytes(16)).digest('hex');
  const doc = em.create(StoredDocument, {
    sha256,
    fileName: input.fileName ?? 'decision.pdf',
    organisation: input.organisation ?? null,
    caseReference: input.caseReference ?? null,
    sourceText: input.sourceText ?? null,
    mediaType: 'application/pdf',
    sizeBytes: 1000,
    storagePath: `${sha256.slice(0, 2)}/${sha256}.pdf`,
    status: 'processed',
    documentType: input.documentType ?? 'lgsco_decision',
    reference: input.reference ?? null,
    decisionDate: input.decisionDate ? new Date(`${input.decisionDate}T00:00:00Z`) : null,
    processedAt: new Date(),
  });
  const recs = input.recommendations.map((r, i) =>
    em.create(ProposedRecommendation, {
      document: doc,
      ordinal: i,
      text: r.text,
      extractedText: r.text,
      category: r.category ?? 'other',
      learning: r.learning ?? false,
      payments: r.payments ?? [],
      deadlineText: r.deadlineText ?? (r.within ? `within ${r.within.count} ${r.within.unit}` : null),
      deadlineCount: r.within?.count ?? null,
      deadlineUnit: r.within?.unit ?? null,
      deadlineFrom: r.within ? 'final_decision' : null,
      deadlineDate: r.deadlineDate ? new Date(`${r.deadlineDate}T00:00:00Z`) : null,
      evidenceRequired: r.evidenceRequired ?? false,
      spanStart: i * 100,
      spanEnd: i * 100 + r.text.length,
      spanPage: 1,
      confidence: 0.9,
      possible: r.possible ?? false,
      why: r.why ?? null,
      rule: r.rule ?? null,
    }),
  );
  await em.flush();
  return { documentId: doc.id, recommendationIds: recs.map((r) => r.id) };
}
