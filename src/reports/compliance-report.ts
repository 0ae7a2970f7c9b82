import { LocalDate } from '../calendar';
import type { ReportAction } from './report-rows';

export interface ComplianceYearRow {
  year: number;
  /** Remedies whose original due date fell in the year and has passed. */
  remediesDue: number;
  completedOnTime: number;
  /** Completed after the original due date. */
  completedLate: number;
  /** Past the original due date and still not completed. */
  outstandingLate: number;
  /** completedLate + outstandingLate. */
  late: number;
  /** Share of remedies due that were completed on time, 0..1 (null when none were due). */
  complianceRate: number | null;
  /** Due later in the year: not counted yet. */
  notYetDue: number;
}

/**
 * The compliance figure the Ombudsman publishes: of the remedies due (by ORIGINAL due date; extensions do
 * not help), the share completed on time. Completion is the day the service completed the action
 * (verification later does not matter). Cancelled remedies are left out. Newest year first.
 */
export function buildComplianceReport(
  actions: ReportAction[],
  today: LocalDate,
  options: { ombudsmanOnly: boolean },
): ComplianceYearRow[] {
  const years = new Map<number, ComplianceYearRow>();
  for (const a of actions) {
    if (a.status === 'cancelled' || (options.ombudsmanOnly && !a.ombudsmanRemedy)) continue;
    const due = a.originalDueDate ?? a.dueDate;
    if (!due) continue;
    let row = years.get(due.year);
    if (!row) {
      row = {
        year: due.year,
        remediesDue: 0,
        completedOnTime: 0,
        completedLate: 0,
        outstandingLate: 0,
        late: 0,
        complianceRate: null,
        notYetDue: 0,
      };
      years.set(due.year, row);
    }
    const done =
      a.completedOn && (a.status === 'completed' || a.status === 'verified') ? a.completedOn : null;
    if (done && done.isOnOrBefore(due)) {
      row.remediesDue += 1;
      row.completedOnTime += 1;
    } else if (done) {
      row.remediesDue += 1;
      row.completedLate += 1;
    } else if (today.isAfter(due)) {
      row.remediesDue += 1;
      row.outstandingLate += 1;
    } else {
      row.notYetDue += 1;
    }
  }
  for (const row of years.values()) {
    row.late = row.completedLate + row.outstandingLate;
    row.complianceRate = row.remediesDue
      ? Math.round((row.completedOnTime / row.remediesDue) * 1000) / 1000
      : null;
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}
