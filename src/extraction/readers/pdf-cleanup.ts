/**
 * Page-aware clean-up of the text of a PDF, page by page:
 * - ligature glyphs (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) spelt out, soft hyphens and zero-width characters removed;
 * - running headers and footers removed: a line near the top (or bottom) of a page that repeats,
 *   digits aside, at the same end of at least half the pages (and on at least two), unless it reads
 *   as a sentence (eight words or more ending with a full stop) or runs on in one sentence with the
 *   line beside it;
 * - bare page numbers at the top or bottom of a page removed (`7`, `- 7 -`, `Page 7`, `Page 7 of 12`, `7/12`);
 * - words hyphenated at the end of a line joined to their second half (`assess-` + `ment`), except
 *   compounds (`decision-` + `making`, `list-style-` + `type`) which keep the hyphen and the break.
 * Pages stay separate so that page boundaries survive.
 */

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};
const LIGATURE_RE = /[\ufb00-\ufb06]/g;
const INVISIBLE_RE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const PAGE_NUMBER_RE =
  /^(?:(?:page|p\.|pg\.?)\s*)?[-–—(\s]*\d{1,4}[-–—)\s]*(?:(?:of|\/)\s*\d{1,4})?$|^[-–—\s]*[ivxlc]{1,7}[-–—\s]*$/i;
/** How many lines at each end of a page may be a running header or footer. */
const EDGE_LINES = 3;

export function replaceLigatures(text: string): string {
  return text.replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c).replace(INVISIBLE_RE, '');
}

/** Digits stand for page numbers and dates, so a header `Page 3 of 9` repeats as `page # of #`. */
function edgeKey(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function isPageNumberLine(line: string): boolean {
  const t = line.trim();
  return t !== '' && t.length <= 20 && PAGE_NUMBER_RE.test(t);
}

interface PageLines {
  lines: string[];
  /** Indexes of non-empty lines. */
  content: number[];
  /** The length of the page's full lines, once asked for (fullLineLength). */
  fullLine?: number;
}

/** The length of the page's full lines: the longest but a few (a stray long line does not set it). */
function fullLineLength(page: PageLines): number {
  if (page.fullLine === undefined) {
    const lengths = page.content.map((c) => page.lines[c].trim().length).sort((a, b) => b - a);
    page.fullLine = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length / 10))];
  }
  return page.fullLine;
}

function splitPage(text: string): PageLines {
  const lines = replaceLigatures(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+$/, ''));
  const content: number[] = [];
  lines.forEach((l, i) => {
    if (l.trim() !== '') content.push(i);
  });
  return { lines, content };
}

/** Keys that repeat at the top (or bottom) of enough pages to be running headers (or footers). */
function repeatedEdgeKeys(pages: PageLines[], fromTop: boolean): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const edge = fromTop ? page.content.slice(0, EDGE_LINES) : page.content.slice(-EDGE_LINES);
    const seen = new Set<string>();
    for (const i of edge) {
      const key = edgeKey(page.lines[i]);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const keys = new Set<string>();
  for (const [key, count] of counts) if (count >= needed) keys.add(key);
  return keys;
}

