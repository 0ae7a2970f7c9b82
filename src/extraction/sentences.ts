/**
 * Sentence splitting over a range of the normalised text. Returns ranges; linear time.
 */

export interface Range {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'miss',
  'mx',
  'st',
  'no',
  'nos',
  'para',
  'paras',
  'cf',
  'eg',
  'ie',
  'e.g',
  'i.e',
  'etc',
  'approx',
  'cllr',
  'ref',
  'vs',
  'v',
  'inc',
  'ltd',
  'co',
  'p',
  'pp',
  'sec',
  'reg',
  'regs',
  'art',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+$/;

/** Words that start a sentence and are never a surname after an initial. */
const SENTENCE_STARTER =
  /^(?:We|I|The|This|That|These|Those|There|It|Its|Our|They|He|She|His|Her|Their|However|If|When|In|As|Both|Each|All|And|But|Also|So|Then|Finally|Following|After|Since|Although|While)\b/;

const STATUTE = /\bAct\s+(?:1[89]|20)\d\d\b/;

/** The longest sentence we keep in one piece; longer runs are cut at the next space. */
const MAX_SENTENCE = 3000;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Where the sentence (or line) holding `at` starts: after the last ". " or line break before it. */
export function sentenceStartBefore(text: string, at: number): number {
  return Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
}

/** Where the bracket closed at `close` opens (nested brackets skipped), or -1 before `from`. */
function openingBracket(text: string, close: number, from: number): number {
  let depth = 0;
  for (let k = close; k >= from; k--) {
    if (text[k] === ')') depth++;
    else if (text[k] === '(' && --depth === 0) return k;
  }
  return -1;
}

export function splitSentences(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    let cut = false;
    if (c === '.' || c === '!' || c === '?') {
      // closing quotes/brackets belong to the sentence
      let j = i + 1;
      while (j < end && /["'\u2019\u201d)\]]/.test(text[j])) j++;
      if (j >= end) continue;
      if (!isSpace(text[j])) continue;
      let k = j;
      while (k < end && isSpace(text[k])) k++;
      if (k >= end) continue;
      const nextCh = text[k];
      if (!/[A-Z0-9"'\u2018\u201c(\u2022£]/.test(nextCh)) continue;
      if (c === '.') {
        // the word before the full stop
        let w = i - 1;
        while (w >= s && /[A-Za-z.]/.test(text[w])) w--;
        const word = text.slice(w + 1, i).toLowerCase();
        // (a letter after a title is a pseudonym, though "p." and "v." are abbreviations too: "Mrs P.")
        const titled = word.length === 1 && TITLE_BEFORE.test(text.slice(Math.max(s, w - 6), w + 1));
        if (ABBREVIATIONS.has(word) && !titled) continue;
        // initials ("J. Smith"), but not a pseudonym ending a sentence ("to Miss V and Z. We publish ...")
        if (
          /^[a-z]$/.test(word) &&
          /[A-Z]/.test(text[w + 1] ?? '') &&
          !SENTENCE_STARTER.test(text.slice(k, Math.min(end, k + 12)))
        )
          continue;
        // "1." list numbers at the start of a sentence are not ends
        if (/^\d{1,2}$/.test(text.slice(w + 1, i)) && i - s <= 3) continue;
      }
      cut = true;
      if (cut) {
        const r = trimRange(text, s, j);
        if (r.end > r.start) out.push(r);
        s = j;
        i = j - 1;
        continue;
      }
    }
    // a statute cited in brackets ends its sentence when a new line starts with a capital: "...
    // (Local Government Act 1974, section 31(2), as amended)" / "To remedy the injustice caused, ..."
    if (c === ')' && text[i + 1] === '\n' && /[A-Z]/.test(text[i + 2] ?? '')) {
      const open = openingBracket(text, i, Math.max(s, i - 200));
      if (open >= 0 && STATUTE.test(text.slice(open, i))) {
        const r = trimRange(text, s, i + 1);
        if (r.end > r.start) out.push(r);
        s = i + 1;
        continue;
      }
    }
    if (i - s > MAX_SENTENCE && isSpace(c)) {
      const r = trimRange(text, s, i);
      if (r.end > r.start) out.push(r);
      s = i;
    }
  }
  const r = trimRange(text, s, end);
  if (r.end > r.start) out.push(r);
  return out;
}
