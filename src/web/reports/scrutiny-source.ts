import { Injectable } from '@nestjs/common';
import { isScopedToServiceAreas } from '../../auth/access-scope';
import type { AuthUser } from '../../auth/auth-user';
import { AGE_BANDS } from '../../reports/outstanding-report';
import { ReportsService } from '../../reports/reports.service';
import { StaleWhileRevalidate } from './scrutiny-cache';
import type { ScrutinyData } from './scrutiny-data';

/** How old the figures may be before a page view starts recomputing them in the background. */
export const SCRUTINY_FRESH_MS = 5 * 60 * 1000;

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
 * (whole council, or one service lead's areas) and refreshed in the background when older; only the
 * first view after the app starts waits for them. The pages say when they were worked out.
 */
@Injectable()
export class ScrutinySource {
  private readonly cache = new StaleWhileRevalidate<ScrutinyData>(SCRUTINY_FRESH_MS);

  constructor(private readonly reports: ReportsService) {}

  load(user: AuthUser): Promise<ScrutinyData> {
    const scoped = isScopedToServiceAreas(user);
    const key = scoped ? `areas:${[...user.serviceAreaIds].sort().join(',')}` : 'all';
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
