/**
 * Money mentions: `£1,500`, `£7123.20`, `£ 250`, `£1.5k`, `£2 million`, `GBP 300`, `300 pounds`,
 * `five hundred pounds`, `£five hundred`. Amounts are returned as integer pence to avoid floats.
 */

import { parseNumberWords } from './number-words';

export interface MoneyMention {
  /** Offsets in the string that was searched. */
  start: number;
  end: number;
  pence: number;
  raw: string;
}

/** An amount written in pounds and figures ("£1,500", "£ 250.50"), as a pattern source to build on. */
export const POUNDS_SOURCE = '£\\s?\\d[\\d,]*(?:\\.\\d{1,2})?';

const NUMERIC =
  /(?:£|\bGBP\s?)\s?(\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.(\d{1,2}))?(?:\s?(k|m|bn|million|thousand)\b)?|\b(\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.(\d{2}))?\s?(?:pounds|GBP)\b/gi;

const NUMBER_WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)';
const WORDS = new RegExp(
  `(?:£\\s?)?\\b((?:${NUMBER_WORD}|a)(?:[\\s-]+(?:and[\\s-]+)?${NUMBER_WORD}){0,8})(?:\\s+(pounds|pound)\\b)|£\\s?((?:${NUMBER_WORD})(?:[\\s-]+(?:and[\\s-]+)?${NUMBER_WORD}){0,8})\\b`,
  'gi',
);

/** All money mentions in `s`, in order. Linear in the length of `s`. */
export function findMoney(s: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(s); m; m = NUMERIC.exec(s)) {
    const intPart = (m[1] ?? m[4]).replace(/,/g, '');
    const frac = m[2] ?? m[5] ?? '';
    let pence = Number(intPart) * 100 + (frac ? Number(frac.padEnd(2, '0')) : 0);
    const mult = (m[3] ?? '').toLowerCase();
    if (mult === 'k' || mult === 'thousand') pence *= 1000;
    else if (mult === 'm' || mult === 'million') pence *= 1_000_000;
    else if (mult === 'bn') pence *= 1_000_000_000;
    // "£7 2023" style: digits glued to a year are unusual; keep as parsed
    if (pence > 0 && Number.isFinite(pence))
      out.push({ start: m.index, end: m.index + m[0].length, pence, raw: m[0] });
  }
  if (/pound|£\s?[a-z]/i.test(s)) {
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(s); m; m = WORDS.exec(s)) {
      const phrase = m[1] ?? m[3];
      const n = parseNumberWords(phrase);
      if (n === null || n <= 0) continue;
      // "a pound" or "one pound" alone is rarely a remedy; still a mention
      const start = m.index;
      if (out.some((o) => o.start < m.index + m[0].length && start < o.end)) continue;
      out.push({ start, end: m.index + m[0].length, pence: n * 100, raw: m[0] });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
