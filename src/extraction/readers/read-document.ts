/**
 * One entry point for every format: decide what the bytes are, read them, and return the text with
 * its page boundaries, or throw a ReadError whose message says what to do.
 */
import { decodeText } from './decode-text';
import { Deadline } from './deadline';
import { detectFormat } from './detect-format';
import { readDocx } from './docx-reader';
import { htmlToText } from './html-to-text';
import { readPdf } from './pdf-reader';
import { DEFAULT_READ_OPTIONS, MEDIA_TYPES, ReadDocumentResult, ReadError, ReadOptions } from './read-types';

function readText(bytes: Uint8Array): ReadDocumentResult {
  const { text, encoding } = decodeText(bytes);
  const warnings =
    encoding === 'windows-1252'
      ? ['The text file is not in UTF-8; it was read as Windows-1252: check pound signs and quotation marks']
      : [];
  return { format: 'text', mediaType: MEDIA_TYPES.text, text, pageStarts: null, pages: null, warnings };
}

function readHtml(bytes: Uint8Array): ReadDocumentResult {
  const text = htmlToText(decodeText(bytes).text);
  return { format: 'html', mediaType: MEDIA_TYPES.html, text, pageStarts: null, pages: null, warnings: [] };
}

function requireText(result: ReadDocumentResult): ReadDocumentResult {
  if (result.text.trim() === '') {
    throw new ReadError('empty', 'The file is empty: it has no text in it', result.mediaType);
  }
  return result;
}

export async function readDocument(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadDocumentResult> {
  const limits = { ...DEFAULT_READ_OPTIONS, ...definedOnly(options) };
  const { format, mediaType } = detectFormat(bytes, options.fileName);
  const deadline = new Deadline(limits.timeoutMs, mediaType);
  switch (format) {
    case 'pdf':
      return requireText(await readPdf(bytes, { maxPages: limits.maxPages, deadline }));
    case 'docx':
      return requireText(
        await readDocx(bytes, {
          maxEntries: limits.maxDocxEntries,
          maxUncompressedBytes: limits.maxDocxUncompressedBytes,
          deadline,
        }),
      );
    case 'html':
      return requireText(readHtml(bytes));
    case 'text':
      return requireText(readText(bytes));
  }
}

function definedOnly(options: ReadOptions): ReadOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as ReadOptions;
}
