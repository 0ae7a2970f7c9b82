import { Database, OPEN_READONLY } from 'sqlite3';

/**
 * Answers whether the SQLite database file opens and can be read, on a short-lived read-only
 * connection of its own. The app's ORM has a single SQLite connection that ingestion keeps busy with
 * writes; a health probe queued behind them measures the queue, not the database. In WAL mode (see
 * SqliteWriteMode) a reader on another connection does not wait for the writer, so this answers at
 * once while still failing when the file is missing, unreadable or not a database.
 * Opening read-only never creates the file, so a deleted database is reported, not silently recreated.
 * Rejects with SQLite's error; resolves when the schema table was read.
 */
export function probeSqliteFile(file: string, busyTimeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const db: Database = new Database(file, OPEN_READONLY, (openError) => {
      if (openError) {
        reject(openError);
        return;
      }
      db.configure('busyTimeout', busyTimeoutMs);
      db.get('select count(*) as n from sqlite_master', (queryError) => {
        db.close(() => (queryError ? reject(queryError) : resolve()));
      });
    });
  });
}
