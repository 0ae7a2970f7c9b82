/**
 * Blocks: splits the normalised text into items (paragraphs, list items, headings) as ranges of
 * the normalised text. Wrapped lines are joined; a new item starts at a blank line, a bullet or a
 * number, after a heading-like line, or at an inline bullet or an inline lettered list (`b) ... c)`).
 */

import { classifyHeading, isActionSection } from './sections';
import { presentActionVerb } from './verbs';

export type MarkerKind = 'bullet' | 'number' | 'letter' | 'roman' | 'recommendation' | null;

export interface Item {
  /** Range in the normalised text. Text between start and end excludes the marker. */
  start: number;
  end: number;
  /** Start of the marker (or of the text when there is none). */
  markerStart: number;
  marker: string | null;
  kind: MarkerKind;
  /** A short line on its own that reads like a heading. */
  heading: boolean;
  /** Index of the paragraph the item came from (items split from one paragraph share it). */
  paragraph: number;
  /** Index of the rebuilt table row the item lies in (one row is one action), if any. */
  row?: number;
}

const LINE_MARKER =
  /^[ \t]*(?:(\u2022|[-*\u2013\u2014o\u25e6](?=\s))|(\(?\d{1,2}(?:\.\d{1,2}){0,2}[.)](?=\s)|\d{1,2}(?:\.\d{1,2}){1,2}(?=\s)|\(\d{1,2}\)(?=\s))|(\(?[a-z][.)](?=\s)|\([a-z]\)(?=\s))|(\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)](?=\s)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)(?=\s))|((?:Recommendation|Rec\.?|Order)\s+(?:\d{1,2}\b|\([a-z]\)|[a-z]\b(?=[.:)]))[.:)]?|R\d{1,2}\b[.:)]?))[ \t]*/i;
const FUNCTION_WORD_END =
  /\b(?:the|of|and|to|a|an|in|for|with|by|on|at|or|that|is|are|be|its|their|his|her|from|as|was|were|has|have|will|should|would|this|these|which|who|not|any|all|our|my|your|it|but|if|than|into|under)$/i;

interface Line {
  start: number;
  end: number; // exclusive, no newline
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    lines.push({ start: pos, end: eol, text: text.slice(pos, eol) });
    pos = eol + 1;
  }
  return lines;
}

/** A heading we know by name ("Agreed action", "Final decision") may be followed by anything. */
function classifyHeadingKnown(s: string): boolean {
  return classifyHeading(s) !== null;
}
function actionHeading(s: string): boolean {
  const k = classifyHeading(s);
  return k !== null && isActionSection(k);
}

/** Words of a lead-in sentence ending in a colon ("The Council has agreed to:"), not of a heading. */
const LEAD_IN_VERB =
  /\b(?:that|should|must|will|shall|agreed|agrees|recommended|recommends|asked|ordered)\b/i;
/** Does this single line read like a heading? */
export function looksLikeHeading(line: string): boolean {
  if (line.length > 120) return false;
  let t = line.trim();
  if (t.length < 3 || t.length > 96) return false;
  const c0 = t.charCodeAt(0);
  if (c0 === 35 /* # */) t = t.replace(/^#+\s*/, '');
  else if (c0 === 42 /* * */) t = t.replace(/^\*\*(.*)\*\*$/, '$1');
  if (t.length < 3 || t.length > 90) return false;
  if (/[.;,!?]$/.test(t)) return false;
  if (!/^[A-Z0-9]/.test(t)) return false;
  // a sentence that ends inside the line ("... injustice found. £300 settlement") is prose
  if (/[a-z]{3}[.!?]\s+[A-Z£]/.test(t)) return false;
  if (FUNCTION_WORD_END.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 12) return false;
  // (not a lead-in sentence, "The Ombudsman recommended that Cherry Acre:", "The Council has agreed
  // to:"; but an action heading is one: "Agreed actions:", "What the Council will do:")
  if (t.endsWith(':')) return words.length <= 6 && (!LEAD_IN_VERB.test(t) || actionHeading(t));
  return true;
}

function markerKind(m: RegExpExecArray): MarkerKind {
  if (m[1]) return 'bullet';
  if (m[2]) return 'number';
  if (m[3]) {
    // "i." is ambiguous: treat single i/v/x as roman only when written with parentheses
    return 'letter';
  }
  if (m[4]) return 'roman';
  if (m[5]) return 'recommendation';
  return null;
}

const INLINE_LETTER = /(^|[\s;:,.])\(?([a-z])\)\s+(?=\S)/g;
const INLINE_BULLET = /\s\u2022\s*/g;
// (a number run into the text after a semicolon, a colon or a sentence's end: "taken. 1. Apologise
// ...; 2. Make ...", not "recommendation 3. The Head of Service will ...")
const INLINE_NUMBER = /(^|[;:]\s*|\.\s+)(\d{1,2})[.)]\s+(?=[A-Z])/g;

