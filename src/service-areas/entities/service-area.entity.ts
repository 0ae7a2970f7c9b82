import { Entity, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type ServiceAreaKind = 'directorate' | 'service' | 'team';

/** A part of the council that owns actions: directorate > service > team. */
@Entity({ tableName: 'service_areas' })
@Unique({ properties: ['name', 'parent'] })
export class ServiceArea {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 20 })
  kind!: ServiceAreaKind;

  @ManyToOne(() => ServiceArea, { nullable: true, deleteRule: 'restrict' })
  parent: ServiceArea | null = null;

  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
