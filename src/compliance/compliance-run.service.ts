import { EntityManager } from '@mikro-orm/core';
import { ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type ActionEventType } from '../actions/entities/action-event.entity';
import { TrackedAction } from '../actions/entities/tracked-action.entity';
import { fractionElapsed, LocalDate, todayInLondon } from '../calendar';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ServiceAreasService } from '../service-areas/service-areas.service';
import { User } from '../users/entities/user.entity';
import { dedupeKey, noticesDue } from './compliance-rules';
import { bulkInsert, dbDate } from '../common/sql/bulk-insert';
import { Notification, NotificationKind } from './entities/notification.entity';
import { Mailer } from './mail/mailer';
import { NotificationRecipients } from './notification-recipients';
import { emailText, noticeText } from './notice-text';
import { rawCalendarDate } from '../actions/raw-values';
import { ScheduledRunLease } from './scheduled-run-lease';
import { sqlEm } from '../common/sql/sql-em';

export const COMPLIANCE_RUN = 'compliance-daily';
const LEASE_MS = 30 * 60 * 1000;
/** Notices whose email failed (or was cut short) are emailed again by the runs of the next few days. */
export const EMAIL_RETRY_MS = 3 * 24 * 60 * 60 * 1000;
const CHUNK = 500;
const EVENT_TYPE: Record<NotificationKind, ActionEventType> = {
  reminder: 'reminder_sent',
  escalation: 'escalated',
  overdue: 'overdue',
};
const FLAG: Record<NotificationKind, 'reminderSentAt' | 'escalatedAt' | 'overdueFlaggedAt'> = {
  reminder: 'reminderSentAt',
  escalation: 'escalatedAt',
  overdue: 'overdueFlaggedAt',
};

export interface ComplianceRunSummary {
  date: string;
  startedAt: string;
  durationMs: number;
  actionsChecked: number;
  reminders: number;
  escalations: number;
  overdue: number;
  notificationsCreated: number;
  emailsSent: number;
  emailsFailed: number;
  /** Notices of earlier runs whose email had not gone (server down, process stopped), sent with this run's. */
  unsentNoticesRetried: number;
  emailEnabled: boolean;
}

interface NewNotice {
  id: string;
  userId: string;
  actionId: string;
  kind: NotificationKind;
  dedupeKey: string;
  subject: string;
  body: string;
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The daily compliance run: reminders before the due date, escalations to senior officers at the
 * threshold (75%) of time elapsed, overdue flags. Idempotent: each notice has a unique dedupe key, so a
 * second run the same day (or a run on another instance) creates and sends nothing new.
 */
@Injectable()
export class ComplianceRunService {
  private readonly logger = new Logger('compliance');
  private readonly holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

