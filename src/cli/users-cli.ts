import type { EntityManager } from '@mikro-orm/core';
import { parseArgs } from 'node:util';
import { AuditService } from '../audit/audit.service';
import { ServiceArea } from '../service-areas/entities/service-area.entity';
import { ApiTokensService } from '../auth/api-tokens.service';
import { ROLES, User } from '../users/entities/user.entity';
import { matchServiceArea, NamedArea } from '../users/service-area-names';
import { DomainError } from '../common/errors';
import { UsersService } from '../users/users.service';

export const USAGE = `Usage:
  npm run --silent users -- create --email E --role R [--service NAME]... [--password P] [--token] [--name N]
  npm run --silent users -- list
  npm run --silent users -- token --email E [--name TOKEN_NAME]    (prints a new API token as the last line)
  npm run --silent users -- disable --email E
  npm run --silent users -- services                               (lists service area names)
Roles: ${ROLES.join(', ')}. A service_lead needs at least one --service.`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export class UsageError extends Error {}

async function namedAreas(em: EntityManager): Promise<NamedArea[]> {
  const all = await em.find(ServiceArea, {}, { populate: ['parent'] });
  const byId = new Map(all.map((a) => [a.id, a]));
  const pathOf = (a: ServiceArea): string => {
    const names: string[] = [];
    let cur: ServiceArea | undefined = a;
    for (let i = 0; cur && i < 20; i++) {
      names.unshift(cur.name);
      cur = cur.parent ? byId.get(cur.parent.id) : undefined;
    }
    return names.join(' > ');
  };
  return all
    .map((a) => ({ id: a.id, name: a.name, path: pathOf(a) }))
    .sort((x, y) => x.path.localeCompare(y.path));
}

/** The users command; returns the exit code (0 done, 1 refused, 2 usage). */
export async function runUsersCli(argv: string[], em: EntityManager, io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  let values: {
    email?: string;
    role?: string;
    service?: string[];
    password?: string;
    token?: boolean;
    name?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        service: { type: 'string', multiple: true },
        password: { type: 'string' },
        token: { type: 'boolean' },
        name: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (!command || command === 'help' || values.help) {
    (command ? io.out : io.err)(USAGE);
    return command ? 0 : 2;
  }
  const audit = new AuditService(em);
  const users = new UsersService(em, audit);
  const tokens = new ApiTokensService(em, audit);
  const need = (v: string | undefined, flag: string): string => {
    if (!v) throw new UsageError(`${command} needs ${flag}.`);
    return v;
  };
  try {
    switch (command) {
      case 'create': {
        const email = need(values.email, '--email E');
        const role = need(values.role, '--role R');
        const areas = await namedAreas(em.fork());
        const serviceAreaIds: string[] = [];
        for (const name of values.service ?? []) {
          const m = matchServiceArea(name, areas);
          if (!m.ok) throw new DomainError(m.message);
          serviceAreaIds.push(m.area.id);
        }
        const user = await users.create(
          { email, role, name: values.name, password: values.password, serviceAreaIds },
          null,
          'cli',
        );
        const chosen = areas.filter((a) => serviceAreaIds.includes(a.id)).map((a) => a.path);
        io.out(
          `Created ${user.role} ${user.email} (id ${user.id})${chosen.length ? ` for ${chosen.join('; ')}` : ''}.`,
        );
        if (!values.password)
          io.out('No password set: this user can only use API tokens until an admin sets one.');
        if (values.token) {
          const { token } = await tokens.create(
            user.id,
            values.name ? `${values.name} (cli)` : 'created with users create',
            null,
          );
          io.out('API token (shown once; send it as "Authorization: Bearer TOKEN"):');
          io.out(token);
        }
        return 0;
      }
      case 'list': {
        const all = await users.list();
        if (!all.length) io.err('No users yet.');
        for (const u of all) {
          const areas = u.serviceAreas.getItems().map((a) => a.name);
          io.out(
            [u.email, u.role, u.active ? 'active' : 'disabled', u.demo ? 'demo' : '', areas.join('; ')]
              .filter(Boolean)
              .join('\t'),
          );
        }
        return 0;
      }
      case 'token': {
        const email = need(values.email, '--email E');
        const user = await findUser(users, email);
        const { token } = await tokens.create(user.id, values.name ?? 'created with users token', null);
        io.out(`New API token for ${user.email} (shown once):`);
        io.out(token);
        return 0;
      }
      case 'disable': {
        const email = need(values.email, '--email E');
        const user = await findUser(users, email);
        await users.update(user.id, { active: false }, null);
        io.out(`Disabled ${user.email}: their sessions are ended and their API tokens no longer work.`);
        return 0;
      }
      case 'services': {
        for (const a of await namedAreas(em.fork())) io.out(a.path);
        return 0;
      }
      default:
        io.err(`Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof DomainError) {
      io.err(e.message);
      return 1;
    }
    throw e;
  }
}

async function findUser(users: UsersService, email: string): Promise<User> {
  const user = await users.findByEmail(email);
  if (!user)
    throw new DomainError(
      `There is no user with the email ${email}. "users -- list" shows them.`,
      'not_found',
    );
  return user;
}
