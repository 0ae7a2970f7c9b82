import type { DocumentStatus as StoredDocumentStatus } from '../documents/entities/document.entity';
import {
  DOCUMENT_STATUSES,
  documentStatusMachine as documents,
  type DocumentStatus,
} from './document-status';
import { TransitionRequirementsError } from './transition-errors';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsEntity: Same<StoredDocumentStatus, DocumentStatus> = true;

describe('document status machine', () => {
  it('has no final status: any document can be processed again', () => {
    expect(sameAsEntity).toBe(true);
    expect(DOCUMENT_STATUSES.filter((s) => documents.isFinal(s))).toEqual([]);
  });

  it('names the pipeline changes', () => {
    expect(documents.transitions.map((t) => `${t.from}->${t.to}:${t.name}`)).toEqual([
      'queued->processing:start',
      'processing->processed:finish',
      'processing->failed:fail',
      'processing->queued:recover',
      'failed->queued:retry',
      'processed->queued:reprocess',
    ]);
  });

  it('says in plain words why a change is refused', () => {
    expect(() => documents.assertTransition('queued', 'processed')).toThrow(
      'A document that is queued cannot be moved to processed. From queued it can be moved to processing.',
    );
    expect(() => documents.assertTransition('failed', 'failed')).toThrow('This document is already failed.');
  });

  it('a failure must say why', () => {
    expect(() => documents.assertCanApply('processing', 'failed', {})).toThrow(TransitionRequirementsError);
    expect(
      documents.missingRequirements('processing', 'failed', { error: 'The PDF is password protected.' }),
    ).toEqual([]);
  });
});
