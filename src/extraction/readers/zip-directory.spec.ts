import { writeZip } from '../../../scripts/fixtures/lib/zip-writer';
import {
  entryDataOffset,
  looksLikeZip,
  readZipDirectory,
  ZipFormatError,
  ZipTooManyEntriesError,
} from './zip-directory';

describe('readZipDirectory', () => {
  const zip = writeZip([
    { name: 'word/document.xml', data: Buffer.from('<w:document>hello</w:document>') },
    { name: 'stored.txt', data: Buffer.from('plain'), deflate: false },
  ]);

  it('lists entries with their declared sizes and methods', () => {
    const dir = readZipDirectory(zip, 10);
    expect(dir.declaredEntries).toBe(2);
    expect(dir.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['word/document.xml', 8, 30],
      ['stored.txt', 0, 5],
    ]);
  });

  it('finds where an entry’s data starts', () => {
    const stored = readZipDirectory(zip, 10).entries[1];
    const start = entryDataOffset(zip, stored);
    expect(zip.subarray(start, start + stored.compressedSize).toString()).toBe('plain');
  });

  it('refuses more entries than allowed before listing them', () => {
    const many = writeZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, data: Buffer.alloc(0) })));
    expect(() => readZipDirectory(many, 20)).toThrow(ZipTooManyEntriesError);
    expect(readZipDirectory(many, 30).entries).toHaveLength(30);
  });

  it('reports the declared size even when it is a lie', () => {
    const lying = writeZip([{ name: 'a.xml', data: Buffer.alloc(5000, 0x20), declaredSize: 10 }]);
    expect(readZipDirectory(lying, 5).entries[0].uncompressedSize).toBe(10);
  });

  it('rejects truncated and non-zip data', () => {
    expect(() => readZipDirectory(zip.subarray(0, zip.length - 30), 10)).toThrow(ZipFormatError);
    expect(() => readZipDirectory(Buffer.from('PK\x03\x04 not really'), 10)).toThrow(ZipFormatError);
    expect(() => readZipDirectory(Buffer.alloc(0), 10)).toThrow(ZipFormatError);
  });

  it('recognises the zip signature', () => {
    expect(looksLikeZip(zip)).toBe(true);
    expect(looksLikeZip(Buffer.from('%PDF-1.7'))).toBe(false);
  });
});
