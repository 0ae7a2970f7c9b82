import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/access/auth-user';
import { LocalDate, londonDateAt, todayInLondon } from '../calendar';
import { ActionChangeNotifier } from './action-change-notifier';
import { PeopleService } from '../users/people.service';
import { ServiceAreasService } from '../service-areas/service-areas.service';
import { actionStatusMachine } from '../status';
import { actionAccess } from './action-access';
import { DomainError } from '../common/errors';
import { appendActionEvent } from './action-history';
import { assertPlausibleDueDate } from './remedy-rules';
import { assignSchema, dueDateChangeSchema, transitionSchema } from './action-inputs';
import { ActionDetailView } from './action-views';
import { ActionsQueryService } from './actions-query.service';
import { ActionsRepository } from './actions.repository';
import { isoDate, londonDay, parseCalendarDate } from '../common/dates';
import { Evidence } from './entities/evidence.entity';
import { TrackedAction } from './entities/tracked-action.entity';
import { parseInput } from '../common/input';

/** Transitions that only a complaints officer (or admin) may make. */
const OFFICER_ONLY: Record<string, string> = {
  verify: 'verify an action',
  send_back: 'send an action back',
  cancel: 'cancel an action',
};

/**
 * Changes to a tracked action: status (through the transition table in src/status), due date,
 * service and owner. Each change is one transaction with its history event; the action's version
 * column turns a simultaneous change into a 409.
 */
@Injectable()
export class ActionWorkflowService {
  constructor(
    private readonly em: EntityManager,
    private readonly repo: ActionsRepository,
    private readonly query: ActionsQueryService,
    private readonly areas: ServiceAreasService,
    private readonly people: PeopleService,
    private readonly notifier: ActionChangeNotifier,
  ) {}

  async transition(user: AuthUser, id: string, input: unknown): Promise<ActionDetailView> {
    const data = parseInput(transitionSchema, input, 'status change');
    const to = actionStatusMachine.parseStatus(data.to);
    const today = todayInLondon();
    const when = data.date ? this.pastDate(data.date, 'date', today) : null;
    let applied = '';
    const view = await this.change(user, id, async (em, action) => {
      const from = action.status;
      const rule = actionStatusMachine.assertTransition(from, to);
      applied = rule.name;
      if (OFFICER_ONLY[rule.name]) actionAccess.assertOfficer(user, OFFICER_ONLY[rule.name]);
      const evidenceCount = await this.repo.countAcceptedEvidence(em, action.id);
      actionStatusMachine.assertCanApply(from, to, {
        note: data.note ?? null,
        evidenceRequired: action.evidenceRequired,
        evidenceCount,
      });
      // A date in the past is recorded at noon that day; today (given or not) is recorded as now.
      const at = when && !when.equals(today) ? this.instantOn(when) : new Date();
      if (to === 'completed') {
        if (when && action.startDate && when.isBefore(LocalDate.fromDate(action.startDate))) {
          throw new DomainError('An action cannot be completed before the day it started.');
        }
        action.completedAt = at;
      } else if (to === 'verified') {
        const completed = action.completedAt;
        if (completed && londonDay(at).isBefore(londonDay(completed))) {
          throw new DomainError('An action cannot be verified before the day it was completed.');
        }
        // Verified on the day it was completed, but given as that day: never recorded before completion.
        action.verifiedAt = completed && at < completed ? completed : at;
      } else if (to === 'cancelled') {
        action.cancelledAt = at;
        action.cancelReason = data.note ?? null;
      } else if (rule.name === 'send_back') {
        action.completedAt = null;
        await em.nativeUpdate(Evidence, { action: action.id, refusedAt: null }, { refusedAt: new Date() });
      }
      action.status = to;
      await appendActionEvent(em, action, {
        type: 'transition',
        byUserId: user.id,
        from,
        to,
        note: data.note ?? null,
        data: { transition: rule.name, ...(when ? { date: when.toString() } : {}) },
      });
    });
    if (to === 'completed') await this.notifier.actionCompleted(id);
    else if (applied === 'send_back') await this.notifier.actionSentBack(id);
    return view;
  }

