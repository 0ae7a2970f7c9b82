/**
 * Normalisation: turns the reader's text into a cleaner working text while keeping, for every
 * character, the offset it came from in the original text (so spans always point into the
 * reader's text exactly as given).
 *
 * What it does, in one linear pass over the lines:
 * - line endings to `\n`; tabs (table cells) and HTML block tags to line breaks; other tags dropped,
 *   also when PDF layout wrapped a tag over several lines (`<ul` / `style="..."` / `none">`, `</` / `p>`);
 *   a few HTML entities decoded;
 * - odd bullet glyphs (`•`, `·`, `▪`, private-use Symbol-font bullets, ...) to `•`;
 * - a bullet alone on its line (also once HTML tags before it are taken out) is joined to the text
 *   that follows it;
 * - words hyphenated across a line break are joined (`assess-` + `ment` -> `assessment`);
 * - lone page-number lines (`13`, `Page 3 of 12`) are dropped, and so are running page headers and
 *   footers (`Final decision 3`, `Page 2 of 3` with the short lines repeated around them).
 */
import { decodeEntities } from './readers/html-entities';
import { classifyHeading } from './sections';

export interface NormalisedText {
  /** The working text. */
  text: string;
  /** origin[i] = offset in the original text of text[i]; origin[text.length] = original length. */
  origin: Int32Array;
}

const BULLET_GLYPHS =
  /[\u2022\u00b7\u25aa\u25cf\u25e6\u25a0\u25a1\u27a2\u25ba\u2023\u2043\u2219\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0e0\u25c6\u25c7\u2666\u2713\u2714]/;
const BULLET_GLYPHS_G = new RegExp(BULLET_GLYPHS.source, 'g');
const BLOCK_TAG =
  /^<(?:\/[ \t]{0,40})?(?:p|div|ul|ol|li|br|tr|td|th|table|tbody|thead|h[1-6]|section|article|blockquote)\b[^>]{0,300}>/i;
const ANY_TAG = /^<\/?[a-zA-Z][a-zA-Z0-9]{0,15}\b[^<>]{0,300}>/;
/** An HTML tag that a line break runs through (PDF layout wraps raw HTML in table cells). */
const WRAPPED_TAG =
  /<(?:\/\s{0,40})?(?:p|div|ul|ol|li|br|tr|td|th|table|tbody|thead|h[1-6]|span|strong|em|b|i|u|a|font|sup|sub|section|article|blockquote)\b[^<>]{0,300}>/gi;

/**
 * The text with the line breaks inside HTML tags turned into spaces, so that a tag wrapped over
 * several lines is one tag again. The length (and so every offset) is unchanged.
 */
export function unwrapTags(text: string): string {
  if (!text.includes('<')) return text;
  const parts: string[] = [];
  let done = 0;
  WRAPPED_TAG.lastIndex = 0;
  for (let m = WRAPPED_TAG.exec(text); m; m = WRAPPED_TAG.exec(text)) {
    if (!/[\r\n]/.test(m[0])) continue;
    parts.push(text.slice(done, m.index), m[0].replace(/[\r\n]/g, ' '));
    done = m.index + m[0].length;
  }
  if (done === 0) return text;
  parts.push(text.slice(done));
  return parts.join('');
}
const HYPHEN_PREFIX =
  /^(?:re|co|pre|non|self|well|long|short|one|two|three|four|five|six|full|part|face|multi|cross|anti|post|sub|ex|half|over|under|out|day|time|follow|mid|semi|inter|in|up|on|off|low|high|step|stand|walk|drop|check|sign|top|back|log|set|care|home|school|decision|case|front|first|second|third)$/;
