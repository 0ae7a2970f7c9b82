import { EntityManager } from '@mikro-orm/core';
import { readFileSync, statSync } from 'node:fs';
import request from 'supertest';
import { loadConfig } from '../../src/config/app-config';
import {
  demoUsersNoticeOnce,
  DemoUsersRefused,
  demoUsersFile,
  readDemoUsersFile,
  seedDemoUsers,
} from '../../src/users/demo-users';
import { User } from '../../src/users/entities/user.entity';
import { signIn } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

describe('demo users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('creates the five demo roles once, with random passwords in a 0600 file, and they can sign in', async () => {
    const em = t.app.get(EntityManager).fork();
    const first = await seedDemoUsers(em, t.config);
    expect(first.created.map((u) => u.role).sort()).toEqual([
      'admin',
      'officer',
      'scrutiny',
      'senior_officer',
      'service_lead',
    ]);
    const file = demoUsersFile(t.config);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    for (const u of first.created) expect(text).toContain(u.password);
    expect(readDemoUsersFile(t.config)).toBe(text);
    const notice = demoUsersNoticeOnce(t.config);
    expect(notice).toContain(first.created[0].password);
    expect(demoUsersNoticeOnce(t.config)).toBeNull();
    const again = await seedDemoUsers(t.app.get(EntityManager).fork(), t.config);
    expect(again.created).toEqual([]);

    const lead = await em.findOneOrFail(
      User,
      { role: 'service_lead', demo: true },
      { populate: ['serviceAreas'] },
    );
    expect(lead.serviceAreas.getItems().map((a) => a.name)).toEqual(["Children's Social Care"]);
    const officer = first.created.find((u) => u.role === 'officer')!;
    const agent = request.agent(t.app.getHttpServer());
    await signIn(agent, officer.email, officer.password);
    const me = await agent.get('/api/me').expect(200);
    expect(me.body.user.role).toBe('officer');
  });

  it('is refused in production, and never writes the file there', async () => {
    const prod = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      DATA_DIR: `${t.dir}/prod-data`,
    });
    await expect(seedDemoUsers(t.app.get(EntityManager).fork(), prod)).rejects.toBeInstanceOf(
      DemoUsersRefused,
    );
    await expect(
      seedDemoUsers(t.app.get(EntityManager).fork(), prod, { fixedPasswords: true }),
    ).rejects.toThrow(/never created in production/);
    expect(readDemoUsersFile(prod)).toBeNull();
    expect(demoUsersNoticeOnce(prod)).toBeNull();
  });
});
