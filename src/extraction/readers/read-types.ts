/**
 * What the document readers take and give back. Readers are pure: they get the bytes of an upload
 * (never a path) and return the text the extraction engine works on, or a ReadError whose message a
 * complaints officer can act on.
 */

export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'text';

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
};

export interface ReadOptions {
  /** A PDF with more pages than this is refused (default 500). */
  maxPages?: number;
  /** A .docx whose parts unpack to more than this many bytes is refused (default 100 MB). */
  maxDocxUncompressedBytes?: number;
  /** A .docx with more zip entries than this is refused (default 2,000). */
  maxDocxEntries?: number;
  /** Give up reading after this long (default 30 s). Asynchronous work only: the extraction pool gives a hard limit. */
  timeoutMs?: number;
  /** The uploaded file's name: never decides the format, only the wording of some refusals. */
  fileName?: string;
}

export const DEFAULT_READ_OPTIONS: Required<Omit<ReadOptions, 'fileName'>> = {
  maxPages: 500,
  maxDocxUncompressedBytes: 100 * 1024 * 1024,
  maxDocxEntries: 2000,
  timeoutMs: 30_000,
};

export interface ReadDocumentResult {
  format: DocumentFormat;
  mediaType: string;
  /** The text the engine reads. */
  text: string;
  /** Offsets into `text` where each page starts (page 1 at index 0); null for formats without pages. */
  pageStarts: number[] | null;
  /** Number of pages; null for formats without pages. */
  pages: number | null;
  /** Things a reviewer should know about the reading (pages without text, ...). */
  warnings: string[];
}

export type ReadErrorCode =
  | 'empty'
  | 'executable'
  | 'image'
  | 'unsupported_type'
  | 'not_docx'
  | 'legacy_or_protected_word'
  | 'docx_corrupt'
  | 'docx_too_many_entries'
  | 'docx_too_large'
  | 'pdf_password'
  | 'pdf_corrupt'
  | 'pdf_no_text'
  | 'pdf_too_many_pages'
  | 'timeout';

/** A file that cannot be read, with a message in plain words for the person who uploaded it. */
export class ReadError extends Error {
  override readonly name = 'ReadError';

  constructor(
    readonly code: ReadErrorCode,
    message: string,
    /** The media type the bytes turned out to be, when known. */
    readonly mediaType: string = 'application/octet-stream',
  ) {
    super(message);
  }
}

export function isReadError(e: unknown): e is ReadError {
  return e instanceof ReadError;
}
