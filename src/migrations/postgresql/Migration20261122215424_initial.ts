import { Migration } from '@mikro-orm/migrations';

export class Migration20261122215424_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_events" ("id" uuid not null, "at" timestamptz not null, "user_id" uuid null, "actor" varchar(320) null, "type" varchar(64) not null, "subject_type" varchar(64) null, "subject_id" varchar(64) null, "ip" varchar(64) null, "detail" jsonb null, constraint "audit_events_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_events_at_index" on "audit_events" ("at");`);

    this.addSql(`create table "scheduled_runs" ("name" varchar(100) not null, "locked_by" varchar(100) null, "locked_until" timestamptz null, "last_run_on" date null, "last_finished_at" timestamptz null, "last_summary" jsonb null, "updated_at" timestamptz not null, constraint "scheduled_runs_pkey" primary key ("name"));`);

    this.addSql(`create table "service_areas" ("id" uuid not null, "name" varchar(200) not null, "kind" varchar(20) not null, "parent_id" uuid null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "service_areas_pkey" primary key ("id"));`);
    this.addSql(`alter table "service_areas" add constraint "service_areas_name_parent_id_unique" unique ("name", "parent_id");`);

    this.addSql(`create table "cases" ("id" uuid not null, "reference" varchar(100) null, "ombudsman_reference" varchar(100) null, "ombudsman_key" varchar(100) null, "title" varchar(300) not null, "stage" varchar(20) not null default 'stage1', "service_area_id" uuid null, "created_at" timestamptz not null, constraint "cases_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases" add constraint "cases_reference_unique" unique ("reference");`);
    this.addSql(`alter table "cases" add constraint "cases_ombudsman_key_unique" unique ("ombudsman_key");`);

    this.addSql(`create table "users" ("id" uuid not null, "email" varchar(320) not null, "name" varchar(200) not null, "role" varchar(20) not null, "password_hash" text null, "failed_sign_ins" int not null default 0, "locked_until" timestamptz null, "active" boolean not null default true, "demo" boolean not null default false, "last_sign_in_at" timestamptz null, "created_at" timestamptz not null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);

    this.addSql(`create table "documents" ("id" uuid not null, "sha256" varchar(64) not null, "file_name" varchar(255) not null, "media_type" varchar(100) not null, "size_bytes" int not null, "storage_path" varchar(200) not null, "status" varchar(20) not null default 'queued', "error" text null, "attempts" int not null default 0, "kind" varchar(50) null, "case_reference" varchar(100) null, "complaint_case_id" uuid null, "document_type" varchar(40) null, "reference" varchar(100) null, "organisation" varchar(300) null, "decision_date" date null, "finding" varchar(40) null, "pages" int null, "extraction" jsonb null, "uploaded_by_id" uuid null, "created_at" timestamptz not null, "enqueued_at" timestamptz null, "processing_started_at" timestamptz null, "processed_at" timestamptz null, "updated_at" timestamptz not null, constraint "documents_pkey" primary key ("id"));`);
    this.addSql(`alter table "documents" add constraint "documents_sha256_unique" unique ("sha256");`);
    this.addSql(`create index "documents_created_at_index" on "documents" ("created_at");`);
    this.addSql(`create index "documents_status_enqueued_at_index" on "documents" ("status", "enqueued_at");`);

    this.addSql(`create table "recommendations" ("id" uuid not null, "document_id" uuid not null, "ordinal" int not null, "status" varchar(20) not null default 'proposed', "text" text not null, "extracted_text" text not null, "category" varchar(40) not null, "learning" boolean not null, "payments" jsonb not null, "deadline_text" text null, "deadline_count" int null, "deadline_unit" varchar(20) null, "deadline_from" varchar(20) null, "deadline_date" date null, "evidence_required" boolean not null default false, "span_start" int not null, "span_end" int not null, "span_page" int null, "confidence" double precision not null, "reason" text null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "created_at" timestamptz not null, constraint "recommendations_pkey" primary key ("id"));`);
    this.addSql(`create index "recommendations_document_id_ordinal_index" on "recommendations" ("document_id", "ordinal");`);

    this.addSql(`create table "actions" ("id" uuid not null, "recommendation_id" uuid not null, "document_id" uuid not null, "service_area_id" uuid not null, "owner_id" uuid null, "text" text not null, "category" varchar(40) not null, "learning" boolean not null, "ombudsman_remedy" boolean not null default false, "evidence_required" boolean not null default false, "status" varchar(20) not null default 'open', "start_date" date not null, "due_date" date null, "original_due_date" date null, "completed_at" timestamptz null, "verified_at" timestamptz null, "cancelled_at" timestamptz null, "cancel_reason" text null, "reminder_sent_at" timestamptz null, "escalated_at" timestamptz null, "overdue_flagged_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "actions_pkey" primary key ("id"));`);
    this.addSql(`alter table "actions" add constraint "actions_recommendation_id_unique" unique ("recommendation_id");`);
    this.addSql(`create index "actions_service_area_id_status_index" on "actions" ("service_area_id", "status");`);
    this.addSql(`create index "actions_status_due_date_index" on "actions" ("status", "due_date");`);

    this.addSql(`create table "action_payments" ("id" uuid not null, "action_id" uuid not null, "payee" varchar(200) null, "purpose" varchar(30) not null, "agreed_pence" int not null, "paid_pence" int not null default 0, "paid_on" date null, constraint "action_payments_pkey" primary key ("id"));`);

    this.addSql(`create table "notifications" ("id" uuid not null, "user_id" uuid not null, "action_id" uuid null, "kind" varchar(20) not null, "dedupe_key" varchar(200) not null, "subject" varchar(300) not null, "body" text not null, "created_at" timestamptz not null, "read_at" timestamptz null, "emailed_at" timestamptz null, "email_error" text null, constraint "notifications_pkey" primary key ("id"));`);
    this.addSql(`alter table "notifications" add constraint "notifications_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "notifications_user_id_read_at_index" on "notifications" ("user_id", "read_at");`);

    this.addSql(`create table "evidence" ("id" uuid not null, "action_id" uuid not null, "file_name" varchar(255) null, "media_type" varchar(100) null, "size_bytes" int null, "sha256" varchar(64) null, "storage_path" varchar(200) null, "note" text null, "refused_at" timestamptz null, "uploaded_by_id" uuid null, "created_at" timestamptz not null, constraint "evidence_pkey" primary key ("id"));`);

    this.addSql(`create table "api_tokens" ("id" uuid not null, "user_id" uuid not null, "name" varchar(200) not null, "token_hash" varchar(64) not null, "prefix" varchar(16) not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_tokens_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "action_events" ("id" uuid not null, "action_id" uuid not null, "at" timestamptz not null, "seq" int not null default 0, "by_id" uuid null, "type" varchar(30) not null, "from_status" varchar(30) null, "to_status" varchar(30) null, "note" text null, "data" jsonb null, constraint "action_events_pkey" primary key ("id"));`);
    this.addSql(`create index "action_events_action_id_at_index" on "action_events" ("action_id", "at");`);

    this.addSql(`create table "user_service_areas" ("user_id" uuid not null, "service_area_id" uuid not null, constraint "user_service_areas_pkey" primary key ("user_id", "service_area_id"));`);

    this.addSql(`create table "web_sessions" ("id" varchar(64) not null, "user_id" uuid not null, "csrf_token" varchar(64) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, constraint "web_sessions_pkey" primary key ("id"));`);

    this.addSql(`alter table "service_areas" add constraint "service_areas_parent_id_foreign" foreign key ("parent_id") references "service_areas" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "cases" add constraint "cases_service_area_id_foreign" foreign key ("service_area_id") references "service_areas" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "documents" add constraint "documents_complaint_case_id_foreign" foreign key ("complaint_case_id") references "cases" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "documents" add constraint "documents_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "recommendations" add constraint "recommendations_document_id_foreign" foreign key ("document_id") references "documents" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "recommendations" add constraint "recommendations_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "actions" add constraint "actions_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendations" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "actions" add constraint "actions_document_id_foreign" foreign key ("document_id") references "documents" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "actions" add constraint "actions_service_area_id_foreign" foreign key ("service_area_id") references "service_areas" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "actions" add constraint "actions_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "action_payments" add constraint "action_payments_action_id_foreign" foreign key ("action_id") references "actions" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notifications" add constraint "notifications_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notifications" add constraint "notifications_action_id_foreign" foreign key ("action_id") references "actions" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "evidence" add constraint "evidence_action_id_foreign" foreign key ("action_id") references "actions" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence" add constraint "evidence_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_tokens" add constraint "api_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "action_events" add constraint "action_events_action_id_foreign" foreign key ("action_id") references "actions" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action_events" add constraint "action_events_by_id_foreign" foreign key ("by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_service_areas" add constraint "user_service_areas_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_service_areas" add constraint "user_service_areas_service_area_id_foreign" foreign key ("service_area_id") references "service_areas" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "web_sessions" add constraint "web_sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service_areas" drop constraint "service_areas_parent_id_foreign";`);

    this.addSql(`alter table "cases" drop constraint "cases_service_area_id_foreign";`);

    this.addSql(`alter table "actions" drop constraint "actions_service_area_id_foreign";`);

    this.addSql(`alter table "user_service_areas" drop constraint "user_service_areas_service_area_id_foreign";`);

    this.addSql(`alter table "documents" drop constraint "documents_complaint_case_id_foreign";`);

    this.addSql(`alter table "documents" drop constraint "documents_uploaded_by_id_foreign";`);

    this.addSql(`alter table "recommendations" drop constraint "recommendations_reviewed_by_id_foreign";`);

    this.addSql(`alter table "actions" drop constraint "actions_owner_id_foreign";`);

    this.addSql(`alter table "notifications" drop constraint "notifications_user_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_uploaded_by_id_foreign";`);

    this.addSql(`alter table "api_tokens" drop constraint "api_tokens_user_id_foreign";`);

    this.addSql(`alter table "action_events" drop constraint "action_events_by_id_foreign";`);

    this.addSql(`alter table "user_service_areas" drop constraint "user_service_areas_user_id_foreign";`);

    this.addSql(`alter table "web_sessions" drop constraint "web_sessions_user_id_foreign";`);

    this.addSql(`alter table "recommendations" drop constraint "recommendations_document_id_foreign";`);

    this.addSql(`alter table "actions" drop constraint "actions_document_id_foreign";`);

    this.addSql(`alter table "actions" drop constraint "actions_recommendation_id_foreign";`);

    this.addSql(`alter table "action_payments" drop constraint "action_payments_action_id_foreign";`);

    this.addSql(`alter table "notifications" drop constraint "notifications_action_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_action_id_foreign";`);

    this.addSql(`alter table "action_events" drop constraint "action_events_action_id_foreign";`);

    this.addSql(`drop table if exists "audit_events" cascade;`);

    this.addSql(`drop table if exists "scheduled_runs" cascade;`);

    this.addSql(`drop table if exists "service_areas" cascade;`);

    this.addSql(`drop table if exists "cases" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "documents" cascade;`);

    this.addSql(`drop table if exists "recommendations" cascade;`);

    this.addSql(`drop table if exists "actions" cascade;`);

    this.addSql(`drop table if exists "action_payments" cascade;`);

    this.addSql(`drop table if exists "notifications" cascade;`);

    this.addSql(`drop table if exists "evidence" cascade;`);

    this.addSql(`drop table if exists "api_tokens" cascade;`);

    this.addSql(`drop table if exists "action_events" cascade;`);

    this.addSql(`drop table if exists "user_service_areas" cascade;`);

    this.addSql(`drop table if exists "web_sessions" cascade;`);
  }

}
