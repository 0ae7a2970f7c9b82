import { CATEGORIES, PAYMENT_PURPOSES } from '../../actions/recommendation-inputs';
import type { FieldError } from '../support/form-state';
import { formValues } from '../support/form-state';
import { isCalendarDate } from '../../common/dates';
import { parsePounds } from '../../common/money';

/** Payment rows the edit form can send: the ones found plus one empty row to add another. */
export const MAX_PAYMENT_ROWS = 20;
export const DEADLINE_UNITS = ['days', 'working_days', 'weeks', 'months'] as const;
const DEADLINE_FROM = ['final_decision', 'report', 'response', 'other'];

/** The field names the edit form posts, for `paymentRows` payment rows. */
export function editFieldNames(paymentRows: number): string[] {
  const rows = Array.from({ length: paymentRows }, (_, i) => [
    `payment${i}Amount`,
    `payment${i}Payee`,
    `payment${i}Purpose`,
  ]).flat();
  return [
    'text',
    'category',
    'learning',
    'evidenceRequired',
    'deadlineText',
    'deadlineDate',
    'deadlineCount',
    'deadlineUnit',
    'deadlineFrom',
    'paymentRows',
    ...rows,
  ];
}

export interface EditFormResult {
  values: Record<string, string>;
  errors: FieldError[];
  /** What RecommendationReviewService.edit takes, when there are no errors. */
  input: Record<string, unknown> | null;
}

/**
 * The review page's "Correct what was found" form to the service's edit input. Field errors carry the
 * recommendation id in their field name (several recommendations share one page).
 */
export function parseEditForm(body: unknown, recId: string): EditFormResult {
  const rowsWanted = Number.parseInt(String((body as Record<string, unknown>)?.paymentRows ?? '0'), 10);
  const paymentRows = Number.isFinite(rowsWanted) ? Math.min(MAX_PAYMENT_ROWS, Math.max(0, rowsWanted)) : 0;
  const values: Record<string, string> = {
    ...formValues(body, editFieldNames(paymentRows)),
    paymentRows: String(paymentRows),
  };
  const errors: FieldError[] = [];
  const err = (field: string, text: string) => errors.push({ field: `${field}-${recId}`, text });

  if (!values.text) err('editText', 'Enter the text of the recommendation');
  else if (values.text.length > 10_000) err('editText', 'The text must be 10,000 characters or fewer');
  if (!(CATEGORIES as readonly string[]).includes(values.category ?? '')) {
    err('category', 'Choose a category from the list');
  }
  if (values.learning !== 'true' && values.learning !== 'false') {
    err('learning', 'Choose whether this is a learning action or a personal remedy');
  }

  const payments: { amount: number; payee: string | null; purpose: string }[] = [];
  for (let i = 0; i < paymentRows; i++) {
    const money = parsePounds(values[`payment${i}Amount`], 'the amount');
    if (!money.ok) {
      err(`payment${i}Amount`, `Payment ${i + 1}: ${money.message}`);
      continue;
    }
    if (money.pounds === null) continue; // an empty row, or a payment removed by clearing its amount
    const purpose = values[`payment${i}Purpose`] || 'unspecified';
    if (!(PAYMENT_PURPOSES as readonly string[]).includes(purpose)) {
      err(`payment${i}Purpose`, `Payment ${i + 1}: choose what the payment is for`);
      continue;
    }
    const payee = values[`payment${i}Payee`] ?? '';
    if (payee.length > 200)
      err(`payment${i}Payee`, `Payment ${i + 1}: the payee must be 200 characters or fewer`);
    payments.push({ amount: money.pounds, payee: payee || null, purpose });
  }

  const date = values.deadlineDate ?? '';
  if (date && !isCalendarDate(date))
    err('deadlineDate', 'Enter the deadline as a real date, for example 2025-03-31');
  const countText = values.deadlineCount ?? '';
  const count = countText ? Number(countText) : null;
  if (countText && (!Number.isInteger(count) || count! < 0 || count! > 1000)) {
    err('deadlineCount', 'Enter the time limit as a whole number, for example 3');
  }
  const unit = values.deadlineUnit ?? '';
  if (countText && !(DEADLINE_UNITS as readonly string[]).includes(unit)) {
    err('deadlineUnit', 'Choose days, working days, weeks or months for the time limit');
  }
  const deadlineText = values.deadlineText ?? '';
  if (deadlineText.length > 500) err('deadlineText', 'The deadline wording must be 500 characters or fewer');

  if (errors.length) return { values, errors, input: null };
  const hasDeadline = Boolean(date || countText || deadlineText);
  return {
    values,
    errors,
    input: {
      text: values.text,
      category: values.category,
      learning: values.learning === 'true',
      evidenceRequired: values.evidenceRequired === 'true',
      payments,
      deadline: hasDeadline
        ? {
            date: date || null,
            within: countText ? { count, unit } : null,
            from: DEADLINE_FROM.includes(values.deadlineFrom ?? '') ? values.deadlineFrom : null,
            text: deadlineText || null,
          }
        : null,
    },
  };
}
