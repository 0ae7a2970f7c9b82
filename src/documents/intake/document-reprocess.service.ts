import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors';
import { documentStatusMachine } from '../../status';
import { StoredDocument } from '../entities/document.entity';
import { IngestQueue } from '../ingest/ingest-queue';
import { DocumentQueries } from '../queries/document-queries.service';
import { DocumentIntakeService } from './document-intake.service';

/**
 * "Process again": a processed or failed document goes back to queued (outbox first, then the queue).
 * Recommendations an officer already reviewed are kept; unreviewed proposals are replaced.
 */
@Injectable()
export class DocumentReprocessService {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: DocumentQueries,
    private readonly queue: IngestQueue,
    private readonly intake: DocumentIntakeService,
  ) {}

  async reprocess(id: string): Promise<StoredDocument> {
    const em = this.em.fork();
    const doc = await this.queries.get(id, em);
    if (!documentStatusMachine.canTransition(doc.status, 'queued')) {
      throw new DomainError(
        `This document is already ${doc.status === 'queued' ? 'waiting to be processed' : 'being processed'}`,
        'conflict',
      );
    }
    const now = new Date();
    const updated = await em.nativeUpdate(
      StoredDocument,
      { id, status: doc.status },
      { status: 'queued', enqueuedAt: null, error: null, tries: 0, updatedAt: now },
    );
    if (updated === 0)
      throw new DomainError('This document changed at the same moment: try again', 'conflict');
    if ((await this.queue.ensureJob(id)) !== 'unavailable') await this.intake.markEnqueued(id);
    return this.queries.get(id);
  }
}
