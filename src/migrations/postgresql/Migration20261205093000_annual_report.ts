import { Migration } from '@mikro-orm/migrations';

/**
 * The annual report: "documents"."remedied_before" (the council had already offered a satisfactory remedy
 * before the Ombudsman; proposed by extraction, confirmed by an officer at "remedied_before_confirmed_at"),
 * "actions"."completed_on" (the day in England an action was completed, so lateness against the original
 * due date is a plain date comparison in SQL), the officer's commentary per report period, and indexes
 * for the year's queries. Existing completions get their day from "completed_at".
 */
export class Migration20261205093000_annual_report extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "documents" add column "remedied_before" boolean null;');
    this.addSql('alter table "documents" add column "remedied_before_confirmed_at" timestamptz null;');
    this.addSql('alter table "actions" add column "completed_on" date null;');
    this.addSql(
      `update "actions" set "completed_on" = ("completed_at" at time zone 'Europe/London')::date where "completed_at" is not null;`,
    );
    this.addSql('create index if not exists "documents_decision_date_index" on "documents" ("decision_date");');
    this.addSql('create index "actions_start_date_index" on "actions" ("start_date");');
    // the annual report joins remedies to their decision, and decisions to their case
    this.addSql('create index "actions_document_id_index" on "actions" ("document_id");');
    this.addSql('create index "documents_complaint_case_id_index" on "documents" ("complaint_case_id");');
    this.addSql(
      'create table "annual_commentaries" ("id" uuid not null, "period" varchar(20) not null, "text" text not null, "updated_by_id" uuid null, "updated_at" timestamptz not null, constraint "annual_commentaries_pkey" primary key ("id"));',
    );
    this.addSql('alter table "annual_commentaries" add constraint "annual_commentaries_period_unique" unique ("period");');
    this.addSql(
      'alter table "annual_commentaries" add constraint "annual_commentaries_updated_by_id_foreign" foreign key ("updated_by_id") references "users" ("id") on update cascade on delete set null;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "annual_commentaries" cascade;');
    this.addSql('drop index if exists "actions_start_date_index";');
    this.addSql('drop index if exists "actions_document_id_index";');
    this.addSql('drop index if exists "documents_complaint_case_id_index";');
    this.addSql('drop index if exists "documents_decision_date_index";');
    this.addSql('alter table "actions" drop column "completed_on";');
    this.addSql('alter table "documents" drop column "remedied_before_confirmed_at";');
    this.addSql('alter table "documents" drop column "remedied_before";');
  }
}
