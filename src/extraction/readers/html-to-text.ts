/**
 * HTML to plain text that keeps the structure the extraction engine relies on:
 * - paragraphs and headings on their own lines, separated by a blank line;
 * - list items one per line, with `- ` for bullets and `1. ` (or the list's own type: `a) `, `i) `)
 *   for numbered items, nested lists indented by two spaces; nested numbered lists without a type
 *   count `a)` then `i)`, as Word's default multilevel list does;
 * - table rows one per line, cells separated by a tab (blocks inside a cell stay on the row);
 * - scripts, styles, comments and the document head dropped; entities decoded; whitespace collapsed
 *   (except inside `<pre>`).
 * Used for uploaded HTML pages and for the HTML that mammoth makes from a .docx.
 */
import { decodeEntities } from './html-entities';
import { toRoman } from './roman-numerals';

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'object',
  'iframe',
]);
const DROPPED_START = /<(script|style|noscript|template|head|svg|math|object|iframe)\b/gi;
// Attribute text is bounded so that a tag that never closes cannot make the scan quadratic.
const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]{0,4000})>|<!--[\s\S]*?(?:-->|$)|<![^>]{0,4000}>|<\?[^>]{0,4000}>/g;

/** Remove scripts, styles and the like (with everything inside them) in one linear pass. */
function dropHiddenElements(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let pos = 0;
  DROPPED_START.lastIndex = 0;
  for (let m = DROPPED_START.exec(html); m; m = DROPPED_START.exec(html)) {
    const name = m[1].toLowerCase();
    if (!DROPPED.has(name)) continue;
    out += html.slice(pos, m.index) + ' ';
    const close = lower.indexOf(`</${name}`, DROPPED_START.lastIndex);
    if (close < 0) return out; // never closed: the rest is hidden
    const end = lower.indexOf('>', close);
    pos = end < 0 ? html.length : end + 1;
    DROPPED_START.lastIndex = pos;
  }
  return out + html.slice(pos);
}

/** Blocks separated from their neighbours by a blank line. */
const PARAGRAPH_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'figure',
  'address',
  'hr',
  'dl',
]);
/** Blocks that start a new line. */
const LINE_BLOCKS = new Set([
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'li',
  'tr',
  'dt',
  'dd',
  'br',
  'caption',
  'figcaption',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
  'tbody',
  'thead',
  'tfoot',
  'ul',
  'ol',
  'body',
  'html',
]);

/** Numbering of nested ordered lists without a `type` (mammoth gives none): 1. then a) then i). */
const NESTED_STYLES = ['1', 'a', 'i'];

interface ListState {
  ordered: boolean;
  next: number;
  style: string;
}

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

function toLetters(n: number): string {
  let out = '';
  while (n > 0) {
    n--;
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

function listMarker(list: ListState): string {
  if (!list.ordered) return '- ';
  const n = list.next++;
  switch (list.style) {
    case 'a':
      return `${toLetters(n)}) `;
    case 'A':
      return `${toLetters(n).toUpperCase()}) `;
    case 'i':
      return `${toRoman(n)}) `;
    case 'I':
      return `${toRoman(n).toUpperCase()}) `;
    default:
      return `${n}. `;
  }
}

class TextBuilder {
  constructor(private readonly keepTabs: boolean) {}

  private readonly lines: string[] = [];
  private line = '';
  private blankPending = false;

  /** Append inline text; `raw` keeps whitespace (pre). */
  append(text: string, raw: boolean): void {
    if (raw) {
      const parts = text.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) this.newLine();
        this.line += part;
      });
      return;
    }
    const collapsed = this.keepTabs
      ? text.replace(/[^\S\t]+/g, ' ').replace(/ ?\t+ ?/g, '\t')
      : text.replace(/[\s\u00a0]+/g, ' ');
    if (collapsed === ' ' && (this.line === '' || this.line.endsWith(' '))) return;
    this.line += this.line === '' || this.line.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
  }

  /** Append literal text (list markers, cell separators) without collapsing. */
  literal(text: string): void {
    this.line += text;
  }

  get currentLine(): string {
    return this.line;
  }

  newLine(): void {
    const trimmed = this.line.replace(/ *\t */g, '\t').replace(/[ \t]+$/, '');
    if (trimmed.trim() !== '') {
      if (this.blankPending && this.lines.length > 0) this.lines.push('');
      this.lines.push(trimmed);
      this.blankPending = false;
    }
    this.line = '';
  }

  blankLine(): void {
    this.newLine();
    this.blankPending = true;
  }

  toString(): string {
    this.newLine();
    return this.lines.join('\n');
  }
}

