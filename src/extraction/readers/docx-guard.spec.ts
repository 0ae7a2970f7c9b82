import { manyEntriesDocx, minimalDocx, zipBombDocx } from '../../../scripts/fixtures/lib/hostile';
import { writeZip } from '../../../scripts/fixtures/lib/zip-writer';
import { guardDocx } from './docx-guard';
import { ReadError } from './read-types';

const limits = { maxEntries: 100, maxUncompressedBytes: 5 * 1024 * 1024 };

function refusal(bytes: Uint8Array, l = limits): ReadError {
  try {
    guardDocx(bytes, l);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('guardDocx', () => {
  it('lets an ordinary .docx through', () => {
    expect(() => guardDocx(minimalDocx(['Hello']), limits)).not.toThrow();
  });

  it('refuses a file with too many entries before unzipping anything', () => {
    const e = refusal(manyEntriesDocx(500));
    expect(e.code).toBe('docx_too_many_entries');
    expect(e.message).toMatch(/holds 500 parts or more \(the limit is 100\)/);
  });

  it('refuses parts that declare a huge unpacked size', () => {
    expect(refusal(zipBombDocx(8)).code).toBe('docx_too_large');
  });

  it('catches a part that lies about its size by inflating it with a cap', () => {
    const e = refusal(zipBombDocx(8, true));
    expect(e.code).toBe('docx_too_large');
    expect(e.message).toMatch(/^The Word file is too large when unpacked/);
  });

  it('does not inflate pictures (the reader never asks for them)', () => {
    const picture = { name: 'word/media/image1.png', data: Buffer.alloc(1024), declaredSize: 10 };
    expect(() => guardDocx(minimalDocx(['Hello'], [picture]), limits)).not.toThrow();
  });

  it('refuses a zip without word/document.xml and a damaged one', () => {
    expect(refusal(writeZip([{ name: 'a.txt', data: Buffer.from('x') }])).message).toBe(
      'This is not a Word .docx file',
    );
    const broken = minimalDocx(['Hello']);
    broken.fill(0, 30, 60);
    expect(refusal(broken).code).toBe('docx_corrupt');
  });
});
