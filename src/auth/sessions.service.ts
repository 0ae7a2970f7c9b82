import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { User } from '../users/entities/user.entity';
import { WebSession } from '../users/entities/web-session.entity';
import { newRandomSecret, sha256Hex } from './secrets';
import { SESSION_IDLE_MS, SESSION_MAX_AGE_MS, TOUCH_INTERVAL_MS } from './session-policy';

export interface NewSession {
  /** The cookie value; only its SHA-256 is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  session: WebSession;
}

/** Browser sessions in web_sessions: the cookie holds a random token, the table its SHA-256. */
@Injectable()
export class SessionsService {
  constructor(private readonly em: EntityManager) {}

  async create(userId: string, em: EntityManager = this.em.fork()): Promise<NewSession> {
    const token = newRandomSecret();
    const csrfToken = newRandomSecret();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_MS);
    const session = em.create(WebSession, {
      id: sha256Hex(token),
      user: em.getReference(User, userId),
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    });
    await em.flush();
    return { token, csrfToken, expiresAt, session };
  }

  /** The live session for a cookie value, with its active user; expired or idle sessions are deleted. */
  async find(token: string | null, em: EntityManager = this.em.fork()): Promise<WebSession | null> {
    if (!token || token.length > 200) return null;
    const session = await em.findOne(
      WebSession,
      { id: sha256Hex(token) },
      { populate: ['user', 'user.serviceAreas'] },
    );
    if (!session) return null;
    const now = Date.now();
    const idle = now - session.lastSeenAt.getTime() > SESSION_IDLE_MS;
    if (idle || session.expiresAt.getTime() <= now || !session.user.active) {
      await em.nativeDelete(WebSession, { id: session.id });
      return null;
    }
    if (now - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      await em.nativeUpdate(WebSession, { id: session.id }, { lastSeenAt: new Date(now) });
    }
    return session;
  }

  async destroy(token: string | null, em: EntityManager = this.em.fork()): Promise<boolean> {
    if (!token) return false;
    return (await em.nativeDelete(WebSession, { id: sha256Hex(token) })) > 0;
  }

  async destroyAllFor(userId: string, em: EntityManager = this.em.fork()): Promise<number> {
    return em.nativeDelete(WebSession, { user: userId });
  }

  /** Removes expired sessions (called on each sign-in; cheap with few rows). */
  async purgeExpired(em: EntityManager = this.em.fork()): Promise<number> {
    const now = new Date();
    return em.nativeDelete(WebSession, {
      $or: [{ expiresAt: { $lte: now } }, { lastSeenAt: { $lt: new Date(now.getTime() - SESSION_IDLE_MS) } }],
    });
  }
}
