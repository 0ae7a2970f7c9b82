/**
 * Decides what a file really is from its bytes (never from its name): PDF, Word .docx, HTML or plain
 * text. Programs, images, other zip files (Excel, PowerPoint, plain archives), old Word .doc files and
 * other binary data are refused with a ReadError that says what to upload instead.
 */
import { decodeText, looksBinary } from './decode-text';
import { DocumentFormat, MEDIA_TYPES, ReadError, DEFAULT_READ_OPTIONS } from './read-types';
import { looksLikeZip, readZipDirectory, ZipFormatError, ZipTooManyEntriesError } from './zip-directory';

export interface DetectedFormat {
  format: DocumentFormat;
  mediaType: string;
}

const UPLOAD_WHAT = 'Upload a PDF, a Word .docx file, a web page (.html) or a text file';

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[at + i] !== signature[i]) return false;
  return true;
}

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

/** PDF files start with `%PDF-`; readers accept it anywhere in the first kilobyte. */
export function findPdfHeader(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && startsWith(bytes, ascii('%PDF-'), i)) return i;
  }
  return -1;
}

function isExecutable(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'a Linux program';
  if (startsWith(bytes, ascii('MZ'))) return 'a Windows program';
  const machO = [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
    [0xca, 0xfe, 0xba, 0xbe],
  ];
  if (machO.some((sig) => startsWith(bytes, sig))) return 'a Mac program';
  return null;
}

function isImage(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF87a')) ||
    startsWith(bytes, ascii('GIF89a')) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    startsWith(bytes, ascii('BM')) ||
    (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) ||
    (startsWith(bytes, ascii('ftyp'), 4) &&
      ['heic', 'heix', 'mif1', 'avif'].some((brand) => startsWith(bytes, ascii(brand), 8)))
  );
}

const OTHER_BINARY: Array<[number[], string]> = [
  [[0x1f, 0x8b], 'a compressed (.gz) file'],
  [ascii('7z\xbc\xaf\x27\x1c'), 'a compressed (.7z) file'],
  [ascii('Rar!'), 'a compressed (.rar) file'],
  [ascii('{\\rtf'), 'a Rich Text (.rtf) file: save it as a Word .docx or a PDF'],
  [ascii('%!PS'), 'a PostScript file: save it as a PDF'],
];

function describeOtherZip(names: Set<string>): string {
  if (names.has('xl/workbook.xml')) return 'This is an Excel spreadsheet, not a Word .docx file';
  if (names.has('ppt/presentation.xml')) return 'This is a PowerPoint file, not a Word .docx file';
  if (names.has('content.xml') && names.has('mimetype'))
    return 'This is an OpenDocument file, not a Word .docx file: save it as .docx';
  return 'This is a zip archive, not a Word .docx file';
}

/** Refusal for a zip that is not a .docx; null when it is one. Zip bombs are checked by the docx reader. */
function classifyZip(bytes: Uint8Array): ReadError | null {
  let names: Set<string>;
  try {
    names = new Set(readZipDirectory(bytes, DEFAULT_READ_OPTIONS.maxDocxEntries).entries.map((e) => e.name));
  } catch (e) {
    if (e instanceof ZipTooManyEntriesError) return null; // let the docx reader say why it refuses it
    if (e instanceof ZipFormatError) {
      return new ReadError(
        'docx_corrupt',
        'The Word file is damaged and cannot be opened. Save it again and upload the new copy',
      );
    }
    throw e;
  }
  if (names.has('word/document.xml')) return null;
  return new ReadError('not_docx', `${describeOtherZip(names)}. ${UPLOAD_WHAT}`);
}

function unknownBinary(fileName: string | undefined): ReadError {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'docx' || ext === 'doc') {
    return new ReadError(
      'not_docx',
      'This is not a Word .docx file (it may be damaged). Open it in Word, save it as .docx and upload it again',
    );
  }
  if (ext === 'pdf') {
    return new ReadError(
      'pdf_corrupt',
      'This is not a PDF file (it may be damaged). Save or export it again as a PDF and upload it',
    );
  }
  return new ReadError('unsupported_type', `This file is not a document we can read. ${UPLOAD_WHAT}`);
}

function looksLikeHtml(textStart: string): boolean {
  const head = textStart
    .replace(/^\s+/, '')
    .replace(/^<\?xml[^>]*>\s*/i, '')
    .replace(/^(?:<!--[\s\S]*?-->\s*)+/, '')
    .slice(0, 200)
    .toLowerCase();
  return /^<(?:!doctype\s+html|html|head|body)\b/.test(head);
}

/**
 * What the bytes are. The file name (optional) only chooses the wording of a refusal: a damaged
 * `.docx` is "not a Word .docx file". Throws ReadError for empty files and anything that is not a document we read.
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): DetectedFormat {
  if (bytes.length === 0) throw new ReadError('empty', 'The file is empty');
  if (findPdfHeader(bytes) >= 0) return { format: 'pdf', mediaType: MEDIA_TYPES.pdf };

  if (looksLikeZip(bytes)) {
    const refusal = classifyZip(bytes);
    if (refusal) throw refusal;
    return { format: 'docx', mediaType: MEDIA_TYPES.docx };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new ReadError(
      'legacy_or_protected_word',
      'This is an old-style Word .doc file or a password-protected Word file. Save it as a .docx without a password and upload it again',
      'application/msword',
    );
  }
  const program = isExecutable(bytes);
  if (program) {
    throw new ReadError('executable', `This file is ${program}, not a document. ${UPLOAD_WHAT}`);
  }
  if (isImage(bytes)) {
    throw new ReadError(
      'image',
      'This file is a picture, not a document. Upload a PDF with selectable text or a Word .docx file',
    );
  }
  for (const [signature, what] of OTHER_BINARY) {
    if (startsWith(bytes, signature))
      throw new ReadError('unsupported_type', `This file is ${what}. ${UPLOAD_WHAT}`);
  }

  const prefix = decodeText(bytes.subarray(0, 8192)).text;
  if (looksBinary(prefix)) throw unknownBinary(fileName);
  if (looksLikeHtml(prefix)) return { format: 'html', mediaType: MEDIA_TYPES.html };
  return { format: 'text', mediaType: MEDIA_TYPES.text };
}
