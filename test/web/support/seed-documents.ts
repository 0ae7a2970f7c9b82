import { EntityManager } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { ProposedRecommendation } from '../../../src/documents/entities/recommendation.entity';
import { StoredDocument } from '../../../src/documents/entities/document.entity';

const TYPES = ['lgsco_decision', 'housing_ombudsman_decision', 'stage2_report', 'stage3_panel'] as const;
const ORGANISATIONS = ['Fenbury District Council', 'Hartfield Borough Council', 'Wexley County Council'];

/**
 * Inserts `documents` documents with `proposals` proposed recommendations spread over them (a third of
 * the documents fully decided, the rest part decided; one in 50 failed, one in 100 still queued), in bulk:
 * test data for the review queue's page timings only. The database's triggers keep each document's
 * review figures, as they do for ingestion.
 */
export async function seedReviewQueue(
  app: INestApplication,
  documents: number,
  proposals: number,
): Promise<{ documentIds: string[] }> {
  const em = app.get(EntityManager).fork();
  const docRows = Array.from({ length: documents }, (_, i) => {
    const sha = createHash('sha256').update(`queue-doc-${i}-${randomUUID()}`).digest('hex');
    const status = i % 100 === 0 ? 'queued' : i % 50 === 0 ? 'failed' : 'processed';
    return {
      id: randomUUID(),
      sha256: sha,
      fileName: `queue-decision-${i}.${i % 3 ? 'pdf' : 'docx'}`,
      mediaType: 'application/pdf',
      sizeBytes: 1000,
      storagePath: `${sha.slice(0, 2)}/${sha}.pdf`,
      status: status as StoredDocument['status'],
      error: status === 'failed' ? 'The PDF is password-protected' : null,
      attempts: 1,
      documentType: TYPES[i % TYPES.length],
      reference: `${21 + (i % 5)} ${String(i % 1000).padStart(3, '0')} ${String((i * 7) % 1000).padStart(3, '0')}`,
      organisation: ORGANISATIONS[i % ORGANISATIONS.length],
      decisionDate: new Date(Date.UTC(2021 + (i % 5), i % 12, 1 + (i % 28))),
      createdAt: new Date(Date.now() - (i + 10_000) * 60_000),
      processedAt: status === 'queued' ? null : new Date(Date.now() - i * 60_000),
      updatedAt: new Date(),
    };
  });
  for (let i = 0; i < docRows.length; i += 500)
    await em.insertMany(StoredDocument, docRows.slice(i, i + 500));
  const processed = docRows.filter((d) => d.status === 'processed');
  const recRows: Record<string, unknown>[] = [];
  for (let n = 0; n < proposals; n++) {
    const d = processed[n % processed.length];
    const ordinal = Math.floor(n / processed.length);
    const docIndex = n % processed.length;
    const decided = docIndex % 3 === 0 || ordinal % 2 === 1;
    recRows.push({
      id: randomUUID(),
      document: d.id,
      ordinal,
      status: decided ? (ordinal % 3 ? 'rejected' : 'not_accepted') : 'proposed',
      text: `Remind staff of the procedure (${n}).`,
      extractedText: `Remind staff of the procedure (${n}).`,
      category: 'staff_reminder',
      learning: true,
      payments: [],
      evidenceRequired: false,
      spanStart: ordinal * 100,
      spanEnd: ordinal * 100 + 40,
      confidence: 0.9,
      reason: decided ? 'Duplicate' : null,
      possible: false,
      origin: 'extracted',
      createdAt: new Date(),
    });
  }
  for (let i = 0; i < recRows.length; i += 500)
    await em.insertMany(ProposedRecommendation, recRows.slice(i, i + 500) as never[]);
  return { documentIds: docRows.map((d) => d.id) };
}
