import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** null: use SQLite in the test's DATA_DIR. */
  url: string | null;
  drop(): Promise<void>;
}

/** How long creating or dropping a test database may take before the admin session gives up. */
const ADMIN_TIMEOUT_MS = 15_000;

/** A fresh PostgreSQL database per test app when TEST_DATABASE_URL is set, else SQLite. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) return { url: null, drop: async () => undefined };
  const name = `redress_t_${randomBytes(6).toString('hex')}`;
  await runAdmin(admin, `create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase(admin, name) };
}

/**
 * Drops a test database. The server is a throwaway one (scripts/test-postgres.sh removes it after the
 * run), so a drop that cannot finish in time is reported with what still holds the database and the
 * suite goes on, instead of a teardown hook that waits past jest's timeout.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  try {
    await runAdmin(adminUrl, `drop database if exists ${name} with (force)`);
  } catch (error) {
    const holders = await runAdmin(
      adminUrl,
      `select pid, state, wait_event_type, wait_event, left(query, 120) as query
         from pg_stat_activity where datname = $1 or query ilike '%' || $1 || '%'`,
      [name],
    ).catch((e: unknown) => String(e));
    process.stderr.write(
      `test database ${name} was not dropped (${String(error)}); sessions: ${JSON.stringify(holders)}\n`,
    );
  }
}

async function runAdmin(adminUrl: string, sql: string, params: unknown[] = []): Promise<unknown[]> {
  const client = new Client({
    connectionString: adminUrl,
    connectionTimeoutMillis: ADMIN_TIMEOUT_MS,
    statement_timeout: ADMIN_TIMEOUT_MS,
    lock_timeout: ADMIN_TIMEOUT_MS,
    query_timeout: ADMIN_TIMEOUT_MS + 5_000,
  });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}
