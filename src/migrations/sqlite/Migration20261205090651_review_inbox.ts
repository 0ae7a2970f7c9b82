import { Migration } from '@mikro-orm/migrations';

/** The statement that recounts one document's review (`doc`: an SQL expression giving its id). */
const recount = (doc: string) => `update \`documents\` set
    \`review_total\` = (select count(*) from \`recommendations\` r where r.\`document_id\` = ${doc} and r.\`possible\` = 0),
    \`review_decided\` = (select count(*) from \`recommendations\` r where r.\`document_id\` = ${doc} and r.\`possible\` = 0 and r.\`status\` <> 'proposed'),
    \`review_status\` = case when exists (select 1 from \`recommendations\` r where r.\`document_id\` = ${doc} and r.\`possible\` = 0 and r.\`status\` = 'proposed') then 'needs_review' else 'reviewed' end
  where \`id\` = ${doc};`;

/**
 * The review inbox: each document's review in figures (proposals, decided, needs review / reviewed),
 * kept by triggers on recommendations so every writer keeps them right; the fault found; the officer's
 * "same case" answer; why each recommendation was proposed (rule, why), the weak "possible" ones, and
 * where an officer's own came from (added, split, merged).
 * (A later migration that rebuilds the recommendations table must create these triggers again.)
 */
export class Migration20261205090651_review_inbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`documents\` add column \`fault_found\` integer null;`);
    this.addSql(`alter table \`documents\` add column \`review_total\` integer not null default 0;`);
    this.addSql(`alter table \`documents\` add column \`review_decided\` integer not null default 0;`);
    this.addSql(`alter table \`documents\` add column \`review_status\` text not null default 'reviewed';`);
    this.addSql(`alter table \`documents\` add column \`same_case\` text null;`);
    this.addSql(`create index \`documents_decision_date_index\` on \`documents\` (\`decision_date\`);`);
    this.addSql(`create index \`documents_case_reference_index\` on \`documents\` (\`case_reference\`);`);
    this.addSql(`create index \`documents_reference_index\` on \`documents\` (\`reference\`);`);
    this.addSql(
      `create index \`documents_review_status_created_at_index\` on \`documents\` (\`review_status\`, \`created_at\`);`,
    );

    this.addSql(`alter table \`recommendations\` add column \`rule\` json null;`);
    this.addSql(`alter table \`recommendations\` add column \`why\` text null;`);
    this.addSql(`alter table \`recommendations\` add column \`possible\` integer not null default false;`);
    this.addSql(`alter table \`recommendations\` add column \`origin\` text not null default 'extracted';`);

    this.addSql(`create trigger \`recommendations_review_insert\` after insert on \`recommendations\`
begin
  ${recount('new.`document_id`')}
end;`);
    this.addSql(`create trigger \`recommendations_review_update\` after update of \`status\`, \`possible\`, \`document_id\` on \`recommendations\`
begin
  ${recount('new.`document_id`')}
  ${recount('old.`document_id`')}
end;`);
    this.addSql(`create trigger \`recommendations_review_delete\` after delete on \`recommendations\`
begin
  ${recount('old.`document_id`')}
end;`);
    this.addSql(recount('`documents`.`id`'));
    this.addSql(
      "update `documents` set `fault_found` = json_extract(`extraction`, '$.faultFound') where `extraction` is not null and json_type(`extraction`, '$.faultFound') in ('true', 'false');",
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists `recommendations_review_insert`;');
    this.addSql('drop trigger if exists `recommendations_review_update`;');
    this.addSql('drop trigger if exists `recommendations_review_delete`;');
    this.addSql('drop index if exists `documents_review_status_created_at_index`;');
    this.addSql('drop index if exists `documents_reference_index`;');
    this.addSql('drop index if exists `documents_case_reference_index`;');
    this.addSql('drop index if exists `documents_decision_date_index`;');
    for (const c of ['fault_found', 'review_total', 'review_decided', 'review_status', 'same_case'])
      this.addSql(`alter table \`documents\` drop column \`${c}\`;`);
    for (const c of ['rule', 'why', 'possible', 'origin'])
      this.addSql(`alter table \`recommendations\` drop column \`${c}\`;`);
  }
}
