import { Entity, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../users/entities/user.entity';

/**
 * One email to one person (sent at once, or their daily digest), recorded once for all the notices it
 * carries: each notice points at its email (Notification.email), so sending marks one row here, not
 * every notice. Not yet sent (sentAt null, with the server's error when it refused) means its notices
 * are still owed, and the next digest carries them.
 */
@Entity({ tableName: 'notice_emails' })
export class NoticeEmail {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 20 })
  kind!: 'immediate' | 'digest';

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}
