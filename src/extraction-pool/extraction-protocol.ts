/** Messages between an ExtractionPool (the `extract` command, the ingest processor) and its threads. */
import type { ExtractDocumentOptions } from '../extraction/extract-document';
import type { ExtractionResult } from '../extraction/types';

/**
 * Where a thread gets the file's bytes: a path it reads itself (the service: bytes never cross the
 * event loop that answers HTTP), or the bytes themselves (the `extract` command, which has read and
 * checked the file already), transferred to the thread.
 */
export type ExtractionFile = { path: string } | { bytes: Uint8Array };

export interface ExtractionRequest {
  id: number;
  fileName: string;
  file: ExtractionFile;
  options: ExtractDocumentOptions;
}

export type ExtractionReply =
  /** The thread has loaded the engine: a file's time limit starts when it reaches a ready thread. */
  | { kind: 'ready' }
  /** `text`: the reader's text, which the result's spans index into (null when the file was not read). */
  | { kind: 'result'; id: number; result: ExtractionResult; text: string | null }
  /** The file at `path` could not be read (missing, permissions, disk): not the document's fault. */
  | { kind: 'io_error'; id: number; code: string | null; message: string }
  | { kind: 'log'; id: number; message: string };

/** What a thread is told when it starts (its workerData). */
export interface ThreadSettings {
  /** Linux nice value for the thread (lower CPU priority than the main thread); null leaves it. */
  nice: number | null;
}
