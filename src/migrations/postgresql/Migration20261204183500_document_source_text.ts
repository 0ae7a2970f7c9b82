import { Migration } from '@mikro-orm/migrations';

/**
 * "source_text": the reader's text of the file, which the recommendations' spans index into, stored at
 * ingestion so the review page shows it without parsing the file on the HTTP process. Null for
 * documents processed before it existed (processing again fills it in).
 */
export class Migration20261204183500_document_source_text extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "documents" add column "source_text" text null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "documents" drop column "source_text";');
  }
}
