import { EntityManager } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import type { AuthUser } from '../../src/common/access/auth-user';
import { AccessScope } from '../../src/auth/access-scope';
import { SessionsService } from '../../src/auth/sessions.service';
import { ANON_CSRF_COOKIE, SESSION_COOKIE } from '../../src/auth/session-policy';
import { ServiceArea, ServiceAreaKind } from '../../src/service-areas/entities/service-area.entity';
import { ApiTokensService } from '../../src/auth/api-tokens.service';
import { Role, User } from '../../src/users/entities/user.entity';
import { UsersService } from '../../src/users/users.service';

type HasApp = INestApplication | { app: INestApplication };
const nest = (a: HasApp): INestApplication => ('app' in a ? a.app : a);

export interface UserOptions {
  role: Role;
  serviceAreaIds?: string[];
  email?: string;
  name?: string;
  password?: string;
}

export interface CreatedUser {
  user: User;
  /** The same person as the guards would see them (service areas expanded to their teams). */
  auth: AuthUser;
  password: string;
}

/** Creates a user through UsersService (password hashed with argon2id). */
export async function createUser(app: HasApp, opts: UserOptions): Promise<CreatedUser> {
  const a = nest(app);
  const password = opts.password ?? `pw-${randomBytes(9).toString('base64url')}`;
  const email = opts.email ?? `${opts.role.replace('_', '-')}-${randomBytes(4).toString('hex')}@example.test`;
  const user = await a.get(UsersService).create(
    {
      email,
      name: opts.name ?? `Test ${opts.role}`,
      role: opts.role,
      serviceAreaIds: opts.serviceAreaIds,
      password,
    },
    null,
    'test',
  );
  const serviceAreaIds = await a.get(AccessScope).expand(opts.serviceAreaIds ?? []);
  return {
    user,
    password,
    auth: { id: user.id, email: user.email, name: user.name, role: user.role, serviceAreaIds, via: 'token' },
  };
}

/** Creates a user and a personal API token; send it as `Authorization: Bearer ${token}`. */
export async function createUserWithToken(
  app: HasApp,
  opts: UserOptions,
): Promise<CreatedUser & { token: string }> {
  const created = await createUser(app, opts);
  const { token } = await nest(app).get(ApiTokensService).create(created.user.id, 'test token', null);
  return { ...created, token };
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

/**
 * A signed-in browser session without going through the sign-in form (fast; for tests of pages).
 * Send `Cookie: cookie` and, on POST forms, `_csrf: csrfToken` (or the X-CSRF-Token header).
 */
export async function createSession(
  app: HasApp,
  userId: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const s = await nest(app).get(SessionsService).create(userId);
  return { cookie: `${SESSION_COOKIE}=${s.token}`, csrfToken: s.csrfToken };
}

/** A user with a session cookie: `{user, cookie, csrfToken}`. */
export async function createUserWithSession(
  app: HasApp,
  opts: UserOptions,
): Promise<CreatedUser & { cookie: string; csrfToken: string }> {
  const created = await createUser(app, opts);
  return { ...created, ...(await createSession(app, created.user.id)) };
}

/** The value of a cookie in a response's Set-Cookie headers, or null. */
export function cookieFrom(res: { headers: Record<string, unknown> }, name: string): string | null {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  for (const c of list) {
    const [pair] = c.split(';');
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq).trim() === name) return decodeURIComponent(pair.slice(eq + 1));
  }
  return null;
}

/**
 * Signs in through the real form (GET /sign-in for the anonymous CSRF cookie, then POST /sign-in).
 * The agent keeps the session cookie. Returns the session's CSRF token for later form posts.
 */
export async function signIn(
  agent: TestAgent,
  email: string,
  password: string,
): Promise<{ csrfToken: string }> {
  const page = await agent.get('/sign-in');
  const anon =
    cookieFrom(page, ANON_CSRF_COOKIE) ?? /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  const res = await agent.post('/sign-in').type('form').send({ email, password, _csrf: anon });
  if (res.status !== 303 || !cookieFrom(res, SESSION_COOKIE)) {
    throw new Error(`sign-in as ${email} failed: ${res.status} ${res.headers.location ?? res.text}`);
  }
  const me = await agent.get('/api/me');
  if (me.status !== 200) throw new Error(`signed in but GET /api/me answered ${me.status}`);
  return { csrfToken: (me.body as { csrfToken: string }).csrfToken };
}

/** Creates a service area (directorate > service > team) directly in the database. */
export async function createServiceArea(
  app: HasApp,
  name: string,
  opts: { parentId?: string | null; kind?: ServiceAreaKind } = {},
): Promise<ServiceArea> {
  const em = nest(app).get(EntityManager).fork();
  const area = em.create(ServiceArea, {
    name,
    kind: opts.kind ?? (opts.parentId ? 'team' : 'service'),
    parent: opts.parentId ? em.getReference(ServiceArea, opts.parentId) : null,
  });
  await em.flush();
  return area;
}
