/**
 * Bytes of an uploaded file to an ExtractionResult: read the document (readers/), run the rule
 * engine on its text, and turn any reading failure into a result with `documentType: "unknown"` and
 * the reason in `errors`. Used by the `extract` command line tool and by the ingestion pipeline.
 */
import { extractFromText } from './extract-text';
import { baseName, failedExtraction, sha256Hex, unreadSource } from './readers/extraction-source';
import { readDocument } from './readers/read-document';
import { isReadError, ReadOptions } from './readers/read-types';
import { ExtractionResult, ExtractionSource } from './types';

export { baseName, failedExtraction, sha256Hex, unreadSource } from './readers/extraction-source';

export type ExtractDocumentOptions = ReadOptions;

export const UNEXPECTED_ERROR =
  'Something went wrong while reading this file. Try again; if it happens again, report it with the file to the system administrator';

/**
 * Never throws: every failure becomes a result with `errors`. `onUnexpected` hears about failures that
 * are bugs rather than bad files (to log them).
 */
export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractDocumentOptions = {},
  onUnexpected?: (error: unknown) => void,
): Promise<ExtractionResult> {
  return (await extractDocumentWithText(bytes, fileName, options, onUnexpected)).result;
}

/** An ExtractionResult and the text its spans point into (null when the file could not be read). */
export interface ExtractionWithText {
  result: ExtractionResult;
  text: string | null;
}

/**
 * extractDocument, also giving the reader's text (what every span's start and end index into), so it
 * can be stored with the document and shown later without reading the file again. Never throws.
 */
export async function extractDocumentWithText(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractDocumentOptions = {},
  onUnexpected?: (error: unknown) => void,
): Promise<ExtractionWithText> {
  let read;
  try {
    read = await readDocument(bytes, { ...options, fileName: options.fileName ?? fileName });
  } catch (e) {
    if (isReadError(e)) {
      return {
        result: failedExtraction(unreadSource(bytes, fileName, e.mediaType), [e.message]),
        text: null,
      };
    }
    onUnexpected?.(e);
    return { result: failedExtraction(unreadSource(bytes, fileName), [UNEXPECTED_ERROR]), text: null };
  }
  const source: ExtractionSource = {
    fileName: baseName(fileName),
    mediaType: read.mediaType,
    sha256: sha256Hex(bytes),
    pages: read.pages,
    characters: read.text.length,
  };
  try {
    const result = extractFromText({ text: read.text, pageStarts: read.pageStarts }, source);
    return {
      result:
        read.warnings.length > 0 ? { ...result, warnings: [...read.warnings, ...result.warnings] } : result,
      text: read.text,
    };
  } catch (e) {
    onUnexpected?.(e);
    return { result: failedExtraction(source, [UNEXPECTED_ERROR]), text: null };
  }
}
