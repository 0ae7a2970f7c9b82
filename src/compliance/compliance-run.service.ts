import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../common/errors';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type ActionEventType } from '../actions/entities/action-event.entity';
import { ProposedRecommendation } from '../documents/entities/recommendation.entity';
import { TrackedAction } from '../actions/entities/tracked-action.entity';
import { rawCalendarDate, rawInstant } from '../actions/raw-values';
import { sqlEm } from '../common/sql/sql-em';
import { fractionElapsed, LocalDate, londonDateAt, todayInLondon } from '../calendar';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { bulkInsert, dbDate } from '../common/sql/bulk-insert';
import { clockStart, ComplianceSettings, dedupeKey, noticesDue } from './compliance-rules';
import { NotificationRecipients } from './notification-recipients';
import { NoticeMailer } from './notice-mailer';
import { isImmediate, type NoticeKind } from './notice-rules';
import { NewNotice, NoticeStore } from './notice-store';
import { actionNoticeText, overdueSummaryText } from './notice-text';
import { ScheduledRunLease } from './scheduled-run-lease';
import { StaffDirectory } from './staff-directory';

export const COMPLIANCE_RUN = 'compliance-daily';
const LEASE_MS = 30 * 60 * 1000;
/** Notices whose email failed (or was cut short) are emailed by the digests of the next few days. */
export const EMAIL_RETRY_MS = 3 * 24 * 60 * 60 * 1000;
const CHUNK = 2000;
type DailyKind = 'due_soon' | 'at_risk' | 'overdue' | 'overdue_summary';
const EVENT_TYPE: Record<DailyKind, ActionEventType> = {
  due_soon: 'reminder_sent',
  at_risk: 'escalated',
  overdue: 'overdue',
  overdue_summary: 'overdue',
};
const FLAG: Record<DailyKind, 'reminderSentAt' | 'escalatedAt' | 'overdueFlaggedAt'> = {
  due_soon: 'reminderSentAt',
  at_risk: 'escalatedAt',
  overdue: 'overdueFlaggedAt',
  overdue_summary: 'overdueFlaggedAt',
};

export interface ComplianceRunSummary {
  date: string;
  startedAt: string;
  durationMs: number;
  actionsChecked: number;
  /** Actions newly due soon, at risk, overdue (each counted once, whatever the number told). */
  dueSoon: number;
  atRisk: number;
  overdue: number;
  /** Actions already overdue when accepted, reported in overdue summaries (one per officer). */
  backfilledOverdue: number;
  overdueSummaries: number;
  notificationsCreated: number;
  /** Emails sent at once (escalations) and daily digests; emailsSent/emailsFailed count both. */
  immediateEmails: number;
  digests: number;
  emailsSent: number;
  emailsFailed: number;
  emailEnabled: boolean;
  /** Where the time went (ms): reading actions and people, deciding, writing notices, emailing. */
  phaseMs: { read: number; decide: number; write: number; email: number };
}

interface Candidate {
  id: string;
  status: string;
  decisionDate: LocalDate;
  acceptedOn: LocalDate;
  dueDate: LocalDate;
  text: string;
  serviceAreaId: string;
  ownerId: string | null;
  recommendationId: string;
  overdueFlagged: boolean;
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The daily checks: due soon, at risk, overdue (per action, by the table in notice-rules.ts), one overdue
 * summary per officer for actions already overdue when accepted, immediate emails for escalations, then
 * each person's digest of what is waiting for them. Idempotent: each notice has a unique dedupe key, so a
 * second run the same day (or a run on another instance) creates and sends nothing new.
 */
@Injectable()
export class ComplianceRunService {
  private readonly logger = new Logger('compliance');
  private readonly holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

  constructor(
    private readonly em: EntityManager,
    private readonly lease: ScheduledRunLease,
    private readonly staff: StaffDirectory,
    private readonly store: NoticeStore,
    private readonly mail: NoticeMailer,
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
    return this.runHoldingLease(today, now);
  }