const PAGE_NUMBER_LINE = /^\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$/i;
const HYPHEN_SUFFIX =
  /^(?:ment|ments|tion|tions|sion|sions|ing|ings|ed|ly|ity|ities|ance|ances|ence|ences|ness|ive|ives|able|ably|ible|al|ally|er|ers|ial|ary|ory|ate|ated|ates|ating|ation|ations|ise|ised|ises|ising|ize|ized|izes|izing|ous|ful|less|ship|ant|ants|ent|ents|ure|ures|ist|ists|ism|ual|ic|ics|ical|age|ages|ion|ions|ative|atory|ments|ition|itions|ding|ting|ning|ring|ling|ping|sing|king)\b/;

class Builder {
  private chars: string[] = [];
  private origin: Int32Array;
  private len = 0;

  constructor(capacity: number) {
    this.origin = new Int32Array(Math.max(16, capacity));
  }

  private ensure(extra: number): void {
    if (this.len + extra + 1 <= this.origin.length) return;
    const bigger = new Int32Array(Math.max(this.origin.length * 2, this.len + extra + 16));
    bigger.set(this.origin.subarray(0, this.len));
    this.origin = bigger;
  }

  /** Copy `s`, which starts at original offset `at`, character by character. */
  copy(s: string, at: number): void {
    this.ensure(s.length);
    for (let i = 0; i < s.length; i++) this.origin[this.len + i] = at + i;
    this.chars.push(s);
    this.len += s.length;
  }

  /** Insert synthetic text mapped to original offset `at`. */
  insert(s: string, at: number): void {
    this.ensure(s.length);
    for (let i = 0; i < s.length; i++) this.origin[this.len + i] = at;
    this.chars.push(s);
    this.len += s.length;
  }

  /** The text emitted since the last line break (at most `max` characters). */
  currentLine(max = 40): string {
    let s = '';
    for (let i = this.chars.length - 1; i >= 0 && s.length <= max; i--) {
      const c = this.chars[i];
      const nl = c.lastIndexOf('\n');
      if (nl >= 0) return c.slice(nl + 1) + s;
      s = c + s;
    }
    return s;
  }

  /** Drop trailing characters (used to undo a hyphen or a line break). */
  dropLast(n: number): void {
    let left = n;
    while (left > 0 && this.chars.length) {
      const c = this.chars[this.chars.length - 1];
      if (c.length <= left) {
        left -= c.length;
        this.len -= c.length;
        this.chars.pop();
      } else {
        this.chars[this.chars.length - 1] = c.slice(0, c.length - left);
        this.len -= left;
        left = 0;
      }
    }
  }

  finish(originalLength: number): NormalisedText {
    this.ensure(0);
    this.origin[this.len] = originalLength;
    return { text: this.chars.join(''), origin: this.origin.slice(0, this.len + 1) };
  }
}

/** Clean one physical line (no line breaks inside) into the builder. */
const SPECIAL =
  /[\t<&\u00a0\u2007\u202f\u2022\u00b7\u25aa\u25cf\u25e6\u25a0\u25a1\u27a2\u25ba\u2023\u2043\u2219\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0e0\u25c6\u25c7\u2666\u2713\u2714]/;

function cleanLine(line: string, at: number, out: Builder): void {
  if (!SPECIAL.test(line)) {
    out.copy(line, at);
    return;
  }
  let i = 0;
  let runStart = 0;
  const flush = (end: number): void => {
    if (end > runStart) {
      const chunk = line.slice(runStart, end);
      out.copy(chunk.replace(BULLET_GLYPHS_G, '\u2022').replace(/[\u00a0\u2007\u202f]/g, ' '), at + runStart);
    }
  };
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 9 /* tab */) {
      flush(i);
      out.insert('\n', at + i);
      runStart = i + 1;
      i++;
      continue;
    }
    if (c === 60 /* < */) {
      const rest = line.slice(i, i + 320);
      const block = BLOCK_TAG.exec(rest);
      const tag = block ?? ANY_TAG.exec(rest);
      if (tag) {
        flush(i);
        out.insert(block ? '\n' : ' ', at + i);
        i += tag[0].length;
        runStart = i;
        continue;
      }
    }
    if (c === 38 /* & */) {
      // a character reference left in pasted web text ("&amp;", "&pound;", "&#8217;")
      const m = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i.exec(line.slice(i, i + 34));
      const decoded = m ? decodeEntities(m[0]) : '';
      if (m && decoded !== m[0]) {
        flush(i);
        out.insert(decoded.replace(/[\u00a0\u2007\u202f]/g, ' '), at + i);
        i += m[0].length;
        runStart = i;
        continue;
      }
    }
    i++;
  }
  flush(line.length);
}

