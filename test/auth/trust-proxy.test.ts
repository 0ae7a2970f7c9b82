import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { AuditEvent } from '../../src/audit/entities/audit-event.entity';
import { MAX_FAILURES_PER_IP } from '../../src/auth/sign-in-throttle';
import { createUser } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(180_000);

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40), COMPLIANCE_SCHEDULER: 'false' };
const CSRF = 'c'.repeat(43);

function signInFrom(t: TestApp, forwardedFor: string, email: string, password: string) {
  return request(t.app.getHttpServer())
    .post('/sign-in')
    .set('X-Forwarded-For', forwardedFor)
    .set('Cookie', `redress_csrf=${CSRF}`)
    .type('form')
    .send({ email, password, _csrf: CSRF })
    .redirects(0);
}

/**
 * In production the app trusted X-Forwarded-For from anyone who reached it directly, so a new forged
 * address for each guess dodged the per-address sign-in throttle. TRUST_PROXY is off unless it lists
 * the proxies' addresses; only then is the header read (and only the hops those proxies added).
 */
describe('TRUST_PROXY: X-Forwarded-For is believed only from the listed proxies', () => {
  describe('off (the default), in production', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(PRODUCTION);
    }, 120_000);
    afterAll(() => t?.close());

    it('throttles guesses by the real address however the forwarded address changes', async () => {
      const { user, password } = await createUser(t, { role: 'officer' });
      for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
        const res = await signInFrom(t, `198.51.100.${i + 1}`, `nobody${i}@example.test`, 'wrong-guess');
        expect(res.headers.location).toMatch(/^\/sign-in/);
      }
      const real = await signInFrom(t, '198.51.100.200', user.email, password);
      expect(real.status).toBe(303);
      expect(real.headers.location).toMatch(/^\/sign-in/);
      const em = t.app.get(EntityManager).fork();
      const failed = await em.find(AuditEvent, { type: 'sign_in_failed' }, { limit: 5 });
      expect(failed.map((e) => e.ip)).not.toContain('198.51.100.1');
    });
  });

  describe('listing the proxy (loopback here)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ ...PRODUCTION, TRUST_PROXY: 'loopback' });
    }, 120_000);
    afterAll(() => t?.close());

    it('records the client address the proxy forwarded, and only the hop it added', async () => {
      await signInFrom(t, '203.0.113.9', 'nobody@example.test', 'wrong-guess');
      await signInFrom(t, '10.9.9.9, 203.0.113.10', 'nobody2@example.test', 'wrong-guess');
      const em = t.app.get(EntityManager).fork();
      const ips = (await em.find(AuditEvent, { type: 'sign_in_failed' })).map((e) => e.ip);
      expect(ips).toEqual(expect.arrayContaining(['203.0.113.9', '203.0.113.10']));
      expect(ips).not.toContain('10.9.9.9');
    });
  });
});
