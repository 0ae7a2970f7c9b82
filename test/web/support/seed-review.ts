import { EntityManager } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { ProposedRecommendation } from '../../../src/documents/entities/recommendation.entity';
import { StoredDocument } from '../../../src/documents/entities/document.entity';

export interface ReviewSeed {
  documentId: string;
  recommendationIds: string[];
}

/**
 * A processed Stage 2 report with three proposed recommendations (one with a payment, as extraction
 * found it with its rule and why, and a time limit), inserted straight into the database: for the review page's edit and decision forms. It has
 * no stored text, so the page shows that the text is not available. `confidences` (in document
 * order) default to 0.9 each.
 */
export async function seedStage2Review(
  app: INestApplication,
  options: { confidences?: number[] } = {},
): Promise<ReviewSeed> {
  const em = app.get(EntityManager).fork();
  const sha = createHash('sha256').update(`stage2-${randomUUID()}`).digest('hex');
  const doc = em.create(StoredDocument, {
    sha256: sha,
    fileName: 'stage 2 report.docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sizeBytes: 2000,
    storagePath: `${sha.slice(0, 2)}/${sha}.docx`,
    status: 'processed',
    attempts: 1,
    documentType: 'stage2_report',
    reference: 'S2-2025-041',
    decisionDate: new Date(Date.UTC(2025, 5, 2)),
    processedAt: new Date(),
  } as never);
  const texts = [
    'The Council should apologise to Mr T and pay him £150 for his time and trouble within one month.',
    'Children’s services should remind social workers to record every visit on the day.',
    'The Council should review its policy on charging for respite care.',
  ];
  const recs = texts.map((text, i) =>
    em.create(ProposedRecommendation, {
      document: doc,
      ordinal: i,
      text,
      extractedText: text,
      category: i === 0 ? 'apology' : i === 1 ? 'staff_reminder' : 'policy_change',
      learning: i !== 0,
      payments:
        i === 0
          ? [
              {
                amountPence: 15_000,
                payee: 'Mr T',
                purpose: 'time_and_trouble',
                span: { start: 45, end: 49, page: 1 },
                rule: ['payment.remedy'],
                why: 'remedy payment (payment wording next to the amount)',
              },
            ]
          : [],
      deadlineText: i === 0 ? 'within one month' : null,
      deadlineCount: i === 0 ? 1 : null,
      deadlineUnit: i === 0 ? 'months' : null,
      deadlineFrom: i === 0 ? 'report' : null,
      spanStart: 0,
      spanEnd: 10,
      confidence: options.confidences?.[i] ?? 0.9,
    } as never),
  );
  await em.flush();
  return { documentId: doc.id, recommendationIds: recs.map((r) => r.id) };
}
