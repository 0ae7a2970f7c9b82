import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import request from 'supertest';
import { SYSTEM_QUEUE, SMOKE_JOB } from '../../src/platform/queue/queue-names';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

describe('foundation: the real app on a real database and a private Redis', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers GET /health with both checks up', async () => {
    const res = await request(httpServer(t)).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
    expect(res.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);
  });

  it('echoes a safe X-Request-Id and replaces an unsafe one', async () => {
    const ok = await request(httpServer(t)).get('/health').set('X-Request-Id', 'abc-123');
    expect(ok.headers['x-request-id']).toBe('abc-123');
    const bad = await request(httpServer(t)).get('/health').set('X-Request-Id', '<script>');
    expect(bad.headers['x-request-id']).not.toBe('<script>');
  });

  it('runs a smoke job through Bull on Redis and gets its result back', async () => {
    const queue = t.app.get<Queue>(getQueueToken(SYSTEM_QUEUE));
    const job = await queue.add(SMOKE_JOB, { echo: 'hello' });
    await expect(job.finished()).resolves.toEqual({ echo: 'hello', pid: process.pid });
  });

  it('reports 503 naming redis when Redis is down, and recovers when it is back', async () => {
    await t.supervisor.stop();
    const down = await request(httpServer(t)).get('/health').expect(503);
    expect(down.body.checks).toEqual({ database: 'up', redis: 'down' });
    expect(down.body.message).toBe('Down: redis');
    await t.supervisor.start();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await request(httpServer(t)).get('/health')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
  });
});
