import { Entity, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { CalendarDateType } from '../../platform/database/calendar-date.type';

/**
 * A lease that guards a scheduled job so one instance runs it when several are up:
 * an instance takes the lease with a conditional update, and only for a day not yet done.
 */
@Entity({ tableName: 'scheduled_runs' })
export class ScheduledRun {
  @PrimaryKey({ length: 100 })
  name!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  lockedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: CalendarDateType, nullable: true })
  lastRunOn: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastFinishedAt: Date | null = null;

  @Property({ type: 'json', nullable: true })
  lastSummary: Record<string, unknown> | null = null;

  @Property({ type: 'datetime' })
  updatedAt: Date & Opt = new Date();
}
