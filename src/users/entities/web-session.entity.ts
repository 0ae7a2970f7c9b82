import { Entity, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

/** A signed-in browser session. The id is the SHA-256 of the cookie value. */
@Entity({ tableName: 'web_sessions' })
export class WebSession {
  @PrimaryKey({ length: 64 })
  id!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 64, hidden: true })
  csrfToken!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  lastSeenAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
