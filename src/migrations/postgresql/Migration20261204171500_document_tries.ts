import { Migration } from '@mikro-orm/migrations';

/**
 * `tries`: the tries of a document's current processing run (reset by "Process again"), so a document
 * whose every try dies is failed after a few instead of being taken over for ever. `attempts` stays the
 * lifetime count that guards a persist.
 */
export class Migration20261204171500_document_tries extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "documents" add column "tries" int not null default 0;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "documents" drop column "tries";');
  }
}
