import { Entity, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../users/entities/user.entity';
import type { TrackedAction } from './tracked-action.entity';

/** Evidence that an action was done: a file, a note, or both. */
@Entity({ tableName: 'evidence' })
export class Evidence {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne('TrackedAction', { deleteRule: 'cascade' })
  action!: TrackedAction;

  @Property({ type: 'string', length: 255, nullable: true })
  fileName: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  mediaType: string | null = null;

  @Property({ type: 'integer', nullable: true })
  sizeBytes: number | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  sha256: string | null = null;

  /** Relative to UPLOAD_DIR, derived from the hash. */
  @Property({ type: 'string', length: 200, nullable: true })
  storagePath: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** Set when an officer refuses the evidence and sends the action back. */
  @Property({ type: 'datetime', nullable: true })
  refusedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  uploadedBy: User | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
