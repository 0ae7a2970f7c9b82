import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { sqlEm } from '../actions/sql-em';
import { bulkInsert, dbDate } from './bulk-insert';
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

const CHUNK = 500;
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
    await bulkInsert(
      sql,
      'notifications',
      ['id', 'user_id', 'action_id', 'kind', 'dedupe_key', 'subject', 'body', 'link', 'created_at'],
      notices.map((n) => [n.id, n.userId, n.actionId, n.kind, n.dedupeKey, n.subject, n.body, n.link, dbDate(sql, at)]),
      { ignoreConflictOn: 'dedupe_key' },
    );
    const stored = new Set<string>();
    for (const part of chunks(notices)) {
      const rows = await em.find(
        Notification,
        { id: { $in: part.map((n) => n.id) } },
        { fields: ['id'], disableIdentityMap: true },
      );
      for (const r of rows) stored.add(r.id);
    }
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
   * Notices not yet emailed nor read in the app, created since `since`, about no action or an action not
   * yet verified or cancelled: what a digest lists (and what an earlier failed email left unsent).
   */
  async unsent(em: EntityManager, since: Date): Promise<(NewNotice & { createdAt: Date })[]> {
    const rows = await em.find(
      Notification,
      {
        emailedAt: null,
        readAt: null,
        createdAt: { $gte: since },
        $or: [{ action: null }, { action: { status: { $nin: ['verified', 'cancelled'] } } }],
      },
      { orderBy: { createdAt: 'asc', id: 'asc' }, disableIdentityMap: true },
    );
    return rows.map((n) => ({
      id: n.id,
      userId: n.user.id,
      actionId: n.action?.id ?? null,
      kind: n.kind,
      dedupeKey: n.dedupeKey,
      subject: n.subject,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt,
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
