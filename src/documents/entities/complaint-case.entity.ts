import { Entity, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ServiceArea } from '../../service-areas/entities/service-area.entity';

export type CaseStage = 'stage1' | 'stage2' | 'stage3' | 'ombudsman';

/**
 * A complaint, followed through its stages (Stage 1, Stage 2, Stage 3, Ombudsman). Documents
 * belong to a case, found by the council's or the Ombudsman's reference or chosen by an officer.
 */
@Entity({ tableName: 'cases' })
export class ComplaintCase {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  /** The council's own complaint reference. */
  @Property({ type: 'string', length: 100, nullable: true })
  @Unique()
  reference: string | null = null;

  /** The Ombudsman's reference, e.g. "22 010 680", normalised without spaces in `ombudsmanKey`. */
  @Property({ type: 'string', length: 100, nullable: true })
  ombudsmanReference: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Unique()
  ombudsmanKey: string | null = null;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'string', length: 20, default: 'stage1' })
  stage: CaseStage & Opt = 'stage1';

  @ManyToOne(() => ServiceArea, { nullable: true, deleteRule: 'set null' })
  serviceArea: ServiceArea | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
