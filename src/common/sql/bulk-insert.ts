import type { SqlEntityManager } from '@mikro-orm/knex';

/**
 * A multi-row INSERT in one statement, optionally skipping rows whose unique key already exists
 * (`ON CONFLICT (...) DO NOTHING`, in both SQLite and PostgreSQL). For the compliance run, which writes
 * thousands of notifications and history events: the ORM's per-row processing took seconds for that.
 * Table and column names are constants of the caller, never input.
 */
export async function bulkInsert(
  em: SqlEntityManager,
  table: string,
  columns: readonly string[],
  rows: unknown[][],
  options: { ignoreConflictOn?: string; chunk?: number } = {},
): Promise<void> {
  const size = options.chunk ?? 500;
  const onConflict = options.ignoreConflictOn ? ` on conflict (${options.ignoreConflictOn}) do nothing` : '';
  const row = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += size) {
    const part = rows.slice(i, i + size);
    const sql = `insert into ${table} (${columns.join(', ')}) values ${part.map(() => row).join(', ')}${onConflict}`;
    await em.getConnection().execute(sql, part.flat(), 'run', em.getTransactionContext());
  }
}

/** A Date as the database layer stores it (SQLite keeps datetimes as epoch milliseconds). */
export function dbDate(em: SqlEntityManager, date: Date): unknown {
  return em.getPlatform().processDateProperty(date);
}
