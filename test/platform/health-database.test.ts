import { EntityManager, MikroORM } from '@mikro-orm/core';
import { renameSync } from 'node:fs';
import request from 'supertest';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

describe('GET /health: the database check', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers at once while the app holds a write transaction open (it does not queue behind writes)', async () => {
    const em = t.app.get(EntityManager).fork();
    let release: () => void = () => undefined;
    const released = new Promise<void>((r) => (release = r));
    let began: () => void = () => undefined;
    const begun = new Promise<void>((r) => (began = r));
    const hold = em.transactional(async (tem) => {
      const connection = tem.getConnection();
      await connection.execute(
        'create table health_hold (id integer)',
        [],
        'run',
        tem.getTransactionContext(),
      );
      began();
      await released;
    });
    await begun;
    // The transaction stays open until /health has answered: a check that queued behind the app's
    // connection would answer 'down' when its own timeout (1.5 s) ran out, or never answer.
    const res = await request(httpServer(t)).get('/health');
    release();
    await hold;
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('reports 503 naming the database when the database cannot be reached', async () => {
    const db = t.config.database;
    if (db.kind === 'sqlite') {
      // The file is gone for anyone opening it (a restart would fail): the app's own open handle does not count.
      renameSync(db.file, `${db.file}.away`);
      try {
        const down = await request(httpServer(t)).get('/health').expect(503);
        expect(down.body).toEqual({
          status: 'error',
          checks: { database: 'down', redis: 'up' },
          message: 'Down: database',
        });
      } finally {
        renameSync(`${db.file}.away`, db.file);
      }
      await request(httpServer(t)).get('/health').expect(200);
    } else {
      // PostgreSQL: the ORM's pool is closed, so no connection can be had.
      const orm = t.app.get(MikroORM);
      await orm.close(true);
      const down = await request(httpServer(t)).get('/health').expect(503);
      expect(down.body).toEqual({
        status: 'error',
        checks: { database: 'down', redis: 'up' },
        message: 'Down: database',
      });
      // and up again once the pool is back (the app then shuts down as it normally does: with the pool
      // left closed, its shutdown could wait on work that never gets a connection)
      await orm.connect();
      await request(httpServer(t)).get('/health').expect(200);
    }
  });
});
