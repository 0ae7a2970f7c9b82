/** Messages between the ingest processor and its extraction threads. */
import type { ExtractDocumentOptions } from '../../extraction/extract-document';
import type { ExtractionResult } from '../../extraction/types';

export interface ExtractionRequest {
  id: number;
  /** Absolute path of the stored file: the thread reads it itself, so bytes never cross the event loop. */
  path: string;
  fileName: string;
  options: ExtractDocumentOptions;
}

export type ExtractionReply =
  /** `text`: the reader's text, which the result's spans index into (null when the file was not read). */
  | { kind: 'result'; id: number; result: ExtractionResult; text: string | null }
  /** The stored file could not be read (missing, permissions): not the document's fault. */
  | { kind: 'io_error'; id: number; code: string | null; message: string }
  | { kind: 'log'; id: number; message: string };
