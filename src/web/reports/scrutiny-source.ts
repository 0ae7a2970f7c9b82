import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { isScopedToServiceAreas } from '../../auth/access-scope';
import type { AuthUser } from '../../common/access/auth-user';
import { AGE_BANDS } from '../../reports/outstanding-report';
import { todayInLondon } from '../../calendar';
import { ReportsService } from '../../reports/reports.service';
import { FingerprintCache } from './scrutiny-cache';
import type { ScrutinyData } from './scrutiny-data';

const WHOLE_COUNCIL_KEY = 'all';

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
 * Computing them over tens of thousands of actions takes a while, so they are kept per scope (whole
 * council, or one service lead's areas) under the data's fingerprint (ReportsService.fingerprint: a
 * cheap query that changes with any action, payment, document or service area). Every page view checks
 * the fingerprint: unchanged data gives the kept figures at once, and after any change the figures are
 * worked out again before the page is shown. No timer, and never a stale figure (a councillor once saw
 * "0 actions outstanding, £0.00" from a background refresh while 20 existed).
 */
@Injectable()
export class ScrutinySource implements OnModuleDestroy {
  private readonly cache = new FingerprintCache<ScrutinyData>();

  constructor(private readonly reports: ReportsService) {}

  async onModuleDestroy(): Promise<void> {
    // Let a computation in progress finish before the database closes.
    await this.cache.idle();
  }

  async load(user: AuthUser): Promise<ScrutinyData> {
    const scoped = isScopedToServiceAreas(user);
    const key = scoped ? `areas:${[...user.serviceAreaIds].sort().join(',')}` : WHOLE_COUNCIL_KEY;
    // Today is part of it: an action becomes overdue at midnight without any change to the data.
    const fingerprint = `${todayInLondon().toString()}|${await this.reports.fingerprint()}`;
    return this.cache.get(key, fingerprint, () => this.compute(scoped ? user : WHOLE_COUNCIL));
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
      entry.pence += Math.round(row.agreed * 100);
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
        pence: Math.round(y.agreed * 100),
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
