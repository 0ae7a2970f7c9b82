import { Entity, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { DocumentType, ExtractionResult, Finding } from '../../extraction/types';
import { ComplaintCase } from './complaint-case.entity';
import { CalendarDateType } from '../../platform/database/calendar-date.type';
import { User } from '../../users/entities/user.entity';

export type DocumentStatus = 'queued' | 'processing' | 'processed' | 'failed';
export type ReviewStatus = 'needs_review' | 'reviewed';
export type SameCaseAnswer = 'same' | 'different';

/** An uploaded file, stored once by content hash, and what was extracted from it. */
@Entity({ tableName: 'documents' })
@Index({ properties: ['status', 'enqueuedAt'] })
@Index({ properties: ['createdAt'] })
@Index({ properties: ['reviewStatus', 'createdAt'] })
@Index({ properties: ['reference'] })
@Index({ properties: ['caseReference'] })
@Index({ properties: ['decisionDate'] })
@Index({ properties: ['complaintCase'] })
// the Documents page: its review queue counts read from the index alone, sorting by file name, and the
// type and year filters together
@Index({
  name: 'documents_review_queue_index',
  properties: ['status', 'reviewStatus', 'reviewTotal', 'reviewDecided'],
})
@Index({ properties: ['fileName'] })
@Index({ properties: ['documentType', 'decisionDate'] })
export class StoredDocument {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'string', length: 64 })
  @Unique()
  sha256!: string;

  /** The client's file name, sanitised; never used to build a path. */
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  /** Path relative to UPLOAD_DIR, derived from the hash. */
  @Property({ type: 'string', length: 200 })
  storagePath!: string;

  @Property({ type: 'string', length: 20, default: 'queued' })
  status: DocumentStatus & Opt = 'queued';

  /** Why processing failed, in words an officer understands. */
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  /** Every try ever made (a persist must match the try that claimed it). */
  @Property({ type: 'integer', default: 0 })
  attempts: number & Opt = 0;

  /** Tries of the current processing run (upload or "Process again"): capped, so nothing loops for ever. */
  @Property({ type: 'integer', default: 0 })
  tries: number & Opt = 0;

  /** What the uploader said it is (optional hint). */
  @Property({ type: 'string', length: 50, nullable: true })
  kind: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  caseReference: string | null = null;

  @ManyToOne(() => ComplaintCase, { nullable: true, deleteRule: 'set null' })
  complaintCase: ComplaintCase | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  documentType: DocumentType | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  reference: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  organisation: string | null = null;

  @Property({ type: CalendarDateType, nullable: true })
  decisionDate: Date | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  finding: Finding | null = null;

  /** Whether fault (maladministration, service failure) was found: as extracted, or as the officer corrected it. */
  @Property({ type: 'boolean', nullable: true })
  faultFound: boolean | null = null;

  @Property({ type: 'integer', nullable: true })
  pages: number | null = null;

  /**
   * An Ombudsman decision: the council had already offered a satisfactory remedy before the Ombudsman
   * looked at it (the annual letter's third figure). Proposed by extraction when it says so, set by an
   * officer at review (`remediedBeforeConfirmedAt`); a confirmed answer is never overwritten by processing.
   */
  @Property({ type: 'boolean', nullable: true })
  remediedBefore: boolean | null = null;

  @Property({ type: 'datetime', nullable: true })
  remediedBeforeConfirmedAt: Date | null = null;

  /**
   * The review in figures, kept by the database itself (triggers on \`recommendations\`, see the
   * review_counts migration) so every writer keeps it right and the work queue filters and counts in SQL:
   * proposals (not the "possible" ones), how many are decided, and from that the review status. The
   * application never writes these three.
   */
  @Property({ type: 'integer', default: 0 })
  reviewTotal: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  reviewDecided: number & Opt = 0;

  /** 'needs_review' while a proposal is undecided, else 'reviewed'; only meaningful once processed. */
  @Property({ type: 'string', length: 20, default: 'reviewed' })
  reviewStatus: ReviewStatus & Opt = 'reviewed';

  /** The officer's answer when another document has the same reference: 'same' case or 'different'. */
  @Property({ type: 'string', length: 20, nullable: true })
  sameCase: SameCaseAnswer | null = null;

  @Property({ type: 'json', nullable: true, lazy: true })
  extraction: ExtractionResult | null = null;

  /**
   * The reader's text of the file, which the recommendations' spans index into: stored at ingestion so
   * the review page never parses a file. Null for a document not read (or processed before it existed).
   */
  @Property({ type: 'text', nullable: true, lazy: true })
  sourceText: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  uploadedBy: User | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  /** Outbox: null until the ingest job is on the queue; a sweep enqueues what is left. */
  @Property({ type: 'datetime', nullable: true })
  enqueuedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  processingStartedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  processedAt: Date | null = null;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
