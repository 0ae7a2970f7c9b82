import { Migration } from '@mikro-orm/migrations';

export class Migration20261122215418_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_events\` (\`id\` text not null, \`at\` datetime not null, \`user_id\` text null, \`actor\` text null, \`type\` text not null, \`subject_type\` text null, \`subject_id\` text null, \`ip\` text null, \`detail\` json null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_events_at_index\` on \`audit_events\` (\`at\`);`);

    this.addSql(`create table \`scheduled_runs\` (\`name\` text not null, \`locked_by\` text null, \`locked_until\` datetime null, \`last_run_on\` date null, \`last_finished_at\` datetime null, \`last_summary\` json null, \`updated_at\` datetime not null, primary key (\`name\`));`);

    this.addSql(`create table \`service_areas\` (\`id\` text not null, \`name\` text not null, \`kind\` text not null, \`parent_id\` text null, \`active\` integer not null default true, \`created_at\` datetime not null, constraint \`service_areas_parent_id_foreign\` foreign key(\`parent_id\`) references \`service_areas\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`service_areas_parent_id_index\` on \`service_areas\` (\`parent_id\`);`);
    this.addSql(`create unique index \`service_areas_name_parent_id_unique\` on \`service_areas\` (\`name\`, \`parent_id\`);`);

    this.addSql(`create table \`cases\` (\`id\` text not null, \`reference\` text null, \`ombudsman_reference\` text null, \`ombudsman_key\` text null, \`title\` text not null, \`stage\` text not null default 'stage1', \`service_area_id\` text null, \`created_at\` datetime not null, constraint \`cases_service_area_id_foreign\` foreign key(\`service_area_id\`) references \`service_areas\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`cases_reference_unique\` on \`cases\` (\`reference\`);`);
    this.addSql(`create unique index \`cases_ombudsman_key_unique\` on \`cases\` (\`ombudsman_key\`);`);
    this.addSql(`create index \`cases_service_area_id_index\` on \`cases\` (\`service_area_id\`);`);

    this.addSql(`create table \`users\` (\`id\` text not null, \`email\` text not null, \`name\` text not null, \`role\` text not null, \`password_hash\` text null, \`failed_sign_ins\` integer not null default 0, \`locked_until\` datetime null, \`active\` integer not null default true, \`demo\` integer not null default false, \`last_sign_in_at\` datetime null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`users_email_unique\` on \`users\` (\`email\`);`);

    this.addSql(`create table \`documents\` (\`id\` text not null, \`sha256\` text not null, \`file_name\` text not null, \`media_type\` text not null, \`size_bytes\` integer not null, \`storage_path\` text not null, \`status\` text not null default 'queued', \`error\` text null, \`attempts\` integer not null default 0, \`kind\` text null, \`case_reference\` text null, \`complaint_case_id\` text null, \`document_type\` text null, \`reference\` text null, \`organisation\` text null, \`decision_date\` date null, \`finding\` text null, \`pages\` integer null, \`extraction\` json null, \`uploaded_by_id\` text null, \`created_at\` datetime not null, \`enqueued_at\` datetime null, \`processing_started_at\` datetime null, \`processed_at\` datetime null, \`updated_at\` datetime not null, constraint \`documents_complaint_case_id_foreign\` foreign key(\`complaint_case_id\`) references \`cases\`(\`id\`) on delete set null on update cascade, constraint \`documents_uploaded_by_id_foreign\` foreign key(\`uploaded_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`documents_sha256_unique\` on \`documents\` (\`sha256\`);`);
    this.addSql(`create index \`documents_complaint_case_id_index\` on \`documents\` (\`complaint_case_id\`);`);
    this.addSql(`create index \`documents_uploaded_by_id_index\` on \`documents\` (\`uploaded_by_id\`);`);
    this.addSql(`create index \`documents_created_at_index\` on \`documents\` (\`created_at\`);`);
    this.addSql(`create index \`documents_status_enqueued_at_index\` on \`documents\` (\`status\`, \`enqueued_at\`);`);

    this.addSql(`create table \`recommendations\` (\`id\` text not null, \`document_id\` text not null, \`ordinal\` integer not null, \`status\` text not null default 'proposed', \`text\` text not null, \`extracted_text\` text not null, \`category\` text not null, \`learning\` integer not null, \`payments\` json not null, \`deadline_text\` text null, \`deadline_count\` integer null, \`deadline_unit\` text null, \`deadline_from\` text null, \`deadline_date\` date null, \`evidence_required\` integer not null default false, \`span_start\` integer not null, \`span_end\` integer not null, \`span_page\` integer null, \`confidence\` double not null, \`reason\` text null, \`reviewed_by_id\` text null, \`reviewed_at\` datetime null, \`created_at\` datetime not null, constraint \`recommendations_document_id_foreign\` foreign key(\`document_id\`) references \`documents\`(\`id\`) on delete cascade on update cascade, constraint \`recommendations_reviewed_by_id_foreign\` foreign key(\`reviewed_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`recommendations_document_id_index\` on \`recommendations\` (\`document_id\`);`);
    this.addSql(`create index \`recommendations_reviewed_by_id_index\` on \`recommendations\` (\`reviewed_by_id\`);`);
    this.addSql(`create index \`recommendations_document_id_ordinal_index\` on \`recommendations\` (\`document_id\`, \`ordinal\`);`);

    this.addSql(`create table \`actions\` (\`id\` text not null, \`recommendation_id\` text not null, \`document_id\` text not null, \`service_area_id\` text not null, \`owner_id\` text null, \`text\` text not null, \`category\` text not null, \`learning\` integer not null, \`ombudsman_remedy\` integer not null default false, \`evidence_required\` integer not null default false, \`status\` text not null default 'open', \`start_date\` date not null, \`due_date\` date null, \`original_due_date\` date null, \`completed_at\` datetime null, \`verified_at\` datetime null, \`cancelled_at\` datetime null, \`cancel_reason\` text null, \`reminder_sent_at\` datetime null, \`escalated_at\` datetime null, \`overdue_flagged_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`actions_recommendation_id_foreign\` foreign key(\`recommendation_id\`) references \`recommendations\`(\`id\`) on delete restrict on update cascade, constraint \`actions_document_id_foreign\` foreign key(\`document_id\`) references \`documents\`(\`id\`) on delete restrict on update cascade, constraint \`actions_service_area_id_foreign\` foreign key(\`service_area_id\`) references \`service_areas\`(\`id\`) on delete restrict on update cascade, constraint \`actions_owner_id_foreign\` foreign key(\`owner_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`actions_recommendation_id_unique\` on \`actions\` (\`recommendation_id\`);`);
    this.addSql(`create index \`actions_document_id_index\` on \`actions\` (\`document_id\`);`);
    this.addSql(`create index \`actions_service_area_id_index\` on \`actions\` (\`service_area_id\`);`);
    this.addSql(`create index \`actions_owner_id_index\` on \`actions\` (\`owner_id\`);`);
    this.addSql(`create index \`actions_service_area_id_status_index\` on \`actions\` (\`service_area_id\`, \`status\`);`);
    this.addSql(`create index \`actions_status_due_date_index\` on \`actions\` (\`status\`, \`due_date\`);`);

    this.addSql(`create table \`action_payments\` (\`id\` text not null, \`action_id\` text not null, \`payee\` text null, \`purpose\` text not null, \`agreed_pence\` integer not null, \`paid_pence\` integer not null default 0, \`paid_on\` date null, constraint \`action_payments_action_id_foreign\` foreign key(\`action_id\`) references \`actions\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`action_payments_action_id_index\` on \`action_payments\` (\`action_id\`);`);

    this.addSql(`create table \`notifications\` (\`id\` text not null, \`user_id\` text not null, \`action_id\` text null, \`kind\` text not null, \`dedupe_key\` text not null, \`subject\` text not null, \`body\` text not null, \`created_at\` datetime not null, \`read_at\` datetime null, \`emailed_at\` datetime null, \`email_error\` text null, constraint \`notifications_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`notifications_action_id_foreign\` foreign key(\`action_id\`) references \`actions\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notifications_user_id_index\` on \`notifications\` (\`user_id\`);`);
    this.addSql(`create index \`notifications_action_id_index\` on \`notifications\` (\`action_id\`);`);
    this.addSql(`create unique index \`notifications_dedupe_key_unique\` on \`notifications\` (\`dedupe_key\`);`);
    this.addSql(`create index \`notifications_user_id_read_at_index\` on \`notifications\` (\`user_id\`, \`read_at\`);`);

    this.addSql(`create table \`evidence\` (\`id\` text not null, \`action_id\` text not null, \`file_name\` text null, \`media_type\` text null, \`size_bytes\` integer null, \`sha256\` text null, \`storage_path\` text null, \`note\` text null, \`refused_at\` datetime null, \`uploaded_by_id\` text null, \`created_at\` datetime not null, constraint \`evidence_action_id_foreign\` foreign key(\`action_id\`) references \`actions\`(\`id\`) on delete cascade on update cascade, constraint \`evidence_uploaded_by_id_foreign\` foreign key(\`uploaded_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`evidence_action_id_index\` on \`evidence\` (\`action_id\`);`);
    this.addSql(`create index \`evidence_uploaded_by_id_index\` on \`evidence\` (\`uploaded_by_id\`);`);

    this.addSql(`create table \`api_tokens\` (\`id\` text not null, \`user_id\` text not null, \`name\` text not null, \`token_hash\` text not null, \`prefix\` text not null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_tokens_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`api_tokens_user_id_index\` on \`api_tokens\` (\`user_id\`);`);
    this.addSql(`create unique index \`api_tokens_token_hash_unique\` on \`api_tokens\` (\`token_hash\`);`);

    this.addSql(`create table \`action_events\` (\`id\` text not null, \`action_id\` text not null, \`at\` datetime not null, \`seq\` integer not null default 0, \`by_id\` text null, \`type\` text not null, \`from_status\` text null, \`to_status\` text null, \`note\` text null, \`data\` json null, constraint \`action_events_action_id_foreign\` foreign key(\`action_id\`) references \`actions\`(\`id\`) on delete cascade on update cascade, constraint \`action_events_by_id_foreign\` foreign key(\`by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`action_events_action_id_index\` on \`action_events\` (\`action_id\`);`);
    this.addSql(`create index \`action_events_by_id_index\` on \`action_events\` (\`by_id\`);`);
    this.addSql(`create index \`action_events_action_id_at_index\` on \`action_events\` (\`action_id\`, \`at\`);`);

    this.addSql(`create table \`user_service_areas\` (\`user_id\` text not null, \`service_area_id\` text not null, constraint \`user_service_areas_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`user_service_areas_service_area_id_foreign\` foreign key(\`service_area_id\`) references \`service_areas\`(\`id\`) on delete cascade on update cascade, primary key (\`user_id\`, \`service_area_id\`));`);
    this.addSql(`create index \`user_service_areas_user_id_index\` on \`user_service_areas\` (\`user_id\`);`);
    this.addSql(`create index \`user_service_areas_service_area_id_index\` on \`user_service_areas\` (\`service_area_id\`);`);

    this.addSql(`create table \`web_sessions\` (\`id\` text not null, \`user_id\` text not null, \`csrf_token\` text not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, constraint \`web_sessions_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`web_sessions_user_id_index\` on \`web_sessions\` (\`user_id\`);`);
  }

}
