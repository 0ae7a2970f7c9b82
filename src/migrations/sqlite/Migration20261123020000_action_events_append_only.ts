import { Migration } from '@mikro-orm/migrations';

/**
 * The action history is append-only in the database too: an event cannot be changed or deleted. The
 * only changes let through are the foreign keys' own: `by_id` set to null when a user is deleted, and
 * the events of an action that is itself being deleted (cascade).
 * (A later migration that rebuilds the action_events table must create these triggers again.)
 */
export class Migration20261123020000_action_events_append_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create trigger \`action_events_no_update\` before update on \`action_events\`
when new.\`id\` is not old.\`id\` or new.\`action_id\` is not old.\`action_id\` or new.\`at\` is not old.\`at\`
  or new.\`seq\` is not old.\`seq\` or new.\`type\` is not old.\`type\`
  or new.\`from_status\` is not old.\`from_status\` or new.\`to_status\` is not old.\`to_status\`
  or new.\`note\` is not old.\`note\` or new.\`data\` is not old.\`data\`
  or (new.\`by_id\` is not null and new.\`by_id\` is not old.\`by_id\`)
begin
  select raise(abort, 'The history of an action is append-only: its events cannot be changed.');
end;`);
    this.addSql(`create trigger \`action_events_no_delete\` before delete on \`action_events\`
when exists (select 1 from \`actions\` where \`id\` = old.\`action_id\`)
begin
  select raise(abort, 'The history of an action is append-only: its events cannot be deleted.');
end;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists `action_events_no_update`;');
    this.addSql('drop trigger if exists `action_events_no_delete`;');
  }
}
