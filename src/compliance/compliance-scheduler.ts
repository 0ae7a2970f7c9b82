import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ComplianceRunService } from './compliance-run.service';

const HOUR_MS = 60 * 60 * 1000;
const FIRST_CHECK_MS = 60 * 1000;

const LONDON_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The hour of the day in England (0-23) at an instant. */
export function londonHour(now: Date): number {
  return Number(LONDON_HOUR.formatToParts(now).find((p) => p.type === 'hour')?.value ?? 0);
}

/**
 * Checks every hour (and a minute after start) whether today's compliance run is due (from
 * COMPLIANCE_RUN_HOUR, London time) and starts it; the ScheduledRun lease makes sure only one of
 * several instances does it and only once a day. Off with COMPLIANCE_SCHEDULER=false.
 */
@Injectable()
export class ComplianceScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('compliance');
  private timers: NodeJS.Timeout[] = [];
  private running = false;

  constructor(
    private readonly runs: ComplianceRunService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.compliance.schedulerEnabled) return;
    this.timers.push(setTimeout(() => void this.tick(), FIRST_CHECK_MS).unref());
    this.timers.push(setInterval(() => void this.tick(), HOUR_MS).unref());
  }

  onModuleDestroy(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }

  /** One check: runs today's compliance run if it is due and not done. Returns whether it ran. */
  async tick(now: Date = new Date()): Promise<boolean> {
    if (this.running || londonHour(now) < this.config.compliance.runHour) return false;
    this.running = true;
    try {
      const ran = (await this.runs.runIfDue(now)) !== null;
      // Each instance says what it decided, so an operator (and test:scale) can see one of several ran it.
      if (!ran)
        this.logger.log({ msg: 'compliance run not started', reason: 'done today or running elsewhere' });
      return ran;
    } catch (e) {
      this.logger.error({ msg: 'compliance run failed', error: (e as Error).message });
      return false;
    } finally {
      this.running = false;
    }
  }
}
