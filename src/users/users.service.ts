import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AUDIT } from '../audit/audit-types';
import type { AuthUser } from '../common/access/auth-user';
import { hashPassword, passwordProblem } from './passwords';
import { ServiceArea } from '../service-areas/entities/service-area.entity';
import { ApiToken } from './entities/api-token.entity';
import { ROLES, Role, User } from './entities/user.entity';
import { DomainError } from '../common/errors';
import { WebSession } from './entities/web-session.entity';

export interface NewUser {
  email: string;
  name?: string | null;
  role: string;
  serviceAreaIds?: string[];
  password?: string | null;
  demo?: boolean;
}

export interface UserChanges {
  name?: string;
  role?: string;
  serviceAreaIds?: string[];
  active?: boolean;
  password?: string;
}

/** What the API and the admin pages show about a user (never the password hash). */
export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  serviceAreaIds: string[];
  active: boolean;
  demo: boolean;
  locked: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toUserView(u: User): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    serviceAreaIds: u.serviceAreas.isInitialized() ? u.serviceAreas.getItems().map((a) => a.id) : [],
    active: u.active,
    demo: u.demo,
    locked: !!u.lockedUntil && u.lockedUntil.getTime() > Date.now(),
    lastSignInAt: u.lastSignInAt,
    createdAt: u.createdAt,
  };
}

function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw DomainError.invalid('role', `"${role}" is not a role. Use one of: ${ROLES.join(', ')}.`);
  }
  return role as Role;
}

/** Creates and changes users. Every change is audited. Takes an EntityManager it may write with. */
@Injectable()
export class UsersService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<User[]> {
    return this.em.fork().find(User, {}, { populate: ['serviceAreas'], orderBy: { email: 'asc' } });
  }

  async get(id: string, em: EntityManager = this.em.fork()): Promise<User> {
    const user = await em.findOne(User, { id }, { populate: ['serviceAreas'] });
    if (!user) throw new DomainError('There is no user with that id.', 'not_found');
    return user;
  }

  async findByEmail(email: string, em: EntityManager = this.em.fork()): Promise<User | null> {
    return em.findOne(User, { email: normaliseEmail(email) }, { populate: ['serviceAreas'] });
  }

  async create(input: NewUser, by: Pick<AuthUser, 'id' | 'email'> | null, actor = 'admin'): Promise<User> {
    const em = this.em.fork();
    const email = normaliseEmail(input.email ?? '');
    if (!EMAIL.test(email) || email.length > 320) {
      throw DomainError.invalid('email', `"${input.email}" is not an email address.`);
    }
    const role = checkRole(input.role);
    if (await em.findOne(User, { email })) {
      throw new DomainError(`A user with the email ${email} already exists.`, 'conflict', 'email');
    }
    const areas = await this.loadAreas(em, input.serviceAreaIds ?? []);
    this.checkAreasForRole(role, areas);
    let passwordHash: string | null = null;
    if (input.password) {
      const problem = passwordProblem(input.password, { email, name: input.name });
      if (problem) throw DomainError.invalid('password', problem);
      passwordHash = await hashPassword(input.password);
    }
    const name = (input.name ?? '').trim() || email.split('@')[0];
    const user = em.create(User, { email, name: name.slice(0, 200), role, passwordHash, demo: !!input.demo });
    user.serviceAreas.set(areas);
    await em.flush();
    await this.audit.record({
      type: AUDIT.userCreated,
      user: by,
      actor: by ? null : actor,
      subjectType: 'user',
      subjectId: user.id,
      detail: { email, role, serviceAreaIds: areas.map((a) => a.id) },
    });
    return user;
  }

  async update(id: string, changes: UserChanges, by: Pick<AuthUser, 'id' | 'email'> | null): Promise<User> {
    const em = this.em.fork();
    const user = await this.get(id, em);
    const before = {
      role: user.role,
      serviceAreaIds: user.serviceAreas.getItems().map((a) => a.id),
      active: user.active,
    };
    if (changes.name !== undefined) {
      const name = changes.name.trim();
      if (!name) throw DomainError.invalid('name', 'Enter a name.');
      user.name = name.slice(0, 200);
    }
    const role = changes.role !== undefined ? checkRole(changes.role) : user.role;
    if (by && by.id === user.id && role !== user.role) {
      throw DomainError.invalid('role', 'You cannot change your own role. Ask another admin.');
    }
    if (by && by.id === user.id && changes.active === false) {
      throw DomainError.invalid('active', 'You cannot disable your own account.');
    }
    const areas =
      changes.serviceAreaIds !== undefined
        ? await this.loadAreas(em, changes.serviceAreaIds)
        : user.serviceAreas.getItems();
    this.checkAreasForRole(role, areas);
    user.role = role;
    user.serviceAreas.set(areas);
    if (changes.active !== undefined) user.active = changes.active;
    if (changes.password !== undefined) {
      const problem = passwordProblem(changes.password, { email: user.email, name: user.name });
      if (problem) throw DomainError.invalid('password', problem);
      user.passwordHash = await hashPassword(changes.password);
      user.failedSignIns = 0;
      user.lockedUntil = null;
    }
    await em.flush();
    const after = { role: user.role, serviceAreaIds: areas.map((a) => a.id), active: user.active };
    const subject = { subjectType: 'user', subjectId: user.id, user: by, actor: by ? null : 'cli' };
    if (
      before.role !== after.role ||
      before.serviceAreaIds.sort().join() !== [...after.serviceAreaIds].sort().join()
    ) {
      await this.audit.record({ ...subject, type: AUDIT.roleChanged, detail: { before, after } });
    }
    if (before.active && !after.active) await this.audit.record({ ...subject, type: AUDIT.userDisabled });
    if (changes.name !== undefined || changes.password !== undefined || (!before.active && after.active)) {
      await this.audit.record({
        ...subject,
        type: AUDIT.userUpdated,
        detail: {
          fields: Object.keys(changes).filter((k) => k !== 'password' || changes.password !== undefined),
        },
      });
    }
    // A new password or a disabled account ends every way in the user had: a stolen session or token
    // must not outlive the password it came with, nor come back when the account is enabled again.
    if (changes.password !== undefined || !after.active) {
      const ended = await this.endCredentials(em, user.id);
      if (ended.tokens || ended.sessions) {
        await this.audit.record({
          ...subject,
          type: AUDIT.credentialsEnded,
          detail: { ...ended, reason: changes.password !== undefined ? 'password_changed' : 'disabled' },
        });
      }
    }
    return user;
  }

  /** Deletes the user's browser sessions and revokes their API tokens; returns how many of each. */
  private async endCredentials(
    em: EntityManager,
    userId: string,
  ): Promise<{ sessions: number; tokens: number }> {
    const sessions = await em.nativeDelete(WebSession, { user: userId });
    const tokens = await em.nativeUpdate(
      ApiToken,
      { user: userId, revokedAt: null },
      { revokedAt: new Date() },
    );
    return { sessions, tokens };
  }

  private async loadAreas(em: EntityManager, ids: string[]): Promise<ServiceArea[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const found = await em.find(ServiceArea, { id: { $in: unique } });
    const missing = unique.filter((id) => !found.some((a) => a.id === id));
    if (missing.length) {
      throw DomainError.invalid('serviceAreaIds', `There is no service area with id ${missing.join(', ')}.`);
    }
    return found;
  }

  private checkAreasForRole(role: Role, areas: ServiceArea[]): void {
    if (role === 'service_lead' && !areas.length) {
      throw DomainError.invalid('serviceAreaIds', 'A service lead needs at least one service area.');
    }
  }
}
