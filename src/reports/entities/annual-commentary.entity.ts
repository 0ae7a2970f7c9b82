import { Entity, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../users/entities/user.entity';

/** The complaints officer's commentary for one annual report period (e.g. "2024-25", "2024"). */
@Entity({ tableName: 'annual_commentaries' })
export class AnnualCommentary {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  /** The period's key: `ombudsman-2024` (1 April 2024 to 31 March 2025) or `calendar-2024`. */
  @Property({ type: 'string', length: 20 })
  @Unique()
  period!: string;

  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  updatedBy: User | null = null;

  @Property({ type: 'datetime' })
  updatedAt: Date & Opt = new Date();
}
