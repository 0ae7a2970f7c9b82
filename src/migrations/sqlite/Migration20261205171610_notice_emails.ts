import { Migration } from '@mikro-orm/migrations';

/**
 * Emails are recorded once each (notice_emails), and each notice points at the email that carries it,
 * instead of every notice being written again when it is emailed. Notices already emailed (or refused)
 * keep that: each becomes a one-notice email with the same time and error.
 */
export class Migration20261205171610_notice_emails extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `notice_emails` (`id` text not null, `user_id` text not null, `kind` text not null, `created_at` datetime not null, `sent_at` datetime null, `error` text null, constraint `notice_emails_user_id_foreign` foreign key(`user_id`) references `users`(`id`) on delete cascade on update cascade, primary key (`id`));',
    );
    this.addSql('create index `notice_emails_user_id_index` on `notice_emails` (`user_id`);');
    this.addSql('alter table `notifications` add column `email_id` text null;');
    this.addSql('create index `notifications_email_id_index` on `notifications` (`email_id`);');
    this.addSql(
      "insert into `notice_emails` (`id`, `user_id`, `kind`, `created_at`, `sent_at`, `error`) select `id`, `user_id`, 'digest', coalesce(`emailed_at`, `created_at`), `emailed_at`, `email_error` from `notifications` where `emailed_at` is not null or `email_error` is not null;",
    );
    this.addSql(
      'update `notifications` set `email_id` = `id` where `emailed_at` is not null or `email_error` is not null;',
    );
    this.addSql('alter table `notifications` drop column `emailed_at`;');
    this.addSql('alter table `notifications` drop column `email_error`;');
  }
}
