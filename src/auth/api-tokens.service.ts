import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AUDIT } from '../audit/audit-types';
import type { AuthUser } from '../common/access/auth-user';
import { newApiToken, sha256Hex } from './secrets';
import { TOUCH_INTERVAL_MS } from './session-policy';
import { ApiToken } from '../users/entities/api-token.entity';
import { User } from '../users/entities/user.entity';
import { DomainError } from '../common/errors';

export interface TokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export function toTokenView(t: ApiToken): TokenView {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt,
    lastUsedAt: t.lastUsedAt,
    revokedAt: t.revokedAt,
  };
}

/** Personal access tokens: created (shown once), listed, revoked, and checked on each API request. */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  /** Returns the token string: it is shown once and only its SHA-256 is stored. */
  async create(
    userId: string,
    name: string | undefined,
    by: Pick<AuthUser, 'id' | 'email'> | null,
  ): Promise<{ token: string; record: ApiToken }> {
    const em = this.em.fork();
    const user = await em.findOne(User, { id: userId });
    if (!user) throw new DomainError('There is no user with that id.', 'not_found');
    if (!user.active)
      throw new DomainError(`${user.email} is disabled: enable the account first.`, 'invalid');
    const token = newApiToken();
    const record = em.create(ApiToken, {
      user,
      name: (name ?? '').trim().slice(0, 200) || `token ${new Date().toISOString().slice(0, 10)}`,
      tokenHash: sha256Hex(token),
      prefix: token.slice(0, 12),
    });
    await em.flush();
    await this.audit.record({
      type: AUDIT.tokenCreated,
      user: by,
      actor: by ? null : 'cli',
      subjectType: 'api_token',
      subjectId: record.id,
      detail: { forUser: user.id, prefix: record.prefix },
    });
    return { token, record };
  }

  async list(userId: string): Promise<ApiToken[]> {
    return this.em.fork().find(ApiToken, { user: userId }, { orderBy: { createdAt: 'desc' } });
  }

  async revoke(
    userId: string,
    tokenId: string,
    by: Pick<AuthUser, 'id' | 'email'> | null,
  ): Promise<ApiToken> {
    const em = this.em.fork();
    const token = await em.findOne(ApiToken, { id: tokenId, user: userId });
    if (!token) throw new DomainError('There is no such token for this user.', 'not_found');
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await em.flush();
      await this.audit.record({
        type: AUDIT.tokenRevoked,
        user: by,
        actor: by ? null : 'cli',
        subjectType: 'api_token',
        subjectId: token.id,
        detail: { forUser: userId, prefix: token.prefix },
      });
    }
    return token;
  }

  /** The active user holding this token, or null (unknown, revoked, or the user is disabled). */
  async authenticate(token: string, em: EntityManager = this.em.fork()): Promise<User | null> {
    if (!token || token.length > 200) return null;
    const record = await em.findOne(
      ApiToken,
      { tokenHash: sha256Hex(token), revokedAt: null },
      { populate: ['user', 'user.serviceAreas'] },
    );
    if (!record || !record.user.active) return null;
    const now = Date.now();
    if (!record.lastUsedAt || now - record.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
      await em.nativeUpdate(ApiToken, { id: record.id }, { lastUsedAt: new Date(now) });
    }
    return record.user;
  }
}
