import { EntityManager } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { ActionEvent } from '../../../src/actions/entities/action-event.entity';
import { ActionPayment } from '../../../src/actions/entities/action-payment.entity';
import { ProposedRecommendation } from '../../../src/documents/entities/recommendation.entity';
import { TrackedAction } from '../../../src/actions/entities/tracked-action.entity';
import { StoredDocument } from '../../../src/documents/entities/document.entity';
import { ServiceArea } from '../../../src/service-areas/entities/service-area.entity';

const CATEGORIES = [
  'apology',
  'payment',
  'procedure_review',
  'staff_training',
  'staff_reminder',
  'policy_change',
];
const STATUSES = ['open', 'open', 'in_progress', 'completed', 'verified', 'cancelled'] as const;
const TEXTS = [
  'Review how the service tells people in writing what they may have to pay before care starts.',
  'Remind staff in the assessment team to send outcomes in writing within ten working days.',
  'Apologise to the complainant for the delay in completing the assessment.',
  'Train housing officers on recording repair requests and keeping the tenant informed.',
  'Pay the complainant for the distress caused by the delay.',
  'Audit other cases from the last year that may have been affected by the same fault.',
];

export interface SeedResult {
  serviceAreaIds: string[];
  documentIds: string[];
  actionIds: string[];
}

function day(offsetDays: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offsetDays));
}

/**
 * Inserts `count` tracked actions (with their documents, recommendations, payments and a history
 * event each) straight into the database, in bulk: test data for page timings only.
 */
export async function seedManyActions(app: INestApplication, count: number, areas = 20): Promise<SeedResult> {
  const em = app.get(EntityManager).fork();
  const areaRows = Array.from({ length: areas }, (_, i) => ({
    id: randomUUID(),
    name: `Service ${String(i + 1).padStart(2, '0')}`,
    kind: 'service' as const,
    parent: null,
    active: true,
    createdAt: new Date(),
  }));
  await em.insertMany(ServiceArea, areaRows);
  const perDocument = 4;
  const documents = Math.ceil(count / perDocument);
  const docRows = Array.from({ length: documents }, (_, i) => {
    const sha = createHash('sha256').update(`seed-doc-${i}-${randomUUID()}`).digest('hex');
    return {
      id: randomUUID(),
      sha256: sha,
      fileName: `decision-${i}.pdf`,
      mediaType: 'application/pdf',
      sizeBytes: 1000,
      storagePath: `${sha.slice(0, 2)}/${sha}.pdf`,
      status: 'processed' as const,
      attempts: 1,
      documentType: 'lgsco_decision' as const,
      reference: `${20 + (i % 5)} ${String(100 + (i % 900)).padStart(3, '0')} ${String(i % 1000).padStart(3, '0')}`,
      decisionDate: day(-((i * 7) % 1400)),
      createdAt: new Date(Date.now() - i * 60_000),
      processedAt: new Date(Date.now() - i * 60_000),
      updatedAt: new Date(),
    };
  });
  for (let i = 0; i < docRows.length; i += 500)
    await em.insertMany(StoredDocument, docRows.slice(i, i + 500));

  const recRows: Record<string, unknown>[] = [];
  const actionRows: Record<string, unknown>[] = [];
  const paymentRows: Record<string, unknown>[] = [];
  const eventRows: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const doc = docRows[Math.floor(i / perDocument)];
    const category = CATEGORIES[i % CATEGORIES.length];
    const learning = !['apology', 'payment'].includes(category);
    const text = TEXTS[i % TEXTS.length];
    const recId = randomUUID();
    const actionId = randomUUID();
    const status = STATUSES[i % STATUSES.length];
    const start = day(-((i * 3) % 1400));
    const due = day(-((i * 3) % 1400) + 30 + (i % 60));
    recRows.push({
      id: recId,
      document: doc.id,
      ordinal: i % perDocument,
      status: 'accepted',
      text,
      extractedText: text,
      category,
      learning,
      payments: [],
      evidenceRequired: i % 2 === 0,
      spanStart: 0,
      spanEnd: 10,
      confidence: 0.9,
      createdAt: new Date(),
    });
    const done = status === 'completed' || status === 'verified';
    actionRows.push({
      id: actionId,
      recommendation: recId,
      document: doc.id,
      serviceArea: areaRows[i % areas].id,
      owner: null,
      text,
      category,
      learning,
      ombudsmanRemedy: true,
      evidenceRequired: i % 2 === 0,
      status,
      startDate: start,
      dueDate: due,
      originalDueDate: due,
      completedAt: done ? new Date(due.getTime() + ((i % 5) - 2) * 86_400_000) : null,
      verifiedAt: status === 'verified' ? new Date(due.getTime() + 86_400_000) : null,
      cancelledAt: status === 'cancelled' ? new Date() : null,
      cancelReason: status === 'cancelled' ? 'Duplicate of another action' : null,
      version: 1,
      createdAt: new Date(start),
      updatedAt: new Date(),
    });
    if (category === 'payment') {
      paymentRows.push({
        id: randomUUID(),
        action: actionId,
        payee: null,
        purpose: 'distress',
        agreedPence: 10_000 + (i % 40) * 2_500,
        paidPence: done ? 10_000 + (i % 40) * 2_500 : 0,
        paidOn: done ? due : null,
      });
    }
    eventRows.push({
      id: randomUUID(),
      action: actionId,
      at: new Date(start),
      seq: 0,
      by: null,
      type: 'created',
      fromStatus: null,
      toStatus: 'open',
      note: null,
      data: null,
    });
  }
  const insert = async (entity: unknown, rows: Record<string, unknown>[]) => {
    for (let i = 0; i < rows.length; i += 500) {
      await em.insertMany(entity as typeof TrackedAction, rows.slice(i, i + 500) as never[]);
    }
  };
  await insert(ProposedRecommendation, recRows);
  await insert(TrackedAction, actionRows);
  await insert(ActionPayment, paymentRows);
  await insert(ActionEvent, eventRows);
  return {
    serviceAreaIds: areaRows.map((a) => a.id),
    documentIds: docRows.map((d) => d.id),
    actionIds: actionRows.map((a) => a.id as string),
  };
}
