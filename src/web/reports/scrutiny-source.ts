import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { roundToPence } from '../../common/money';
import { isScopedToServiceAreas } from '../../auth/access-scope';
import type { AuthUser } from '../../common/access/auth-user';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AGE_BANDS } from '../../reports/outstanding-report';
import { ReportsService } from '../../reports/reports.service';
import { StaleWhileRevalidate } from './scrutiny-cache';
import type { ScrutinyData } from './scrutiny-data';

/** How old the figures may be before a page view starts recomputing them in the background. */
export const SCRUTINY_FRESH_MS = 5 * 60 * 1000;
/** How often the whole council's figures are worked out again in the background (before they go stale). */
export const SCRUTINY_REFRESH_MS = SCRUTINY_FRESH_MS - 30 * 1000;
const WHOLE_COUNCIL_KEY = 'all';
/**
 * The background refresh runs only while someone has looked at the figures this recently: working
 * them out walks every action on the HTTP process's thread, which an idle service need not do.
 */
export const SCRUTINY_IDLE_MS = 60 * 60 * 1000;

/** Everyone who sees every service gets the same figures (none of them personal). */
const WHOLE_COUNCIL: AuthUser = {
  id: 'scrutiny-figures',
  email: '',
  name: 'Scrutiny figures',
  role: 'scrutiny',
  serviceAreaIds: [],
  via: 'session',
};

/**
 * The dashboard's figures, from the reports service (which applies the caller's scope and redaction).
 * Computing them over 10,000 actions takes seconds, so they are kept for SCRUTINY_FRESH_MS per scope
 * (whole council, or one service lead's areas) and refreshed in the background when older. The
 * whole council's figures (what scrutiny, officers and the committee see) are worked out when the
 * app starts and again every SCRUTINY_REFRESH_MS while they are being looked at (SCRUTINY_IDLE_MS),
 * so no page view waits for them; a service lead's
 * first view waits for their own (few) areas. The pages say when the figures were worked out.
 * Tests (NODE_ENV=test) seed data after boot and expect the first view to compute: no warming there.
 */
@Injectable()
export class ScrutinySource implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('scrutiny');
  private readonly cache = new StaleWhileRevalidate<ScrutinyData>(SCRUTINY_FRESH_MS);
  private timer: NodeJS.Timeout | null = null;
  private lastViewedAt = 0;

  constructor(
    private readonly reports: ReportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    void this.warm();
    this.timer = setInterval(() => {
      if (Date.now() - this.lastViewedAt < SCRUTINY_IDLE_MS) void this.warm();
    }, SCRUTINY_REFRESH_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    // Let a computation in progress finish before the database closes.
    await this.cache.idle();
  }

  /** Works out the whole council's figures now and keeps them; a failure is logged, never thrown. */
  async warm(): Promise<void> {
    try {
      await this.cache.refresh(WHOLE_COUNCIL_KEY, () => this.compute(WHOLE_COUNCIL));
    } catch (e) {
      this.logger.warn({
        msg: 'scrutiny figures not worked out in the background',
        error: (e as Error).message,
      });
    }
  }

  load(user: AuthUser): Promise<ScrutinyData> {
    const scoped = isScopedToServiceAreas(user);
    const key = scoped ? `areas:${[...user.serviceAreaIds].sort().join(',')}` : WHOLE_COUNCIL_KEY;
    if (!scoped) this.lastViewedAt = Date.now();
    return this.cache.get(key, () => this.compute(scoped ? user : WHOLE_COUNCIL));
  }

  /** Figures computed now, bypassing the cache. */
  async compute(user: AuthUser): Promise<ScrutinyData> {
    const [outstanding, compliance, payments, themes] = await Promise.all([
      this.reports.outstanding(user),
      this.reports.compliance(user),
      this.reports.payments(user),
      this.reports.themes(user),
    ]);
    const byService = new Map<string, { pence: number; count: number }>();
    for (const row of payments.rows) {
      const entry = byService.get(row.serviceArea) ?? { pence: 0, count: 0 };
      entry.pence += roundToPence(row.agreed);
      entry.count += row.payments;
      byService.set(row.serviceArea, entry);
    }
    return {
      generatedAt: new Date(),
      ageBands: AGE_BANDS.map((b) => b.label),
      outstanding: outstanding.rows
        .filter((r) => r.outstanding > 0)
        .map((r) => ({
          serviceArea: r.path || r.serviceArea,
          byAge: AGE_BANDS.map((b) => r.ageBands[b.key] ?? 0),
          overdue: r.overdue,
        })),
      compliance: compliance.years.map((y) => ({
        year: String(y.year),
        due: y.remediesDue,
        onTime: y.completedOnTime,
        late: y.late,
        rate: y.complianceRate,
      })),
      paymentsByYear: payments.years.map((y) => ({
        label: String(y.year),
        pence: roundToPence(y.agreed),
        count: y.payments,
      })),
      paymentsByService: [...byService.entries()]
        .map(([label, v]) => ({ label, ...v }))
        .sort((a, b) => b.pence - a.pence || a.label.localeCompare(b.label)),
      themes: themes.themes.slice(0, 15).map((t) => ({
        theme: t.label,
        count: t.count,
        serviceAreas: t.services.map((s) => s.name),
      })),
    };
  }
}