  constructor(
    private readonly em: EntityManager,
    private readonly lease: ScheduledRunLease,
    private readonly mailer: Mailer,
    private readonly areas: ServiceAreasService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The scheduler's call: runs only if today's run has not been done and nobody else is running it. */
  async runIfDue(now: Date = new Date()): Promise<ComplianceRunSummary | null> {
    const today = todayInLondon(now);
    if (
      !(await this.lease.tryAcquire(COMPLIANCE_RUN, this.holder, today, LEASE_MS, { evenIfDoneToday: false }))
    ) {
      return null;
    }
    return this.runHoldingLease(today);
  }

  /** An admin's call: runs now even if today's run was done (it sends nothing twice); 409 if one is running. */
  async runNow(now: Date = new Date()): Promise<ComplianceRunSummary> {
    const today = todayInLondon(now);
    if (
      !(await this.lease.tryAcquire(COMPLIANCE_RUN, this.holder, today, LEASE_MS, { evenIfDoneToday: true }))
    ) {
      throw new ConflictException({
        message: 'The compliance run is already running on another instance. Try again in a few minutes.',
      });
    }
    return this.runHoldingLease(today);
  }

  async lastRun() {
    return this.lease.state(COMPLIANCE_RUN);
  }

  private async runHoldingLease(today: LocalDate): Promise<ComplianceRunSummary> {
    try {
      const summary = await this.execute(today);
      await this.lease.release(COMPLIANCE_RUN, this.holder, today, { ...summary });
      this.logger.log({ msg: 'compliance run finished', ...summary });
      return summary;
    } catch (e) {
      await this.lease.release(COMPLIANCE_RUN, this.holder, null, {
        error: (e as Error).message,
        date: today.toString(),
      });
      throw e;
    }
  }

  /** The run itself (the caller holds the lease). Exposed for the benchmark. */
  async execute(today: LocalDate): Promise<ComplianceRunSummary> {
    const started = Date.now();
    const em = this.em.fork();
    const settings = {
      reminderDaysBeforeDue: this.config.compliance.reminderDaysBeforeDue,
      escalationThreshold: this.config.compliance.escalationThreshold,
    };
    const tree = await this.areas.tree(em);
    const users = await em.find(User, { active: true }, { populate: ['serviceAreas'] });
    const recipients = new NotificationRecipients(
      users.map((u) => ({
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role,
        serviceAreaIds: u.serviceAreas.getItems().map((a) => a.id),
      })),
      tree,
    );
    const candidates = (
      await sqlEm(em)
        .createQueryBuilder(TrackedAction, 'a')
        .select(['a.id', 'a.status', 'a.startDate', 'a.dueDate', 'a.text', 'a.serviceArea', 'a.owner'])
        .where({ status: { $in: ['open', 'in_progress'] }, dueDate: { $ne: null } })
        .orderBy({ id: 'asc' })
        .execute<Record<string, unknown>[]>('all', false)
    ).map((r) => ({
      id: String(r.id),
      status: String(r.status),
      startDate: rawCalendarDate(r.start_date) as LocalDate,
      dueDate: rawCalendarDate(r.due_date) as LocalDate,
      text: String(r.text ?? ''),
      serviceAreaId: String(r.service_area_id),
      ownerId: (r.owner_id as string | null) ?? null,
    }));
    const existing = new Set(
      (
        await sqlEm(em)
          .createQueryBuilder(Notification, 'n')
          .select('n.dedupeKey')
          .join('n.action', 'a')
          .where({ 'a.status': { $in: ['open', 'in_progress'] } })
          .execute<{ dedupeKey: string }[]>('all')
      ).map((r) => r.dedupeKey),
    );

    const notices: NewNotice[] = [];
    const newByKind: Record<NotificationKind, Map<string, { recipients: number; dueDate: string }>> = {
      reminder: new Map(),
      escalation: new Map(),
      overdue: new Map(),
    };
    for (const a of candidates) {
      const due = a.dueDate;
      const start = a.startDate;
      const kinds = noticesDue({ status: a.status, startDate: start, dueDate: due }, today, settings);
      if (!kinds.length) continue;
      const areaId = a.serviceAreaId;
      for (const kind of kinds) {
        const people =
          kind === 'escalation' ? recipients.escalation(areaId) : recipients.owners(a.ownerId, areaId);
        let text: { subject: string; body: string } | undefined;
        for (const person of people) {
          const key = dedupeKey(kind, a.id, due, person.id);
          if (existing.has(key)) continue;
          existing.add(key);
          text ??= noticeText(
            kind,
            {
              actionId: a.id,
              text: a.text,
              serviceAreaName: tree.get(areaId)?.name ?? 'unknown service',
              dueDate: due,
              percentElapsed: Math.floor(fractionElapsed(start, due, today) * 100),
              daysOverdue: Math.max(0, today.epochDay - due.epochDay),
            },
            this.config.http.publicUrl,
          );
          notices.push({
            id: randomUUID(),
            userId: person.id,
            actionId: a.id,
            kind,
            dedupeKey: key,
            ...text,
          });
          const seen = newByKind[kind].get(a.id);
          if (seen) seen.recipients += 1;
          else newByKind[kind].set(a.id, { recipients: 1, dueDate: due.toString() });
        }
      }
    }

    const now = new Date();
    const unsent = this.mailer.enabled ? await this.unsentNotices(em, now) : [];
    await em.transactional(async (tx) => {
      const sql = sqlEm(tx);
      const at = dbDate(sql, now);
      await bulkInsert(
        sql,
        'notifications',
        ['id', 'user_id', 'action_id', 'kind', 'dedupe_key', 'subject', 'body', 'created_at'],
        notices.map((n) => [n.id, n.userId, n.actionId, n.kind, n.dedupeKey, n.subject, n.body, at]),
        { ignoreConflictOn: 'dedupe_key' },
      );
      for (const kind of Object.keys(newByKind) as NotificationKind[]) {
        const entries = [...newByKind[kind].entries()];
        await bulkInsert(
          sql,
          'action_events',
          ['id', 'action_id', 'at', 'seq', 'type', 'data'],
          entries.map(([actionId, info]) => [
            randomUUID(),
            actionId,
            at,
            0,
            EVENT_TYPE[kind],
            JSON.stringify({ recipients: info.recipients, dueDate: info.dueDate }),
          ]),
        );
        for (const part of chunks(entries)) {
          await tx.nativeUpdate(
            TrackedAction,
            { id: { $in: part.map(([id]) => id) } },
            { [FLAG[kind]]: now },
          );
        }
      }
    });

    const { sent, failed } = await this.email(em, [...unsent, ...notices], users);
    return {
      date: today.toString(),
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      actionsChecked: candidates.length,
      reminders: newByKind.reminder.size,
      escalations: newByKind.escalation.size,
      overdue: newByKind.overdue.size,
      notificationsCreated: notices.length,
      emailsSent: sent,
      emailsFailed: failed,
      unsentNoticesRetried: unsent.length,
      emailEnabled: this.mailer.enabled,
    };
  }

  /**
   * Notices created by earlier runs (within EMAIL_RETRY_MS) that were neither emailed nor read in the
   * app, for actions still open: the mail server refused them or the process stopped before sending.
   * Each goes at most once more per run, and stops once it has gone (emailedAt) or been read, so a run
   * after a clean one sends nothing.
   */
  private async unsentNotices(em: EntityManager, now: Date): Promise<NewNotice[]> {
    const rows = await em.find(
      Notification,
      {
        emailedAt: null,
        readAt: null,
        createdAt: { $gte: new Date(now.getTime() - EMAIL_RETRY_MS) },
        action: { status: { $in: ['open', 'in_progress'] } },
      },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return rows.map((n) => ({
      id: n.id,
      userId: n.user.id,
      actionId: n.action?.id ?? '',
      kind: n.kind,
      dedupeKey: n.dedupeKey,
      subject: n.subject,
      body: n.body,
    }));
  }

  /** One email per person per run, listing their new notices; each notice records whether it was emailed. */
  private async email(
    em: EntityManager,
    notices: NewNotice[],
    users: User[],
  ): Promise<{ sent: number; failed: number }> {
    if (!this.mailer.enabled || !notices.length) return { sent: 0, failed: 0 };
    const byUser = new Map<string, NewNotice[]>();
    for (const n of notices) {
      const list = byUser.get(n.userId);
      if (list) list.push(n);
      else byUser.set(n.userId, [n]);
    }
    const emails = new Map(users.map((u) => [u.id, u.email]));
    const counts = { sent: 0, failed: 0 };
    const queue = [...byUser.entries()];
    // A few messages at once over the mailer's pooled connections.
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [userId, list] = next;
        const to = emails.get(userId);
        if (!to) continue;
        counts[(await this.emailOne(em, to, userId, list)) ? 'sent' : 'failed'] += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.mailer.concurrency, queue.length) }, worker));
    return counts;
  }

  /** Emails one person their new notices and records on each whether it went. Returns whether it did. */
  private async emailOne(em: EntityManager, to: string, userId: string, list: NewNotice[]): Promise<boolean> {
    const ids = list.map((n) => n.id);
    try {
      await this.mailer.send({ to, ...emailText(list, this.config.http.publicUrl) });
    } catch (e) {
      const message = (e as Error).message.slice(0, 1000);
      this.logger.warn({ msg: 'mail failed', userId, error: message });
      for (const part of chunks(ids))
        await em.fork().nativeUpdate(Notification, { id: { $in: part } }, { emailError: message });
      return false;
    }
    for (const part of chunks(ids))
      await em
        .fork()
        .nativeUpdate(Notification, { id: { $in: part } }, { emailedAt: new Date(), emailError: null });
    return true;
  }
}