/** Split a paragraph range at inline bullets and at inline lettered lists (a) b) c) ...). */
function splitInline(text: string, p: Item, out: Item[]): void {
  const cuts: { at: number; textAt: number; marker: string; kind: MarkerKind }[] = [];
  const body = text.slice(p.start, p.end);
  // a bullet run into the paragraph: the cut after its first character (the space before the mark)
  const bullets = (re: RegExp, marker: string): void => {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body))
      cuts.push({
        at: p.start + m.index + 1,
        textAt: p.start + m.index + m[0].length,
        marker,
        kind: 'bullet',
      });
  };
  bullets(INLINE_BULLET, '\u2022');
  // inline lettered lists (a) b) c)) and numbered ones ("RESOLVED: 1. Noted ... 2. Endorsed ...",
  // "... be taken. 1. Apologise to Mrs D; 2. Make a payment ..."): keep only chains of consecutive marks
  const chains = (re: RegExp, kind: MarkerKind, value: (mark: string) => number): void => {
    const marks: { at: number; textAt: number; value: number; marker: string }[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      marks.push({
        at: p.start + m.index + m[1].length,
        textAt: p.start + m.index + m[0].length,
        value: value(m[2]),
        marker: m[0].trim(),
      });
      if (m[0].length === 0) re.lastIndex++;
    }
    for (let i = 0; i < marks.length; i++) {
      const chained =
        (i > 0 && marks[i - 1].value === marks[i].value - 1) ||
        (i + 1 < marks.length && marks[i + 1].value === marks[i].value + 1);
      if (chained && marks[i].at > p.start)
        cuts.push({ at: marks[i].at, textAt: marks[i].textAt, marker: marks[i].marker, kind });
    }
  };
  chains(INLINE_LETTER, 'letter', (mark) => mark.charCodeAt(0));
  chains(INLINE_NUMBER, 'number', (mark) => Number(mark));
  // inline dash bullets in a dash list ("- Improved its processes ... - Review its procedures ...")
  if (p.marker === '-' || p.marker === '\u2013') bullets(/\s[-\u2013]\s+(?=[A-Z])/g, '-');
  if (!cuts.length) {
    out.push(p);
    return;
  }
  cuts.sort((a, b) => a.at - b.at);
  let cur: Item = { ...p };
  for (const c of cuts) {
    if (c.at <= cur.start) continue;
    out.push({ ...cur, end: trimEnd(text, cur.start, c.at) });
    cur = {
      start: c.textAt,
      end: p.end,
      markerStart: c.at,
      marker: c.marker,
      kind: c.kind,
      heading: false,
      paragraph: p.paragraph,
    };
  }
  out.push(cur);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** Build items from the normalised text. Linear in its length. */
