import { Entity, Index, ManyToOne, OneToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type {
  DeadlineFrom,
  DeadlineUnit,
  PaymentPurpose,
  RecommendationCategory,
} from '../../extraction/types';
import { StoredDocument } from './document.entity';
import { CalendarDateType } from '../../platform/database/calendar-date.type';
import { User } from '../../users/entities/user.entity';

export type RecommendationStatus = 'proposed' | 'accepted' | 'rejected' | 'not_accepted';
export type RecommendationOrigin = 'extracted' | 'added' | 'split' | 'merged';

/** A payment as proposed by extraction or edited by an officer: integer pence. */
export interface ProposedPayment {
  amountPence: number;
  payee: string | null;
  purpose: PaymentPurpose;
  /** Where extraction found the amount (none when an officer entered it, or on older results). */
  span?: { start: number; end: number; page: number | null } | null;
  /** The money rules that counted it, deciding one first (extraction only). */
  rule?: string[] | null;
  /** Why extraction proposed this amount as a remedy payment, in one line (extraction only). */
  why?: string | null;
}

/**
 * The tracked action made from an accepted recommendation, as documents see it: its id. The actions
 * module owns TrackedAction, which holds the foreign key (this side has no column); to read more of
 * the action, query TrackedAction by its recommendation.
 */
export interface RecommendationAction {
  id: string;
}

/** A recommendation proposed by extraction, waiting for (or after) an officer's review. */
@Entity({ tableName: 'recommendations' })
@Index({ properties: ['document', 'ordinal'] })
// the answers to a report's recommendations, read from the index alone (the annual report's Stage 2/3)
@Index({ properties: ['document', 'status'] })
export class ProposedRecommendation {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => StoredDocument, { deleteRule: 'cascade' })
  document!: StoredDocument;

  /** Position in the document (0-based). */
  @Property({ type: 'integer' })
  ordinal!: number;

  @Property({ type: 'string', length: 20, default: 'proposed' })
  status: RecommendationStatus & Opt = 'proposed';

  @Property({ type: 'text' })
  text!: string;

  /** The text as extracted, kept when an officer edits it. */
  @Property({ type: 'text' })
  extractedText!: string;

  @Property({ type: 'string', length: 40 })
  category!: RecommendationCategory;

  @Property({ type: 'boolean' })
  learning!: boolean;

  @Property({ type: 'json' })
  payments: ProposedPayment[] & Opt = [];

  @Property({ type: 'text', nullable: true })
  deadlineText: string | null = null;

  @Property({ type: 'integer', nullable: true })
  deadlineCount: number | null = null;

  @Property({ type: 'string', length: 20, nullable: true })
  deadlineUnit: DeadlineUnit | null = null;

  @Property({ type: 'string', length: 20, nullable: true })
  deadlineFrom: DeadlineFrom | null = null;

  @Property({ type: CalendarDateType, nullable: true })
  deadlineDate: Date | null = null;

  @Property({ type: 'boolean', default: false })
  evidenceRequired: boolean & Opt = false;

  @Property({ type: 'integer' })
  spanStart!: number;

  @Property({ type: 'integer' })
  spanEnd!: number;

  @Property({ type: 'integer', nullable: true })
  spanPage: number | null = null;

  @Property({ type: 'double' })
  confidence!: number;

  /** The extraction rules that produced it, most decisive first (older results have none). */
  @Property({ type: 'json', nullable: true })
  rule: string[] | null = null;

  /** Why it was proposed, in one line an officer understands (older results have none). */
  @Property({ type: 'text', nullable: true })
  why: string | null = null;

  /** A weak candidate, shown apart as a "possible action"; not counted as a proposal to decide. */
  @Property({ type: 'boolean', default: false })
  possible: boolean & Opt = false;

  /** Where it came from: the extraction, or the officer (added, split from or merged with others). */
  @Property({ type: 'string', length: 20, default: 'extracted' })
  origin: RecommendationOrigin & Opt = 'extracted';

  /** Why it was rejected, or why the council did not accept it (Stage 2/3: statutory). */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  reviewedBy: User | null = null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  @OneToOne('TrackedAction', 'recommendation', { nullable: true })
  action: RecommendationAction | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
