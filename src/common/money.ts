/**
 * Money: stored and computed as integer pence; pounds only at the edges (the API and the engine's
 * ExtractionResult speak pounds as numbers, officers type "£1,250.50", pages show "£1,250.50").
 * Every conversion between pence and pounds in the service goes through this file.
 */
import { DomainError } from './errors';

/** The largest amount the service records, in pence (£20 million). */
const MAX_PENCE = 2_000_000_000;

/**
 * Pounds from a request (as the API and officers write them) to integer pence, refusing what is not an
 * amount of money; `field` names the input in the error.
 */
export function poundsToPence(pounds: number, field = 'amount'): number {
  if (typeof pounds !== 'number' || !Number.isFinite(pounds) || pounds < 0) {
    throw new DomainError(
      `${field} must be an amount of money in pounds, zero or more (for example 250 or 99.50).`,
      'invalid',
      field,
    );
  }
  const pence = Math.round(pounds * 100);
  if (Math.abs(pence - pounds * 100) > 1e-6) {
    throw new DomainError(
      `${field} can have at most two digits after the decimal point (pence).`,
      'invalid',
      field,
    );
  }
  if (pence > Number.MAX_SAFE_INTEGER / 100 || pence > MAX_PENCE) {
    throw new DomainError(`${field} is too large.`, 'invalid', field);
  }
  return pence;
}

/**
 * Pounds the engine reported (already checked by it: whole pence, no upper limit) to integer pence,
 * rounding away floating-point noise (0.1 + 0.2 pounds is 30 pence).
 */
export function roundToPence(pounds: number): number {
  return Math.round(pounds * 100);
}

/** Integer pence to pounds for the API and the ExtractionResult: 25050 -> 250.5. */
export function penceToPounds(pence: number): number {
  return Math.round(pence) / 100;
}

const poundsAndPenceFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Integer pence for pages and reports, always with pence: 30000 -> "£300.00", 125050 -> "£1,250.50". */
export function formatPoundsAndPence(pence: number): string {
  return poundsAndPenceFormat.format(penceToPounds(pence));
}

/**
 * Integer pence in running text, pence only when there are some: 150000 -> "£1,500", 720 -> "£7.20".
 * Thousands separators by hand: toLocaleString is slow, and the engine calls this per payment.
 */
export function formatPounds(pence: number): string {
  const pounds = Math.floor(pence / 100);
  const p = pence % 100;
  const digits = String(pounds).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `£${digits}${p ? '.' + p.toString().padStart(2, '0') : ''}`;
}

/**
 * An amount as an officer types it in a form ("£1,250.50", "300", "99.5") to pounds, or a message
 * saying what is wrong. Empty input is `null` (the caller decides whether that is allowed).
 */
export type MoneyInput = { ok: true; pounds: number | null } | { ok: false; message: string };

export function parsePounds(raw: string | undefined, what = 'the amount'): MoneyInput {
  const text = (raw ?? '')
    .trim()
    .replace(/^£\s*/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (!text) return { ok: true, pounds: null };
  if (!/^\d+(\.\d{1,2})?$/.test(text)) {
    return {
      ok: false,
      message: `Enter ${what} in pounds, like 250 or 99.50`,
    };
  }
  const pounds = Number(text);
  if (pounds > 10_000_000) return { ok: false, message: `${capitalise(what)} is too large` };
  return { ok: true, pounds };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
