import * as engine from './extract-text';
import { extractDocument, UNEXPECTED_ERROR } from './extract-document';
import { baseName, sha256Hex } from './readers/extraction-source';

const DECISION = Buffer.from(
  'Final decision\n\nThe Council has agreed to apologise to Mrs A and pay her £150 for the distress caused.\n',
);

describe('extractDocument', () => {
  afterEach(() => jest.restoreAllMocks());

  it('fills the source block from the bytes and what the reader found', async () => {
    const result = await extractDocument(DECISION, '/uploads/2025/decision.txt');
    expect(result.schemaVersion).toBe(1);
    expect(result.source).toEqual({
      fileName: 'decision.txt',
      mediaType: 'text/plain',
      sha256: sha256Hex(DECISION),
      pages: null,
      characters: DECISION.toString('utf8').length,
    });
    expect(result.errors).toEqual([]);
  });

  it('hands the engine the reader’s text and page starts', async () => {
    const spy = jest.spyOn(engine, 'extractFromText');
    await extractDocument(Buffer.from('<!DOCTYPE html><p>Hello &amp; welcome</p>'), 'page.html');
    expect(spy).toHaveBeenCalledWith(
      { text: 'Hello & welcome', pageStarts: null },
      expect.objectContaining({ fileName: 'page.html', mediaType: 'text/html', characters: 15 }),
    );
  });

  it('turns a reading failure into an unknown result with the reason', async () => {
    const bytes = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
    const result = await extractDocument(bytes, 'C:\\Users\\me\\decision.pdf');
    expect(result).toMatchObject({
      documentType: 'unknown',
      recommendations: [],
      remedyTotal: 0,
      source: { fileName: 'decision.pdf', mediaType: 'application/octet-stream', pages: null, characters: 0 },
    });
    expect(result.errors).toEqual([
      'This file is a Linux program, not a document. Upload a PDF, a Word .docx file, a web page (.html) or a text file',
    ]);
  });

  it('puts the reader’s warnings first', async () => {
    const result = await extractDocument(Buffer.from('Pay Mr W \xa3120.\n', 'latin1'), 'old.txt');
    expect(result.warnings[0]).toMatch(/^The text file is not in UTF-8/);
  });

  it('never throws: an engine failure is reported and becomes an error result', async () => {
    jest.spyOn(engine, 'extractFromText').mockImplementation(() => {
      throw new Error('boom');
    });
    const seen: unknown[] = [];
    const result = await extractDocument(DECISION, 'decision.txt', {}, (e) => seen.push(e));
    expect(result.errors).toEqual([UNEXPECTED_ERROR]);
    expect(result.source.characters).toBe(DECISION.toString('utf8').length);
    expect(seen).toHaveLength(1);
  });

  it('keeps only the base name of paths', () => {
    expect(baseName('a/b/c.pdf')).toBe('c.pdf');
    expect(baseName('a\\b\\c.docx')).toBe('c.docx');
    expect(baseName('plain.txt')).toBe('plain.txt');
  });
});
