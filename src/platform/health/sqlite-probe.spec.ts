import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from 'sqlite3';
import { probeSqliteFile } from './sqlite-probe';

function open(file: string): Promise<Database> {
  return new Promise((resolve, reject) => {
    const db = new Database(file, (e) => (e ? reject(e) : resolve(db)));
  });
}
function run(db: Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.run(sql, (e) => (e ? reject(e) : resolve())));
}
function close(db: Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((e) => (e ? reject(e) : resolve())));
}

describe('probeSqliteFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'redress-sqlite-probe-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves on a readable database file', async () => {
    const file = join(dir, 'ok.sqlite');
    const db = await open(file);
    await run(db, 'create table t (id integer primary key)');
    await close(db);
    await expect(probeSqliteFile(file, 200)).resolves.toBeUndefined();
  });

  it('rejects when the file does not exist, and does not create it', async () => {
    const file = join(dir, 'missing.sqlite');
    await expect(probeSqliteFile(file, 200)).rejects.toThrow(/SQLITE_CANTOPEN/);
    expect(existsSync(file)).toBe(false);
  });

  it('rejects when the file is not a database', async () => {
    const file = join(dir, 'junk.sqlite');
    writeFileSync(file, 'this is not a database '.repeat(100));
    await expect(probeSqliteFile(file, 200)).rejects.toThrow(/SQLITE_NOTADB/);
  });

  it('answers at once while another connection holds an open write transaction (WAL)', async () => {
    const file = join(dir, 'busy.sqlite');
    const writer = await open(file);
    try {
      await run(writer, 'pragma journal_mode = wal');
      await run(writer, 'create table t (id integer primary key, v text)');
      await run(writer, 'begin immediate');
      await run(writer, "insert into t (v) values ('x')");
      // resolves while the write transaction is still open (it is committed only after)
      await expect(probeSqliteFile(file, 1000)).resolves.toBeUndefined();
      await run(writer, 'commit');
    } finally {
      await close(writer);
    }
  });
});
