import { Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Append-only audit log: sign-ins, failed sign-ins, role changes, downloads, exports. */
@Entity({ tableName: 'audit_events' })
@Index({ properties: ['at'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'datetime' })
  at: Date & Opt = new Date();

  /** The user who acted, when known (a failed sign-in has only the email tried). */
  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;

  @Property({ type: 'string', length: 320, nullable: true })
  actor: string | null = null;

  @Property({ type: 'string', length: 64 })
  type!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  subjectType: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  subjectId: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;

  @Property({ type: 'json', nullable: true })
  detail: Record<string, unknown> | null = null;
}
