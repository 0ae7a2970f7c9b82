import { EntityManager, FilterQuery, QueryOrder, raw } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors';
import { optionalText } from '../../common/input';
import { ProposedRecommendation } from '../entities/recommendation.entity';
import type { AuthUser } from '../../common/access/auth-user';
import type { ExtractionResult } from '../../extraction/types';
import { sqlEm } from '../../common/sql/sql-em';
import { containsText } from '../../common/sql/text-match';
import { expandWithDescendants } from '../../service-areas/service-area-tree';
import { isScopedToServiceAreas } from '../../service-areas/service-area-scope';
import { DocumentActions } from '../document-actions';
import { ServiceArea } from '../../service-areas/entities/service-area.entity';
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

/**
 * What a document list can be narrowed to. `status` is the document's own status or where its review
 * is: queued, processing, processed, failed, needs_review (processed, a proposal undecided), reviewed.
 */
export const LIST_STATUSES = [...DOCUMENT_STATUSES, 'needs_review', 'reviewed'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

/** How a list can be ordered; a leading '-' is newest/largest first. */
export const LIST_SORTS = [
  '-createdAt',
  'createdAt',
  '-decisionDate',
  'decisionDate',
  'reference',
  '-reference',
  'fileName',
  '-fileName',
] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export interface ListFilters {
  status?: unknown;
  documentType?: unknown;
  /** The same as documentType (the query-string name the pages use). */
  type?: unknown;
  /** Documents behind an action of this service area (or an area below it). */
  serviceAreaId?: unknown;
  /** The calendar year of the decision date. */
  year?: unknown;
  /** The Ombudsman's reference (or the case reference), spaces ignored. */
  reference?: unknown;
  sort?: unknown;
  /** Words found in the file name, the decision's reference, the case reference or the organisation (any case). */
  q?: unknown;
  /** The case reference given at upload, exactly. */
  caseReference?: unknown;
  page?: unknown;
  pageSize?: unknown;
}

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Another document about the same case: same Ombudsman reference or same case reference. */
export interface SameCaseDocument {
  id: string;
  fileName: string;
  reference: string | null;
  caseReference: string | null;
  createdAt: Date;
  actions: number;
}

/** What needs an officer: documents waiting for review and their undecided proposals, and failures. */
export interface ReviewQueueSummary {
  needsReview: number;
  undecided: number;
  processing: number;
  failed: number;
}

export interface DocumentPage {
  documents: StoredDocument[];
  total: number;
  page: number;
  pageSize: number;
  /** The review queue's counts, when asked for (`list(..., { withQueue: true })`). */
  queue?: ReviewQueueSummary;
}

/** How many documents there are of one status and review status, and their undecided proposals. */
interface StatusGroup {
  status: string;
  reviewStatus: string | null;
  n: number;
  undecided: number;
}

function queueOf(groups: StatusGroup[]): ReviewQueueSummary {
  const summary: ReviewQueueSummary = { needsReview: 0, undecided: 0, processing: 0, failed: 0 };
  for (const g of groups) {
    if (g.status === 'processed' && g.reviewStatus === 'needs_review') {
      summary.needsReview += g.n;
      summary.undecided += g.undecided;
    } else if (g.status === 'queued' || g.status === 'processing') summary.processing += g.n;
    else if (g.status === 'failed') summary.failed += g.n;
  }
  return summary;
}

/** How many documents a status filter keeps, counted from the groups (null: no status filter). */
function countOf(groups: StatusGroup[], status: ListStatus | null): number {
  return groups
    .filter((g) =>
      status === null
        ? true
        : status === 'needs_review' || status === 'reviewed'
          ? g.status === 'processed' && g.reviewStatus === status
          : g.status === status,
    )
    .reduce((a, g) => a + g.n, 0);
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
  constructor(
    private readonly em: EntityManager,
    private readonly actions: DocumentActions,
  ) {}

  /**
   * May this user open this uploaded document (its details, text and file)? Unscoped roles: yes.
   * A service lead (or a senior officer with a directorate): only when the document has an action
   * owned by one of their service areas. Answer a "no" with 404, as for actions.
   */
  async canSee(user: AuthUser, documentId: string, em: EntityManager = this.em.fork()): Promise<boolean> {
    if (!isScopedToServiceAreas(user)) return true;
    if (!user.serviceAreaIds.length) return false;
    return this.actions.anyInAreas(em, documentId, user.serviceAreaIds);
  }

  async get(id: string, em: EntityManager = this.em.fork()): Promise<StoredDocument> {
    const doc = UUID.test(id) ? await em.findOne(StoredDocument, id) : null;
    if (!doc) throw new DomainError(NO_SUCH_DOCUMENT, 'not_found');
    return doc;
  }

  /**
   * A filtered page of documents. `onlyForServiceAreas` (a scoped user's areas) keeps the documents
   * behind an action of those areas, as `canSee` does for one document. `withQueue`: the review queue's
   * counts as well (the Documents page), from the grouped query that also gives the total when the list
   * is narrowed by status alone: one pass over the documents for both.
   */
  async list(
    filters: ListFilters,
    onlyForServiceAreas: string[] | null = null,
    options: { withQueue?: boolean } = {},
  ): Promise<DocumentPage> {
    const em = this.em.fork();
    const qb = sqlEm(em).createQueryBuilder(StoredDocument, 'd');
    // every column but the lazy ones (the extraction and the document's text: megabytes in a page)
    qb.select(this.listFields(em));
    let narrowed = false;
    if (onlyForServiceAreas) {
      if (!onlyForServiceAreas.length) return { documents: [], total: 0, page: 1, pageSize: 50 };
      qb.andWhere({ id: { $in: this.actions.documentIdsInAreas(em, onlyForServiceAreas) } });
      narrowed = true;
    }
    let status: ListStatus | null = null;
    if (filters.status !== undefined && filters.status !== '') {
      if (!LIST_STATUSES.includes(filters.status as never)) {
        throw unprocessable(`"status" must be one of ${LIST_STATUSES.join(', ')}`, 'status');
      }
      status = filters.status as ListStatus;
      if (status === 'needs_review' || status === 'reviewed') {
        qb.andWhere({ status: 'processed', reviewStatus: status });
      } else qb.andWhere({ status });
    }
    const type = filters.documentType ?? filters.type;
    if (type !== undefined && type !== '') {
      if (!DOCUMENT_TYPES.includes(type as string)) {
        throw unprocessable(`"documentType" must be one of ${DOCUMENT_TYPES.join(', ')}`, 'documentType');
      }
      qb.andWhere({ documentType: type as StoredDocument['documentType'] });
      narrowed = true;
    }
    const caseReference = optionalText(filters.caseReference, 'caseReference', 100);
    if (caseReference) {
      qb.andWhere({ caseReference });
      narrowed = true;
    }
    const reference = optionalText(filters.reference, 'reference', 100);
    if (reference) {
      // "23 017 402", "23017402" and "23-017-402" are the same reference
      const compact = `%${reference.replace(/[\s\-/%_\\]/g, '').toLowerCase()}%`;
      const column = (c: string) => `lower(replace(replace(replace(d.${c}, ' ', ''), '-', ''), '/', ''))`;
      qb.andWhere(`(${column('reference')} like ? or ${column('case_reference')} like ?)`, [
        compact,
        compact,
      ]);
      narrowed = true;
    }
    if (filters.year !== undefined && filters.year !== '') {
      const year = Number(filters.year);
      if (!Number.isInteger(year) || year < 1990 || year > 2100)
        throw unprocessable('"year" must be a year such as 2024', 'year');
      qb.andWhere({
        decisionDate: { $gte: new Date(Date.UTC(year, 0, 1)), $lt: new Date(Date.UTC(year + 1, 0, 1)) },
      });
      narrowed = true;
    }
    if (filters.serviceAreaId !== undefined && filters.serviceAreaId !== '') {
      if (typeof filters.serviceAreaId !== 'string' || !UUID_TEXT.test(filters.serviceAreaId))
        throw unprocessable('"serviceAreaId" must be the id of a service area', 'serviceAreaId');
      const tree = await em.find(ServiceArea, {}, { fields: ['id', 'parent'] });
      const ids = expandWithDescendants(
        [filters.serviceAreaId],
        tree.map((a) => ({ id: a.id, parentId: a.parent?.id ?? null })),
      );
      qb.andWhere({ id: { $in: this.actions.documentIdsInAreas(em, ids) } });
      narrowed = true;
    }
    const q = optionalText(filters.q, 'q', 200);
    if (q) {
      const contains = containsText(em, q);
      qb.andWhere({
        $or: [
          { fileName: contains },
          { reference: contains },
          { caseReference: contains },
          { organisation: contains },
        ],
      });
      narrowed = true;
    }
    const sort = (
      filters.sort === undefined || filters.sort === '' ? '-createdAt' : filters.sort
    ) as ListSort;
    if (!LIST_SORTS.includes(sort))
      throw unprocessable(`"sort" must be one of ${LIST_SORTS.join(', ')}`, 'sort');
    const descending = sort.startsWith('-');
    const page = positiveInt(filters.page, 'page', 1, 1_000_000);
    const pageSize = positiveInt(filters.pageSize, 'pageSize', 50, 200);
    // Missing dates and references go last either way; the id keeps pages stable. The upload time and
    // the file name are never missing, so they are ordered plainly (their index can then give the order).
    const field = sort.replace(/^-/, '');
    const direction =
      field === 'createdAt' || field === 'fileName'
        ? descending
          ? QueryOrder.DESC
          : QueryOrder.ASC
        : descending
          ? QueryOrder.DESC_NULLS_LAST
          : QueryOrder.ASC_NULLS_LAST;
    const groups = options.withQueue || !narrowed ? this.statusGroups() : null;
    const [documents, total, queue] = await Promise.all([
      qb
        .clone()
        .orderBy({ [field]: direction, id: QueryOrder.ASC })
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .getResultList(),
      groups && !narrowed ? groups.then((g) => countOf(g, status)) : qb.clone().getCount('d.id'),
      groups && options.withQueue ? groups.then(queueOf) : undefined,
    ]);
    return { documents, total, page, pageSize, ...(queue ? { queue } : {}) };
  }

  /** The list's columns: every one but the lazy ones. */
  private listFields(em: EntityManager): string[] {
    return em
      .getMetadata()
      .get(StoredDocument)
      .props.filter((p) => !p.lazy && p.persist !== false && (p.kind === 'scalar' || p.kind === 'm:1'))
      .map((p) => `d.${p.name}`);
  }

  /**
   * Other documents about the same case as this one: the same Ombudsman reference (spaces ignored) or
   * the same case reference given at upload, oldest first, with how many actions each has.
   */
  async sameCase(doc: StoredDocument, em: EntityManager = this.em.fork()): Promise<SameCaseDocument[]> {
    const keys: FilterQuery<StoredDocument>[] = [];
    if (doc.reference) keys.push({ reference: doc.reference });
    if (doc.caseReference) keys.push({ caseReference: doc.caseReference });
    if (!keys.length) return [];
    const others = await em.find(
      StoredDocument,
      { id: { $ne: doc.id }, $or: keys },
      { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 20 },
    );
    if (!others.length) return [];
    const actions = await this.actions.countByDocument(
      em,
      others.map((o) => o.id),
    );
    return others.map((o) => ({
      id: o.id,
      fileName: o.fileName,
      reference: o.reference,
      caseReference: o.caseReference,
      createdAt: o.createdAt,
      actions: actions.get(o.id) ?? 0,
    }));
  }

  /** The officer's home: counts of what needs them, in one grouped query over the stored review figures. */
  async reviewQueue(): Promise<ReviewQueueSummary> {
    return queueOf(await this.statusGroups());
  }

  /** The documents by status and review status (one grouped query; an index holds every column it reads). */
  private async statusGroups(): Promise<StatusGroup[]> {
    const rows = await sqlEm(this.em.fork())
      .createQueryBuilder(StoredDocument, 'd')
      .select([
        'd.status',
        'd.review_status',
        raw('count(*) as n'),
        raw('sum(d.review_total - d.review_decided) as undecided'),
      ])
      .groupBy(['d.status', 'd.review_status'])
      .execute<{ status: string; review_status: string; n: number | string; undecided: number | string }[]>(
        'all',
        false,
      );
    return rows.map((r) => ({
      status: r.status,
      reviewStatus: r.review_status,
      n: Number(r.n),
      undecided: Number(r.undecided ?? 0),
    }));
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
