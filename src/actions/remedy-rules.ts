import type { AuthUser } from '../common/access/auth-user';
import { LocalDate } from '../calendar';
import { DomainError } from '../common/errors';
import { penceToPounds } from '../common/money';

/** The earliest due date we accept: Redress tracks current learning, not last century's. */
export const EARLIEST_DUE_DATE = LocalDate.of(2000, 1, 1);
/** How far ahead a due date may be (a typo such as 2205 or 9999 would otherwise be kept). */
export const MAX_YEARS_AHEAD = 10;

/** Refuses a due date before 2000 or more than ten years after today (a typing slip, in practice). */
export function assertPlausibleDueDate(due: LocalDate, today: LocalDate, field = 'dueDate'): void {
  if (due.isBefore(EARLIEST_DUE_DATE)) {
    throw new DomainError(
      `${field}: ${due.toDisplayString()} is before 2000. Check the year: a due date must be from 1 January 2000 onwards.`,
      'invalid',
      field,
    );
  }
  const latest = LocalDate.of(today.year + MAX_YEARS_AHEAD, today.month, Math.min(today.day, 28));
  if (due.isAfter(latest)) {
    throw new DomainError(
      `${field}: ${due.toDisplayString()} is more than ten years ahead. Check the year: a due date must be by ${latest.toDisplayString()}.`,
      'invalid',
      field,
    );
  }
}

const isOfficer = (user: AuthUser) => user.role === 'officer' || user.role === 'admin';

/** The agreed remedy (amount and payee) is the complaints officer's decision, not the service's. */
export function assertMayChangeAgreedRemedy(user: AuthUser, what: string): void {
  if (!isOfficer(user)) {
    throw new DomainError(
      `Only a complaints officer can ${what}: the agreed remedy is the complaint decision's, not the service's.`,
      'forbidden',
    );
  }
}

/** A service lead may record at most this share above the agreed amount (rounding, a small top-up). */
const LEAD_TOLERANCE = 0.1;
/** Nobody may record more than this multiple of the agreed amount: correct the agreed amount first. */
const OFFICER_LIMIT = 2;

/**
 * Refuses a paid amount far above the agreed one: a service lead beyond 10% over, anyone beyond
 * twice the agreed amount (or anything paid against nothing agreed, above £0).
 */
export function assertPlausiblePayment(user: AuthUser, agreedPence: number, paidPence: number): void {
  if (paidPence <= agreedPence) return;
  const limit = isOfficer(user)
    ? agreedPence * OFFICER_LIMIT
    : Math.floor(agreedPence * (1 + LEAD_TOLERANCE));
  if (paidPence <= limit) return;
  const agreed = penceToPounds(agreedPence).toFixed(2);
  const paid = penceToPounds(paidPence).toFixed(2);
  throw new DomainError(
    isOfficer(user)
      ? `£${paid} paid is far above the £${agreed} agreed. If the agreed remedy changed, correct the agreed amount first.`
      : `£${paid} paid is more than the £${agreed} agreed. Check the amount, or ask a complaints officer to record an overpayment.`,
    'unprocessable',
  );
}
