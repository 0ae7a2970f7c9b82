import PDFDocument from 'pdfkit';

import {
  imageOnlyPdf,
  manyEntriesDocx,
  minimalDocx,
  passwordPdf,
  zipBombDocx,
} from '../../../scripts/fixtures/lib/hostile';
import { fakeScan } from '../../../scripts/fixtures/lib/png';
import { renderDocx } from '../../../scripts/fixtures/lib/render-docx';
import { textToDocx } from '../../../scripts/fixtures/lib/render-text';
import { pageAt } from './page-text';
import { readDocument } from './read-document';
import { ReadError } from './read-types';

/** A PDF with a running header and a footer page number on every page, built page by page. */
function pagedPdf(bodies: Array<string | null>): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  bodies.forEach((body, i) => {
    doc.addPage();
    if (body === null) {
      doc.image(fakeScan(60, 80), 0, 0, { width: 300 });
      return;
    }
    doc.fontSize(9).text('Westshire County Council – Stage 2 report', 72, 36, { lineBreak: false });
    doc.fontSize(11).text(body, 72, 100, { width: 420 });
    doc.fontSize(9).text(String(i + 1), 290, 800, { lineBreak: false });
  });
  doc.end();
  return done;
}

async function refusal(bytes: Uint8Array, options = {}): Promise<ReadError> {
  const e = await readDocument(bytes, options).catch((error: unknown) => error);
  if (e instanceof ReadError) return e;
  throw new Error(`expected a ReadError, got ${String(e)}`);
}

describe('readDocument: PDF', () => {
  const bodies = [
    'Summary. The Council delayed the assessment.',
    'Findings. The delay was fault.',
    'Recommendations. The Council should apologise to Mr J.',
  ];

  it('keeps page boundaries and removes the running header and page numbers', async () => {
    const read = await readDocument(await pagedPdf(bodies));
    expect(read).toMatchObject({ format: 'pdf', mediaType: 'application/pdf', pages: 3, warnings: [] });
    expect(read.text).toBe(bodies.join('\n'));
    expect(read.pageStarts).toHaveLength(3);
    bodies.forEach((body, i) => {
      const at = read.text.indexOf(body);
      expect(read.pageStarts?.[i]).toBe(at);
      expect(pageAt(read.pageStarts, at + body.length - 1)).toBe(i + 1);
    });
  });

  it('warns about pages without text among pages with text', async () => {
    const read = await readDocument(await pagedPdf([bodies[0], null, bodies[2]]));
    expect(read.warnings).toEqual([
      'Page 2 of the PDF has no selectable text (scanned?): anything on it was not read',
    ]);
    expect(read.pageStarts).toHaveLength(3);
  });

  it('refuses a PDF that is only pictures', async () => {
    expect((await refusal(await imageOnlyPdf())).message).toBe(
      'The PDF has no text: it looks like a scanned image. Upload a PDF with selectable text or a Word file',
    );
  });

  it('refuses a password-protected PDF', async () => {
    expect((await refusal(await passwordPdf())).message).toBe(
      'The PDF is password-protected: save an unprotected copy and upload it again',
    );
  });

  it('refuses more pages than allowed, before reading them', async () => {
    const e = await refusal(await pagedPdf(bodies), { maxPages: 2 });
    expect(e.code).toBe('pdf_too_many_pages');
    expect(e.message).toMatch(/^The PDF has 3 pages, more than the 2 we read/);
  });

  it('gives up when the time limit passes', async () => {
    expect((await refusal(await pagedPdf(bodies), { timeoutMs: 1 })).code).toBe('timeout');
  });
});

describe('readDocument: Word', () => {
  it('keeps headings and real Word lists as lines with numbers and bullets', async () => {
    const docx = await textToDocx(
      'Agreed action\n\nThe Council will:\n1. apologise to Mrs B;\n2. pay her £200.\n\n- remind staff of the policy.',
      'Test',
    );
    const read = await readDocument(docx);
    expect(read).toMatchObject({ format: 'docx', pages: null, pageStarts: null });
    expect(read.text).toBe(
      'Agreed action\n\nThe Council will:\n\n1. apologise to Mrs B;\n2. pay her £200.\n\n- remind staff of the policy.',
    );
  });

  it('reads a Word file of PDF-broken lines (many paragraphs in lower case) one line per paragraph', async () => {
    const lines = ['Orders', 'Landlords', 'must', 'comply with our orders by the', 'due date', 'set.'];
    const blocks = Array.from({ length: 4 }, () => lines)
      .flat()
      .map((text) => ({ kind: 'paragraph' as const, text }));
    const read = await readDocument(await renderDocx(blocks, { header: 'Test' }));
    expect(read.text.split('\n').slice(0, 7)).toEqual([...lines, 'Orders']);
    // whole paragraphs keep their blank line
    const whole = await readDocument(
      await renderDocx(
        Array.from({ length: 20 }, (_, i) => ({ kind: 'paragraph' as const, text: `Paragraph ${i + 1}.` })),
        { header: 'Test' },
      ),
    );
    expect(whole.text.split('\n').slice(0, 3)).toEqual(['Paragraph 1.', '', 'Paragraph 2.']);
  });

  it('refuses zip bombs and files with thousands of parts', async () => {
    expect((await refusal(zipBombDocx(4), { maxDocxUncompressedBytes: 1024 * 1024 })).code).toBe(
      'docx_too_large',
    );
    expect((await refusal(manyEntriesDocx(300), { maxDocxEntries: 200 })).code).toBe('docx_too_many_entries');
  });

  it('refuses a Word file with no text', async () => {
    expect((await refusal(minimalDocx(['   ']))).code).toBe('empty');
  });
});

describe('readDocument: HTML and text', () => {
  it('reads HTML without its scripts', async () => {
    const html =
      '<!DOCTYPE html><html><head><script>x()</script></head><body><p>Pay &pound;5</p></body></html>';
    expect(await readDocument(Buffer.from(html))).toMatchObject({
      format: 'html',
      mediaType: 'text/html',
      text: 'Pay £5',
    });
  });

  it('reads text as it is, without pages', async () => {
    expect(await readDocument(Buffer.from('\ufeffLine one\r\nLine two\n'))).toEqual({
      format: 'text',
      mediaType: 'text/plain',
      text: 'Line one\nLine two\n',
      pageStarts: null,
      pages: null,
      warnings: [],
    });
  });

  it('refuses a text file of blank lines as empty', async () => {
    expect((await refusal(Buffer.from('\n \n\t\n'))).code).toBe('empty');
  });
});
