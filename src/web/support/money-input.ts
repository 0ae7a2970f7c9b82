/**
 * An amount of money as an officer types it ("£1,250.50", "300", "99.5") to pounds as a number, or a
 * message saying what is wrong. Empty input is `null` (the caller decides whether that is allowed).
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

/** A date field (type=date sends YYYY-MM-DD) that is a real calendar date. */
export function isCalendarDate(value: string | undefined): boolean {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
