import { EntityManager } from '@mikro-orm/core';
import { User } from '../users/entities/user.entity';
import { ActionEvent, ActionEventType } from './entities/action-event.entity';
import { TrackedAction } from './entities/tracked-action.entity';

export interface NewActionEvent {
  type: ActionEventType;
  byUserId: string | null;
  from?: string | null;
  to?: string | null;
  note?: string | null;
  data?: Record<string, unknown> | null;
  at?: Date;
}

/**
 * Appends an event to an action's history (append-only: nothing here updates or deletes one).
 * `seq` orders events recorded in the same millisecond; it is flushed with the caller's unit of work.
 */
export async function appendActionEvent(
  em: EntityManager,
  action: TrackedAction,
  event: NewActionEvent,
): Promise<ActionEvent> {
  const seq = await em.count(ActionEvent, { action });
  const pending = [...em.getUnitOfWork().getPersistStack()].filter(
    (e) => e instanceof ActionEvent && e.action === action,
  ).length;
  return em.create(ActionEvent, {
    action,
    type: event.type,
    by: event.byUserId ? em.getReference(User, event.byUserId) : null,
    fromStatus: event.from ?? null,
    toStatus: event.to ?? null,
    note: event.note ?? null,
    data: event.data ?? null,
    at: event.at ?? new Date(),
    seq: seq + pending,
  });
}
