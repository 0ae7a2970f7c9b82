/**
 * The text of one PDF page from pdf.js text items, in drawing order, with the layout the engine
 * needs: a new line when the baseline changes, a tab between items far apart on one line (table
 * cells), a space where the gap between items is a word gap, a blank line where the gap between
 * two lines is clearly larger than the page's usual line spacing (a paragraph break) or where the
 * text jumps back up the page (the next cell or column of a table), and leading
 * spaces for lines indented from the page's left text edge (nested list items).
 */

export interface PositionedItem {
  str: string;
  /** Left edge and baseline in viewport coordinates (y grows downwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (height of the item). */
  size: number;
}

interface Line {
  text: string;
  /** Left edge of the line's first item. */
  x: number;
  y: number;
  size: number;
}

/** Gap (in units of font size) above which two items on one line are separate cells. */
const CELL_GAP = 1.2;
/** Gap above which two items are separate words. */
const WORD_GAP = 0.12;
/** Most leading spaces given to an indented line. */
const MAX_INDENT = 12;
/** A line gap this many times the usual spacing is a paragraph break. */
const PARAGRAPH_GAP = 1.35;

/** The font size most lines of the page are set in (to the half point). */
function commonestSize(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    counts.set(size, (counts.get(size) ?? 0) + 1);
  }
  let best = 0;
  let most = 0;
  for (const [size, n] of counts) if (n > most) [best, most] = [size, n];
  return best;
}

/** The gaps between consecutive lines that `keep` accepts, leaving out jumps back up the page and
 *  gaps of more than three lines' height. */
function lineGaps(lines: Line[], keep: (a: Line, b: Line) => boolean): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i].y - lines[i - 1].y;
    if (gap > 0 && gap < lines[i].size * 3 && keep(lines[i - 1], lines[i])) gaps.push(gap);
  }
  return gaps;
}

/**
 * The page's usual line spacing: the smallest gap that several gaps share (within 10%). Not the
 * median: on a page of one-line paragraphs (a list, a table of short cells) most gaps are paragraph
 * breaks, and only the few wrapped lines show the spacing of lines within a paragraph.
 */
function usualSpacing(gaps: number[]): number {
  if (gaps.length === 0) return 0;
  const sorted = [...gaps].sort((a, b) => a - b);
  const needed = Math.max(2, Math.ceil(sorted.length * 0.1));
  for (let i = 0; i + needed - 1 < sorted.length; i++)
    if (sorted[i + needed - 1] <= sorted[i] * 1.1) return sorted[i];
  return sorted[Math.floor(sorted.length / 2)];
}

function buildLines(items: PositionedItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let lastEnd = 0;
  for (const item of items) {
    if (item.str === '') continue;
    const size = item.size > 0 ? item.size : 10;
    const sameLine =
      current !== null &&
      Math.abs(item.y - current.y) <= Math.max(2, 0.45 * Math.min(size, current.size)) &&
      item.x >= lastEnd - size * 2;
    if (!sameLine || current === null) {
      current = { text: item.str, x: item.x, y: item.y, size };
      lines.push(current);
    } else {
      const gap = item.x - lastEnd;
      const spaced = /\s$/.test(current.text) || /^\s/.test(item.str);
      if (gap > CELL_GAP * size && current.text.trim() !== '')
        current.text = current.text.replace(/\s+$/, '') + '\t';
      else if (gap > WORD_GAP * size && !spaced) current.text += ' ';
      current.text += item.str;
      current.size = Math.max(current.size, size);
    }
    lastEnd = item.x + item.width;
  }
  return lines;
}

/**
 * Leading spaces for a line indented from the page's left text edge (nested list items), about one
 * space per half em, at most MAX_INDENT.
 */
function indentation(line: Line, leftEdge: number): string {
  const spaces = Math.round((line.x - leftEdge) / (line.size * 0.5));
  return spaces >= 2 ? ' '.repeat(Math.min(spaces, MAX_INDENT)) : '';
}

/**
 * The left edge of the page's text: the leftmost x at which several lines start (a running header
 * set further left, or a lone line, does not move it).
 */
function textLeftEdge(lines: Line[]): number {
  if (lines.length === 0) return 0;
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.x / 2), (counts.get(Math.round(l.x / 2)) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(lines.length * 0.1));
  const shared = [...counts].filter(([, n]) => n >= needed).map(([bucket]) => bucket * 2);
  return shared.length > 0 ? Math.min(...shared) - 1 : Math.min(...lines.map((l) => l.x));
}

export function layoutPageText(items: PositionedItem[]): string {
  const lines = buildLines(items).map((l) => ({ ...l, text: l.text.replace(/[ \u00a0]+/g, ' ').trim() }));
  const nonEmpty = lines.filter((l) => l.text !== '');
  const leftEdge = textLeftEdge(nonEmpty);
  // the spacing of the body text: lines in the page's commonest font size (footnotes in a smaller
  // size are set closer and would pass for the usual spacing); on a page with no two body lines
  // together (labels and values in turn) every gap counts
  const body = commonestSize(nonEmpty);
  const inBody = (l: Line): boolean => Math.abs(l.size - body) < 0.5;
  const bodyGaps = lineGaps(nonEmpty, (a, b) => inBody(a) && inBody(b));
  const gaps = bodyGaps.length > 0 ? bodyGaps : lineGaps(nonEmpty, () => true);
  const usual = usualSpacing(gaps);
  const out: string[] = [];
  for (let i = 0; i < nonEmpty.length; i++) {
    if (i > 0 && usual > 0) {
      const gap = nonEmpty[i].y - nonEmpty[i - 1].y;
      // a gap larger than the usual spacing is a paragraph break; a jump back up the page is the
      // next table cell or column in drawing order, as separate from the text before as a tab
      const backUp = gap < -nonEmpty[i].size * 0.5;
      if ((gap > usual * PARAGRAPH_GAP && gap > nonEmpty[i].size * 1.3) || backUp) out.push('');
    }
    out.push(indentation(nonEmpty[i], leftEdge) + nonEmpty[i].text);
  }
  return out.join('\n');
}
