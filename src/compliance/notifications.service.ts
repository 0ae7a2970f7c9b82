import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors';
import type { AuthUser } from '../common/access/auth-user';
import { User } from '../users/entities/user.entity';
import { Notification, NotificationKind } from './entities/notification.entity';

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  subject: string;
  body: string;
  actionId: string | null;
  /** Where it leads in the app (a path); null when there is nothing to open. */
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
  emailedAt: Date | null;
}

const toView = (n: Notification): NotificationView => ({
  id: n.id,
  kind: n.kind,
  subject: n.subject,
  body: n.body,
  actionId: n.action?.id ?? null,
  link: n.link ?? (n.action ? `/actions/${n.action.id}` : null),
  createdAt: n.createdAt,
  readAt: n.readAt,
  emailedAt: n.email?.sentAt ?? null,
});

/** How a person wants notification emails: at once (assignments, escalations) and a digest, or the digest only. */
export interface NotificationPreferences {
  digestOnly: boolean;
}

/** The in-app list of a person's notices, and their email preference. */
@Injectable()
export class NotificationsService {
  constructor(private readonly em: EntityManager) {}

  async list(user: AuthUser, options: { unreadOnly?: boolean; limit?: number } = {}) {
    const em = this.em.fork();
    const where = options.unreadOnly ? { user: user.id, readAt: null } : { user: user.id };
    const rows = await em.find(Notification, where, {
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      limit: Math.min(Math.max(options.limit ?? 100, 1), 500),
      populate: ['email'],
    });
    const unread = await em.count(Notification, { user: user.id, readAt: null });
    return { notifications: rows.map(toView), unread };
  }

  async markRead(user: AuthUser, id: string): Promise<NotificationView> {
    const em = this.em.fork();
    const n = await em.findOne(Notification, { id, user: user.id }, { populate: ['email'] });
    if (!n) throw DomainError.notFound('notification');
    if (!n.readAt) n.readAt = new Date();
    await em.flush();
    return toView(n);
  }

  async markAllRead(user: AuthUser): Promise<{ marked: number }> {
    const marked = await this.em
      .fork()
      .nativeUpdate(Notification, { user: user.id, readAt: null }, { readAt: new Date() });
    return { marked };
  }

  async preferences(user: AuthUser): Promise<NotificationPreferences> {
    const row = await this.em.fork().findOne(User, { id: user.id }, { fields: ['notifyDigestOnly'] });
    if (!row) throw DomainError.notFound('user');
    return { digestOnly: row.notifyDigestOnly };
  }

  async setPreferences(user: AuthUser, prefs: NotificationPreferences): Promise<NotificationPreferences> {
    const changed = await this.em
      .fork()
      .nativeUpdate(User, { id: user.id }, { notifyDigestOnly: prefs.digestOnly });
    if (!changed) throw DomainError.notFound('user');
    return { digestOnly: prefs.digestOnly };
  }
}
