import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { sqlEm } from '../common/sql/sql-em';
import { bulkInsert, bulkInsertPostgres, dbDate, isPostgres } from '../common/sql/bulk-insert';
import { Notification } from './entities/notification.entity';
import type { NoticeKind } from './notice-rules';

export interface NewNotice {
  id: string;
  userId: string;
  actionId: string | null;
  kind: NoticeKind;
  dedupeKey: string;
  subject: string;
  body: string;
  link: string | null;
}

/** Rows per statement: 2,000 x 9 values stays under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const CHUNK = 2000;
function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The notifications table: writing notices once each (the unique dedupe key), and their email state. */
@Injectable()
export class NoticeStore {
  constructor(private readonly em: EntityManager) {}

  /**
   * Inserts the notices, skipping any whose dedupe key is already stored (by an earlier run, another
   * instance or a concurrent request: the database's unique key decides). Returns those inserted now.
   */
  async insert(em: EntityManager, notices: NewNotice[], at: Date): Promise<NewNotice[]> {
    if (!notices.length) return [];
    const sql = sqlEm(em);
    const at_ = dbDate(sql, at);
    const rows = notices.map((n) => [
      n.id,
      n.userId,
      n.actionId,
      n.kind,
      n.dedupeKey,
      n.subject,
      n.body,
      n.link,
      at_,
    ]);
    const inserted = isPostgres(sql)
      ? await bulkInsertPostgres(
          sql,
          'notifications',
          [
            { name: 'id', type: 'uuid' },
            { name: 'user_id', type: 'uuid' },
            { name: 'action_id', type: 'uuid' },
            { name: 'kind', type: 'varchar' },
            { name: 'dedupe_key', type: 'varchar' },
            { name: 'subject', type: 'varchar' },
            { name: 'body', type: 'text' },
            { name: 'link', type: 'varchar' },
            { name: 'created_at', type: 'timestamptz' },
          ],
          rows,
          { ignoreConflictOn: 'dedupe_key', returning: 'id' },
        )
      : await bulkInsert(
          sql,
          'notifications',
          ['id', 'user_id', 'action_id', 'kind', 'dedupe_key', 'subject', 'body', 'link', 'created_at'],
          rows,
          { ignoreConflictOn: 'dedupe_key', chunk: CHUNK, returning: 'id' },
        );
    // The ids the database actually inserted (RETURNING: a skipped duplicate returns nothing).
    const stored = new Set(inserted.map((r) => String((r as { id: unknown }).id)));
    return notices.filter((n) => stored.has(n.id));
  }

  /** The dedupe keys already stored for notices about these open actions (so a run skips them early). */
  async keysForOpenActions(em: EntityManager): Promise<Set<string>> {
    const rows = await sqlEm(em)
      .createQueryBuilder(Notification, 'n')
      .select('n.dedupeKey')
      .join('n.action', 'a')
      .where({ 'a.status': { $in: ['open', 'in_progress'] } })
      .execute<{ dedupeKey: string }[]>('all');
    return new Set(rows.map((r) => r.dedupeKey));
  }

  /**
   * Notices not yet emailed nor read in the app, created from `since` to just before `before`, about no action or an action not
   * yet verified or cancelled: what a digest lists (and what an earlier failed email left unsent).
   */
  async unsent(em: EntityManager, since: Date, before: Date): Promise<NewNotice[]> {
    const sql = sqlEm(em);
    const rows = await sql
      .createQueryBuilder(Notification, 'n')
      .select(['n.id', 'n.user', 'n.action', 'n.kind', 'n.dedupeKey', 'n.subject', 'n.body', 'n.link'])
      .leftJoin('n.action', 'a')
      .where({
        emailedAt: null,
        readAt: null,
        createdAt: { $gte: since, $lt: before },
        $or: [{ action: null }, { 'a.status': { $nin: ['verified', 'cancelled'] } }],
      })
      .orderBy({ createdAt: 'asc', id: 'asc' })
      .execute<Record<string, unknown>[]>('all', false);
    return rows.map((r) => ({
      id: String(r.id),
      userId: String(r.user_id),
      actionId: (r.action_id as string | null) ?? null,
      kind: r.kind as NoticeKind,
      dedupeKey: String(r.dedupe_key),
      subject: String(r.subject),
      body: String(r.body),
      link: (r.link as string | null) ?? null,
    }));
  }

  async markEmailed(ids: string[]): Promise<void> {
    const em = this.em.fork();
    for (const part of chunks(ids))
      await em.nativeUpdate(Notification, { id: { $in: part } }, { emailedAt: new Date(), emailError: null });
  }

  async markFailed(ids: string[], error: string): Promise<void> {
    const em = this.em.fork();
    for (const part of chunks(ids))
      await em.nativeUpdate(Notification, { id: { $in: part } }, { emailError: error.slice(0, 1000) });
  }
}
