import { EntityManager } from '@mikro-orm/core';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ActionChangeNotifier } from '../actions/action-change-notifier';
import { TrackedAction } from '../actions/entities/tracked-action.entity';
import { LocalDate, todayInLondon } from '../calendar';
import { NoticeMailer } from './notice-mailer';
import { isImmediate, type NoticeKind } from './notice-rules';
import { NewNotice, NoticeStore } from './notice-store';
import { actionNoticeText } from './notice-text';
import { StaffDirectory } from './staff-directory';

type ChangeKind = Extract<
  NoticeKind,
  'assigned' | 'awaiting_verification' | 'evidence_refused' | 'extension_granted'
>;

/**
 * Notices for changes made to an action, by the table in notice-rules.ts: call these after the change
 * has been committed. Each creates the in-app notices (once: the dedupe key is unique in the database)
 * and emails at once those the table says are told at once (assignment), unless they chose digest only;
 * everything else waits for the daily digest. They never throw: a notice that cannot be written or
 * emailed is logged (an email that failed goes in the next digest), and the change stands.
 *
 * - actionAssigned: an action was created for a service (accept) or moved to another service or owner
 *   (reassignment: PATCH /api/actions/:id with serviceAreaId/ownerId). Call it once per change.
 * - actionCompleted: the service marked it completed; the officer who accepted it is asked to verify.
 * - actionSentBack: an officer refused the evidence and sent it back.
 * - dueDateExtended: a later due date was agreed.
 */
@Injectable()
export class ActionNotifier implements ActionChangeNotifier, OnModuleDestroy {
  private readonly logger = new Logger('notifications');
  private readonly sending = new Set<Promise<unknown>>();

  constructor(
    private readonly em: EntityManager,
    private readonly staff: StaffDirectory,
    private readonly store: NoticeStore,
    private readonly mail: NoticeMailer,
  ) {}

  actionAssigned(actionId: string): Promise<void> {
    return this.notify('assigned', actionId);
  }

  actionCompleted(actionId: string): Promise<void> {
    return this.notify('awaiting_verification', actionId);
  }

  actionSentBack(actionId: string): Promise<void> {
    return this.notify('evidence_refused', actionId);
  }

  dueDateExtended(actionId: string): Promise<void> {
    return this.notify('extension_granted', actionId);
  }

  /** Resolves when the emails started so far have gone (or failed). For tests and shutdown. */
  async settled(): Promise<void> {
    while (this.sending.size) await Promise.allSettled([...this.sending]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  private async notify(kind: ChangeKind, actionId: string): Promise<void> {
    try {
      const em = this.em.fork();
      const action = await em.findOne(
        TrackedAction,
        { id: actionId },
        { populate: ['serviceArea', 'recommendation'] },
      );
      if (!action || !action.dueDate) return;
      const recipients = await this.staff.load(em);
      const about = {
        serviceAreaId: action.serviceArea.id,
        ownerId: action.owner?.id ?? null,
        acceptedById: action.recommendation.reviewedBy?.id ?? null,
      };
      const dueDate = LocalDate.fromDate(action.dueDate);
      const text = actionNoticeText(kind, {
        actionId,
        text: action.text,
        serviceAreaName: action.serviceArea.name,
        dueDate,
        today: todayInLondon(),
      });
      const occasion =
        kind === 'assigned'
          ? `${about.serviceAreaId}:${about.ownerId ?? 'none'}`
          : kind === 'extension_granted'
            ? dueDate.toString()
            : `v${action.version}`;
      const told = recipients.forNotice(kind, about);
      const notices = told.map(({ person, audiences }) => ({
        notice: {
          id: randomUUID(),
          userId: person.id,
          actionId,
          kind,
          dedupeKey: `${kind}:${actionId}:${occasion}:${person.id}`,
          ...text,
        } satisfies NewNotice,
        email: person.email,
        immediate: isImmediate(kind, audiences) && !person.digestOnly,
      }));
      const stored = new Set(
        (
          await this.store.insert(
            em,
            notices.map((n) => n.notice),
            new Date(),
          )
        ).map((n) => n.id),
      );
      const now = notices.filter((n) => n.immediate && stored.has(n.notice.id));
      if (!now.length || !this.mail.enabled) return;
      const sending = this.mail
        .sendImmediate(now.map((n) => ({ to: n.email, notices: [n.notice] })))
        .catch((e: Error) =>
          this.logger.warn({ msg: 'notice email failed', kind, actionId, error: e.message }),
        );
      this.sending.add(sending);
      void sending.finally(() => this.sending.delete(sending));
    } catch (e) {
      this.logger.error({ msg: 'notice not written', kind, actionId, error: (e as Error).message });
    }
  }
}
