import { EntityManager } from '@mikro-orm/core';
import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from '../common/access/auth-user';
import { AuditEvent } from './entities/audit-event.entity';
import type { AuditType } from './audit-types';

export interface AuditRecord {
  type: AuditType;
  /** Who acted: the current user, or a user row; null for anonymous (a failed sign-in). */
  user?: Pick<AuthUser, 'id' | 'email'> | null;
  /** Who acted when there is no user (the email tried at a failed sign-in, 'cli'). */
  actor?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** The request, to record the caller's IP address. */
  req?: Request | null;
  ip?: string | null;
  detail?: Record<string, unknown> | null;
}

/** Appends audit events in their own unit of work, so a caller's rollback never loses them. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('audit');

  constructor(private readonly em: EntityManager) {}

  async record(event: AuditRecord): Promise<AuditEvent> {
    const em = this.em.fork();
    const row = em.create(AuditEvent, {
      type: event.type,
      userId: event.user?.id ?? null,
      actor: (event.user?.email ?? event.actor ?? null)?.slice(0, 320) ?? null,
      subjectType: event.subjectType ?? null,
      subjectId: event.subjectId ?? null,
      ip: (event.ip ?? event.req?.ip ?? null)?.slice(0, 64) ?? null,
      detail: event.detail ?? null,
    });
    await em.flush();
    this.logger.log({ msg: 'audit', type: row.type, userId: row.userId, subjectId: row.subjectId });
    return row;
  }

  /** The most recent events first, for the admin pages. */
  async recent(
    filter: { type?: string; userId?: string; subjectId?: string } = {},
    limit = 100,
  ): Promise<AuditEvent[]> {
    const where: Record<string, string> = {};
    if (filter.type) where.type = filter.type;
    if (filter.userId) where.userId = filter.userId;
    if (filter.subjectId) where.subjectId = filter.subjectId;
    return this.em.fork().find(AuditEvent, where, { orderBy: { at: 'desc' }, limit: Math.min(limit, 1000) });
  }
}
