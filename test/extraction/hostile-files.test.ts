/**
 * Every broken or hostile file yields a clear ReadError (or, for files that are readable after all,
 * a careful result): never a crash, never a hang. How fast the large ones are refused is measured by
 * `npm run bench:hostile`, not here: these tests check that each is refused at the first check that
 * can refuse it (a page count, a zip directory), not by the reader's own deadline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { manyEntriesDocx, manyPagesPdf } from '../../scripts/fixtures/lib/hostile';
import { readDocument } from '../../src/extraction/readers/read-document';
import { ReadError, ReadErrorCode } from '../../src/extraction/readers/read-types';
import { HOSTILE } from './extraction-support';

async function outcome(bytes: Uint8Array, fileName: string): Promise<ReadErrorCode | 'read'> {
  try {
    await readDocument(bytes, { fileName });
    return 'read';
  } catch (e) {
    if (e instanceof ReadError) return e.code;
    throw e;
  }
}

describe('hostile and broken files', () => {
  const expected: Array<[string, ReadErrorCode | 'read']> = [
    ['empty.pdf', 'empty'],
    ['corrupt.pdf', 'pdf_corrupt'],
    ['truncated.pdf', 'pdf_corrupt'],
    ['password-protected.pdf', 'pdf_password'],
    ['image-only.pdf', 'pdf_no_text'],
    ['not-a-zip.docx', 'not_docx'],
    ['zip-bomb.docx', 'docx_too_large'],
    ['zip-bomb-lying-sizes.docx', 'docx_too_large'],
    ['spreadsheet.docx', 'not_docx'],
    ['old-word-or-protected.docx', 'legacy_or_protected_word'],
    ['picture.docx', 'image'],
    ['elf-executable.pdf', 'executable'],
    ['windows-executable.pdf', 'executable'],
    ['scripts.html', 'read'],
    ['utf16.txt', 'read'],
    ['windows-1252.txt', 'read'],
    ['minimal.docx', 'read'],
  ];

  it.each(expected)('%s -> %s', async (file, code) => {
    expect(await outcome(readFileSync(join(HOSTILE, file)), file)).toBe(code);
  });

  it('reads the HTML page without anything from its scripts, styles or comments', async () => {
    const { text } = await readDocument(readFileSync(join(HOSTILE, 'scripts.html')));
    expect(text).toContain(
      '1. apologise to Mrs Z;\n2. pay Mrs Z £200 to acknowledge the distress caused; and',
    );
    expect(text).toContain('- remind staff of the time limits for appeals.');
    expect(text).not.toMatch(/1,000,000|75,000|50,000|99,999|12,345|document\.write|font-family/);
  });

  // Sized for a loaded 2-core machine; the reader's deadline (30 s by default) would answer 'timeout'.
  it('refuses a 3,000-page PDF on its page count, before reading its pages', async () => {
    const pdf = await manyPagesPdf(3000);
    const e = await readDocument(pdf).catch((error: unknown) => error);
    expect(e).toBeInstanceOf(ReadError);
    // pdf_too_many_pages is decided from the first page's probe, before any page is read
    expect((e as ReadError).code).toBe('pdf_too_many_pages');
    expect((e as ReadError).message).toMatch(/^The PDF has 3,000 pages, more than the 500 we read/);
  }, 60_000);

  it('refuses a .docx with 20,000 entries without unzipping it', async () => {
    const docx = manyEntriesDocx(20_000);
    // docx_too_many_entries is decided from the zip directory alone (docx-guard), before any unzipping
    expect(await outcome(docx, 'many.docx')).toBe('docx_too_many_entries');
    const e = await readDocument(docx, { fileName: 'many.docx' }).catch((error: unknown) => error);
    expect((e as ReadError).message).toMatch(/holds 20,000 parts or more \(the limit is 2,000\)/);
  }, 60_000);
});