  /** A new due date: keeps the original (compliance counts against it), with a reason and who approved it. */
  async changeDueDate(user: AuthUser, id: string, input: unknown): Promise<ActionDetailView> {
    const data = parseInput(dueDateChangeSchema, input, 'due date change');
    const newDue = parseCalendarDate(data.dueDate, 'dueDate');
    if (user.role !== 'officer' && user.role !== 'admin' && user.role !== 'senior_officer') {
      throw new DomainError(
        'Only a complaints officer or a senior officer can approve a new due date.',
        'forbidden',
      );
    }
    assertPlausibleDueDate(newDue, todayInLondon());
    let extended = false;
    const view = await this.change(user, id, async (em, action) => {
      if (action.status === 'verified' || action.status === 'cancelled') {
        throw new DomainError(
          `This action is ${actionStatusMachine.label(action.status)}: its due date cannot change.`,
          'conflict',
        );
      }
      const before = isoDate(action.dueDate);
      if (before === newDue.toString())
        throw new DomainError(`The due date is already ${newDue.toDisplayString()}.`);
      if (action.startDate && newDue.isBefore(LocalDate.fromDate(action.startDate))) {
        throw new DomainError('The new due date cannot be before the date the action started.');
      }
      if (!action.originalDueDate) action.originalDueDate = action.dueDate ?? newDue.toDate();
      extended = !before || before < newDue.toString();
      action.dueDate = newDue.toDate();
      await appendActionEvent(em, action, {
        type: 'due_date_changed',
        byUserId: user.id,
        note: data.reason,
        data: {
          from: before,
          to: newDue.toString(),
          originalDueDate: isoDate(action.originalDueDate),
          approvedBy: user.name,
          approvedById: user.id,
        },
      });
    });
    if (extended) await this.notifier.dueDateExtended(id);
    return view;
  }

  /** Assigns the action to another service or owner, or corrects its text. */
  async assign(user: AuthUser, id: string, input: unknown): Promise<ActionDetailView> {
    const data = parseInput(assignSchema, input, 'change');
    let reassigned = false;
    const view = await this.change(user, id, async (em, action) => {
      if (data.serviceAreaId !== undefined || data.text !== undefined) {
        actionAccess.assertOfficer(user, 'move an action to another service or change its text');
      }
      if (data.serviceAreaId !== undefined && data.serviceAreaId !== action.serviceArea.id) {
        const area = await this.areas.requireAssignable(data.serviceAreaId, em);
        await appendActionEvent(em, action, {
          type: 'edited',
          byUserId: user.id,
          data: { field: 'serviceArea', from: action.serviceArea.id, to: area.id },
        });
        action.serviceArea = area;
        reassigned = true;
      }
      if (data.ownerId !== undefined && data.ownerId !== (action.owner?.id ?? null)) {
        const owner = data.ownerId ? await this.people.requireOwner(data.ownerId, em) : null;
        await appendActionEvent(em, action, {
          type: 'owner_changed',
          byUserId: user.id,
          data: { from: action.owner?.id ?? null, to: owner?.id ?? null },
        });
        action.owner = owner;
        reassigned = true;
      }
      // whoever owns it must be able to see the service it is in (after either change)
      if (reassigned && action.owner) await this.people.assertCanOwn(action.owner, action.serviceArea.id, em);
      if (data.text !== undefined && data.text !== action.text) {
        await appendActionEvent(em, action, {
          type: 'edited',
          byUserId: user.id,
          data: { field: 'text', from: action.text },
        });
        action.text = data.text;
      }
    });
    // The new service (or owner) hears about it at once.
    if (reassigned) await this.notifier.actionAssigned(id);
    return view;
  }

  /** Loads the action (404 when the caller may not see it), checks they may change it, applies, flushes. */
  async change(
    user: AuthUser,
    id: string,
    apply: (em: EntityManager, action: TrackedAction) => Promise<void>,
  ): Promise<ActionDetailView> {
    const em = this.em.fork();
    await em.transactional(async (tx) => {
      const action = await this.repo.findOne(tx, id);
      if (!action) throw DomainError.notFound('action');
      actionAccess.assertCanChange(user, action.serviceArea.id);
      await apply(tx, action);
      // The flush checks the version column: a concurrent change fails instead of overwriting this one.
      await tx.flush();
    });
    const fresh = em.fork();
    const action = await this.repo.findOne(fresh, id);
    return this.query.detail(fresh, action as TrackedAction, user);
  }

  private pastDate(text: string, field: string, today: LocalDate): LocalDate {
    const d = parseCalendarDate(text, field);
    if (d.isAfter(today)) throw new DomainError(`${field} cannot be in the future.`);
    return d;
  }

  /** Noon in London on that day, as an instant (so the London date of it is that day). */
  private instantOn(day: LocalDate): Date {
    const noonUtc = new Date(day.toDate().getTime() + 12 * 3_600_000);
    return londonDateAt(noonUtc).equals(day) ? noonUtc : day.toDate();
  }
}
