/**
 * The `source` block of an ExtractionResult and the result for a file that could not be extracted.
 * Kept apart from the engine so that callers that only report failures (the CLI's main thread) do
 * not load it.
 */
import { createHash } from 'node:crypto';

import type { ExtractionResult, ExtractionSource } from '../types';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file's base name: what the contract's `source.fileName` holds. */
export function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] || fileName;
}

/** The source block for bytes that were not read (media type unknown unless given). */
export function unreadSource(
  bytes: Uint8Array,
  fileName: string,
  mediaType = 'application/octet-stream',
): ExtractionSource {
  return { fileName: baseName(fileName), mediaType, sha256: sha256Hex(bytes), pages: null, characters: 0 };
}

/** A result for a file that could not be extracted: `documentType` unknown, the reasons in `errors`. */
export function failedExtraction(source: ExtractionSource, errors: string[]): ExtractionResult {
  return {
    schemaVersion: 1,
    source,
    documentType: 'unknown',
    reference: null,
    organisation: null,
    decisionDate: null,
    finding: null,
    faultFound: null,
    complainants: [],
    recommendations: [],
    remedyTotal: 0,
    warnings: [],
    errors,
  };
}
