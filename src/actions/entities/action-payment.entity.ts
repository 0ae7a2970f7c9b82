import { Entity, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { PaymentPurpose } from '../../extraction/types';
import { CalendarDateType } from '../../platform/database/calendar-date.type';
import type { TrackedAction } from './tracked-action.entity';

/** A remedy payment on an action: agreed and paid amounts in integer pence. */
@Entity({ tableName: 'action_payments' })
@Index({ properties: ['action'] })
export class ActionPayment {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne('TrackedAction', { deleteRule: 'cascade' })
  action!: TrackedAction;

  @Property({ type: 'string', length: 200, nullable: true })
  payee: string | null = null;

  @Property({ type: 'string', length: 30 })
  purpose!: PaymentPurpose;

  @Property({ type: 'integer' })
  agreedPence!: number;

  @Property({ type: 'integer', default: 0 })
  paidPence: number & Opt = 0;

  @Property({ type: CalendarDateType, nullable: true })
  paidOn: Date | null = null;
}