export function buildItems(text: string): Item[] {
  const lines = splitLines(text);
  const paragraphs: Item[] = [];
  let cur: Item | null = null;
  let prevText: Line | null = null;
  let paragraph = 0;

  const close = (): void => {
    if (cur) {
      cur.end = trimEnd(text, cur.start, cur.end);
      if (cur.end > cur.start || cur.marker) paragraphs.push(cur);
    }
    cur = null;
  };

  /** A table's number cell on its own line ("3"), waiting for the row's text on the next line. */
  let cell: { at: number; marker: string } | null = null;
  /** Lines of a list whose markers were lost, under a lead-in ending in ":" ("... has agreed to:"). */
  let unmarkedList = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const trimmed = line.text.trim();
    if (!trimmed) {
      close();
      prevText = null;
      continue;
    }
    // "apologise to the families." / "pay each family £150 ...": each line under the lead-in that
    // starts with a verb in lower case after a full stop is the next item, not a wrapped line
    const unmarkedItem: boolean =
      prevText !== null &&
      /[:.;]\s*$/.test(prevText.text) &&
      /^[a-z]/.test(trimmed) &&
      (/:\s*$/.test(prevText.text) || unmarkedList) &&
      presentActionVerb(/^[a-z][\w-]*/.exec(trimmed)![0]) !== null;
    unmarkedList = unmarkedItem || (unmarkedList && !/[.;]\s*$/.test(prevText?.text ?? '.'));
    const nextLine = lines[li + 1]?.text.trim() ?? '';
    // a list marker alone on its line, its item on the lines after (a table cell as PDF text gives
    // it): "3." then "The Council should ..."; "e." then "pay" / "Mr and Mrs H £750;" after an item
    // that ended
    if (
      (/^\d{1,2}\.?$/.test(trimmed) &&
        /^[A-Z]/.test(nextLine) &&
        nextLine.length >= 25 &&
        !classifyHeadingKnown(nextLine)) ||
      (/^[a-h]\.$/.test(trimmed) && /^[a-z]{2,}/.test(nextLine) && /[.;:]\s*$/.test(prevText?.text ?? ''))
    ) {
      close();
      cell = { at: line.start + line.text.indexOf(trimmed), marker: trimmed };
      prevText = null;
      continue;
    }
    const m = LINE_MARKER.exec(line.text);
    const hasMarker = m !== null && m[0].trim().length > 0 && line.text.length > m[0].length;
    // a bullet whose glyph the PDF lost: an indented line starting a new clause after a lead-in or
    // the end of the previous item, where wrapped lines start at the margin
    const lostBullet =
      !hasMarker &&
      cur !== null &&
      prevText !== null &&
      /^[ \t]+[a-z]/.test(line.text) &&
      /[:;.]\s*$/.test(prevText.text) &&
      !/^[ \t]/.test(lines[li + 1]?.text ?? ' ');
    const startsNew =
      cur === null ||
      hasMarker ||
      lostBullet ||
      cell !== null ||
      unmarkedItem ||
      (prevText !== null && startsNewAfter(prevText.text, trimmed, lines[li + 1]?.text ?? '')) ||
      // a list item ends at "; and" or a full stop when the next line starts a new sentence
      (cur !== null &&
        (cur as Item).kind !== null &&
        prevText !== null &&
        /[;.]\s*(?:and|or)?\s*$/.test(prevText.text) &&
        /^[A-Z]/.test(trimmed));
    if (startsNew) {
      close();
      paragraph++;
      const implicitMarker = cell !== null || lostBullet;
      if (cell) {
        cur = {
          start: line.start + (line.text.length - line.text.trimStart().length),
          end: line.end,
          markerStart: cell.at,
          marker: cell.marker,
          kind: 'number',
          heading: false,
          paragraph,
        };
        cell = null;
      } else if (lostBullet) {
        const lead = line.text.length - line.text.trimStart().length;
        cur = {
          start: line.start + lead,
          end: line.end,
          markerStart: line.start + lead,
          marker: '\u2022',
          kind: 'bullet',
          heading: false,
          paragraph,
        };
      } else if (hasMarker && m) {
        cur = {
          start: line.start + m[0].length,
          end: line.end,
          markerStart: line.start + (line.text.length - line.text.trimStart().length),
          marker: m[0].trim(),
          kind: markerKind(m),
          heading: false,
          paragraph,
        };
      } else {
        const lead = line.text.length - line.text.trimStart().length;
        cur = {
          start: line.start + lead,
          end: line.end,
          markerStart: line.start + lead,
          marker: null,
          kind: null,
          heading: false,
          paragraph,
        };
      }
      // a heading is a single short line followed by a break or a new line ("2.10 Identified learning" too)
      const next = lines[li + 1]?.text.trim() ?? '';
      const rest = hasMarker && m ? line.text.slice(m[0].length).trim() : trimmed;
      const numberedHeading =
        hasMarker && m !== null && /^\d/.test(m[0].trim()) && !/[.;:,]$/.test(rest) && rest.length < 70;
      if (
        !implicitMarker &&
        (!hasMarker || numberedHeading) &&
        looksLikeHeading(rest) &&
        (next === '' ||
          LINE_MARKER.test(next) ||
          (!/^[a-z(]/.test(next) && (next.length >= 30 || classifyHeadingKnown(rest))))
      ) {
        cur.heading = true;
      }
    } else if (cur) {
      cur.end = line.end;
      cur.heading = false;
    }
    prevText = line;
  }
  close();

  const items: Item[] = [];
  for (const p of paragraphs) splitInline(text, p, items);
  markRomanNumerals(items);
  return items;
}

