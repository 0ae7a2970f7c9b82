import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { AuditEvent } from '../../src/audit/entities/audit-event.entity';
import { bearer, createUserWithSession, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

/** Every export of data leaves an audit event naming who took it. */
describe('audit trail of exports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const exportsBy = (userId: string) =>
    t.app.get(EntityManager).fork().count(AuditEvent, { type: 'export', userId });

  it('records a CSV export from the API', async () => {
    const { token, user } = await createUserWithToken(t, { role: 'officer' });
    const res = await request(t.app.getHttpServer())
      .get('/api/reports/outstanding?format=csv')
      .set(bearer(token));
    expect(res.status).toBe(200);
    expect(await exportsBy(user.id)).toBe(1);
  });

  it('records the committee report downloads (CSV and Excel) from the web pages', async () => {
    const { cookie, user } = await createUserWithSession(t, { role: 'scrutiny' });
    for (const path of ['/dashboard/report.csv', '/dashboard/report.xlsx']) {
      const res = await request(t.app.getHttpServer()).get(path).set('Cookie', cookie);
      expect(res.status).toBe(200);
    }
    expect(await exportsBy(user.id)).toBe(2);
  });
});
