import { Migration } from '@mikro-orm/migrations';
import { londonDay } from '../../common/dates';

/** Fills `completed_on` for actions completed before the column existed (the London day of completed_at). */
export class Migration20261205093001_annual_report_backfill extends Migration {
  override async up(): Promise<void> {
    const rows = await this.execute(
      'select `id`, `completed_at` from `actions` where `completed_at` is not null and `completed_on` is null',
    );
    for (const row of rows as { id: string; completed_at: number | string }[]) {
      const day = londonDay(new Date(Number(row.completed_at))).toString();
      await this.execute('update `actions` set `completed_on` = ? where `id` = ?', [day, row.id]);
    }
  }
}
