import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors';
import { optionalText } from '../../common/input';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { ContentStore, StoredFile } from '../../storage/content-store';
import { User } from '../../users/entities/user.entity';
import { DocumentStatus, StoredDocument } from '../entities/document.entity';
import { IngestQueue } from '../ingest/ingest-queue';
import { AcceptedType, acceptedType, fileTooLarge, UPLOAD_FIELD } from './accepted-type';
import { sanitiseFileName } from './file-name';

export interface UploadFields {
  kind?: unknown;
  caseReference?: unknown;
}

export interface UploadedDocument {
  id: string;
  status: DocumentStatus;
  sha256: string;
  fileName: string;
  /** The document already stored with the same bytes, else null. */
  duplicateOf: string | null;
}

interface CheckedFile {
  file: Express.Multer.File;
  fileName: string;
  type: AcceptedType;
}

interface UploadMeta {
  kind: string | null;
  caseReference: string | null;
  uploadedBy: string | null;
}

/** The files and fields of an upload, refused (DomainError naming the input) when unusable. */
function uploadMeta(
  files: Express.Multer.File[] | undefined,
  fields: UploadFields,
  uploadedBy: string | null,
): { files: Express.Multer.File[]; meta: UploadMeta } {
  if (!files?.length) {
    throw new DomainError('Choose at least one file to upload', 'unprocessable', UPLOAD_FIELD);
  }
  const kind = optionalText(fields.kind, 'kind', 50);
  const caseReference = optionalText(fields.caseReference, 'caseReference', 100);
  return { files, meta: { kind, caseReference, uploadedBy } };
}

/**
 * Upload: checks every file first (over the size limit, empty, or not a type we read: nothing is
 * stored when one is refused; `uploadEach` stores the files that pass and lists the others), stores
 * each one once by
 * content hash, commits its row (status queued, enqueuedAt null: the outbox), then queues the job.
 * A Redis outage does not fail the upload: the sweep queues the row later.
 */
