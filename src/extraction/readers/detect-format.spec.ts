import {
  minimalDocx,
  spreadsheetZip,
  elfExecutable,
  peExecutable,
  oleWordFile,
  noise,
} from '../../../scripts/fixtures/lib/hostile';
import { fakeScan } from '../../../scripts/fixtures/lib/png';
import { detectFormat } from './detect-format';
import { ReadError } from './read-types';

function refusal(bytes: Uint8Array, fileName?: string): ReadError {
  try {
    detectFormat(bytes, fileName);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('detectFormat', () => {
  it('recognises PDF by its header, even after leading junk', () => {
    expect(detectFormat(Buffer.from('%PDF-1.7\n...')).format).toBe('pdf');
    expect(detectFormat(Buffer.concat([Buffer.alloc(100, 0x20), Buffer.from('%PDF-1.4')])).mediaType).toBe(
      'application/pdf',
    );
  });

  it('recognises a .docx as a zip holding word/document.xml', () => {
    expect(detectFormat(minimalDocx(['Hello']))).toEqual({
      format: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it('refuses other zip files, saying what they are', () => {
    const e = refusal(spreadsheetZip());
    expect(e.code).toBe('not_docx');
    expect(e.message).toMatch(/^This is an Excel spreadsheet, not a Word .docx file/);
  });

  it('refuses programs and pictures whatever their name', () => {
    expect(refusal(elfExecutable(), 'decision.pdf').message).toMatch(
      /^This file is a Linux program, not a document/,
    );
    expect(refusal(peExecutable(), 'decision.pdf').code).toBe('executable');
    expect(refusal(fakeScan(10, 10), 'decision.docx').code).toBe('image');
    expect(refusal(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])).code).toBe('image');
  });

  it('refuses old Word files and password-protected Word files', () => {
    expect(refusal(oleWordFile()).message).toMatch(
      /old-style Word .doc file or a password-protected Word file/,
    );
  });

  it('refuses empty files', () => {
    expect(refusal(new Uint8Array(0))).toMatchObject({ code: 'empty', message: 'The file is empty' });
  });

  it('words the refusal of unknown binary data after the name the file claims', () => {
    expect(refusal(noise(2000), 'report.docx').message).toMatch(/^This is not a Word .docx file/);
    expect(refusal(noise(2000), 'report.pdf').message).toMatch(/^This is not a PDF file/);
    expect(refusal(noise(2000), 'report.bin').code).toBe('unsupported_type');
  });

  it('tells an HTML page from text that merely contains tags', () => {
    expect(detectFormat(Buffer.from('<!DOCTYPE html><html><body><p>x</p></body></html>')).format).toBe(
      'html',
    );
    expect(detectFormat(Buffer.from('\ufeff  <!-- saved --> <html lang="en">')).format).toBe('html');
    expect(detectFormat(Buffer.from('Service\t<ul><li>Apology</li></ul>\n')).format).toBe('text');
  });

  it('takes UTF-16 text as text, not binary', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Final decision', 'utf16le')]);
    expect(detectFormat(bytes)).toEqual({ format: 'text', mediaType: 'text/plain' });
  });
});