const NUMBERED_FURNITURE =
  /^(?:page\s+(\d{1,3})(?:\s+of\s+\d{1,3})?|(\D{3,60}?)\s+(?:page\s+)?(\d{1,3})(?:\s+of\s+\d{1,3})?)$/i;
/** Pages are long: running headers repeat at least this far apart. */
const MIN_PAGE_GAP = 800;

/**
 * Start offsets of running page headers and footers: short lines "<title> N" (or "Page N of M")
 * whose number goes up by one each time they recur a page apart, and short lines repeated next to
 * them ("CONFIDENTIAL", a running title). Headings such as "Complaint 1 ... Complaint 2" recur
 * closer together than pages and are kept.
 */
export function pageFurniture(text: string): Set<number> {
  const out = new Set<number>();
  const lines: { start: number; text: string }[] = [];
  for (let pos = 0; pos <= text.length;) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const t = text.slice(pos, eol).trim();
    if (t) lines.push({ start: pos, text: t });
    pos = eol + 1;
  }
  const groups = new Map<string, { line: number; n: number; at: number; of: boolean }[]>();
  lines.forEach((l, i) => {
    if (l.text.length > 70) return;
    const m = NUMBERED_FURNITURE.exec(l.text);
    if (!m || /[:.;]$/.test(m[2] ?? '')) return;
    const stem = (m[2] ?? 'page').toLowerCase().replace(/\s+/g, ' ');
    const g = groups.get(stem) ?? [];
    g.push({ line: i, n: Number(m[1] ?? m[3]), at: l.start, of: /\sof\s+\d/i.test(l.text) });
    groups.set(stem, g);
  });
  const marked = new Set<number>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    let consecutive = true;
    let farApart = true;
    for (let k = 1; k < g.length; k++) {
      if (g[k].n !== g[k - 1].n + 1) consecutive = false;
      // the last page may be short
      if (k < g.length - 1 && g[k].at - g[k - 1].at < MIN_PAGE_GAP) farApart = false;
    }
    // "Page 2 of 3" says what it is; "<title> 2" counts when it recurs a page apart or already
    // heads the first page
    const pageOfPages = g.every((x) => x.of);
    const headsFirstPage = g[0].n === 1 && g[0].line === 0;
    if (consecutive && (pageOfPages || farApart || headsFirstPage)) for (const x of g) marked.add(x.line);
  }
  if (!marked.size) return out;
  // short lines that repeat, each time within two lines of a numbered header or footer
  const near = new Map<string, number[]>();
  for (const i of marked)
    for (let j = Math.max(0, i - 2); j <= Math.min(lines.length - 1, i + 2); j++) {
      if (marked.has(j) || lines[j].text.length > 70) continue;
      const key = lines[j].text;
      const list = near.get(key) ?? [];
      if (!list.includes(j)) list.push(j);
      near.set(key, list);
    }
  for (const [key, idx] of near) {
    const total = lines.filter((l) => l.text === key).length;
    // the first one stays: on the first page it is usually the document's title
    if (idx.length >= 2 && idx.length === total) for (const j of idx.slice(1)) marked.add(j);
  }
  for (const i of marked) out.add(lines[i].start);
  return out;
}

