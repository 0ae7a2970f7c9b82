import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { documentStatusMachine } from '../../status';
import { StoredDocument } from '../entities/document.entity';
import { INGEST_ATTEMPTS } from './ingest-queue';

/** Tries of one processing run (upload or "Process again") before the document is failed. */
export const MAX_TRIES = INGEST_ATTEMPTS;

export const STOPPED_REPEATEDLY =
  'Processing this document stopped unexpectedly several times, so it was not tried again. The file may be damaged: save it again and upload the new copy. If it keeps failing, tell the system administrator';

/** The right to process one document: the attempt number a persist must still match. */
export interface Claim {
  documentId: string;
  attempt: number;
  storagePath: string;
  fileName: string;
  sha256: string;
  mediaType: string;
  /** false when the document was never processed before: it cannot have recommendations yet. */
  processedBefore: boolean;
}

/**
 * Moves a document to `processing` for one attempt. A document already processed or failed is not
 * claimed (the job is a late duplicate); a document left in `processing` by a worker that died is
 * taken over with the next attempt number, so the dead attempt can never persist afterwards. After
 * MAX_TRIES tries that never finished, the document fails with a reason instead of being tried again.
 */
@Injectable()
export class DocumentClaims {
  constructor(private readonly em: EntityManager) {}

  async claim(documentId: string): Promise<Claim | null> {
    const em = this.em.fork();
    const doc = await em.findOne(StoredDocument, documentId, {
      fields: [
        'status',
        'attempts',
        'tries',
        'storagePath',
        'fileName',
        'sha256',
        'mediaType',
        'processedAt',
      ],
    });
    if (!doc) return null;
    if (doc.status !== 'queued' && doc.status !== 'processing') return null;
    if (doc.status === 'queued') documentStatusMachine.assertTransition('queued', 'processing');
    const now = new Date();
    if (doc.status === 'processing' && doc.tries >= MAX_TRIES) {
      // Every try so far died before it could finish (a worker killed or crashing on this file):
      // stop here rather than going round for ever.
      documentStatusMachine.assertTransition('processing', 'failed');
      await em.nativeUpdate(
        StoredDocument,
        { id: documentId, status: doc.status, attempts: doc.attempts },
        { status: 'failed', error: STOPPED_REPEATEDLY, processedAt: now, updatedAt: now },
      );
      return null;
    }
    const attempt = doc.attempts + 1;
    const updated = await em.nativeUpdate(
      StoredDocument,
      { id: documentId, status: doc.status, attempts: doc.attempts },
      {
        status: 'processing',
        attempts: attempt,
        tries: doc.tries + 1,
        processingStartedAt: now,
        error: null,
        updatedAt: now,
      },
    );
    if (updated === 0) return null;
    return {
      documentId,
      attempt,
      storagePath: doc.storagePath,
      fileName: doc.fileName,
      sha256: doc.sha256,
      mediaType: doc.mediaType,
      processedBefore: doc.processedAt !== null,
    };
  }
}
