import { Migration } from '@mikro-orm/migrations';

const counts = (doc: string) => `"review_total" = (select count(*) from "recommendations" r where r."document_id" = ${doc} and not r."possible"),
    "review_decided" = (select count(*) from "recommendations" r where r."document_id" = ${doc} and not r."possible" and r."status" <> 'proposed'),
    "review_status" = case when exists (select 1 from "recommendations" r where r."document_id" = ${doc} and not r."possible" and r."status" = 'proposed') then 'needs_review' else 'reviewed' end`;

/**
 * The review inbox: each document's review in figures (proposals, decided, needs review / reviewed),
 * kept by a trigger on recommendations so every writer keeps them right; the fault found; the officer's
 * "same case" answer; why each recommendation was proposed (rule, why), the weak "possible" ones, and
 * where an officer's own came from (added, split, merged).
 */
export class Migration20261205090655_review_inbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "documents" add column "fault_found" boolean null, add column "review_total" int not null default 0, add column "review_decided" int not null default 0, add column "review_status" varchar(20) not null default 'reviewed', add column "same_case" varchar(20) null;`,
    );
    this.addSql(`create index "documents_decision_date_index" on "documents" ("decision_date");`);
    this.addSql(`create index "documents_case_reference_index" on "documents" ("case_reference");`);
    this.addSql(`create index "documents_reference_index" on "documents" ("reference");`);
    this.addSql(
      `create index "documents_review_status_created_at_index" on "documents" ("review_status", "created_at");`,
    );
    this.addSql(
      `alter table "recommendations" add column "rule" jsonb null, add column "why" text null, add column "possible" boolean not null default false, add column "origin" varchar(20) not null default 'extracted';`,
    );

    this.addSql(`create or replace function "documents_review_recount"(doc uuid) returns void language sql as $$
  update "documents" set ${counts('doc')} where "id" = doc;
$$;`);
    this.addSql(`create or replace function "recommendations_review_counts"() returns trigger language plpgsql as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    perform "documents_review_recount"(new."document_id");
  end if;
  if tg_op = 'DELETE' or (tg_op = 'UPDATE' and new."document_id" is distinct from old."document_id") then
    perform "documents_review_recount"(old."document_id");
  end if;
  return null;
end;
$$;`);
    this.addSql(
      `create trigger "recommendations_review_counts" after insert or delete or update of "status", "possible", "document_id" on "recommendations" for each row execute function "recommendations_review_counts"();`,
    );
    this.addSql(`update "documents" d set ${counts('d."id"')};`);
    this.addSql(
      `update "documents" set "fault_found" = ("extraction"->>'faultFound')::boolean where "extraction" is not null and jsonb_typeof("extraction"->'faultFound') = 'boolean';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "recommendations_review_counts" on "recommendations";`);
    this.addSql(`drop function if exists "recommendations_review_counts"();`);
    this.addSql(`drop function if exists "documents_review_recount"(uuid);`);
    this.addSql(`drop index "documents_decision_date_index";`);
    this.addSql(`drop index "documents_case_reference_index";`);
    this.addSql(`drop index "documents_reference_index";`);
    this.addSql(`drop index "documents_review_status_created_at_index";`);
    this.addSql(
      `alter table "documents" drop column "fault_found", drop column "review_total", drop column "review_decided", drop column "review_status", drop column "same_case";`,
    );
    this.addSql(
      `alter table "recommendations" drop column "rule", drop column "why", drop column "possible", drop column "origin";`,
    );
  }
}
