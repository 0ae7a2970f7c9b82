import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the Documents page: the review queue's counts read from the index alone, the order by file
 * name, and the type and year filters together.
 */
export class Migration20261205213213_documents_page_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index \`documents_document_type_decision_date_index\` on \`documents\` (\`document_type\`, \`decision_date\`);`,
    );
    this.addSql(`create index \`documents_file_name_index\` on \`documents\` (\`file_name\`);`);
    this.addSql(
      `create index \`documents_review_queue_index\` on \`documents\` (\`status\`, \`review_status\`, \`review_total\`, \`review_decided\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`documents_review_queue_index\`;`);
    this.addSql(`drop index \`documents_file_name_index\`;`);
    this.addSql(`drop index \`documents_document_type_decision_date_index\`;`);
  }
}
