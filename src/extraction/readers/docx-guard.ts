/**
 * Checks a .docx before anything unzips it: how many entries it has, how large they say they are
 * unpacked, and (for the XML parts a converter reads) how large they really are: each one is
 * inflated with a hard cap on its output, so a part that lies about its size is caught too.
 * Pictures and embedded objects are not inflated: the reader never asks for them.
 */
import { inflateRawSync } from 'node:zlib';

import { MEDIA_TYPES, ReadError } from './read-types';
import {
  entryDataOffset,
  readZipDirectory,
  ZipEntry,
  ZipFormatError,
  ZipTooManyEntriesError,
} from './zip-directory';

export interface DocxLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

const NOT_READ = /^word\/(?:media|embeddings)\/|\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|bin|ole)$/i;

function tooLarge(): ReadError {
  return new ReadError(
    'docx_too_large',
    'The Word file is too large when unpacked (it may be a damaged or malicious file). Save the document again without pictures, or as a PDF, and upload it',
    MEDIA_TYPES.docx,
  );
}

export function corruptDocx(): ReadError {
  return new ReadError(
    'docx_corrupt',
    'The Word file is damaged and cannot be opened. Open it in Word, save it again and upload the new copy',
    MEDIA_TYPES.docx,
  );
}

function checkRealSize(bytes: Uint8Array, entry: ZipEntry, budget: number): number {
  if (entry.method === 0) return entry.compressedSize;
  if (entry.method !== 8) throw corruptDocx();
  const start = entryDataOffset(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw corruptDocx();
  }
}

/** Throws a ReadError when the .docx must not be unzipped. */
export function guardDocx(bytes: Uint8Array, limits: DocxLimits): void {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, limits.maxEntries).entries;
  } catch (e) {
    if (e instanceof ZipTooManyEntriesError) {
      throw new ReadError(
        'docx_too_many_entries',
        `The Word file is not a normal document: it holds ${e.entries.toLocaleString('en-GB')} parts or more (the limit is ${limits.maxEntries.toLocaleString('en-GB')}). Save it again as a new .docx or a PDF and upload that`,
        MEDIA_TYPES.docx,
      );
    }
    if (e instanceof ZipFormatError) throw corruptDocx();
    throw e;
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ReadError('not_docx', 'This is not a Word .docx file', MEDIA_TYPES.docx);
  }
  if (entries.some((e) => (e.flags & 1) === 1)) {
    throw new ReadError(
      'legacy_or_protected_word',
      'The Word file is password-protected: save a copy without a password and upload it again',
      MEDIA_TYPES.docx,
    );
  }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) throw tooLarge();

  let budget = limits.maxUncompressedBytes;
  for (const entry of entries) {
    if (NOT_READ.test(entry.name) || entry.name.endsWith('/')) continue;
    try {
      budget -= checkRealSize(bytes, entry, budget);
    } catch (e) {
      if (e instanceof ZipFormatError) throw corruptDocx();
      throw e;
    }
    if (budget < 0) throw tooLarge();
  }
}