/**
 * "i." (or "v.", "x.") is a letter only when it continues a lettered list ("h." before it); after
 * "b. Pay £1,150, made up of:" it opens a roman sub-list ("i. £900 ...", "ii. £250 ...").
 */
function markRomanNumerals(items: Item[]): void {
  let lastLetter: string | null = null;
  const previous: Record<string, string> = { i: 'h', v: 'u', x: 'w' };
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'letter' || !it.marker) continue;
    const label = /([a-z])/i.exec(it.marker)?.[1]?.toLowerCase() ?? null;
    if (label === null) continue;
    const nextIsII = label === 'i' && /^\(?ii[.)]/i.test(items[k + 1]?.marker ?? '');
    if (
      previous[label] !== undefined &&
      lastLetter !== previous[label] &&
      (lastLetter !== null || nextIsII)
    ) {
      it.kind = 'roman';
      continue;
    }
    lastLetter = label;
  }
}

/** Whether a non-blank line starts a new paragraph after `prev` (wrapped PDF text otherwise joins). */
function startsNewAfter(prev: string, line: string, next: string): boolean {
  const p = prev.trim();
  if (p.endsWith(':')) return true;
  // "Agreed action" on its own line after a table cell or a full stop
  if (
    line.length < 40 &&
    (p.length < 40 || /[.;:]$/.test(p) || (looksLikeHeading(line) && /^[A-Z]/.test(line))) &&
    classifyHeadingKnown(line) &&
    // (before a "- " item only after a sentence has ended: not a line wrapped mid-sentence; a heading
    // at the top of a PDF page follows the last line of the page before with no blank line)
    (next.trim() === '' ||
      /^[A-Z0-9\u2022(]/.test(next.trim()) ||
      (/[.!?]$/.test(p) && /^[-\u2013*]\s/.test(next.trim())))
  )
    return true;
  if (looksLikeHeading(p) && /^[A-Z0-9\u2022]/.test(line) && p.length < 60) return true;
  // a table cell or list line that starts with an imperative ("Review the decision ...", "Confirm
  // whether ...") after a line that did not stop mid-phrase: a new item, not a wrapped line
  const verb =
    /^([A-Z][a-z]+)\s+(?:the|an?|its|their|his|her|him|them|whether|when|how|what|if|all|any|copy|copies|to|with|for|that)\b/.exec(
      line,
    )?.[1];
  if (
    verb !== undefined &&
    presentActionVerb(verb) === verb.toLowerCase() &&
    p.split(/\s+/).length >= 3 &&
    !/\b(?:the|a|an|to|and|or|of|for|by|with|in|on|at|will|should|must|shall|would|can|could|may|not|its|their|his|her|that|which)$/i.test(
      p,
    ) &&
    // (nor inside a name in capitals wrapped across the lines: "... in the Annual" / "Report to tenants")
    !/[a-z,\u2019')]\s+(?:the\s+)?[A-Z][a-z]{2,}$/.test(p)
  )
    return true;
  if (looksLikeHeading(line) && /[.!?]$/.test(p) && (next.trim() === '' || /^[A-Z]/.test(next.trim())))
    return true;
  return false;
}
