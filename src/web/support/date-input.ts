import { LocalDate } from '../../calendar';

/** What a GOV.UK date input (day, month, year) gave: an ISO date, nothing, or an error in GOV.UK's words. */
export type DateInputResult =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'error'; text: string; part: 'day' | 'month' | 'year' };

const PARTS = ['day', 'month', 'year'] as const;

/**
 * Reads `<prefix>-day`, `<prefix>-month`, `<prefix>-year` the way the GOV.UK date input pattern asks:
 * "Enter [whatever it is]", "[Whatever it is] must include a month", "[Whatever it is] must be a real
 * date", "Year must include 4 numbers". `label` is the field's name in a sentence ("the decision date").
 */
export function readDateInput(
  values: Record<string, string>,
  prefix: string,
  label: string,
): DateInputResult {
  const raw = Object.fromEntries(PARTS.map((p) => [p, (values[`${prefix}-${p}`] ?? '').trim()])) as Record<
    (typeof PARTS)[number],
    string
  >;
  const Label = label.charAt(0).toUpperCase() + label.slice(1);
  const missing = PARTS.filter((p) => !raw[p]);
  if (missing.length === 3) return { kind: 'empty' };
  if (missing.length) {
    return {
      kind: 'error',
      text: `${Label} must include ${missing.length === 1 ? `a ${missing[0]}` : `a ${missing[0]} and ${missing[1]}`}`,
      part: missing[0],
    };
  }
  const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const monthByName = monthNames.indexOf(raw.month.slice(0, 3).toLowerCase()) + 1;
  const day = /^\d{1,2}$/.test(raw.day) ? Number(raw.day) : NaN;
  const month = /^\d{1,2}$/.test(raw.month) ? Number(raw.month) : monthByName || NaN;
  if (!/^\d+$/.test(raw.year)) return { kind: 'error', text: `${Label} must be a real date`, part: 'year' };
  if (raw.year.length !== 4) return { kind: 'error', text: 'Year must include 4 numbers', part: 'year' };
  const year = Number(raw.year);
  const iso = `${raw.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!Number.isInteger(day) || !Number.isInteger(month)) {
    return {
      kind: 'error',
      text: `${Label} must be a real date`,
      part: Number.isInteger(day) ? 'month' : 'day',
    };
  }
  try {
    const parsed = LocalDate.parse(iso);
    if (parsed.year !== year) throw new Error('out of range');
  } catch {
    return {
      kind: 'error',
      text: `${Label} must be a real date`,
      part: month < 1 || month > 12 ? 'month' : 'day',
    };
  }
  return { kind: 'date', iso };
}

/** The three parts of an ISO date, to fill a date input again. */
export function dateInputValues(prefix: string, iso: string | null | undefined): Record<string, string> {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m
    ? {
        [`${prefix}-day`]: String(Number(m[3])),
        [`${prefix}-month`]: String(Number(m[2])),
        [`${prefix}-year`]: m[1],
      }
    : {};
}

/** govukDateInput's items for a prefix, with the erroring part (or all, for a whole-date error) marked. */
export function dateInputItems(
  prefix: string,
  values: Record<string, string>,
  error: { part?: string } | null,
): { name: string; label: string; value: string; classes: string; id: string }[] {
  return PARTS.map((p) => ({
    id: `${prefix}-${p}`,
    name: p,
    label: p.charAt(0).toUpperCase() + p.slice(1),
    value: values[`${prefix}-${p}`] ?? '',
    classes: `govuk-input--width-${p === 'year' ? 4 : 2}${error && (!error.part || error.part === p) ? ' govuk-input--error' : ''}`,
  }));
}
