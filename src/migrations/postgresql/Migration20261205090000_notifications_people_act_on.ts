import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications people act on: each notice keeps the path it links to, a person can choose to get
 * notification emails in the daily digest only, the kind column holds the longer new kinds
 * (awaiting_verification) and the old kinds get their new names (reminder -> due_soon, escalation -> at_risk).
 */
export class Migration20261205090000_notifications_people_act_on extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "notifications" alter column "kind" type varchar(40);');
    this.addSql('alter table "notifications" add column "link" varchar(300) null;');
    this.addSql('alter table "users" add column "notify_digest_only" boolean not null default false;');
    this.addSql(`update "notifications" set "kind" = 'due_soon' where "kind" = 'reminder';`);
    this.addSql(`update "notifications" set "kind" = 'at_risk' where "kind" = 'escalation';`);
    this.addSql(`update "notifications" set "link" = '/actions/' || "action_id" where "action_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "notifications" set "kind" = 'reminder' where "kind" = 'due_soon';`);
    this.addSql(`update "notifications" set "kind" = 'escalation' where "kind" = 'at_risk';`);
    this.addSql('alter table "users" drop column "notify_digest_only";');
    this.addSql('alter table "notifications" drop column "link";');
    this.addSql('alter table "notifications" alter column "kind" type varchar(20);');
  }
}
