import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** null: use SQLite in the test's DATA_DIR. */
  url: string | null;
  drop(): Promise<void>;
}

/** A fresh PostgreSQL database per test app when TEST_DATABASE_URL is set, else SQLite. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) return { url: null, drop: async () => undefined };
  const name = `redress_t_${randomBytes(6).toString('hex')}`;
  await runAdmin(admin, `create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => runAdmin(admin, `drop database if exists ${name} with (force)`),
  };
}

async function runAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
