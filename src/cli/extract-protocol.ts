/** Messages between the `extract` command and its worker threads. */
import type { ExtractDocumentOptions } from '../extraction/extract-document';
import type { ExtractionResult } from '../extraction/types';

export interface ExtractJob {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  options: ExtractDocumentOptions;
}

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'result'; id: number; result: ExtractionResult }
  | { kind: 'log'; id: number; message: string };
