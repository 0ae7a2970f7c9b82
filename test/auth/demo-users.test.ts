import { EntityManager } from '@mikro-orm/core';
import { readFileSync, statSync } from 'node:fs';
import request from 'supertest';
import { SIGN_IN_FAILED_MESSAGE, SignInService } from '../../src/auth/sign-in.service';
import { loadConfig } from '../../src/config/app-config';
import {
  demoUsersNoticeOnce,
  DemoUsersRefused,
  demoUsersFile,
  readDemoUsersFile,
  seedDemoUsers,
} from '../../src/users/demo-users';
import { ApiTokensService } from '../../src/auth/api-tokens.service';
import { User } from '../../src/users/entities/user.entity';
import { UsersService } from '../../src/users/users.service';
import { bearer, cookieFrom, createSession, createUser, signIn } from '../support/auth-helpers';
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

  it('cannot sign in or use a token or session in production, even when the database holds them', async () => {
    const prod = await createTestApp({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) });
    try {
      const password = 'demo-pass-in-a-copied-database';
      const demo = await prod.app
        .get(UsersService)
        .create({ email: 'copied@demo.redress.test', role: 'admin', password, demo: true }, null, 'test');
      const { token } = await prod.app.get(ApiTokensService).create(demo.id, 'demo token', null);
      const session = await createSession(prod, demo.id);
      const real = await createUser(prod, { role: 'officer' });
      const server = prod.app.getHttpServer();

      const formSignIn = async (email: string, pw: string) => {
        const page = await request(server).get('/sign-in');
        const anon = cookieFrom(page, 'redress_csrf') as string;
        return request(server)
          .post('/sign-in')
          .set('Cookie', `redress_csrf=${anon}`)
          .type('form')
          .send({ email, password: pw, _csrf: anon });
      };
      // the same form lets a real user in, so the refusal below is the demo flag and nothing else
      expect(cookieFrom(await formSignIn(real.user.email, real.password), 'redress_session')).toEqual(
        expect.any(String),
      );
      const refused = await formSignIn(demo.email, password);
      expect(cookieFrom(refused, 'redress_session')).toBeNull();
      expect(refused.headers.location).toMatch(/^\/sign-in/);
      await expect(prod.app.get(SignInService).verify(demo.email, password)).resolves.toEqual({
        ok: false,
        message: SIGN_IN_FAILED_MESSAGE,
      });

      await request(server).get('/api/me').set(bearer(token)).expect(401);
      await request(server).get('/api/me').set('Cookie', session.cookie).expect(401);
    } finally {
      await prod.close();
    }
  }, 60_000);
});
