import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { AUDIT } from '../audit/audit-types';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { User } from '../users/entities/user.entity';
import { normaliseEmail } from '../users/users.service';
import { clearSessionCookie, readCookie, setSessionCookie } from './cookies';
import { verifyPassword } from '../users/passwords';
import { SessionsService } from './sessions.service';
import { lockoutFor, SESSION_COOKIE } from './session-policy';
import { SignInThrottle } from './sign-in-throttle';

/** The one message for every failed sign-in: it never says whether the email exists or is locked. */
export const SIGN_IN_FAILED_MESSAGE =
  'Enter a correct email address and password. After 5 wrong attempts you must wait 15 minutes before trying again.';

export type SignInResult =
  { ok: true; user: User; csrfToken: string; expiresAt: Date } | { ok: false; message: string };

/**
 * Web sign-in: checks the password (argon2id), locks after repeated failures, and on success replaces
 * any existing session with a new one (no session fixation) and sets the cookie. The web UI's sign-in
 * controller calls signIn(req, res, email, password) and signOut(req, res).
 */
@Injectable()
export class SignInService {
  private readonly throttle = new SignInThrottle();

  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Verifies the credentials only (no session): used by signIn and by tests. */
  async verify(email: string, password: string, req?: Request): Promise<SignInResult> {
    const em = this.em.fork();
    const address = normaliseEmail(typeof email === 'string' ? email : '');
    if (this.throttle.isBlocked(req?.ip)) {
      await this.audit.record({
        type: AUDIT.signInFailed,
        actor: address.slice(0, 320) || null,
        req,
        detail: { reason: 'too_many_attempts_from_address' },
      });
      return { ok: false, message: SIGN_IN_FAILED_MESSAGE };
    }
    const given = typeof password === 'string' ? password : '';
    const user = address ? await em.findOne(User, { email: address }) : null;
    const now = new Date();
    const locked = !!user?.lockedUntil && user.lockedUntil.getTime() > now.getTime();
    const passwordOk = await verifyPassword(user && !locked ? user.passwordHash : null, given);
    const usable = !!user && user.active && !(user.demo && this.config.isProduction);
    if (user && usable && !locked && passwordOk) {
      user.failedSignIns = 0;
      user.lockedUntil = null;
      user.lastSignInAt = now;
      await em.flush();
      this.throttle.recordSuccess(req?.ip);
      return { ok: true, user, csrfToken: '', expiresAt: now };
    }
    if (user && !locked) {
      user.failedSignIns += 1;
      const lockMs = lockoutFor(user.failedSignIns);
      if (lockMs) user.lockedUntil = new Date(now.getTime() + lockMs);
      await em.flush();
      if (lockMs) {
        await this.audit.record({
          type: AUDIT.accountLocked,
          user,
          req,
          subjectType: 'user',
          subjectId: user.id,
          detail: { failedSignIns: user.failedSignIns, lockedUntil: user.lockedUntil },
        });
      }
    }
    this.throttle.recordFailure(req?.ip);
    await this.audit.record({
      type: AUDIT.signInFailed,
      actor: address.slice(0, 320) || null,
      req,
      detail: {
        reason: !user ? 'unknown_email' : locked ? 'locked' : !user.active ? 'disabled' : 'wrong_password',
      },
    });
    return { ok: false, message: SIGN_IN_FAILED_MESSAGE };
  }

  /** Signs in: destroys the browser's old session, creates a new one and sets the cookie. */
  async signIn(req: Request, res: Response, email: string, password: string): Promise<SignInResult> {
    const result = await this.verify(email, password, req);
    if (!result.ok) return result;
    await this.sessions.destroy(readCookie(req, SESSION_COOKIE));
    await this.sessions.purgeExpired();
    const created = await this.sessions.create(result.user.id);
    setSessionCookie(res, created.token, created.expiresAt, this.config.isProduction);
    await this.audit.record({
      type: AUDIT.signIn,
      user: result.user,
      req,
      subjectType: 'user',
      subjectId: result.user.id,
    });
    return { ok: true, user: result.user, csrfToken: created.csrfToken, expiresAt: created.expiresAt };
  }

  /** Signs out: deletes the session row and clears the cookie. */
  async signOut(req: Request, res: Response): Promise<void> {
    const token = readCookie(req, SESSION_COOKIE);
    const session = token ? await this.sessions.find(token) : null;
    await this.sessions.destroy(token);
    clearSessionCookie(res, this.config.isProduction);
    if (session) {
      await this.audit.record({
        type: AUDIT.signOut,
        user: session.user,
        req,
        subjectType: 'user',
        subjectId: session.user.id,
      });
    }
  }
}

/** Only same-site relative paths are followed after sign-in ("/actions?x=1", never "//evil" or "https:"). */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/';
  }
  if (/[\r\n]/.test(next) || next.length > 500) return '/';
  return next;
}