/** Running headers and footers are labels, not sentences: a long line ending a sentence stays. */
function looksLikeSentence(line: string): boolean {
  return /[.!?]["'’”)]?$/.test(line.trim()) && line.trim().split(/\s+/).length >= 8;
}

/**
 * Two lines of one wrapped sentence: no blank line between them, the upper a full line (eight words or
 * more, as long as the page's longer lines: a wrap, not a shorter running header above a sentence
 * carried over from the page before) that does not end a sentence, the lower starting in lower case.
 * Body text that happens to repeat at the same place on many pages (a document built from repeated
 * paragraphs) is not a running header or footer.
 */
function wrapsInto(upper: string, lower: string, fullLine: number): boolean {
  const top = upper.trim();
  return (
    top.split(/\s+/).length >= 8 &&
    top.length >= fullLine * 0.85 &&
    !/[.!?:;]["'’”)]?$/.test(top) &&
    /^\p{Ll}/u.test(lower.trim())
  );
}

/** The line at content index `k` reads on from, or into, its neighbour inside the page. */
function inSentenceWithNeighbour(page: PageLines, k: number, fromTop: boolean): boolean {
  const i = page.content[k];
  const j = page.content[fromTop ? k + 1 : k - 1];
  if (j === undefined || Math.abs(j - i) !== 1) return false;
  const fullLine = fullLineLength(page);
  return fromTop
    ? wrapsInto(page.lines[i], page.lines[j], fullLine)
    : wrapsInto(page.lines[j], page.lines[i], fullLine);
}

function isEdgeLine(page: PageLines, k: number, keys: Set<string>, fromTop: boolean): boolean {
  const line = page.lines[page.content[k]];
  if (isPageNumberLine(line)) return true;
  return keys.has(edgeKey(line)) && !looksLikeSentence(line) && !inSentenceWithNeighbour(page, k, fromTop);
}

function removeEdges(page: PageLines, headers: Set<string>, footers: Set<string>): string[] {
  const drop = new Set<number>();
  const n = page.content.length;
  // From the top: drop header lines and page numbers until the first line of body text.
  for (let k = 0; k < Math.min(EDGE_LINES, n); k++) {
    if (isEdgeLine(page, k, headers, true)) drop.add(page.content[k]);
    else break;
  }
  for (let k = n - 1; k >= Math.max(0, n - EDGE_LINES); k--) {
    if (drop.has(page.content[k])) continue;
    if (isEdgeLine(page, k, footers, false)) drop.add(page.content[k]);
    else break;
  }
  return page.lines.filter((_, i) => !drop.has(i));
}

/** Prefixes that form hyphenated compounds (`decision-making`, `well-being`): the hyphen stays. */
const COMPOUND_HEADS = new Set(
  (
    'self well non co cross long short full half multi inter pre post anti ex semi sub over under up out ' +
    'one two three four five six seven eight nine ten first second third top back follow face decision ' +
    'case child time day year month week high low part all on off in sign'
  ).split(' '),
);

/**
 * A compound keeps its hyphen: the head is a known compound prefix or already holds a hyphen, or it is
 * "re-" before a vowel ("re-" / "issue", "re-" / "assess"; before a consonant the break is a
 * typesetter's: "re-" / "fund", "re-" / "sponse").
 */
function keepsHyphen(line: string, next: string): boolean {
  const head = /(\S+)-$/.exec(line)?.[1] ?? '';
  const word = head.toLowerCase().replace(/^\W+/, '');
  return head.includes('-') || COMPOUND_HEADS.has(word) || (word === 're' && /^\s*[aeiou]/i.test(next));
}

/** Join `word-` at a line end with the lower-case word that starts the next line. */
export function joinHyphenatedLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    while (i + 1 < lines.length && /[a-z]{2}-$/.test(line) && !keepsHyphen(line, lines[i + 1])) {
      const next = lines[i + 1];
      const m = /^\s*([a-z][\p{L}'’]*)([,.;:)]*)(\s?)(.*)$/u.exec(next);
      if (!m) break;
      line = line.slice(0, -1) + m[1] + m[2];
      lines[i + 1] = m[4];
      if (m[4].trim() !== '') break;
      // The next line was only the word's second half: drop the now empty line.
      i++;
    }
    out.push(line);
  }
  return out;
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  const out: string[] = [];
  for (const line of lines.slice(start, end)) {
    if (line.trim() === '' && out.length > 0 && out[out.length - 1] === '') continue;
    out.push(line.trim() === '' ? '' : line);
  }
  return out;
}

/** Clean the pages of a PDF. Returns one string per page, without leading or trailing blank lines. */
export function cleanPdfPages(pageTexts: string[]): string[] {
  const pages = pageTexts.map(splitPage);
  const repeats = pages.length >= 2;
  const headers = repeats ? repeatedEdgeKeys(pages, true) : new Set<string>();
  const footers = repeats ? repeatedEdgeKeys(pages, false) : new Set<string>();
  return pages.map((page) =>
    trimBlankLines(joinHyphenatedLines(removeEdges(page, headers, footers))).join('\n'),
  );
}