/** Normalise the reader's text; see the module comment. Linear in the text length. */
export function normaliseText(given: string): NormalisedText {
  const original = unwrapTags(given);
  const furniture = pageFurniture(original);
  const out = new Builder(original.length + 64);
  const n = original.length;
  let pos = 0;
  let pendingBullet = false; // last emitted line was a lone bullet
  let prevEndsHyphen = false; // last emitted line ended "x-" (a word broken at the line end)
  let prevOpen = false; // last emitted line ended mid-sentence (letter, comma, semicolon, bracket)
  let prevWord = ''; // the word before a line-end hyphen
  while (pos <= n) {
    let eol = original.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let lineEnd = eol;
    if (lineEnd > pos && original.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const line = original.slice(pos, lineEnd);
    const trimmed =
      line.length && (line.charCodeAt(0) <= 32 || line.charCodeAt(line.length - 1) <= 32)
        ? line.trim()
        : line;
    const tl = trimmed.length;

    if (tl === 0) {
      if (!pendingBullet) out.insert('\n', pos);
      pos = eol + 1;
      if (!pendingBullet) {
        prevEndsHyphen = false;
        prevOpen = false;
      }
      continue;
    }
    if (furniture.has(pos)) {
      // a running page header or footer: dropped, and the line before may continue after it
      pos = eol + 1;
      continue;
    }
    if (tl <= 14 && prevOpen && /^and\s+Injustice$/i.test(trimmed)) {
      // a table's "Maladministration / and Injustice" cell interleaved into a sentence: drop it
      pos = eol + 1;
      continue;
    }
    if (
      tl <= 16 &&
      PAGE_NUMBER_LINE.test(trimmed) &&
      /^\s*(?:page\s|\d+\s*$)/i.test(trimmed) &&
      !/£[ \t]*\r?\n$/.test(original.slice(Math.max(0, pos - 4), pos)) &&
      isIsolated(original, pos, eol)
    ) {
      // A page number alone between text lines: drop it (not the digits of an amount whose "£"
      // ends the line before).
      pos = eol + 1;
      continue;
    }
    if (tl === 1 && BULLET_GLYPHS.test(trimmed)) {
      out.copy('\u2022 ', pos + line.indexOf(trimmed));
      pendingBullet = true;
      pos = eol + 1;
      continue;
    }
    // a dash alone on its line with the item's text on the next ("-" / "Apologise to Miss X;"; a
    // lower-case item after a lead-in or an item ending ":" or ";": "...the following actions:" / "-" /
    // "apologise to Mr X ...;")
    if (
      tl === 1 &&
      (trimmed === '-' || trimmed === '\u2013') &&
      (/^[ \t]*[A-Z£]/.test(original.slice(eol + 1, eol + 40)) ||
        // (not an item with a marker of its own: "-" / "  a) inspect the property ...")
        (/^[ \t]*(?![a-z]{1,4}[.)]\s)[a-z]/.test(original.slice(eol + 1, eol + 40)) &&
          /(?:[:;]|\b(?:and|or))[ \t]*$/.test(original.slice(Math.max(0, pos - 200), pos).trimEnd())))
    ) {
      out.copy(`${trimmed} `, pos + line.indexOf(trimmed));
      pendingBullet = true;
      pos = eol + 1;
      continue;
    }
    // hyphenation across the previous line break: "assess-\nment"
    let joined = false;
    if (prevEndsHyphen) {
      const first = /^[a-z]+/.exec(trimmed);
      if (first) {
        // "assess-\nment" -> "assessment"; "re-\nassess", "face-\nto-face" keep their hyphen
        const keepHyphen = HYPHEN_PREFIX.test(prevWord) && !HYPHEN_SUFFIX.test(first[0]);
        out.dropLast(keepHyphen ? 1 : 2);
        const lead = line.length - line.trimStart().length;
        cleanLine(line.slice(lead), pos + lead, out);
        joined = true;
      }
    }
    if (!joined) cleanLine(line, pos, out);
    pendingBullet = false;
    if (trimmed.includes('<') && /^\s*[-\u2013\u2022*]$/.test(out.currentLine())) {
      // a list marker left alone at the end of its line once the HTML tags before it were taken
      // out (`<ul ...> -` with the item's text wrapped onto the next line): joined to that text
      out.insert(' ', eol);
      pendingBullet = true;
      pos = eol + 1;
      continue;
    }
    const last = trimmed.charCodeAt(tl - 1);
    prevEndsHyphen = last === 45 /* - */ && tl > 1 && /[a-z]/.test(trimmed[tl - 2]);
    if (prevEndsHyphen) prevWord = /([A-Za-z]+)-$/.exec(trimmed)?.[1].toLowerCase() ?? '';
    prevOpen = /[a-z,;)]/.test(trimmed[tl - 1]);
    if (eol < n) out.insert('\n', eol);
    pos = eol + 1;
  }
  return out.finish(n);
}

