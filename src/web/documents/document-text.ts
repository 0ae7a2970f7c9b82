import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { StoredDocument } from '../../documents/entities/document.entity';
import { isReadError, readDocument } from '../../extraction/readers';
import { ContentStore, StorageError } from '../../storage/content-store';

const CACHE_SIZE = 20;

/**
 * The text a document's recommendation spans point into: what the extraction readers make of the
 * stored file (the same readDocument call ingestion makes). Kept in a small cache by content hash,
 * since an officer reloads the review page after every accept or reject.
 */
@Injectable()
export class DocumentText {
  private readonly cache = new Map<string, string | null>();

  constructor(
    private readonly store: ContentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async of(doc: StoredDocument): Promise<string | null> {
    const cached = this.cache.get(doc.sha256);
    if (cached !== undefined) {
      this.cache.delete(doc.sha256);
      this.cache.set(doc.sha256, cached);
      return cached;
    }
    let text: string | null = null;
    try {
      if (await this.store.has(doc.storagePath)) {
        const bytes = await this.store.read(doc.storagePath);
        const read = await readDocument(bytes, {
          fileName: doc.fileName,
          maxPages: this.config.limits.maxPdfPages,
          maxDocxEntries: this.config.limits.maxDocxEntries,
          maxDocxUncompressedBytes: this.config.limits.maxDocxUncompressedBytes,
          timeoutMs: this.config.limits.extractionTimeoutMs,
        });
        text = read.text;
      }
    } catch (e) {
      // A file that cannot be read (or a stored path the store refuses) only hides the text panel.
      if (!isReadError(e) && !(e instanceof StorageError)) throw e;
    }
    this.cache.set(doc.sha256, text);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return text;
  }
}