@Injectable()
export class DocumentIntakeService {
  constructor(
    private readonly em: EntityManager,
    private readonly store: ContentStore,
    private readonly queue: IngestQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * One file checked on its own: over the size limit (the upload page's interceptor hands such a
   * file on with its size and nothing on disk), empty, or not a type we read: refused, naming it.
   */
  private async check(file: Express.Multer.File): Promise<CheckedFile> {
    const fileName = sanitiseFileName(file.originalname);
    const max = this.config.limits.maxUploadBytes;
    if (file.size > max || !file.path) throw fileTooLarge(max, fileName);
    return { file, fileName, type: await acceptedType(file.path, file.size, fileName) };
  }

  async upload(
    files: Express.Multer.File[] | undefined,
    fields: UploadFields,
    uploadedBy: string | null,
  ): Promise<UploadedDocument[]> {
    const upload = uploadMeta(files, fields, uploadedBy);
    const checked: CheckedFile[] = [];
    for (const file of upload.files) checked.push(await this.check(file));
    return this.storeChecked(checked, upload.meta);
  }

  /**
   * Upload from the web form: each file is checked on its own. The files that pass are stored as
   * `upload` stores them; every file refused is listed with the reason, and the others still go in.
   * (The API's POST /api/documents stays all or nothing, as its contract says.)
   */
  async uploadEach(
    files: Express.Multer.File[] | undefined,
    fields: UploadFields,
    uploadedBy: string | null,
  ): Promise<{ stored: UploadedDocument[]; refused: { fileName: string; message: string }[] }> {
    const upload = uploadMeta(files, fields, uploadedBy);
    const checked: CheckedFile[] = [];
    const refused: { fileName: string; message: string }[] = [];
    for (const file of upload.files) {
      try {
        checked.push(await this.check(file));
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        refused.push({ fileName: sanitiseFileName(file.originalname), message: e.message });
      }
    }
    const stored = checked.length ? await this.storeChecked(checked, upload.meta) : [];
    return { stored, refused };
  }

  private async storeChecked(checked: CheckedFile[], meta: UploadMeta): Promise<UploadedDocument[]> {
    const stored: StoredFile[] = [];
    for (const c of checked) stored.push(await this.store.putFile(c.file.path, c.type.extension));
    let results: UploadedDocument[];
    try {
      results = await this.recordAll(checked, stored, meta);
    } catch (e) {
      if (!(e instanceof UniqueConstraintViolationException)) throw e;
      // The same bytes were uploaded at the same moment by another request: record one by one.
      results = [];
      for (let i = 0; i < checked.length; i++) results.push(await this.record(checked[i], stored[i], meta));
    }
    const fresh = [...new Set(results.filter((r) => r.duplicateOf === null).map((r) => r.id))];
    if (fresh.length && (await this.queue.enqueueMany(fresh))) await this.markEnqueued(fresh);
    return results;
  }

  /** All rows of one upload in one transaction (one commit, however many files). */
  private async recordAll(
    checked: CheckedFile[],
    stored: StoredFile[],
    meta: UploadMeta,
  ): Promise<UploadedDocument[]> {
    const em = this.em.fork();
    const shas = [...new Set(stored.map((s) => s.sha256))];
    const bySha = new Map(
      (await em.find(StoredDocument, { sha256: { $in: shas } })).map((d) => [d.sha256, d]),
    );
    const results: UploadedDocument[] = [];
    checked.forEach((c, i) => {
      const prior = bySha.get(stored[i].sha256);
      if (prior) {
        results.push(duplicate(prior, c.fileName));
        return;
      }
      const doc = this.newRow(em, c, stored[i], meta);
      bySha.set(doc.sha256, doc);
      results.push({
        id: doc.id,
        status: doc.status,
        sha256: doc.sha256,
        fileName: doc.fileName,
        duplicateOf: null,
      });
    });
    await em.flush();
    return results;
  }

  private newRow(em: EntityManager, c: CheckedFile, stored: StoredFile, meta: UploadMeta): StoredDocument {
    return em.create(StoredDocument, {
      sha256: stored.sha256,
      fileName: c.fileName,
      mediaType: c.type.mediaType,
      sizeBytes: stored.sizeBytes,
      storagePath: stored.path,
      kind: meta.kind,
      caseReference: meta.caseReference,
      uploadedBy: meta.uploadedBy ? em.getReference(User, meta.uploadedBy) : null,
    });
  }

  private async record(c: CheckedFile, stored: StoredFile, meta: UploadMeta): Promise<UploadedDocument> {
    const em = this.em.fork();
    const existing = await em.findOne(StoredDocument, { sha256: stored.sha256 });
    if (existing) return duplicate(existing, c.fileName);
    const doc = this.newRow(em, c, stored, meta);
    try {
      await em.flush();
    } catch (e) {
      if (!(e instanceof UniqueConstraintViolationException)) throw e;
      // The same bytes were uploaded at the same moment by another request.
      const winner = await this.em.fork().findOneOrFail(StoredDocument, { sha256: stored.sha256 });
      return duplicate(winner, c.fileName);
    }
    return { id: doc.id, status: doc.status, sha256: doc.sha256, fileName: doc.fileName, duplicateOf: null };
  }

  async markEnqueued(ids: string | string[]): Promise<void> {
    const now = new Date();
    const list = Array.isArray(ids) ? ids : [ids];
    await this.em
      .fork()
      .nativeUpdate(
        StoredDocument,
        { id: { $in: list }, enqueuedAt: null },
        { enqueuedAt: now, updatedAt: now },
      );
  }
}

function duplicate(existing: StoredDocument, fileName: string): UploadedDocument {
  return {
    id: existing.id,
    status: existing.status,
    sha256: existing.sha256,
    fileName,
    duplicateOf: existing.id,
  };
}
