import { penceToPounds as pounds } from '../common/money';
import type { AreaLabel, ReportPayment } from './report-rows';

export interface PaymentsRow {
  year: number;
  serviceAreaId: string;
  serviceArea: string;
  directorate: string;
  payments: number;
  /** Pounds. */
  agreed: number;
  paid: number;
  unpaid: number;
  paidCount: number;
}

export interface PaymentsReport {
  rows: PaymentsRow[];
  years: { year: number; payments: number; agreed: number; paid: number; unpaid: number }[];
}

/** Remedy payments by year agreed and service: agreed, paid and unpaid amounts (summed in pence). */
export function buildPaymentsReport(
  payments: ReportPayment[],
  areas: (id: string) => AreaLabel,
): PaymentsReport {
  const rows = new Map<
    string,
    { year: number; areaId: string; n: number; agreed: number; paid: number; paidCount: number }
  >();
  const years = new Map<number, { n: number; agreed: number; paid: number }>();
  for (const p of payments) {
    const key = `${p.agreedYear}|${p.serviceAreaId}`;
    const row = rows.get(key) ?? {
      year: p.agreedYear,
      areaId: p.serviceAreaId,
      n: 0,
      agreed: 0,
      paid: 0,
      paidCount: 0,
    };
    row.n += 1;
    row.agreed += p.agreedPence;
    row.paid += p.paidPence;
    if (p.paidPence > 0) row.paidCount += 1;
    rows.set(key, row);
    const y = years.get(p.agreedYear) ?? { n: 0, agreed: 0, paid: 0 };
    y.n += 1;
    y.agreed += p.agreedPence;
    y.paid += p.paidPence;
    years.set(p.agreedYear, y);
  }
  return {
    rows: [...rows.values()]
      .map((r) => {
        const label = areas(r.areaId);
        return {
          year: r.year,
          serviceAreaId: r.areaId,
          serviceArea: label.name,
          directorate: label.directorate,
          payments: r.n,
          agreed: pounds(r.agreed),
          paid: pounds(r.paid),
          unpaid: pounds(Math.max(0, r.agreed - r.paid)),
          paidCount: r.paidCount,
        };
      })
      .sort((a, b) => b.year - a.year || b.agreed - a.agreed || a.serviceArea.localeCompare(b.serviceArea)),
    years: [...years.entries()]
      .map(([year, y]) => ({
        year,
        payments: y.n,
        agreed: pounds(y.agreed),
        paid: pounds(y.paid),
        unpaid: pounds(Math.max(0, y.agreed - y.paid)),
      }))
      .sort((a, b) => b.year - a.year),
  };
}
