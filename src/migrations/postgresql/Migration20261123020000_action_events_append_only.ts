import { Migration } from '@mikro-orm/migrations';

/**
 * The action history is append-only in the database too: an event cannot be changed or deleted. The
 * only changes let through are the foreign keys' own: `by_id` set to null when a user is deleted, and
 * the events of an action that is itself being deleted (cascade).
 */
export class Migration20261123020000_action_events_append_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "action_events_append_only"() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    if exists (select 1 from "actions" where "id" = old."action_id") then
      raise exception 'The history of an action is append-only: its events cannot be deleted.';
    end if;
    return old;
  end if;
  if new."id" is distinct from old."id" or new."action_id" is distinct from old."action_id"
    or new."at" is distinct from old."at" or new."seq" is distinct from old."seq"
    or new."type" is distinct from old."type" or new."from_status" is distinct from old."from_status"
    or new."to_status" is distinct from old."to_status" or new."note" is distinct from old."note"
    or new."data" is distinct from old."data"
    or (new."by_id" is not null and new."by_id" is distinct from old."by_id") then
    raise exception 'The history of an action is append-only: its events cannot be changed.';
  end if;
  return new;
end;
$$;`);
    this.addSql(
      `create trigger "action_events_append_only" before update or delete on "action_events" for each row execute function "action_events_append_only"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "action_events_append_only" on "action_events";`);
    this.addSql(`drop function if exists "action_events_append_only"();`);
  }
}