export interface HtmlToTextOptions {
  /**
   * Keep tab characters in text as tabs (for mammoth's HTML, where a tab is a Word tab stop that
   * separates columns); in web pages they are just whitespace.
   */
  keepTabs?: boolean;
  /**
   * The label of every list item in order (`7.`, `b)`, `•`), when known (a .docx's own numbering):
   * used instead of counting.
   */
  listLabels?: string[];
  /**
   * A paragraph is one line (a Word document's paragraphs, where an empty paragraph is the blank
   * line): the same lines as the plain text the document was written from. Web pages keep a blank
   * line after every paragraph.
   */
  paragraphLines?: boolean;
}

export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const cleaned = dropHiddenElements(html);
  const out = new TextBuilder(options.keepTabs ?? false);
  const lists: ListState[] = [];
  let preDepth = 0;
  let cellDepth = 0;
  let cellsInRow = 0;
  let last = 0;
  let labelIndex = 0;
  const nextLabel = (): string | null => options.listLabels?.[labelIndex++] ?? null;

  const text = (s: string): void => {
    if (s === '') return;
    out.append(decodeEntities(s), preDepth > 0);
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(cleaned); m; m = TAG.exec(cleaned)) {
    text(cleaned.slice(last, m.index));
    last = TAG.lastIndex;
    if (!m[2]) continue; // comment, doctype, processing instruction
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    const attrs = m[3] ?? '';

    if (cellDepth > 0 && name !== 'td' && name !== 'th' && name !== 'tr' && name !== 'table') {
      // Inside a table cell: keep the row on one line.
      const atCellStart = /(?:^|[ \t])$/.test(out.currentLine);
      if (name === 'li' && !closing) {
        const label = nextLabel();
        const marker = label === null || label === '•' ? '•' : label;
        out.literal(`${atCellStart ? '' : ' '}${marker}${marker ? ' ' : ''}`);
      } else if ((PARAGRAPH_BLOCKS.has(name) || LINE_BLOCKS.has(name)) && !atCellStart) out.literal(' ');
      continue;
    }

    switch (name) {
      case 'ul':
      case 'ol':
        if (closing) {
          lists.pop();
          if (lists.length === 0) out.blankLine();
          else out.newLine();
        } else {
          if (lists.length === 0) out.blankLine();
          else out.newLine();
          const start = parseInt(attribute(attrs, 'start') ?? '1', 10);
          lists.push({
            ordered: name === 'ol',
            next: Number.isFinite(start) ? start : 1,
            style: attribute(attrs, 'type') ?? NESTED_STYLES[Math.min(lists.length, 2)],
          });
        }
        continue;
      case 'li':
        out.newLine();
        if (!closing) {
          const list = lists[lists.length - 1] ?? { ordered: false, next: 1, style: '1' };
          const value = parseInt(attribute(attrs, 'value') ?? '', 10);
          if (list.ordered && Number.isFinite(value)) list.next = value;
          const label = nextLabel();
          const marker = label === null ? listMarker(list) : label === '•' ? '- ' : label ? `${label} ` : '';
          out.literal('  '.repeat(Math.max(0, lists.length - 1)) + marker);
        }
        continue;
      case 'tr':
        out.newLine();
        cellsInRow = 0;
        continue;
      case 'td':
      case 'th':
        if (closing) {
          cellDepth = Math.max(0, cellDepth - 1);
        } else {
          if (cellsInRow > 0) out.literal('\t');
          cellsInRow++;
          cellDepth++;
        }
        continue;
      case 'pre':
        preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
        out.blankLine();
        continue;
      case 'img': {
        const alt = attribute(attrs, 'alt');
        if (alt) text(` ${alt} `);
        continue;
      }
    }
    if (name === 'p' && options.paragraphLines) out.newLine();
    else if (PARAGRAPH_BLOCKS.has(name)) out.blankLine();
    else if (LINE_BLOCKS.has(name)) out.newLine();
  }
  text(cleaned.slice(last));
  return out.toString();
}
