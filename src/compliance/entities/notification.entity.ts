import { Entity, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TrackedAction } from '../../actions/entities/tracked-action.entity';
import { User } from '../../users/entities/user.entity';

export type NotificationKind = 'reminder' | 'escalation' | 'overdue';

/** A reminder, escalation or overdue notice; dedupeKey makes the daily run idempotent. */
@Entity({ tableName: 'notifications' })
@Index({ properties: ['user', 'readAt'] })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @ManyToOne(() => TrackedAction, { nullable: true, deleteRule: 'cascade' })
  action: TrackedAction | null = null;

  @Property({ type: 'string', length: 20 })
  kind!: NotificationKind;

  @Property({ type: 'string', length: 200 })
  @Unique()
  dedupeKey!: string;

  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  emailedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  emailError: string | null = null;
}
