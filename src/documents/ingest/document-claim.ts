import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { documentStatusMachine } from '../../status';
import { StoredDocument } from '../entities/document.entity';

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
 * taken over with the next attempt number, so the dead attempt can never persist afterwards.
 */
@Injectable()
export class DocumentClaims {
  constructor(private readonly em: EntityManager) {}

  async claim(documentId: string): Promise<Claim | null> {
    const em = this.em.fork();
    const doc = await em.findOne(StoredDocument, documentId, {
      fields: ['status', 'attempts', 'storagePath', 'fileName', 'sha256', 'mediaType', 'processedAt'],
    });
    if (!doc) return null;
    if (doc.status !== 'queued' && doc.status !== 'processing') return null;
    if (doc.status === 'queued') documentStatusMachine.assertTransition('queued', 'processing');
    const attempt = doc.attempts + 1;
    const now = new Date();
    const updated = await em.nativeUpdate(
      StoredDocument,
      { id: documentId, status: doc.status, attempts: doc.attempts },
      { status: 'processing', attempts: attempt, processingStartedAt: now, error: null, updatedAt: now },
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
