import { LocalDate, todayInLondon } from '../../calendar';
import { hasIsoDateShape } from '../../common/dates';
import { dateInputItems, dateInputValues, readDateInput } from './date-input';
import type { FieldError } from './form-state';

/** A due date read from a form, or the one error to show against it. */
export type DueDateRead = { iso: string | null; error: FieldError | null };

/**
 * A due date from a GOV.UK date input named `<name>-day`, `<name>-month`, `<name>-year`, shown with the
 * ids `<fieldId>-day` and so on. A single ISO `name` field (a client that is not this page's form) is
 * still read. Empty is null, or "Enter <label>" when `required`.
 */
export function readDueDate(
  values: Record<string, string>,
  name: string,
  fieldId: string,
  label: string,
  required: boolean,
): DueDateRead {
  const single = values[name];
  if (single && !values[`${name}-day`] && !values[`${name}-month`] && !values[`${name}-year`]) {
    return hasIsoDateShape(single)
      ? { iso: single, error: null }
      : { iso: null, error: { field: `${fieldId}-day`, text: `${cap(label)} must be a real date` } };
  }
  const read = readDateInput(values, name, label);
  if (read.kind === 'date') return { iso: read.iso, error: null };
  if (read.kind === 'error')
    return { iso: null, error: { field: `${fieldId}-${read.part}`, text: read.text } };
  return required
    ? { iso: null, error: { field: `${fieldId}-day`, text: `Enter ${label}` } }
    : { iso: null, error: null };
}

/** The form fields of a due date input, to keep in the form's values. */
export function dueDateFields(name: string): string[] {
  return [name, `${name}-day`, `${name}-month`, `${name}-year`];
}

/** A due date before today (in London): accepting or extending to it needs a confirmation. */
export function isPastDue(iso: string | null, today: LocalDate = todayInLondon()): boolean {
  return !!iso && LocalDate.parse(iso).isBefore(today);
}

/**
 * What the template needs for one due date input: its items (values and the erroring part marked) and
 * its error message. `values` are the form's values sent back, else `prefillIso` is shown.
 */
export function dueDateInput(
  name: string,
  fieldId: string,
  values: Record<string, string> | null,
  fieldErrors: Record<string, { text: string }> | null,
  prefillIso: string | null,
): {
  items: ReturnType<typeof dateInputItems>;
  errorMessage: { text: string } | undefined;
} {
  const sent = values && dueDateFields(name).some((k) => values[k] !== undefined) ? values : null;
  const shown = !sent
    ? dateInputValues(fieldId, prefillIso)
    : sent[`${name}-day`] !== undefined || !sent[name]
      ? Object.fromEntries(
          ['day', 'month', 'year'].map((p) => [`${fieldId}-${p}`, sent[`${name}-${p}`] ?? '']),
        )
      : dateInputValues(fieldId, sent[name]);
  const part = (['day', 'month', 'year'] as const).find((p) => fieldErrors?.[`${fieldId}-${p}`]);
  const items = dateInputItems(fieldId, shown, part ? { part } : null);
  return { items, errorMessage: part ? fieldErrors![`${fieldId}-${part}`] : undefined };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
