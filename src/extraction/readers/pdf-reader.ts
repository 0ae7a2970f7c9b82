/**
 * PDF to text with page boundaries, via pdf-parse 2 (pdf.js). Pages are read in batches so that the
 * time limit is checked between batches; the text is then cleaned page by page (pdf-cleanup.ts).
 */
import { PDFParse } from 'pdf-parse';

import { Deadline } from './deadline';
import { joinPages } from './page-text';
import { cleanPdfPages } from './pdf-cleanup';
import { layoutPageText, PositionedItem } from './pdf-page-text';
import { MEDIA_TYPES, ReadDocumentResult, ReadError } from './read-types';

const BATCH_PAGES = 25;
/** Fewer visible characters than this in the whole file means there is no real text layer. */
const MIN_TEXT_CHARACTERS = 20;

/** The parts of pdf.js's document and page objects used here. */
interface PdfJsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
interface PdfJsPage {
  getViewport(options: { scale: number }): { convertToViewportPoint(x: number, y: number): number[] };
  getTextContent(options?: object): Promise<{ items: PdfJsTextItem[] }>;
  cleanup(): void;
}
interface PdfJsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
}

/**
 * pdf-parse keeps the loaded pdf.js document in `doc` once a method has loaded it. Reading the text
 * items ourselves keeps paragraph gaps (pdf-parse's getText has no blank lines); when a later
 * pdf-parse version hides `doc`, the reader falls back to getText.
 */
function loadedDocument(parser: PDFParse): PdfJsDocument | null {
  const doc = (parser as unknown as { doc?: Partial<PdfJsDocument> }).doc;
  return doc && typeof doc.getPage === 'function' && typeof doc.numPages === 'number'
    ? (doc as PdfJsDocument)
    : null;
}

async function pageText(doc: PdfJsDocument, pageNumber: number): Promise<string> {
  const page = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PositionedItem[] = [];
    for (const item of content.items) {
      if (typeof item.str !== 'string' || !item.transform) continue;
      const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
      const size = item.height || Math.hypot(item.transform[2], item.transform[3]);
      items.push({ str: item.str, x, y, width: item.width ?? 0, size });
    }
    return layoutPageText(items);
  } finally {
    page.cleanup();
  }
}

async function readPages(parser: PDFParse, total: number, deadline: Deadline): Promise<string[]> {
  const raw: string[] = [];
  const doc = loadedDocument(parser);
  if (doc) {
    for (let n = 1; n <= total; n++) {
      raw.push(await deadline.race(pageText(doc, n)));
      deadline.check();
    }
    return raw;
  }
  for (let first = 1; first <= total; first += BATCH_PAGES) {
    const last = Math.min(total, first + BATCH_PAGES - 1);
    const batch = await deadline.race(parser.getText({ first, last }));
    for (const page of batch.pages) raw.push(page.text);
    deadline.check();
  }
  return raw;
}

export interface PdfReadOptions {
  maxPages: number;
  deadline: Deadline;
}

function pdfError(e: unknown): ReadError {
  if (e instanceof ReadError) return e;
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') {
    return new ReadError(
      'pdf_password',
      'The PDF is password-protected: save an unprotected copy and upload it again',
      MEDIA_TYPES.pdf,
    );
  }
  return new ReadError(
    'pdf_corrupt',
    'The PDF is damaged or incomplete and cannot be read. Save or export it again and upload the new copy',
    MEDIA_TYPES.pdf,
  );
}

function describePages(pages: number[]): string {
  const shown = pages.slice(0, 10).join(', ');
  return pages.length > 10 ? `${shown} and ${pages.length - 10} more` : shown;
}

function visibleLength(s: string): number {
  return s.replace(/\s+/g, '').length;
}

export async function readPdf(bytes: Uint8Array, options: PdfReadOptions): Promise<ReadDocumentResult> {
  // pdf.js takes ownership of the array it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false });
  try {
    const probe = await options.deadline.race(parser.getText({ partial: [0] }));
    const total = probe.total;
    if (total > options.maxPages) {
      throw new ReadError(
        'pdf_too_many_pages',
        `The PDF has ${total.toLocaleString('en-GB')} pages, more than the ${options.maxPages.toLocaleString('en-GB')} we read. Upload the decision or report on its own`,
        MEDIA_TYPES.pdf,
      );
    }
    const raw = await readPages(parser, total, options.deadline);

    const rawVisible = raw.map(visibleLength);
    if (rawVisible.reduce((a, b) => a + b, 0) < MIN_TEXT_CHARACTERS) {
      throw new ReadError(
        'pdf_no_text',
        'The PDF has no text: it looks like a scanned image. Upload a PDF with selectable text or a Word file',
        MEDIA_TYPES.pdf,
      );
    }
    const warnings: string[] = [];
    const blank = rawVisible.flatMap((n, i) => (n === 0 ? [i + 1] : []));
    if (blank.length > 0) {
      warnings.push(
        `${blank.length === 1 ? 'Page' : 'Pages'} ${describePages(blank)} of the PDF ${blank.length === 1 ? 'has' : 'have'} no selectable text (scanned?): anything on ${blank.length === 1 ? 'it' : 'them'} was not read`,
      );
    }
    const { text, pageStarts } = joinPages(cleanPdfPages(raw));
    return { format: 'pdf', mediaType: MEDIA_TYPES.pdf, text, pageStarts, pages: total, warnings };
  } catch (e) {
    throw pdfError(e);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
