import { Migration } from '@mikro-orm/migrations';

/**
 * The annual report: `documents.remedied_before` (the council had already offered a satisfactory remedy
 * before the Ombudsman; proposed by extraction, confirmed by an officer at `remedied_before_confirmed_at`),
 * `actions.completed_on` (the day in England an action was completed, so lateness against the original
 * due date is a plain date comparison in SQL), the officer's commentary per report period, and indexes
 * for the year's queries. Existing completions get their day from `completed_at`.
 */
export class Migration20261205093000_annual_report extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `documents` add column `remedied_before` integer null;');
    this.addSql('alter table `documents` add column `remedied_before_confirmed_at` datetime null;');
    this.addSql('alter table `actions` add column `completed_on` date null;');
    this.addSql('create index if not exists `documents_decision_date_index` on `documents` (`decision_date`);');
    this.addSql('create index `actions_start_date_index` on `actions` (`start_date`);');
    this.addSql(
      'create table `annual_commentaries` (`id` text not null, `period` text not null, `text` text not null, `updated_by_id` text null, `updated_at` datetime not null, constraint `annual_commentaries_updated_by_id_foreign` foreign key(`updated_by_id`) references `users`(`id`) on delete set null on update cascade, primary key (`id`));',
    );
    this.addSql('create unique index `annual_commentaries_period_unique` on `annual_commentaries` (`period`);');
    this.addSql(
      'create index `annual_commentaries_updated_by_id_index` on `annual_commentaries` (`updated_by_id`);',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `annual_commentaries`;');
    this.addSql('drop index if exists `actions_start_date_index`;');
    this.addSql('drop index if exists `documents_decision_date_index`;');
    this.addSql('alter table `actions` drop column `completed_on`;');
    this.addSql('alter table `documents` drop column `remedied_before_confirmed_at`;');
    this.addSql('alter table `documents` drop column `remedied_before`;');
  }
}
