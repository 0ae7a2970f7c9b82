import type { EntityManager } from '@mikro-orm/core';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AuditEvent } from '../audit/entities/audit-event.entity';
import { AUDIT } from '../audit/audit-types';
import type { AppConfig } from '../config/app-config';
import { hashPassword } from './passwords';
import { ServiceArea } from '../service-areas/entities/service-area.entity';
import { Role, User } from './entities/user.entity';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

interface DemoSpec {
  email: string;
  name: string;
  role: Role;
  areas: 'none' | 'childrens-service' | 'childrens-directorate';
  fixedPassword: string;
}

/** The embedded demo's people. Never created in production. */
export const DEMO_USERS: DemoSpec[] = [
  {
    email: 'officer@demo.redress.test',
    name: 'Olu Officer',
    role: 'officer',
    areas: 'none',
    fixedPassword: 'demo-officer-pass',
  },
  {
    email: 'lead@demo.redress.test',
    name: 'Lena Lead',
    role: 'service_lead',
    areas: 'childrens-service',
    fixedPassword: 'demo-lead-pass',
  },
  {
    email: 'senior@demo.redress.test',
    name: 'Sam Senior',
    role: 'senior_officer',
    areas: 'childrens-directorate',
    fixedPassword: 'demo-senior-pass',
  },
  {
    email: 'scrutiny@demo.redress.test',
    name: 'Cllr Scrutiny',
    role: 'scrutiny',
    areas: 'none',
    fixedPassword: 'demo-scrutiny-pass',
  },
  {
    email: 'admin@demo.redress.test',
    name: 'Ada Admin',
    role: 'admin',
    areas: 'none',
    fixedPassword: 'demo-admin-pass',
  },
];

export class DemoUsersRefused extends Error {}

export function demoUsersFile(config: AppConfig): string {
  return join(config.dataDir, 'demo-users.txt');
}

/** The demo sign-ins for `npm start` to print (null when there are none, or in production). */
export function readDemoUsersFile(config: AppConfig): string | null {
  if (config.isProduction) return null;
  const file = demoUsersFile(config);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

async function childrensService(em: EntityManager): Promise<ServiceArea> {
  const all = await em.find(ServiceArea, { active: true }, { populate: ['parent'] });
  const exact = all.find((a) => a.name === "Children's Social Care");
  const any = all.find((a) => a.kind === 'service' && /child/i.test(a.name));
  if (exact ?? any) return (exact ?? any) as ServiceArea;
  const directorate =
    all.find((a) => a.kind === 'directorate' && /child/i.test(a.name)) ??
    em.create(ServiceArea, { name: 'Children and Families', kind: 'directorate', parent: null });
  return em.create(ServiceArea, { name: "Children's Social Care", kind: 'service', parent: directorate });
}

/**
 * Creates the demo users that do not exist yet (idempotent), for `npm run seed` outside production.
 * Passwords are random and written to DATA_DIR/demo-users.txt (mode 0600), or the fixed well-known
 * ones when `fixedPasswords` is set (refused in production too). Returns the users created now.
 */
export async function seedDemoUsers(
  em: EntityManager,
  config: AppConfig,
  opts: { fixedPasswords?: boolean } = {},
): Promise<{ created: DemoUser[]; file: string | null }> {
  if (config.isProduction) {
    throw new DemoUsersRefused('Demo users are never created in production (NODE_ENV=production).');
  }
  const service = await childrensService(em);
  const directorate = service.parent ?? service;
  const created: DemoUser[] = [];
  for (const spec of DEMO_USERS) {
    if (await em.findOne(User, { email: spec.email })) continue;
    const password = opts.fixedPasswords ? spec.fixedPassword : randomBytes(12).toString('base64url');
    const user = em.create(User, {
      email: spec.email,
      name: spec.name,
      role: spec.role,
      demo: true,
      passwordHash: await hashPassword(password),
    });
    if (spec.areas === 'childrens-service') user.serviceAreas.add(service);
    if (spec.areas === 'childrens-directorate') user.serviceAreas.add(directorate);
    em.create(AuditEvent, {
      type: AUDIT.userCreated,
      actor: 'seed',
      subjectType: 'user',
      subjectId: user.id,
      detail: { email: spec.email, role: spec.role, demo: true },
    });
    created.push({ email: spec.email, name: spec.name, role: spec.role, password });
  }
  await em.flush();
  if (!created.length) return { created, file: null };
  const file = demoUsersFile(config);
  const header = existsSync(file)
    ? ''
    : '# Demo sign-ins for the embedded demo only (never in production). Sign in at /sign-in.\n';
  const lines = created.map((u) => `${u.role.padEnd(15)} ${u.email.padEnd(30)} ${u.password}`).join('\n');
  writeFileSync(file, `${header}${lines}\n`, { mode: 0o600, flag: 'a' });
  chmodSync(file, 0o600);
  return { created, file };
}

/**
 * What `npm start` prints once, on the first start after the demo users were seeded: the demo
 * sign-ins. Later starts (and production) get null. Marks the file as shown in DATA_DIR.
 */
export function demoUsersNoticeOnce(config: AppConfig): string | null {
  const text = readDemoUsersFile(config);
  if (!text) return null;
  const marker = join(config.dataDir, '.demo-users-shown');
  if (existsSync(marker)) return null;
  writeFileSync(marker, new Date().toISOString(), { mode: 0o600 });
  return `Demo sign-ins (also in ${demoUsersFile(config)}):\n${text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .join('\n')}\n`;
}
