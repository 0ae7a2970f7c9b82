import { Entity, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TrackedAction } from '../../actions/entities/tracked-action.entity';
import { User } from '../../users/entities/user.entity';
import type { NoticeKind } from '../notice-rules';
import { NoticeEmail } from './notice-email.entity';

export type NotificationKind = NoticeKind;

/**
 * A notice to one person about an action (or, for an overdue summary, several): the kinds and who gets
 * them are in notice-rules.ts. The unique dedupeKey makes each fire once, whichever process or run
 * creates it.
 */
@Entity({ tableName: 'notifications' })
@Index({ properties: ['user', 'readAt'] })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @ManyToOne(() => TrackedAction, { nullable: true, deleteRule: 'cascade' })
  action: TrackedAction | null = null;

  @Property({ type: 'string', length: 40 })
  kind!: NotificationKind;

  @Property({ type: 'string', length: 200 })
  @Unique()
  dedupeKey!: string;

  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  /** Where it leads in the app (a path such as /actions/ID); emails make it a full link from PUBLIC_URL. */
  @Property({ type: 'string', length: 300, nullable: true })
  link: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;

  /**
   * The email that carries it (its sentAt is when it was emailed). No foreign key: thousands of notices
   * are written at once and a check per row would cost more than it guards (emails are never deleted;
   * a notice whose email is missing counts as not yet emailed, so it is sent again, never lost).
   */
  @ManyToOne(() => NoticeEmail, { nullable: true, createForeignKeyConstraint: false })
  email: NoticeEmail | null = null;
}
