import { Entity, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../users/entities/user.entity';
import type { TrackedAction } from './tracked-action.entity';

export type ActionEventType =
  | 'created'
  | 'transition'
  | 'edited'
  | 'due_date_changed'
  | 'owner_changed'
  | 'evidence_added'
  | 'payment_recorded'
  | 'reminder_sent'
  | 'escalated'
  | 'overdue';

/** One entry in an action's history. Append-only: never updated or deleted. */
@Entity({ tableName: 'action_events' })
@Index({ properties: ['action', 'at'] })
export class ActionEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne('TrackedAction', { deleteRule: 'cascade' })
  action!: TrackedAction;

  @Property({ type: 'datetime' })
  at: Date & Opt = new Date();

  /** Orders events recorded in the same millisecond. */
  @Property({ type: 'integer', default: 0 })
  seq: number & Opt = 0;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  by: User | null = null;

  @Property({ type: 'string', length: 30 })
  type!: ActionEventType;

  @Property({ type: 'string', length: 30, nullable: true })
  fromStatus: string | null = null;

  @Property({ type: 'string', length: 30, nullable: true })
  toStatus: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'json', nullable: true })
  data: Record<string, unknown> | null = null;
}
