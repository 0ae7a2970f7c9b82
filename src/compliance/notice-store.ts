import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { sqlEm } from '../common/sql/sql-em';
import { bulkInsert, bulkInsertPostgres, dbDate, isPostgres } from '../common/sql/bulk-insert';
import { NoticeEmail } from './entities/notice-email.entity';
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
  /** The email planned to carry it (a NoticeEmail id), written with the notice. */
  emailId?: string | null;
}

/** An email planned for one person, written before the notices that point at it. */
export interface PlannedEmail {
  id: string;
  userId: string;
  kind: 'immediate' | 'digest';
}

/** Rows per statement: 2,000 x 10 values stays under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
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
      n.emailId ?? null,
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
            { name: 'email_id', type: 'uuid' },
          ],
          rows,
          { ignoreConflictOn: 'dedupe_key', returning: 'id' },
        )
      : await bulkInsert(
          sql,
          'notifications',
          [
            'id',
            'user_id',
            'action_id',
            'kind',
            'dedupe_key',
            'subject',
            'body',
            'link',
            'created_at',
            'email_id',
          ],
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
   * Notices not yet emailed (no email, or one not sent: refused, or cut short) nor read in the app, created
   * from `since` to just before `before`, about no action or an action not yet verified or cancelled: what a
   * digest lists (and what an earlier failed email left unsent).
   */
  async unsent(em: EntityManager, since: Date, before: Date): Promise<NewNotice[]> {
    const sql = sqlEm(em);
    const rows = await sql
      .createQueryBuilder(Notification, 'n')
      .select([
        'n.id',
        'n.user',
        'n.action',
        'n.kind',
        'n.dedupeKey',
        'n.subject',
        'n.body',
        'n.link',
        'n.email',
      ])
      .leftJoin('n.action', 'a')
      .leftJoin('n.email', 'e')
      .where({
        'e.sentAt': null,
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
      emailId: (r.email_id as string | null) ?? null,
    }));
  }

  /** Writes the emails planned for a run (before the notices that point at them). */
  async planEmails(em: EntityManager, emails: PlannedEmail[], at: Date): Promise<void> {
    if (!emails.length) return;
    const sql = sqlEm(em);
    const at_ = dbDate(sql, at);
    await bulkInsert(
      sql,
      'notice_emails',
      ['id', 'user_id', 'kind', 'created_at'],
      emails.map((e) => [e.id, e.userId, e.kind, at_]),
    );
  }

  /** Removes planned emails left with no notice (their notices were written by someone else first). */
  async dropEmails(em: EntityManager, ids: string[]): Promise<void> {
    for (const part of chunks(ids)) await em.nativeDelete(NoticeEmail, { id: { $in: part }, sentAt: null });
  }

  /**
   * The email for these notices: the planned one (already pointed at by the notices written with it), or
   * a new one for notices written earlier (an assignment emailed at once, a digest's earlier notices).
   * Returns its id.
   */
  async prepareEmail(
    userId: string,
    kind: 'immediate' | 'digest',
    notices: { id: string; emailId?: string | null }[],
    plannedId?: string,
  ): Promise<string> {
    const id = plannedId ?? randomUUID();
    const relink = notices.filter((n) => n.emailId !== id).map((n) => n.id);
    await this.em.fork().transactional(async (tx) => {
      if (!plannedId) await this.planEmails(tx, [{ id, userId, kind }], new Date());
      for (const part of chunks(relink))
        await tx.nativeUpdate(Notification, { id: { $in: part } }, { email: id });
    });
    return id;
  }

  /** The email went: one row written, whatever the number of notices it carried. */
  async markSent(emailId: string): Promise<void> {
    await this.em.fork().nativeUpdate(NoticeEmail, { id: emailId }, { sentAt: new Date(), error: null });
  }

  /** The server refused it: its notices stay owed, for the next digest. */
  async markFailed(emailId: string, error: string): Promise<void> {
    await this.em.fork().nativeUpdate(NoticeEmail, { id: emailId }, { error: error.slice(0, 1000) });
  }
}
