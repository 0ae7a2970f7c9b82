import { DomainError } from './action-errors';

/** Pounds (as the API and officers write them) to integer pence (as stored). */
export function poundsToPence(pounds: number, field = 'amount'): number {
  if (typeof pounds !== 'number' || !Number.isFinite(pounds) || pounds < 0) {
    throw new DomainError(
      `${field} must be an amount of money in pounds, zero or more (for example 250 or 99.50).`,
    );
  }
  const pence = Math.round(pounds * 100);
  if (Math.abs(pence - pounds * 100) > 1e-6) {
    throw new DomainError(`${field} can have at most two digits after the decimal point (pence).`);
  }
  if (pence > Number.MAX_SAFE_INTEGER / 100 || pence > 2_000_000_000) {
    throw new DomainError(`${field} is too large.`);
  }
  return pence;
}

/** Integer pence to pounds for the API: 25050 -> 250.5. */
export function penceToPounds(pence: number): number {
  return Math.round(pence) / 100;
}
