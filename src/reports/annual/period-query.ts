import { z } from 'zod';
import { todayInLondon } from '../../calendar';
import { ombudsmanYearOf, reportPeriod, ReportPeriod } from './report-period';

/** `?year=2024` (the Ombudsman's year 2024-25, or the calendar year with `calendar=true`). */
export const periodQuery = {
  year: z.coerce
    .number({ invalid_type_error: 'must be a year such as 2024' })
    .int('must be a year such as 2024')
    .min(2000, 'must be 2000 or later')
    .max(2100, 'must be 2100 or earlier')
    .optional(),
  calendar: z
    .enum(['true', 'false'], { errorMap: () => ({ message: 'use true or false' }) })
    .default('false')
    .transform((v) => v === 'true'),
};
/** The period a query names, or the Ombudsman's year we are in. */
export function periodOf(q: { year?: number; calendar: boolean }): ReportPeriod {
  const today = todayInLondon();
  return reportPeriod(q.year ?? (q.calendar ? today.year : ombudsmanYearOf(today)), q.calendar);
}
