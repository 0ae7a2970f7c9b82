import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { DomainError } from '../common/errors';
import { isoDate } from '../common/dates';
import { parseInput } from '../common/input';
import { containsText } from '../common/sql/text-match';
import { StoredDocument } from '../documents/entities/document.entity';
import { ServiceArea } from '../service-areas/entities/service-area.entity';
import { laterStage, ombudsmanKey, STAGE_LABELS, stageOfDocument } from './case-stage';
import { CaseStage, ComplaintCase } from '../documents/entities/complaint-case.entity';

export interface CaseSummaryView {
  id: string;
  title: string;
  reference: string | null;
  ombudsmanReference: string | null;
  stage: CaseStage;
  stageLabel: string;
  serviceAreaId: string | null;
  createdAt: Date;
}

export interface CaseStageEntry {
  stage: CaseStage;
  stageLabel: string;
  documentId: string;
  fileName: string;
  documentType: string | null;
  reference: string | null;
  decisionDate: string | null;
}

export interface CaseView extends CaseSummaryView {
  /** The documents of the case in stage order (Stage 1, 2, 3, Ombudsman), then by date. */
  history: CaseStageEntry[];
}

export const newCaseSchema = z
  .object({
    title: z.string().trim().min(1, 'enter a title for the complaint').max(300),
    reference: z.string().trim().min(1).max(100).nullish(),
    ombudsmanReference: z.string().trim().min(1).max(100).nullish(),
    stage: z.enum(['stage1', 'stage2', 'stage3', 'ombudsman']).optional(),
    serviceAreaId: z.string().uuid('choose a service area from the list').nullish(),
  })
  .strict();

