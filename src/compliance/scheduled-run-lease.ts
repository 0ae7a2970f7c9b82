import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { LocalDate } from '../calendar';
import { ScheduledRun } from './entities/scheduled-run.entity';
import { sqlEm } from '../common/sql/sql-em';

export interface LeaseState {
  name: string;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastRunOn: string | null;
  lastFinishedAt: Date | null;
  lastSummary: Record<string, unknown> | null;
}

/**
 * The ScheduledRun lease: one instance at a time runs a scheduled job, whatever the number of web and
 * worker processes. Taking it is one conditional UPDATE (free or expired lock, and for the daily run only
 * when today's run is not done yet), so two instances racing for it cannot both win.
 */
@Injectable()
export class ScheduledRunLease {
  constructor(private readonly em: EntityManager) {}

  async tryAcquire(
    name: string,
    holder: string,
    today: LocalDate,
    leaseMs: number,
    options: { evenIfDoneToday: boolean },
  ): Promise<boolean> {
    const em = this.em.fork();
    const now = new Date();
    await sqlEm(em)
      .createQueryBuilder(ScheduledRun)
      .insert({
        name,
        lockedBy: null,
        lockedUntil: null,
        lastRunOn: null,
        lastFinishedAt: null,
        lastSummary: null,
        updatedAt: now,
      })
      .onConflict('name')
      .ignore()
      .execute();
    const free = { $or: [{ lockedUntil: null }, { lockedUntil: { $lt: now } }] };
    const notDone = { $or: [{ lastRunOn: null }, { lastRunOn: { $lt: today.toDate() } }] };
    const where = options.evenIfDoneToday ? { name, ...free } : { name, $and: [free, notDone] };
    const taken = await em.nativeUpdate(ScheduledRun, where, {
      lockedBy: holder,
      lockedUntil: new Date(now.getTime() + leaseMs),
      updatedAt: now,
    });
    return taken === 1;
  }

  /** Gives the lease back; `finishedDay` records the day as done (not set when the run failed). */
  async release(
    name: string,
    holder: string,
    finishedDay: LocalDate | null,
    summary: Record<string, unknown>,
  ): Promise<void> {
    const now = new Date();
    await this.em.fork().nativeUpdate(
      ScheduledRun,
      { name, lockedBy: holder },
      {
        lockedBy: null,
        lockedUntil: null,
        lastFinishedAt: now,
        lastSummary: summary,
        updatedAt: now,
        ...(finishedDay ? { lastRunOn: finishedDay.toDate() } : {}),
      },
    );
  }

  async state(name: string): Promise<LeaseState | null> {
    const row = await this.em.fork().findOne(ScheduledRun, { name });
    if (!row) return null;
    return {
      name: row.name,
      lockedBy: row.lockedBy,
      lockedUntil: row.lockedUntil,
      lastRunOn: row.lastRunOn ? LocalDate.fromDate(row.lastRunOn).toString() : null,
      lastFinishedAt: row.lastFinishedAt,
      lastSummary: row.lastSummary,
    };
  }
}
