import { Injectable } from '@nestjs/common';
import type { StoredDocument } from '../../documents/entities/document.entity';
import { DocumentQueries } from '../../documents/queries/document-queries.service';

/**
 * The text a document's recommendation spans point into, as the extraction thread read it at
 * ingestion and stored it with the document. The HTTP process never parses a file (a long PDF would
 * block every request for seconds): a document processed before the text was stored has none until it
 * is processed again, and its review page says so.
 */
@Injectable()
export class DocumentText {
  constructor(private readonly documents: DocumentQueries) {}

  async of(doc: StoredDocument): Promise<string | null> {
    return this.documents.sourceText(doc.id);
  }
}
