import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes the annual report reads from alone: a decision's remedies with their compliance columns, and a
 * report's recommendations with their answers; and the payments of an action (a foreign key PostgreSQL
 * did not index, where SQLite does).
 */
export class Migration20261205211547_annual_report_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "recommendations_document_id_status_index" on "recommendations" ("document_id", "status");`,
    );
    this.addSql(
      `create index "actions_document_compliance_index" on "actions" ("document_id", "ombudsman_remedy", "status", "original_due_date", "due_date", "completed_on");`,
    );
    this.addSql(`create index "action_payments_action_id_index" on "action_payments" ("action_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "action_payments_action_id_index";`);
    this.addSql(`drop index "actions_document_compliance_index";`);
    this.addSql(`drop index "recommendations_document_id_status_index";`);
  }
}
