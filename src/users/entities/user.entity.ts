import { Collection, Entity, ManyToMany, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ServiceArea } from '../../service-areas/entities/service-area.entity';

export const ROLES = ['admin', 'officer', 'service_lead', 'senior_officer', 'scrutiny'] as const;
export type Role = (typeof ROLES)[number];

@Entity({ tableName: 'users' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'string', length: 320 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 20 })
  role!: Role;

  /** argon2id hash; null for users who only use API tokens. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash: string | null = null;

  /** For service leads: the service areas whose actions they see and change. */
  @ManyToMany(() => ServiceArea, undefined, { pivotTable: 'user_service_areas' })
  serviceAreas = new Collection<ServiceArea>(this);

  @Property({ type: 'integer', default: 0 })
  failedSignIns: number & Opt = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  /** Demo users exist only in the embedded demo; never in production. */
  @Property({ type: 'boolean', default: false })
  demo: boolean & Opt = false;

  /** Notification emails only in the daily digest (no immediate assignment or escalation emails). */
  @Property({ type: 'boolean', default: false })
  notifyDigestOnly: boolean & Opt = false;

  @Property({ type: 'datetime', nullable: true })
  lastSignInAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
