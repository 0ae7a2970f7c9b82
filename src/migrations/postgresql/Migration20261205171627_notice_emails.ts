import { Migration } from '@mikro-orm/migrations';

/**
 * Emails are recorded once each (notice_emails), and each notice points at the email that carries it,
 * instead of every notice being written again when it is emailed. Notices already emailed (or refused)
 * keep that: each becomes a one-notice email with the same time and error.
 */
export class Migration20261205171627_notice_emails extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notice_emails" ("id" uuid not null, "user_id" uuid not null, "kind" varchar(20) not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "error" text null, constraint "notice_emails_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "notice_emails" add constraint "notice_emails_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "notifications" add column "email_id" uuid null;`);
    this.addSql(
      `insert into "notice_emails" ("id", "user_id", "kind", "created_at", "sent_at", "error") select "id", "user_id", 'digest', coalesce("emailed_at", "created_at"), "emailed_at", "email_error" from "notifications" where "emailed_at" is not null or "email_error" is not null;`,
    );
    this.addSql(
      `update "notifications" set "email_id" = "id" where "emailed_at" is not null or "email_error" is not null;`,
    );
    this.addSql(`alter table "notifications" drop column "emailed_at", drop column "email_error";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "notifications" add column "emailed_at" timestamptz null, add column "email_error" text null;`,
    );
    this.addSql(
      `update "notifications" n set "emailed_at" = e."sent_at", "email_error" = e."error" from "notice_emails" e where e."id" = n."email_id";`,
    );
    this.addSql(`alter table "notifications" drop column "email_id";`);
    this.addSql(`drop table if exists "notice_emails" cascade;`);
  }
}
