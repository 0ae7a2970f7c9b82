/**
 * Word .docx to text: the zip is checked first (docx-guard.ts), then mammoth turns it into HTML,
 * which keeps headings and lists (numbered and bulleted), and html-to-text.ts makes that text, with
 * list items numbered as Word shows them (docx-numbering.ts).
 * Pictures are not read.
 */
import mammoth from 'mammoth';

import { Deadline } from './deadline';
import { corruptDocx, DocxLimits, guardDocx } from './docx-guard';
import { docxListLabels } from './docx-numbering';
import { htmlToText } from './html-to-text';
import { MEDIA_TYPES, ReadDocumentResult, ReadError } from './read-types';

export interface DocxReadOptions extends DocxLimits {
  deadline: Deadline;
}

const NO_PICTURES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function readDocx(bytes: Uint8Array, options: DocxReadOptions): Promise<ReadDocumentResult> {
  guardDocx(bytes, options);
  options.deadline.check();
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await options.deadline.race(
      mammoth.convertToHtml({ buffer }, { convertImage: NO_PICTURES, ignoreEmptyParagraphs: false }),
    );
    html = result.value;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw corruptDocx();
  }
  // Word's own list numbers, when they can be matched one to one with mammoth's list items.
  const labels = docxListLabels(bytes, options.maxEntries);
  const items = html.match(/<li\b/g)?.length ?? 0;
  const listLabels = labels && labels.length === items ? labels : undefined;
  // A document of whole paragraphs keeps a blank line after each; one whose paragraphs are the
  // broken lines of a PDF (many start in lower case: "must", "of compliance") gets one line per
  // paragraph and an empty paragraph as the blank line, as in the text it was made from.
  const starts = [...html.matchAll(/<p>(?:<[^>]+>)*([^<\s])/g)].map((m) => m[1]);
  const broken = starts.length >= 20 && starts.filter((c) => /[a-z]/.test(c)).length >= 0.1 * starts.length;
  const text = broken
    ? htmlToText(html.replace(/<p>\s*<\/p>/g, '<hr />'), { keepTabs: true, listLabels, paragraphLines: true })
    : htmlToText(html, { keepTabs: true, listLabels });
  const warnings: string[] = [];
  if (text.trim() === '') {
    throw new ReadError('empty', 'The Word file has no text in it', MEDIA_TYPES.docx);
  }
  return { format: 'docx', mediaType: MEDIA_TYPES.docx, text, pageStarts: null, pages: null, warnings };
}
