import { EntityManager, FilterQuery, raw } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors';
import { ProposedRecommendation } from '../../actions/entities/recommendation.entity';
import { TrackedAction } from '../../actions/entities/tracked-action.entity';
import type { ExtractionResult } from '../../extraction/types';
import { sqlEm } from '../../common/sql/sql-em';
import { containsText } from '../../common/sql/text-match';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../status';
import { StoredDocument } from '../entities/document.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOCUMENT_TYPES = [
  'lgsco_decision',
  'housing_ombudsman_decision',
  'stage2_report',
  'stage3_panel',
  'annual_report',
  'unknown',
];

export const NO_SUCH_DOCUMENT = 'There is no document with this id';

export interface ListFilters {
  status?: unknown;
  documentType?: unknown;
  /** Words found in the file name, the decision's reference or the case reference (any case). */
  q?: unknown;
  /** The case reference given at upload, exactly. */
  caseReference?: unknown;
  page?: unknown;
  pageSize?: unknown;
}

function optionalText(value: unknown, name: string, max: number): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw unprocessable(`Give "${name}" once, as text`, name);
  const text = value.trim();
  if (text.length > max) throw unprocessable(`"${name}" is too long: at most ${max} characters`, name);
  return text || null;
}

export interface DocumentPage {
  documents: StoredDocument[];
  total: number;
  page: number;
  pageSize: number;
}

function unprocessable(message: string, field: string): DomainError {
  return new DomainError(message, 'unprocessable', field);
}

function positiveInt(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw unprocessable(`"${name}" must be a whole number from 1 to ${max}`, name);
  return n;
}

/**
 * Reading documents: one, a filtered page of them, the stored extraction and text, the proposed
 * recommendations.
 */
@Injectable()
export class DocumentQueries {
  constructor(private readonly em: EntityManager) {}

  async get(id: string, em: EntityManager = this.em.fork()): Promise<StoredDocument> {
    const doc = UUID.test(id) ? await em.findOne(StoredDocument, id) : null;
    if (!doc) throw new DomainError(NO_SUCH_DOCUMENT, 'not_found');
    return doc;
  }

  /**
   * A filtered page of documents. `onlyForServiceAreas` (a scoped user's areas) keeps the documents
   * behind an action of those areas, as `AccessScope.canSeeDocument` does for one document.
   */
  async list(filters: ListFilters, onlyForServiceAreas: string[] | null = null): Promise<DocumentPage> {
    const where: FilterQuery<StoredDocument> = {};
    if (onlyForServiceAreas) {
      const actions = onlyForServiceAreas.length
        ? await this.em
            .fork()
            .find(TrackedAction, { serviceArea: { $in: onlyForServiceAreas } }, { fields: ['document'] })
        : [];
      where.id = { $in: [...new Set(actions.map((a) => a.document.id))] };
    }
    if (filters.status !== undefined) {
      if (!DOCUMENT_STATUSES.includes(filters.status as never)) {
        throw unprocessable(`"status" must be one of ${DOCUMENT_STATUSES.join(', ')}`, 'status');
      }
      where.status = filters.status as StoredDocument['status'];
    }
    if (filters.documentType !== undefined) {
      if (!DOCUMENT_TYPES.includes(filters.documentType as string)) {
        throw unprocessable(`"documentType" must be one of ${DOCUMENT_TYPES.join(', ')}`, 'documentType');
      }
      where.documentType = filters.documentType as StoredDocument['documentType'];
    }
    const em = this.em.fork();
    const caseReference = optionalText(filters.caseReference, 'caseReference', 100);
    if (caseReference) where.caseReference = caseReference;
    const q = optionalText(filters.q, 'q', 200);
    if (q) {
      const contains = containsText(em, q);
      where.$or = [{ fileName: contains }, { reference: contains }, { caseReference: contains }];
    }
    const page = positiveInt(filters.page, 'page', 1, 1_000_000);
    const pageSize = positiveInt(filters.pageSize, 'pageSize', 50, 200);
    const [documents, total] = await em.findAndCount(StoredDocument, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { documents, total, page, pageSize };
  }

  /** How many documents are in each status: one grouped query (upload progress, bench:ingest). */
  async statusCounts(): Promise<Record<DocumentStatus, number>> {
    const rows = await sqlEm(this.em.fork())
      .createQueryBuilder(StoredDocument, 'd')
      .select(['d.status', raw('count(*) as n')])
      .groupBy('d.status')
      .execute<{ status: string; n: number | string }[]>('all', false);
    const counts = Object.fromEntries(DOCUMENT_STATUSES.map((s) => [s, 0])) as Record<DocumentStatus, number>;
    for (const row of rows)
      if ((DOCUMENT_STATUSES as readonly string[]).includes(row.status))
        counts[row.status as DocumentStatus] = Number(row.n);
    return counts;
  }

  async extraction(id: string): Promise<ExtractionResult> {
    const em = this.em.fork();
    await this.get(id, em);
    const doc = await em.findOneOrFail(StoredDocument, id, { populate: ['extraction'] });
    if (!doc.extraction) {
      throw new DomainError(`This document has not been processed yet (it is ${doc.status})`, 'conflict');
    }
    return doc.extraction;
  }

  /**
   * The reader's text stored at ingestion (what the recommendations' spans index into), or null: not
   * read, or processed before the text was stored. Only that column is loaded (it can be megabytes).
   */
  async sourceText(id: string): Promise<string | null> {
    const doc = await this.em
      .fork()
      .findOne(StoredDocument, id, { fields: ['sourceText'], populate: ['sourceText'] });
    return doc?.sourceText ?? null;
  }

  async recommendations(id: string): Promise<ProposedRecommendation[]> {
    const em = this.em.fork();
    await this.get(id, em);
    return em.find(
      ProposedRecommendation,
      { document: id },
      { populate: ['action'], orderBy: { ordinal: 'asc' } },
    );
  }
}
