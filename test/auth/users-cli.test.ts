import { EntityManager } from '@mikro-orm/core';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { User } from '../../src/users/entities/user.entity';
import { runUsersCli } from '../../src/cli/users-cli';
import { bearer, createServiceArea } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

const run = promisify(execFile);
const root = join(__dirname, '..', '..');

describe('npm run users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const dir = await createServiceArea(t, 'Children and Families', { kind: 'directorate' });
    await createServiceArea(t, "Children's Social Care", { parentId: dir.id, kind: 'service' });
    await createServiceArea(t, 'Adult Social Care', { kind: 'service' });
  });
  afterAll(() => t?.close());

  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runUsersCli(argv, t.app.get(EntityManager).fork(), {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out, err: err.join('\n') };
  }

  it('creates a service lead by a loose service name and prints a working token as the last line', async () => {
    const r = await cli(
      'create',
      '--email',
      'Lead@Example.test',
      '--role',
      'service_lead',
      '--service',
      'childrens social care',
      '--token',
    );
    expect(r.code).toBe(0);
    const token = r.out[r.out.length - 1];
    expect(token).toMatch(/^rdr_[A-Za-z0-9_-]{43}$/);
    const me = await request(t.app.getHttpServer()).get('/api/me').set(bearer(token)).expect(200);
    expect(me.body.user).toMatchObject({ email: 'lead@example.test', role: 'service_lead' });
    expect(me.body.user.serviceAreaIds).toHaveLength(1);
  });

  it('refuses unknown or ambiguous service names, listing close ones', async () => {
    const r = await cli(
      'create',
      '--email',
      'x@example.test',
      '--role',
      'service_lead',
      '--service',
      'Childrns Social Care',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Did you mean "Children's Social Care"`);
    const amb = await cli(
      'create',
      '--email',
      'y@example.test',
      '--role',
      'service_lead',
      '--service',
      'social care',
    );
    expect(amb.code).toBe(1);
    expect(amb.err).toMatch(/matches more than one service area/);
    expect(
      await t.app
        .get(EntityManager)
        .fork()
        .count(User, { email: { $in: ['x@example.test', 'y@example.test'] } }),
    ).toBe(0);
  });

  it('exits 2 for usage errors and 1 for refused requests, with words a person understands', async () => {
    expect((await cli('create', '--email', 'z@example.test')).code).toBe(2);
    expect((await cli('create', '--bogus')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    const badRole = await cli('create', '--email', 'z@example.test', '--role', 'boss');
    expect(badRole).toMatchObject({ code: 1, err: expect.stringContaining('"boss" is not a role') });
    const noArea = await cli('create', '--email', 'z@example.test', '--role', 'service_lead');
    expect(noArea).toMatchObject({ code: 1, err: 'A service lead needs at least one service area.' });
    const dup = await cli('create', '--email', 'lead@example.test', '--role', 'officer');
    expect(dup).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });
  });

  it('lists users, issues a new token, and disables a user (whose tokens then stop working)', async () => {
    await cli(
      'create',
      '--email',
      'officer@example.test',
      '--role',
      'officer',
      '--password',
      'a-long-password',
    );
    const list = await cli('list');
    expect(list.out.join('\n')).toMatch(/officer@example\.test\tofficer\tactive/);
    const tok = await cli('token', '--email', 'officer@example.test');
    const token = tok.out[tok.out.length - 1];
    await request(t.app.getHttpServer()).get('/api/me').set(bearer(token)).expect(200);
    expect((await cli('disable', '--email', 'officer@example.test')).code).toBe(0);
    await request(t.app.getHttpServer()).get('/api/me').set(bearer(token)).expect(401);
    expect((await cli('token', '--email', 'nobody@example.test')).code).toBe(1);
  });

  it('as a process: honours DATA_DIR/DATABASE_URL and keeps stdout clean, the token last', async () => {
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      DATA_DIR: t.config.dataDir,
      UPLOAD_DIR: t.config.uploadDir,
      DATABASE_URL: t.config.database.kind === 'postgresql' ? t.config.database.url : '',
      LOG_LEVEL: 'silent',
    };
    const { stdout } = await run(
      'node',
      [
        '-r',
        'ts-node/register/transpile-only',
        'src/cli/users.ts',
        'create',
        '--email',
        'proc@example.test',
        '--role',
        'scrutiny',
        '--token',
      ],
      { cwd: root, env },
    );
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Created scrutiny proc@example\.test/);
    const me = await request(t.app.getHttpServer())
      .get('/api/me')
      .set(bearer(lines[lines.length - 1]))
      .expect(200);
    expect(me.body.user).toMatchObject({ role: 'scrutiny', seesPersonalData: false });
    const usage = await run('node', ['-r', 'ts-node/register/transpile-only', 'src/cli/users.ts'], {
      cwd: root,
      env,
    }).catch((e: { code: number; stderr: string }) => e);
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage:') });
  }, 60_000);
});
