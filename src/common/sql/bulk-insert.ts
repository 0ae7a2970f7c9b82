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
  options: { ignoreConflictOn?: string; chunk?: number; returning?: string } = {},
): Promise<unknown[]> {
  const size = options.chunk ?? 500;
  const returning = options.returning ? ` returning ${options.returning}` : '';
  const out: unknown[] = [];
  const onConflict = options.ignoreConflictOn ? ` on conflict (${options.ignoreConflictOn}) do nothing` : '';
  const row = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += size) {
    const part = rows.slice(i, i + size);
    const sql = `insert into ${table} (${columns.join(', ')}) values ${part.map(() => row).join(', ')}${onConflict}${returning}`;
    out.push(...(await run(em, sql, part.flat())));
  }
  return out;
}

/** A Date as the database layer stores it (SQLite keeps datetimes as epoch milliseconds). */
export function dbDate(em: SqlEntityManager, date: Date): unknown {
  return em.getPlatform().processDateProperty(date);
}

/**
 * PostgreSQL: many rows in one statement with a single parameter, the rows as JSON
 * (`insert ... select * from jsonb_to_recordset(?::jsonb) as r(id uuid, ...)`): the server parses one
 * short statement instead of thousands of placeholders. `type` is each column's PostgreSQL type.
 */
export async function bulkInsertPostgres(
  em: SqlEntityManager,
  table: string,
  columns: readonly { name: string; type: string }[],
  rows: unknown[][],
  options: { ignoreConflictOn?: string; chunk?: number; returning?: string } = {},
): Promise<unknown[]> {
  const size = options.chunk ?? 10_000;
  const returning = options.returning ? ` returning ${options.returning}` : '';
  const out: unknown[] = [];
  const onConflict = options.ignoreConflictOn ? ` on conflict (${options.ignoreConflictOn}) do nothing` : '';
  const names = columns.map((c) => c.name).join(', ');
  const shape = columns.map((c) => `${c.name} ${c.type}`).join(', ');
  const sql = `insert into ${table} (${names}) select ${names} from jsonb_to_recordset(?::jsonb) as r(${shape})${onConflict}${returning}`;
  for (let i = 0; i < rows.length; i += size) {
    const part = rows
      .slice(i, i + size)
      .map((r) => Object.fromEntries(columns.map((c, col) => [c.name, r[col]])));
    out.push(...(await run(em, sql, [JSON.stringify(part)])));
  }
  return out;
}

/**
 * One UPDATE for any number of rows chosen by id: the ids travel as one JSON parameter (`json_each` in
 * SQLite, `json_array_elements_text` in PostgreSQL), not as thousands of values written into the SQL.
 * `set` is the SET clause with `?` placeholders for `params`. Returns nothing; table and set are constants.
 */
export async function updateByIds(
  em: SqlEntityManager,
  table: string,
  set: string,
  params: unknown[],
  ids: readonly string[],
): Promise<void> {
  if (!ids.length) return;
  const chosen = isPostgres(em)
    ? 'select value::uuid from json_array_elements_text(?::json)'
    : 'select value from json_each(?)';
  await run(em, `update ${table} set ${set} where id in (${chosen})`, [...params, JSON.stringify(ids)]);
}

/** Is this entity manager on PostgreSQL? */
export function isPostgres(em: SqlEntityManager): boolean {
  return em.getPlatform().constructor.name.startsWith('PostgreSql');
}

/**
 * Runs a statement with its values sent as bound parameters. (The ORM's `execute` first writes every
 * value into the SQL text, escaping it in JavaScript: seconds for the megabytes a big run writes.)
 */
async function run(em: SqlEntityManager, sql: string, params: unknown[]): Promise<unknown[]> {
  const query = em.getKnex().raw(sql, params as never[]);
  const tx = em.getTransactionContext();
  if (tx) query.transacting(tx as never);
  const res: unknown = await query;
  // PostgreSQL answers {rows}, SQLite the rows themselves.
  if (Array.isArray(res)) return res;
  const rows = (res as { rows?: unknown[] } | undefined)?.rows;
  return Array.isArray(rows) ? rows : [];
}
