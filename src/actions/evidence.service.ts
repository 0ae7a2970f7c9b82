import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { ReadStream } from 'node:fs';
import { AuditService } from '../audit/audit.service';
import { AUDIT } from '../audit/audit-types';
import type { AuthUser } from '../common/access/auth-user';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ContentStore, StoredFile } from '../storage/content-store';
import { StoredDocument } from '../documents/entities/document.entity';
import { open } from 'node:fs/promises';
import { User } from '../users/entities/user.entity';
import { actionAccess } from './action-access';
import { DomainError } from '../common/errors';
import { appendActionEvent } from './action-history';
import { ActionsRepository } from './actions.repository';
import { EvidenceView, toEvidenceView } from './action-views';
import { Evidence } from './entities/evidence.entity';
import { ACCEPTED_EVIDENCE_TYPES, detectEvidenceType, safeFileName } from './evidence-type';

export interface EvidenceUpload {
  /** The uploaded file, already on disk (a temporary file the upload interceptor removes afterwards). */
  file?: { path: string; sizeBytes: number; originalName: string | null } | null;
  note?: string | null;
}

export interface EvidenceDownload {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  stream: ReadStream;
}

/** How much of a stored file is read to tell its type (a text file's check reads 64 KB). */
const SNIFF_BYTES = 64 * 1024;

/** The first bytes of a file on disk (fewer when it is shorter). */
async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const FINAL = new Set(['verified', 'cancelled']);

/** Evidence that an action was done: a file (stored once by content hash), a note, or both. */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly em: EntityManager,
    private readonly repo: ActionsRepository,
    private readonly store: ContentStore,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return this.config.limits.maxUploadBytes;
  }

  async add(user: AuthUser, actionId: string, upload: EvidenceUpload): Promise<EvidenceView> {
    const note = upload.note?.trim() || null;
    const file = upload.file ?? null;
    if (!file && !note) throw DomainError.invalid('note', 'Attach a file or write a note as evidence.');
    if (note && note.length > 5000)
      throw DomainError.invalid('note', 'Keep the evidence note under 5,000 characters.');
    const em = this.em.fork();
    const action = await this.repo.findOne(em, actionId);
    if (!action) throw DomainError.notFound('action');
    actionAccess.assertCanChange(user, action.serviceArea.id);
    if (FINAL.has(action.status)) {
      throw new DomainError(`This action is ${action.status}: no more evidence can be added.`, 'conflict');
    }
    let stored: StoredFile | null = null;
    let fileName: string | null = null;
    let mediaType: string | null = null;
    if (file) {
      if (file.sizeBytes === 0) throw new DomainError('The file is empty.');
      if (file.sizeBytes > this.maxBytes) {
        throw new DomainError(
          `The file is larger than ${Math.round(this.maxBytes / 1024 / 1024)} MB.`,
          'too_large',
        );
      }
      const type = detectEvidenceType(await readHead(file.path, SNIFF_BYTES));
      if (!type) {
        throw new DomainError(
          `This file type cannot be kept as evidence. Use ${ACCEPTED_EVIDENCE_TYPES}.`,
          'unsupported_type',
        );
      }
      stored = await this.store.putFile(file.path, type.extension);
      mediaType = type.mediaType;
      fileName = safeFileName(file.originalName, `evidence.${type.extension}`);
    }
    try {
      const evidence = em.create(Evidence, {
        action,
        fileName,
        mediaType,
        sizeBytes: stored?.sizeBytes ?? null,
        sha256: stored?.sha256 ?? null,
        storagePath: stored?.path ?? null,
        note,
        uploadedBy: em.getReference(User, user.id),
      });
      action.updatedAt = new Date();
      await appendActionEvent(em, action, {
        type: 'evidence_added',
        byUserId: user.id,
        note,
        data: { evidenceId: evidence.id, fileName, sha256: stored?.sha256 ?? null },
      });
      await em.flush();
      await em.populate(evidence, ['uploadedBy']);
      return toEvidenceView(evidence);
    } catch (e) {
      // Refused (someone changed the action at the same moment, or the database failed): a file this
      // request added to the store and that no row refers to would be an orphan in UPLOAD_DIR.
      if (stored?.created) await this.removeIfUnreferenced(stored);
      throw e;
    }
  }

  private async removeIfUnreferenced(stored: StoredFile): Promise<void> {
    const em = this.em.fork();
    const used =
      (await em.count(Evidence, { storagePath: stored.path })) +
      (await em.count(StoredDocument, { storagePath: stored.path }));
    if (!used) await this.store.remove(stored.path);
  }

  /**
   * Opens an evidence file for download; scrutiny and people outside the action's service get a 404.
   * The download is audited (with the caller's address when the request is given).
   */
  async open(user: AuthUser, evidenceId: string, req?: Request): Promise<EvidenceDownload> {
    const em = this.em.fork();
    const evidence = await em.findOne(
      Evidence,
      { id: evidenceId },
      { populate: ['action', 'action.serviceArea'] },
    );
    if (!evidence || !evidence.storagePath || !actionAccess.lens(user).personalData) {
      throw DomainError.notFound('evidence file');
    }
    actionAccess.assertCanSee(user, evidence.action.serviceArea.id);
    if (!(await this.store.has(evidence.storagePath))) {
      throw new DomainError('The evidence file is missing from storage. Ask an administrator.', 'not_found');
    }
    await this.audit.record({
      type: AUDIT.evidenceDownloaded,
      user,
      req,
      subjectType: 'evidence',
      subjectId: evidence.id,
      detail: { actionId: evidence.action.id },
    });
    // The type comes from the stored bytes themselves, never from the name the uploader gave the file.
    const type = detectEvidenceType(await this.store.head(evidence.storagePath, SNIFF_BYTES));
    return {
      fileName: evidence.fileName ?? 'evidence',
      mediaType: type?.mediaType ?? 'application/octet-stream',
      sizeBytes: evidence.sizeBytes ?? 0,
      stream: this.store.stream(evidence.storagePath),
    };
  }
}
