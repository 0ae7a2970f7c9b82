import { LocalDate } from '../../calendar';

/**
 * A report period: the Ombudsman's year (1 April YYYY to 31 March YYYY+1, as its annual review letter
 * and councils' annual reports use) or a calendar year.
 */
export interface ReportPeriod {
  kind: 'ombudsman' | 'calendar';
  year: number;
  from: LocalDate;
  to: LocalDate;
  /** "2024-25" or "2024". */
  label: string;
  /** Stored key for the period's commentary. */
  key: string;
}

export function reportPeriod(year: number, calendar = false): ReportPeriod {
  if (calendar) {
    return {
      kind: 'calendar',
      year,
      from: LocalDate.of(year, 1, 1),
      to: LocalDate.of(year, 12, 31),
      label: String(year),
      key: `calendar-${year}`,
    };
  }
  return {
    kind: 'ombudsman',
    year,
    from: LocalDate.of(year, 4, 1),
    to: LocalDate.of(year + 1, 3, 31),
    label: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
    key: `ombudsman-${year}`,
  };
}

/** The Ombudsman's year a date falls in (1 April 2024 .. 31 March 2025 is 2024). */
export function ombudsmanYearOf(date: LocalDate): number {
  return date.month >= 4 ? date.year : date.year - 1;
}

export function previousPeriod(period: ReportPeriod): ReportPeriod {
  return reportPeriod(period.year - 1, period.kind === 'calendar');
}

/** The period that contains `today`, cut at today ("if the year ended today"). */
export function yearToDate(today: LocalDate): ReportPeriod {
  const full = reportPeriod(ombudsmanYearOf(today));
  return { ...full, to: today };
}