  /** An admin's call: runs now even if today's run was done (it sends nothing twice); 409 if one is running. */
  async runNow(now: Date = new Date()): Promise<ComplianceRunSummary> {
    const today = todayInLondon(now);
    if (
      !(await this.lease.tryAcquire(COMPLIANCE_RUN, this.holder, today, LEASE_MS, { evenIfDoneToday: true }))
    ) {
      throw new DomainError(
        'The checks are already running (started by the schedule or another admin). Try again in a few minutes.',
        'conflict',
      );
    }
    return this.runHoldingLease(today, now);
  }

  async lastRun() {
    return this.lease.state(COMPLIANCE_RUN);
  }

  private async runHoldingLease(today: LocalDate, now: Date): Promise<ComplianceRunSummary> {
    try {
      const summary = await this.execute(today, now);
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
  async execute(today: LocalDate, now: Date = new Date()): Promise<ComplianceRunSummary> {
    const started = Date.now();
    const em = this.em.fork();
    const settings: ComplianceSettings = {
      dueSoonWorkingDays: this.config.compliance.reminderDaysBeforeDue,
      atRiskShare: this.config.compliance.escalationThreshold,
    };
    const recipients = await this.staff.load(em);
    const candidates = await this.candidates(em);
    const existing = await this.store.keysForOpenActions(em);
    const read = Date.now();
    const names = new Map<string, string>();
    const areaName = (id: string) => {
      let name = names.get(id);
      if (name === undefined) {
        name = recipients.tree.get(id)?.name ?? 'an unknown service';
        names.set(id, name);
      }
      return name;
    };

    // Which daily notices each action owes today.
    const owed: { action: Candidate; kind: Exclude<DailyKind, 'overdue_summary'> }[] = [];
    const backfilled: Candidate[] = [];
    for (const a of candidates) {
      for (const kind of noticesDue(a, today, settings)) {
        if (kind === 'overdue_summary') {
          if (!a.overdueFlagged) backfilled.push(a);
        } else owed.push({ action: a, kind: kind as Exclude<DailyKind, 'overdue_summary'> });
      }
    }
    const acceptedBy = await this.acceptingOfficers(em, [
      ...owed.filter((o) => o.kind === 'overdue').map((o) => o.action),
      ...backfilled,
    ]);

    const notices: (NewNotice & { immediate: boolean })[] = [];
    const newByKind: Record<DailyKind, Map<string, { recipients: number; dueDate: string }>> = {
      due_soon: new Map(),
      at_risk: new Map(),
      overdue: new Map(),
      overdue_summary: new Map(),
    };
    for (const { action: a, kind } of owed) {
      const about = {
        serviceAreaId: a.serviceAreaId,
        ownerId: a.ownerId,
        acceptedById: acceptedBy.get(a.recommendationId) ?? null,
      };
      let text: ReturnType<typeof actionNoticeText> | undefined;
      for (const { person, audiences } of recipients.forNotice(kind, about)) {
        const key = dedupeKey(kind, a.id, a.dueDate, person.id);
        if (existing.has(key)) continue;
        existing.add(key);
        text ??= actionNoticeText(kind, {
          actionId: a.id,
          text: a.text,
          serviceAreaName: areaName(a.serviceAreaId),
          dueDate: a.dueDate,
          today,
          shareElapsed: fractionElapsed(clockStart(a), a.dueDate, today),
        });
        notices.push({
          id: randomUUID(),
          userId: person.id,
          actionId: a.id,
          kind,
          dedupeKey: key,
          ...text,
          immediate: isImmediate(kind, audiences) && !person.digestOnly,
        });
        const seen = newByKind[kind].get(a.id);
        if (seen) seen.recipients += 1;
        else newByKind[kind].set(a.id, { recipients: 1, dueDate: a.dueDate.toString() });
      }
    }
    const summaries = this.overdueSummaries(backfilled, acceptedBy, recipients, today, areaName);
    for (const s of summaries) {
      notices.push({ ...s.notice, immediate: false });
      for (const a of s.actions)
        newByKind.overdue_summary.set(a.id, { recipients: 1, dueDate: a.dueDate.toString() });
    }

    const decided = Date.now();
    const created = await em.transactional(async (tx) => {
      const sql = sqlEm(tx);
      const at = dbDate(sql, now);
      const stored = await this.store.insert(tx, notices, now);
      for (const kind of Object.keys(newByKind) as DailyKind[]) {
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
            JSON.stringify({
              recipients: info.recipients,
              dueDate: info.dueDate,
              ...(kind === 'overdue_summary' ? { overdueWhenAccepted: true } : {}),
            }),
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
      return stored;
    });
    const written = Date.now();
    const createdIds = new Set(created.map((n) => n.id));
    const fresh = notices.filter((n) => createdIds.has(n.id));

    // Escalations at once, then everyone's digest of what is still unsent (today's and any left over).
    const emailOf = (userId: string) => recipients.person(userId)?.email;
    const immediate = this.byPerson(
      fresh.filter((n) => n.immediate),
      emailOf,
    );
    const immediateResult = await this.mail.sendImmediate(immediate);
    const sentAtOnce = new Set(immediate.flatMap((b) => b.notices.map((n) => n.id)));
    // Today's notices are in memory; earlier ones not yet emailed (made by changes during the day, or whose
    // email failed) come from the table.
    const earlier = this.mail.enabled
      ? await this.store.unsent(em.fork(), new Date(now.getTime() - EMAIL_RETRY_MS), now)
      : [];
    const pending = this.mail.enabled ? [...earlier, ...fresh.filter((n) => !sentAtOnce.has(n.id))] : [];
    const digests = this.byPerson(pending, emailOf);
    const digestResult = await this.mail.sendDigests(digests, today);

    return {
      date: today.toString(),
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      actionsChecked: candidates.length,
      dueSoon: newByKind.due_soon.size,
      atRisk: newByKind.at_risk.size,
      overdue: newByKind.overdue.size,
      backfilledOverdue: newByKind.overdue_summary.size,
      overdueSummaries: summaries.length,
      notificationsCreated: fresh.length,
      immediateEmails: immediateResult.sent,
      digests: digestResult.sent,
      emailsSent: immediateResult.sent + digestResult.sent,
      emailsFailed: immediateResult.failed + digestResult.failed,
      emailEnabled: this.mail.enabled,
      phaseMs: {
        read: read - started,
        decide: decided - read,
        write: written - decided,
        email: Date.now() - written,
      },
    };
  }

  /** Open and in-progress actions with a due date, with the facts the rules need. */
  private async candidates(em: EntityManager): Promise<Candidate[]> {
    const rows = await sqlEm(em)
      .createQueryBuilder(TrackedAction, 'a')
      .select([
        'a.id',
        'a.status',
        'a.startDate',
        'a.dueDate',
        'a.text',
        'a.serviceArea',
        'a.owner',
        'a.recommendation',
        'a.createdAt',
        'a.overdueFlaggedAt',
      ])
      .where({ status: { $in: ['open', 'in_progress'] }, dueDate: { $ne: null } })
      .orderBy({ id: 'asc' })
      .execute<Record<string, unknown>[]>('all', false);
    // The London date of an instant only changes on the hour: cache it per hour.
    const daysByHour = new Map<number, LocalDate>();
    const acceptedOn = (value: unknown): LocalDate => {
      const instant = rawInstant(value) ?? new Date();
      const hour = Math.floor(instant.getTime() / 3_600_000);
      let day = daysByHour.get(hour);
      if (!day) {
        day = londonDateAt(instant);
        daysByHour.set(hour, day);
      }
      return day;
    };
    return rows.map((r) => ({
      id: String(r.id),
      status: String(r.status),
      decisionDate: rawCalendarDate(r.start_date) as LocalDate,
      acceptedOn: acceptedOn(r.created_at),
      dueDate: rawCalendarDate(r.due_date) as LocalDate,
      text: String(r.text ?? ''),
      serviceAreaId: String(r.service_area_id),
      ownerId: (r.owner_id as string | null) ?? null,
      recommendationId: String(r.recommendation_id),
      overdueFlagged: r.overdue_flagged_at !== null && r.overdue_flagged_at !== undefined,
    }));
  }

  /** The officer who accepted each recommendation (by recommendation id), for the actions given. */
  private async acceptingOfficers(em: EntityManager, actions: Candidate[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const ids = [...new Set(actions.map((a) => a.recommendationId))];
    for (const part of chunks(ids)) {
      const rows = await sqlEm(em)
        .createQueryBuilder(ProposedRecommendation, 'r')
        .select(['r.id', 'r.reviewedBy'])
        .where({ id: { $in: part } })
        .execute<Record<string, unknown>[]>('all', false);
      for (const r of rows) if (r.reviewed_by_id) out.set(String(r.id), String(r.reviewed_by_id));
    }
    return out;
  }

  /**
   * One overdue summary per officer for the actions already overdue when accepted (not yet summarised):
   * to the officer who accepted them, or to every complaints officer when that person has gone. Keyed by
   * the officer and the set of actions, so the same summary can never be stored twice.
   */
  private overdueSummaries(
    backfilled: Candidate[],
    acceptedBy: Map<string, string>,
    recipients: NotificationRecipients,
    today: LocalDate,
    areaName: (id: string) => string,
  ): { notice: NewNotice; actions: Candidate[] }[] {
    const byOfficer = new Map<string, Candidate[]>();
    for (const a of backfilled) {
      const about = {
        serviceAreaId: a.serviceAreaId,
        ownerId: a.ownerId,
        acceptedById: acceptedBy.get(a.recommendationId) ?? null,
      };
      for (const id of recipients.forNotice('overdue_summary', about).map((r) => r.person.id)) {
        const list = byOfficer.get(id);
        if (list) list.push(a);
        else byOfficer.set(id, [a]);
      }
    }
    return [...byOfficer.entries()].map(([userId, actions]) => {
      actions.sort((x, y) => x.dueDate.epochDay - y.dueDate.epochDay || x.id.localeCompare(y.id));
      const set = createHash('sha256')
        .update(
          actions
            .map((a) => `${a.id}@${a.dueDate.toString()}`)
            .sort()
            .join(','),
        )
        .digest('hex')
        .slice(0, 32);
      const text = overdueSummaryText(
        actions.map((a) => ({
          text: a.text,
          serviceAreaName: areaName(a.serviceAreaId),
          dueDate: a.dueDate,
        })),
        today,
      );
      return {
        notice: {
          id: randomUUID(),
          userId,
          actionId: actions.length === 1 ? actions[0].id : null,
          kind: 'overdue_summary' as NoticeKind,
          dedupeKey: `overdue_summary:${userId}:${set}`,
          ...text,
          link: actions.length === 1 ? `/actions/${actions[0].id}` : text.link,
        },
        actions,
      };
    });
  }

  private byPerson(
    notices: NewNotice[],
    emailOf: (userId: string) => string | undefined,
  ): { to: string; notices: NewNotice[] }[] {
    const byUser = new Map<string, NewNotice[]>();
    for (const n of notices) {
      const list = byUser.get(n.userId);
      if (list) list.push(n);
      else byUser.set(n.userId, [n]);
    }
    const out: { to: string; notices: NewNotice[] }[] = [];
    for (const [userId, list] of byUser) {
      const to = emailOf(userId);
      if (to) out.push({ to, notices: list });
    }
    return out;
  }
}
