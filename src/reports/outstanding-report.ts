import { LocalDate } from '../calendar';
import type { AreaLabel, ReportAction } from './report-rows';

export const AGE_BANDS = [
  { key: '0-30', label: 'Up to 30 days', max: 30 },
  { key: '31-90', label: '31 to 90 days', max: 90 },
  { key: '91-180', label: '91 to 180 days', max: 180 },
  { key: 'over-180', label: 'Over 180 days', max: Infinity },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['key'];

export interface OutstandingRow {
  serviceAreaId: string;
  serviceArea: string;
  directorate: string;
  path: string;
  /** Open or in progress. */
  outstanding: number;
  open: number;
  inProgress: number;
  /** Completed by the service, waiting for the officer to verify. */
  awaitingVerification: number;
  overdue: number;
  dueWithin30Days: number;
  /** Outstanding actions by age (days since the clock started). */
  ageBands: Record<AgeBand, number>;
  oldestDueDate: string | null;
}

export interface OutstandingReport {
  asOf: string;
  rows: OutstandingRow[];
  totals: Omit<OutstandingRow, 'serviceAreaId' | 'serviceArea' | 'directorate' | 'path' | 'oldestDueDate'>;
}

const emptyBands = (): Record<AgeBand, number> => ({ '0-30': 0, '31-90': 0, '91-180': 0, 'over-180': 0 });

export function ageBand(days: number): AgeBand {
  return AGE_BANDS.find((b) => days <= b.max)?.key ?? 'over-180';
}

/** Outstanding actions grouped by service area, with overdue counts and age bands; busiest first. */
export function buildOutstandingReport(
  actions: ReportAction[],
  areas: (id: string) => AreaLabel,
  today: LocalDate,
): OutstandingReport {
  const rows = new Map<string, OutstandingRow>();
  const totals = {
    outstanding: 0,
    open: 0,
    inProgress: 0,
    awaitingVerification: 0,
    overdue: 0,
    dueWithin30Days: 0,
    ageBands: emptyBands(),
  };
  for (const a of actions) {
    if (a.status !== 'open' && a.status !== 'in_progress' && a.status !== 'completed') continue;
    let row = rows.get(a.serviceAreaId);
    if (!row) {
      const label = areas(a.serviceAreaId);
      row = {
        serviceAreaId: a.serviceAreaId,
        serviceArea: label.name,
        directorate: label.directorate,
        path: label.path,
        outstanding: 0,
        open: 0,
        inProgress: 0,
        awaitingVerification: 0,
        overdue: 0,
        dueWithin30Days: 0,
        ageBands: emptyBands(),
        oldestDueDate: null,
      };
      rows.set(a.serviceAreaId, row);
    }
    if (a.status === 'completed') {
      row.awaitingVerification += 1;
      totals.awaitingVerification += 1;
      continue;
    }
    row.outstanding += 1;
    totals.outstanding += 1;
    if (a.status === 'open') {
      row.open += 1;
      totals.open += 1;
    } else {
      row.inProgress += 1;
      totals.inProgress += 1;
    }
    const band = ageBand(Math.max(0, today.epochDay - a.startDate.epochDay));
    row.ageBands[band] += 1;
    totals.ageBands[band] += 1;
    if (a.dueDate) {
      const left = a.dueDate.epochDay - today.epochDay;
      if (left < 0) {
        row.overdue += 1;
        totals.overdue += 1;
      } else if (left <= 30) {
        row.dueWithin30Days += 1;
        totals.dueWithin30Days += 1;
      }
      const due = a.dueDate.toString();
      if (!row.oldestDueDate || due < row.oldestDueDate) row.oldestDueDate = due;
    }
  }
  const sorted = [...rows.values()].sort(
    (a, b) => b.overdue - a.overdue || b.outstanding - a.outstanding || a.path.localeCompare(b.path),
  );
  return { asOf: today.toString(), rows: sorted, totals };
}
