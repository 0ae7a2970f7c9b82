import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../auth/auth-user';
import { AGE_BANDS } from '../../reports/outstanding-report';
import { ReportsService } from '../../reports/reports.service';
import type { ScrutinyData } from './scrutiny-data';

/** The dashboard's figures, from the reports service (which applies the caller's scope and redaction). */
@Injectable()
export class ScrutinySource {
  constructor(private readonly reports: ReportsService) {}

  async load(user: AuthUser): Promise<ScrutinyData> {
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
