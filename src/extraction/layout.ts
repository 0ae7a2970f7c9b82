/**
 * Layout repairs on the normalised text, for text that PDF or web-page extraction broke into one
 * cell or one fragment per line. Every repair is an edit of the normalised text that keeps the
 * offset map, so spans still point at the reader's characters.
 *
 * - `joinSplitTokens`: an amount split over lines (`£` / `1` / `10` / `0` is £1100), a day split
 *   over lines before its month (`1` / `9` / `May 2026`), a month and its year on two lines, and a
 *   word broken inside (`T` / `he`, `Explain h` / `ow`, `sai` / `d`).
 * - `rebuildTables`: a table we know by its header row (the Housing Ombudsman's "Order / What the
 *   landlord must do / Due date"), printed one cell per line, rebuilt as one numbered list item per
 *   row (the order's text with its due date), with the row ranges returned so that one row is one
 *   action.
 */
import { DeadlineMatch, findDeadline } from './deadlines';
import { NormalisedText } from './normalise';

export interface TextEdit {
  /** Range of the normalised text replaced. */
  start: number;
  end: number;
  /** Replacement (new characters map to the original offset of `start`). */
  text: string;
}

/** Apply non-overlapping edits, keeping the offset map. */
export function applyEdits(n: NormalisedText, edits: TextEdit[]): NormalisedText {
  if (!edits.length) return n;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let size = n.text.length + 1;
  for (const e of sorted) size += e.text.length - (e.end - e.start);
  const origin = new Int32Array(Math.max(1, size));
  let len = 0;
  let done = 0;
  const copy = (s: number, e: number): void => {
    if (e <= s) return;
    parts.push(n.text.slice(s, e));
    origin.set(n.origin.subarray(s, e), len);
    len += e - s;
  };
  for (const e of sorted) {
    if (e.start < done) continue; // overlapping: the first one wins
    copy(done, e.start);
    const at = n.origin[e.start];
    for (let i = 0; i < e.text.length; i++) origin[len + i] = at;
    parts.push(e.text);
    len += e.text.length;
    done = e.end;
  }
  copy(done, n.text.length);
  origin[len] = n.origin[n.text.length];
  return { text: parts.join(''), origin: origin.slice(0, len + 1) };
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * The non-blank lines. A Word file made from such text has each fragment as its own paragraph, a
 * blank line apart: one blank line between two fragments is read as a line break (two or more end
 * the run), so Word and PDF text are repaired alike.
 */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let blanks = 0;
  for (let pos = 0; pos <= text.length;) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const t = text.slice(pos, eol);
    if (t.trim() === '') blanks++;
    else {
      // a paragraph break of two or more blank lines stays a break: an empty line stands for it
      if (blanks >= 2 && out.length) out.push({ start: pos, end: pos, text: '' });
      out.push({ start: pos, end: eol, text: t });
      blanks = 0;
    }
    pos = eol + 1;
  }
  return out;
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const MONTH_START = new RegExp(`^${MONTH}\\b`);
const DAY_MONTH_END = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}$`);
/** One letter that is not a word on its own ("a", "I", "A", and "o" as a list glyph are). */
const LONE_LETTER_END = /(?:^|\s)([B-HJ-Zb-hj-np-z]|i)$/;
const LONE_LETTER_LINE = /^[b-hj-np-z](?=$|[\s.,;:)])/;

/** Where the whitespace between two lines starts and ends (the line break and any indentation). */
function gap(a: Line, b: Line, text: string): { start: number; end: number } {
  let s = a.end;
  while (s > a.start && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  let e = b.start;
  while (e < b.end && (text[e] === ' ' || text[e] === '\t')) e++;
  return { start: s, end: e };
}

/**
 * An amount a PDF's spacing broke inside its line: "£ 50 0", "£1, 5 00", "£1 25 previously offered".
 * The digits after "£" come in short runs, split by single spaces, that only make a well-formed amount
 * together, and the break shows: a space after "£", a space after a thousands comma, or one digit and
 * two more before a word. A table's next column ("£250 3", "£75\t2") and a count with its unit ("£50 10
 * days after") are left alone.
 */
const BROKEN_AMOUNT = /£( ?)(\d{1,3})((?:,? \d{1,3})+)(?![\d,.])(?: ([A-Za-z]+))?/g;
function joinBrokenAmounts(t: string): TextEdit[] {
  const edits: TextEdit[] = [];
  if (!/£ ?\d{1,3},? \d/.test(t)) return edits;
  BROKEN_AMOUNT.lastIndex = 0;
  for (let m = BROKEN_AMOUNT.exec(t); m; m = BROKEN_AMOUNT.exec(t)) {
    const pieces = m[3].split(/,? /).slice(1);
    const joined = `${m[2]}${m[3].replace(/ /g, '')}`;
    const wellFormed = /^\d{1,6}$/.test(joined) || /^\d{1,3}(?:,\d{3})+$/.test(joined);
    const broken =
      m[1] === ' ' ||
      m[3].includes(', ') ||
      (m[2].length === 1 && pieces.length === 1 && pieces[0].length === 2 && /^[a-z]+$/.test(m[4] ?? ''));
    if (!wellFormed || !broken || !pieces.some((p) => p.length < 3)) continue;
    const digitsEnd = m.index + 1 + m[1].length + m[2].length + m[3].length;
    for (let k = m.index + 1; k < digitsEnd; k++)
      if (t[k] === ' ') edits.push({ start: k, end: k + 1, text: '' });
  }
  return edits;
}

/**
 * Join what layout split over lines: amounts, dates and words broken inside. Linear in the text.
 * Only lines with nothing between them (no blank line) are joined.
 */
export function joinSplitTokens(n: NormalisedText): NormalisedText {
  const t = n.text;
  const edits: TextEdit[] = joinBrokenAmounts(t);
  if (!/\n\S{1,3}\n/.test(t) && !/£[ \t]*\n/.test(t) && !/[a-z]\n(?:19|20)\d\d\b/.test(t))
    return edits.length ? applyEdits(n, edits) : n;
  const lines = linesOf(t);
  const trimmed = lines.map((l) => l.text.trim());
  for (let i = 0; i + 1 < lines.length; i++) {
    const cur = trimmed[i];
    if (!cur) continue;
    const next = trimmed[i + 1];
    if (!next) continue;
    // an amount: "£" at the end of a line, its digits on the lines after it
    if (cur.endsWith('£')) {
      let j = i + 1;
      let digits = 0;
      while (j < lines.length && /^\d{1,3}$/.test(trimmed[j]) && digits + trimmed[j].length <= 7) {
        digits += trimmed[j].length;
        j++;
      }
      // the last part may carry the rest of the sentence ("0 for the distress ...")
      const tail = j < lines.length ? /^(\d{1,3})(?=[\s,.;:)]|$)/.exec(trimmed[j]) : null;
      if (tail && digits + tail[1].length <= 7 && (digits > 0 || trimmed[j].length > tail[1].length)) j++;
      else if (digits === 0) continue;
      for (let k = i; k < j - 1; k++) {
        const g = gap(lines[k], lines[k + 1], t);
        edits.push({ start: g.start, end: g.end, text: '' });
      }
      i = j - 2;
      continue;
    }
    // a day split over lines before its month: "1" / "9" / "May 2026", "26" / "May 2026"
    if (/^\d{1,2}$/.test(cur)) {
      let j = i + 1;
      let day = cur;
      if (/^\d$/.test(cur) && /^\d$/.test(next) && j + 1 < lines.length && MONTH_START.test(trimmed[j + 1])) {
        day += next;
        j++;
      }
      if (j < lines.length && MONTH_START.test(trimmed[j]) && Number(day) >= 1 && Number(day) <= 31) {
        for (let k = i; k < j; k++) {
          const g = gap(lines[k], lines[k + 1], t);
          edits.push({ start: g.start, end: g.end, text: k === j - 1 ? ' ' : '' });
        }
        i = j - 1;
        continue;
      }
    }
    // a month and its year on two lines: "2 March" / "2024"
    if (DAY_MONTH_END.test(cur) && /^(?:19|20)\d\d\b/.test(next)) {
      const g = gap(lines[i], lines[i + 1], t);
      edits.push({ start: g.start, end: g.end, text: ' ' });
      continue;
    }
    // a word broken inside: "T" / "he", "Explain h" / "ow", "sai" / "d"
    if (
      (LONE_LETTER_END.test(cur) && cur.length > 1 && /^[a-z]/.test(next)) ||
      (/[a-z]$/.test(cur) && LONE_LETTER_LINE.test(next) && next.length <= 3)
    ) {
      const g = gap(lines[i], lines[i + 1], t);
      edits.push({ start: g.start, end: g.end, text: '' });
      continue;
    }
    if (/^[A-Z]$/.test(cur) && /^[a-z]{1,12}\b/.test(next)) {
      // a capital alone on its line, its word on the next ("T" / "he apology")
      const g = gap(lines[i], lines[i + 1], t);
      edits.push({ start: g.start, end: g.end, text: '' });
    }
  }
  return applyEdits(n, edits);
}

/**
 * A table known by its header row, one header cell per line. Each row: its number, its name, the
 * cells' text, and (when the table has one) its due date cell starting with `due`.
 */
export interface TableRule {
  id: string;
  reason: string;
  header: RegExp[];
  /** The last cell of a row starts with a line matching this (the due date). */
  due: RegExp;
}

export const TABLE_RULES: TableRule[] = [
  {
    id: 'table.hos-orders',
    reason:
      'Housing Ombudsman orders table (Order / What the landlord must do / Due date): one order per row, the row is one action',
    header: [
      /^Orders?$/i,
      /^What the landlord (?:must|should|is to) do$/i,
      /^(?:Due date|Deadline|Timescale)$/i,
    ],
    due: /^(?:No later than|Not later than|By|Within|Immediately)\b/i,
  },
];

export interface RebuiltText extends NormalisedText {
  /** Ranges of the reader's text (original offsets) that are one table row each (one action). */
  rows: { start: number; end: number }[];
}

/**
 * Rebuild the rows of known tables printed one cell per line as one numbered line each:
 * "1" / "Compensation order" / "The landlord must pay ..." / "No later than" / "05 June 2026"
 * becomes "1. The landlord must pay ... No later than 05 June 2026." on a line of its own.
 */
export function rebuildTables(n: NormalisedText): RebuiltText {
  const t = n.text;
  if (!/What the landlord/i.test(t)) return { ...n, rows: [] };
  const lines = linesOf(t);
  const trimmed = lines.map((l) => l.text.trim());
  const edits: TextEdit[] = [];
  /** Row ranges in the text before the edits: [start of the number line, end of the row]. */
  const rowMarks: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    for (const rule of TABLE_RULES) {
      if (!rule.header.every((h, k) => i + k < lines.length && h.test(trimmed[i + k]))) continue;
      let j = i + rule.header.length;
      let expected = 1;
      while (j < lines.length) {
        while (j < lines.length && !trimmed[j]) j++;
        if (j >= lines.length || trimmed[j] !== String(expected)) break;
        const numberLine = j;
        let k = j + 1;
        while (k < lines.length && !trimmed[k]) k++;
        // the row's name ("Compensation order"): a short line without a full stop
        const nameLine = k < lines.length && trimmed[k].length <= 60 && !/[.:;]$/.test(trimmed[k]) ? k : -1;
        const bodyFrom = nameLine >= 0 ? k + 1 : k;
        let end = bodyFrom;
        let dueAt = -1;
        const limit = Math.min(lines.length, bodyFrom + 400);
        while (end < limit) {
          const s = trimmed[end];
          if (rule.due.test(s) && s.length <= 40 && end > bodyFrom) {
            dueAt = end;
            break;
          }
          if (s === String(expected + 1) && end + 1 < lines.length && /order\b/i.test(trimmed[end + 1] ?? ''))
            break;
          end++;
        }
        if (end >= limit) break;
        let last: number;
        if (dueAt >= 0) {
          // the due date: this line and, when it holds no date yet, the next one
          last = /\d{4}/.test(trimmed[dueAt]) || dueAt + 1 >= lines.length ? dueAt : dueAt + 1;
        } else last = end - 1;
        const bodyLines: number[] = [];
        for (let b = bodyFrom; b <= last; b++) if (trimmed[b]) bodyLines.push(b);
        if (!bodyLines.length) break;
        // "1\nCompensation order\n" -> "\n1. "
        const firstBody = lines[bodyLines[0]];
        const lead = firstBody.text.length - firstBody.text.trimStart().length;
        edits.push({ start: lines[numberLine].start, end: firstBody.start + lead, text: `\n${expected}. ` });
        for (let b = 0; b + 1 < bodyLines.length; b++) {
          const a = lines[bodyLines[b]];
          const c = lines[bodyLines[b + 1]];
          const g = gap(a, c, t);
          const atext = trimmed[bodyLines[b]];
          const ctext = trimmed[bodyLines[b + 1]];
          // a cell's line stops mid-sentence or a new sentence starts: a space; the due date after
          // a sentence without a full stop: a full stop first
          const joint =
            bodyLines[b + 1] === dueAt && !/[.:;]$/.test(atext) ? '. ' : /^[,.;:)]/.test(ctext) ? '' : ' ';
          edits.push({ start: g.start, end: g.end, text: joint });
        }
        const lastLine = lines[bodyLines[bodyLines.length - 1]];
        const endsSentence = /[.!?]$/.test(trimmed[bodyLines[bodyLines.length - 1]]);
        let lastEnd = lastLine.end;
        while (lastEnd > lastLine.start && /\s/.test(t[lastEnd - 1])) lastEnd--;
        edits.push({ start: lastEnd, end: lastLine.end, text: `${endsSentence ? '' : '.'}\n` });
        rowMarks.push({ start: lines[numberLine].start, end: lastLine.end });
        expected++;
        j = last + 1;
      }
      if (expected > 1) i = j - 1;
      break;
    }
  }
  if (!edits.length) return { ...n, rows: [] };
  const out = applyEdits(n, edits);
  // row ranges as offsets of the reader's text, so they survive later moves of the text
  const rows = rowMarks.map((r) => ({
    start: n.origin[r.start],
    end: n.origin[Math.max(r.start, r.end - 1)] + 1,
  }));
  return { ...out, rows };
}

/** Mark the items that lie inside a rebuilt table row (original offsets) with the row's index. */
export function markRows(
  items: { start: number; row?: number }[],
  rows: { start: number; end: number }[],
  origin: Int32Array,
): void {
  if (!rows.length) return;
  for (const it of items) {
    const o = origin[it.start];
    for (let r = 0; r < rows.length; r++)
      if (o >= rows[r].start && o < rows[r].end) {
        it.row = r;
        break;
      }
  }
}

/** What merging the cells of a table row reads and writes of a candidate (candidates.ts extends it). */
export interface RowCandidate {
  /** Range of the action text in the normalised text. */
  start: number;
  end: number;
  item: number;
  /** The sentence (or item) range the action came from. */
  sentenceStart: number;
  sentenceEnd: number;
  deadline: DeadlineMatch | null;
  deadlineSource: string | null;
  evidence: boolean;
  evidenceReason: string | null;
  /** The text was extended with the sub-points of the task (not split into actions). */
  subPoints?: boolean;
  reasons: string[];
}

/** The due date cell at the end of a rebuilt row ("No later than 05 June 2026."). */
const DUE_CELL = /(?:^|[.;]\s)((?:No|Not)\s+later\s+than\s+[^.]{4,40}|By\s+[^.]{4,40})\.?\s*$/i;

/**
 * One table row is one action: the candidates found in the same row (an order's sentences, the
 * parts of its compensation, its due date) become one, spanning from the first to the last, with
 * the row's due date when no sentence stated one.
 */
export function mergeRowCandidates<C extends RowCandidate>(
  cands: C[],
  items: { start: number; end: number; row?: number }[],
  text: string,
): C[] {
  const out: C[] = [];
  let last: C | null = null;
  let lastRow: number | undefined;
  for (const c of cands) {
    const row = items[c.item]?.row;
    if (row !== undefined && last !== null && row === lastRow) {
      last.end = Math.max(last.end, c.end);
      last.sentenceEnd = Math.max(last.sentenceEnd, c.sentenceEnd);
      if (!last.deadline && c.deadline) {
        last.deadline = c.deadline;
        last.deadlineSource = c.deadlineSource;
      }
      if (c.evidence && !last.evidence) {
        last.evidence = true;
        last.evidenceReason = c.evidenceReason;
      }
      last.subPoints = true;
      if (!last.reasons.includes(ROW_REASON)) last.reasons.push(ROW_REASON);
      continue;
    }
    if (row !== undefined && !c.deadline) {
      const it = items[c.item];
      const body = text.slice(it.start, it.end);
      const cell = DUE_CELL.exec(body);
      const d = cell ? findDeadline(cell[1]) : null;
      if (cell && d) {
        const at = it.start + cell.index + cell[0].indexOf(cell[1]);
        c.deadline = { ...d, index: d.index + at };
        c.deadlineSource = 'the due date of its table row';
      }
    }
    out.push(c);
    last = c;
    lastRow = row;
  }
  return out;
}

const ROW_REASON = 'one table row is one action';
