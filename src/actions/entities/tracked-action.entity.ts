import {
  Collection,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  OneToOne,
  Opt,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { RecommendationCategory } from '../../extraction/types';
import { StoredDocument } from '../../documents/entities/document.entity';
import { CalendarDateType } from '../../platform/database/calendar-date.type';
import { ServiceArea } from '../../service-areas/entities/service-area.entity';
import { User } from '../../users/entities/user.entity';
import { londonDay } from '../../common/dates';
import { ActionEvent } from './action-event.entity';
import { ActionPayment } from './action-payment.entity';
import { Evidence } from './evidence.entity';
import { ProposedRecommendation } from '../../documents/entities/recommendation.entity';

export type ActionStatus = 'open' | 'in_progress' | 'completed' | 'verified' | 'cancelled';

/** An accepted recommendation being tracked to completion. */
@Entity({ tableName: 'actions' })
@Index({ properties: ['status', 'dueDate'] })
@Index({ properties: ['serviceArea', 'status'] })
@Index({ properties: ['startDate'] })
@Index({ properties: ['document'] })
// a decision's remedies and their compliance, read from the index alone (the annual report's cases)
@Index({
  name: 'actions_document_compliance_index',
  properties: ['document', 'ombudsmanRemedy', 'status', 'originalDueDate', 'dueDate', 'completedOn'],
})
export class TrackedAction {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @OneToOne(() => ProposedRecommendation, { owner: true, unique: true, deleteRule: 'restrict' })
  recommendation!: ProposedRecommendation;

  @ManyToOne(() => StoredDocument, { deleteRule: 'restrict' })
  document!: StoredDocument;

  @ManyToOne(() => ServiceArea, { deleteRule: 'restrict' })
  serviceArea!: ServiceArea;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  owner: User | null = null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'string', length: 40 })
  category!: RecommendationCategory;

  @Property({ type: 'boolean' })
  learning!: boolean;

  /** An Ombudsman remedy counts in the compliance figure the Ombudsman publishes. */
  @Property({ type: 'boolean', default: false })
  ombudsmanRemedy: boolean & Opt = false;

  @Property({ type: 'boolean', default: false })
  evidenceRequired: boolean & Opt = false;

  @Property({ type: 'string', length: 20, default: 'open' })
  status: ActionStatus & Opt = 'open';

  /** When the clock started: the decision or report date, else the day it was accepted. */
  @Property({ type: CalendarDateType })
  startDate!: Date;

  @Property({ type: CalendarDateType, nullable: true })
  dueDate: Date | null = null;

  /** The first agreed due date: compliance is measured against it. */
  @Property({ type: CalendarDateType, nullable: true })
  originalDueDate: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  /**
   * The day in England `completedAt` falls on, kept with it on every insert and update, so the annual
   * report compares completion with the original due date as dates in SQL on both databases.
   */
  @Property({
    type: CalendarDateType,
    nullable: true,
    onCreate: (a: TrackedAction) => completedDay(a.completedAt),
    onUpdate: (a: TrackedAction) => completedDay(a.completedAt),
  })
  completedOn: (Date & Opt) | null = null;

  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  reminderSentAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  escalatedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  overdueFlaggedAt: Date | null = null;

  @OneToMany(() => ActionEvent, (e) => e.action, { orderBy: { at: 'asc', seq: 'asc' } })
  events = new Collection<ActionEvent>(this);

  @OneToMany(() => Evidence, (e) => e.action)
  evidence = new Collection<Evidence>(this);

  @OneToMany(() => ActionPayment, (p) => p.action)
  payments = new Collection<ActionPayment>(this);

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** The London calendar day of a completion, as a Date at UTC midnight (the CalendarDateType form). */
function completedDay(at: Date | null): Date | null {
  return at ? londonDay(at).toDate() : null;
}