/** A page-number line is one with text lines (not numbers) around it within two lines. */
function isIsolated(text: string, lineStart: number, lineEnd: number): boolean {
  const before = text.lastIndexOf('\n', lineStart - 2);
  const prevLine = text.slice(before + 1, Math.max(before + 1, lineStart - 1)).trim();
  const afterEnd = text.indexOf('\n', lineEnd + 1);
  const nextLine = text.slice(lineEnd + 1, afterEnd < 0 ? text.length : afterEnd).trim();
  const wordy = (s: string): boolean => /[a-z]{3,}/i.test(s) && s.length > 25;
  return wordy(prevLine) && wordy(nextLine);
}

interface Line {
  start: number; // offset in the normalised text
  end: number; // exclusive, without the line break
}

const CONTINUATION_START = /^[ \t]*[a-z][a-z'\u2019-]*\b/;
const NOT_CONTINUATION = /^[ \t]*(?:[a-z][.)]\s|[ivx]+[.)]\s|o\s|e\.g\.|i\.e\.)/;
const UNFINISHED_END = /[A-Za-z0-9,\u2019'£%)-]$/;
const CLOSED_END = /[.!?:;]["'\u2019\u201d)]?$/;

/**
 * Table cells split across rows (a sentence that stops mid-way, a cell of another column or a
 * blank line, then the rest of the sentence starting in lower case): put the rest back after its
 * beginning. The offset map moves with the text, so spans still point at the original characters.
 *
 * PDF layout wraps each cell over several short lines, so a cell's length is counted over its
 * lines; a line followed at once by a lower-case line of the same cell is not where the cell
 * stops; the rest of the sentence moves with its wrapped lines (up to the line ending a sentence);
 * and the cell of the other column in between may run to many lines (two paragraphs are skipped).
 */
export function reflowContinuations(n: NormalisedText): NormalisedText {
  const t = n.text;
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= t.length) {
    let eol = t.indexOf('\n', pos);
    if (eol < 0) eol = t.length;
    if (t.slice(pos, eol).trim() !== '') lines.push({ start: pos, end: eol });
    pos = eol + 1;
  }
  const tail = (l: Line): string => t.slice(Math.max(l.start, l.end - 40), l.end).trimEnd();
  const head = (l: Line): string => t.slice(l.start, Math.min(l.end, l.start + 40));
  // adjacent[i]: line i follows line i - 1 with no blank line between (the same paragraph or cell)
  const adjacent = lines.map((l, i) => i > 0 && !/\n[ \t]*\n/.test(t.slice(lines[i - 1].end, l.start)));
  const paragraphLength: number[] = [];
  lines.forEach((l, i) => {
    const own = t.slice(l.start, l.end).trim().length;
    paragraphLength.push(adjacent[i] ? paragraphLength[i - 1] + 1 + own : own);
  });
  const continues = (i: number): boolean =>
    CONTINUATION_START.test(head(lines[i])) && !NOT_CONTINUATION.test(head(lines[i]));
  const unfinished = (i: number): boolean => {
    const e = tail(lines[i]);
    if (CLOSED_END.test(e) || !UNFINISHED_END.test(e) || paragraphLength[i] < 40) return false;
    // a heading we know ("Summary", "Recommendations") ends its line: a lower-case line further
    // on is not the rest of it
    if (classifyHeading(t.slice(lines[i].start, lines[i].end)) !== null) return false;
    // the cell goes on in lower case on the next line: it does not stop here
    return !(i + 1 < lines.length && adjacent[i + 1] && continues(i + 1));
  };
  // continuation line index -> the line it continues
  const attachTo = new Map<number, number>();
  const used = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    if (!continues(i)) continue;
    const prev = lines[i - 1];
    const gap = t.slice(prev.end, lines[i].start);
    if (unfinished(i - 1)) {
      if (/\n[ \t]*\n/.test(gap)) {
        attachTo.set(i, i - 1);
        used.add(i - 1);
      }
      continue;
    }
    if (!CLOSED_END.test(tail(prev))) continue;
    // after a lead-in ("the Council will:") a lower-case line is the first item of its list; an
    // indented one after "...;" is the next item of a list whose bullets the PDF lost
    if (/:\s*$/.test(tail(prev))) continue;
    // (a lower-case line after "...;" goes on with the semicolon list: "caused;" / "and service
    // improvements.", "...in 2023;" / "failing to consider ...")
    if (/;\s*$/.test(tail(prev))) continue;
    let paragraphs = 0;
    for (let j = i - 2; j >= 0 && i - j <= 30; j--) {
      if (!adjacent[j + 1]) paragraphs++;
      if (i - j > 4 && paragraphs > 2) break;
      if (used.has(j) || attachTo.has(j)) continue;
      // never across a lead-in ("the council has agreed to:") or a heading: a lower-case line
      // after them belongs to their list, not to the prose before them
      if (/:\s*$/.test(tail(lines[j])) || classifyHeading(t.slice(lines[j].start, lines[j].end)) !== null)
        break;
      // a wrapped line of prose is long; a short label or value ("Upheld", "02 Feb 2017") is whole
      if (unfinished(j) && t.slice(lines[j].start, lines[j].end).trim().split(/\s+/).length >= 5) {
        attachTo.set(i, j);
        used.add(j);
        break;
      }
    }
  }
  if (!attachTo.size) return n;

  // a continuation moved away from where it stands takes its wrapped lines with it, up to the line
  // that ends a sentence
  const groupEnd = new Map<number, number>();
  for (const [c, target] of attachTo) {
    let k = c;
    if (target !== c - 1)
      while (
        k + 1 < lines.length &&
        adjacent[k + 1] &&
        !CLOSED_END.test(tail(lines[k])) &&
        !attachTo.has(k + 1) &&
        !used.has(k + 1)
      )
        k++;
    groupEnd.set(c, k);
  }
  const following = new Map<number, number>();
  for (const [c, target] of attachTo) following.set(target, c);
  const out: string[] = [];
  const origin = new Int32Array(n.origin.length + attachTo.size + 1);
  let len = 0;
  const emit = (s: number, e: number): void => {
    if (e <= s) return;
    out.push(t.slice(s, e));
    origin.set(n.origin.subarray(s, e), len);
    len += e - s;
  };
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (attachTo.has(i)) {
      // a line moved up to the line just before it: the blank gap between them goes too, so the
      // lines that follow it stay in the same paragraph
      if (attachTo.get(i) !== i - 1) emit(last, l.start);
      const end = groupEnd.get(i) ?? i;
      last = lines[end].end;
      i = end;
      continue;
    }
    emit(last, l.end);
    last = l.end;
    const c = following.get(i);
    if (c !== undefined) {
      const cl = lines[c];
      const lead = t.slice(cl.start, cl.end).length - t.slice(cl.start, cl.end).trimStart().length;
      out.push(' ');
      origin[len] = n.origin[cl.start + lead];
      len += 1;
      emit(cl.start + lead, lines[groupEnd.get(c) ?? c].end);
    }
  }
  emit(last, t.length);
  origin[len] = n.origin[t.length];
  return { text: out.join(''), origin: origin.slice(0, len + 1) };
}
