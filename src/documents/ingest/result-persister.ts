import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ProposedRecommendation } from '../entities/recommendation.entity';
import type { ExtractionResult } from '../../extraction/types';
import { documentStatusMachine } from '../../status';
import { StoredDocument } from '../entities/document.entity';
import type { Claim } from './document-claim';
import { calendarDate, recommendationRow, sameActionKey } from './recommendation-rows';

export type PersistOutcome = 'processed' | 'failed' | 'superseded';

/**
 * Saves an extraction in one transaction with the status change: document metadata, the stored
 * ExtractionResult, the reader's text its spans point into (so the review page never reads the file)
 * and the proposed recommendations. Guarded by the claim (status processing and
 * the same attempt), so a worker that was presumed dead and replaced cannot write a second time.
 * Proposals nobody reviewed yet are replaced; accepted or rejected ones are never touched, and a new
 * proposal with the same words as a reviewed one is not added again.
 */
@Injectable()
export class ResultPersister {
  constructor(private readonly em: EntityManager) {}

  /** `text`: the reader's text (null when the file was not read); a new run replaces the stored one. */
  async persist(claim: Claim, result: ExtractionResult, text: string | null): Promise<PersistOutcome> {
    const failed = result.errors.length > 0;
    const to = failed ? 'failed' : 'processed';
    documentStatusMachine.assertTransition('processing', to);
    // Plain statements rather than loading and flushing entities: this runs once per document on the
    // process that also answers HTTP, so it is kept to two or three queries in one short transaction.
    return this.em.fork().transactional(async (tx) => {
      const now = new Date();
      const owned = await tx.nativeUpdate(
        StoredDocument,
        { id: claim.documentId, status: 'processing', attempts: claim.attempt },
        {
          status: to,
          processedAt: now,
          updatedAt: now,
          error: failed ? result.errors.join(' ') : null,
          documentType: result.documentType,
          reference: result.reference,
          organisation: result.organisation,
          decisionDate: calendarDate(result.decisionDate),
          finding: result.finding,
          faultFound: typeof result.faultFound === 'boolean' ? result.faultFound : null,
          pages: result.source.pages,
          extraction: result,
          sourceText: failed ? null : text,
        },
      );
      if (owned === 0) return 'superseded';
      // The engine's reading of "already remedied before the Ombudsman" is a proposal: an officer's
      // confirmed answer stays.
      await tx.nativeUpdate(
        StoredDocument,
        { id: claim.documentId, remediedBeforeConfirmedAt: null },
        { remediedBefore: result.remediedBefore ?? null },
      );

      let kept = new Set<string>();
      if (claim.processedBefore) {
        const reviewed = await tx.find(
          ProposedRecommendation,
          { document: claim.documentId, status: { $ne: 'proposed' } },
          { fields: ['id', 'extractedText'] },
        );
        kept = new Set(reviewed.map((r) => sameActionKey(r.extractedText)));
        // what the officer added, split or merged is theirs: only the extraction's own proposals are replaced
        await tx.nativeDelete(ProposedRecommendation, {
          document: claim.documentId,
          status: 'proposed',
          origin: 'extracted',
        });
      }
      const document = tx.getReference(StoredDocument, claim.documentId);
      const rows = result.recommendations
        .map((rec, ordinal) => ({ rec, ordinal }))
        .filter(({ rec }) => !kept.has(sameActionKey(rec.text)))
        .map(({ rec, ordinal }) =>
          Object.assign(new ProposedRecommendation(), { document, ...recommendationRow(rec, ordinal) }),
        );
      if (rows.length) await tx.insertMany(rows);
      return to;
    });
  }

  /** After the last try for a problem on our side: the document fails with a reason, if still ours. */
  async failAfterRetries(claim: Claim, message: string): Promise<boolean> {
    documentStatusMachine.assertTransition('processing', 'failed');
    const now = new Date();
    const updated = await this.em
      .fork()
      .nativeUpdate(
        StoredDocument,
        { id: claim.documentId, status: 'processing', attempts: claim.attempt },
        { status: 'failed', error: message, processedAt: now, updatedAt: now },
      );
    return updated > 0;
  }
}