export const linkDocumentSchema = z
  .object({
    caseId: z.string().uuid('choose a case from the list').optional(),
    reference: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((v) => !(v.caseId && v.reference), { message: 'give either caseId or reference, not both' });

function toSummary(c: ComplaintCase): CaseSummaryView {
  return {
    id: c.id,
    title: c.title,
    reference: c.reference,
    ombudsmanReference: c.ombudsmanReference,
    stage: c.stage,
    stageLabel: STAGE_LABELS[c.stage as CaseStage],
    serviceAreaId: c.serviceArea?.id ?? null,
    createdAt: c.createdAt,
  };
}

/** Complaints and their stage history; links documents to the complaint they came from. */
@Injectable()
export class CasesService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: { q?: string } = {}, em: EntityManager = this.em.fork()): Promise<CaseSummaryView[]> {
    const q = filter.q?.trim();
    const where = q
      ? {
          $or: [
            { title: containsText(em, q) },
            { reference: containsText(em, q) },
            { ombudsmanReference: containsText(em, q) },
          ],
        }
      : {};
    const rows = await em.find(ComplaintCase, where, { orderBy: { createdAt: 'desc' }, limit: 500 });
    return rows.map(toSummary);
  }

  async get(id: string, em: EntityManager = this.em.fork()): Promise<CaseView> {
    const c = await em.findOne(ComplaintCase, { id });
    if (!c) throw DomainError.notFound('complaint case');
    await this.linkMatchingDocuments(c, em);
    const docs = await em.find(StoredDocument, { complaintCase: c }, { orderBy: { createdAt: 'asc' } });
    const order = ['stage1', 'stage2', 'stage3', 'ombudsman'];
    const history = docs
      .map((d) => ({
        stage: stageOfDocument(d.documentType),
        stageLabel: STAGE_LABELS[stageOfDocument(d.documentType)],
        documentId: d.id,
        fileName: d.fileName,
        documentType: d.documentType,
        reference: d.reference,
        decisionDate: isoDate(d.decisionDate),
      }))
      .sort(
        (a, b) =>
          order.indexOf(a.stage) - order.indexOf(b.stage) ||
          (a.decisionDate ?? '').localeCompare(b.decisionDate ?? ''),
      );
    return { ...toSummary(c), history };
  }

  async create(input: unknown, em: EntityManager = this.em.fork()): Promise<CaseSummaryView> {
    const data = parseInput(newCaseSchema, input, 'complaint case');
    const key = ombudsmanKey(data.ombudsmanReference);
    if (data.ombudsmanReference && !key) {
      throw new DomainError(
        'ombudsmanReference must look like an Ombudsman reference, for example 22 010 680.',
      );
    }
    if (data.reference && (await em.findOne(ComplaintCase, { reference: data.reference }))) {
      throw new DomainError(`A complaint with the reference ${data.reference} already exists.`, 'conflict');
    }
    if (key && (await em.findOne(ComplaintCase, { ombudsmanKey: key }))) {
      throw new DomainError(
        `A complaint with the Ombudsman reference ${data.ombudsmanReference} already exists.`,
        'conflict',
      );
    }
    let serviceArea: ServiceArea | null = null;
    if (data.serviceAreaId) {
      serviceArea = await em.findOne(ServiceArea, { id: data.serviceAreaId });
      if (!serviceArea) throw new DomainError('There is no service area with that id.');
    }
    const c = em.create(ComplaintCase, {
      title: data.title,
      reference: data.reference ?? null,
      ombudsmanReference: data.ombudsmanReference ?? null,
      ombudsmanKey: key,
      stage: data.stage ?? 'stage1',
      serviceArea,
    });
    await em.flush();
    await this.linkMatchingDocuments(c, em);
    return toSummary(c);
  }

  /**
   * Links the documents not yet in any case whose references match this case: the complaint reference
   * given at upload (`caseReference`) or the Ombudsman reference read from the document (any spacing).
   * Runs when a case is recorded and each time it is opened, so documents uploaded later join it.
   * Returns how many were linked.
   */
  async linkMatchingDocuments(c: ComplaintCase, em: EntityManager = this.em.fork()): Promise<number> {
    if (!c.reference && !c.ombudsmanKey) return 0;
    const candidates = await em.find(
      StoredDocument,
      { complaintCase: null, $or: [{ caseReference: { $ne: null } }, { reference: { $ne: null } }] },
      { fields: ['id', 'caseReference', 'reference', 'documentType'] },
    );
    const matches = candidates.filter((d) =>
      [d.caseReference, d.reference].some((ref) => ref && this.referenceMatches(c, ref)),
    );
    if (!matches.length) return 0;
    await em.nativeUpdate(
      StoredDocument,
      { id: { $in: matches.map((d) => d.id) }, complaintCase: null },
      { complaintCase: c.id },
    );
    let stage = c.stage;
    for (const d of matches) stage = laterStage(stage, stageOfDocument(d.documentType));
    if (stage !== c.stage) {
      c.stage = stage;
      await em.flush();
    }
    return matches.length;
  }

  private referenceMatches(c: ComplaintCase, reference: string): boolean {
    const trimmed = reference.trim();
    if (c.reference && trimmed === c.reference) return true;
    const key = ombudsmanKey(trimmed);
    return !!key && key === c.ombudsmanKey;
  }

  /** A case by the council's reference or the Ombudsman's reference (any spacing). */
  async findByReference(
    reference: string,
    em: EntityManager = this.em.fork(),
  ): Promise<ComplaintCase | null> {
    const trimmed = reference.trim();
    const key = ombudsmanKey(trimmed);
    const or: object[] = [{ reference: trimmed }];
    if (key) or.push({ ombudsmanKey: key });
    return em.findOne(ComplaintCase, { $or: or });
  }

  /**
   * Links a document to a case chosen by the officer (`caseId`) or found by reference; the case moves
   * forward to the document's stage. Ingestion may call it with the document's own reference.
   */
  async linkDocument(
    documentId: string,
    input: unknown,
    em: EntityManager = this.em.fork(),
  ): Promise<CaseView> {
    const data = parseInput(linkDocumentSchema, input, 'link');
    const doc = await em.findOne(StoredDocument, { id: documentId });
    if (!doc) throw DomainError.notFound('document');
    let c: ComplaintCase | null = null;
    if (data.caseId) c = await em.findOne(ComplaintCase, { id: data.caseId });
    else if (data.reference) c = await this.findByReference(data.reference, em);
    else {
      for (const ref of [doc.caseReference, doc.reference]) {
        c ??= ref ? await this.findByReference(ref, em) : null;
      }
    }
    if (!c) {
      throw new DomainError(
        data.caseId
          ? 'There is no complaint case with that id.'
          : data.reference
            ? `No complaint has the reference ${data.reference}.`
            : 'No complaint case has this document’s references. Choose the case, or record it first.',
        'not_found',
      );
    }
    doc.complaintCase = c;
    c.stage = laterStage(c.stage, stageOfDocument(doc.documentType));
    await em.flush();
    return this.get(c.id, em);
  }

  /**
   * Finds the case for a processed document by its references (caseReference given at upload, or the
   * Ombudsman reference read from it) and links it; returns null when nothing matches.
   */
  async autoLink(documentId: string, em: EntityManager = this.em.fork()): Promise<CaseView | null> {
    const doc = await em.findOne(StoredDocument, { id: documentId });
    if (!doc || doc.complaintCase) return null;
    for (const ref of [doc.caseReference, doc.reference]) {
      if (!ref) continue;
      const c = await this.findByReference(ref, em);
      if (c) return this.linkDocument(documentId, { caseId: c.id }, em);
    }
    return null;
  }
}
