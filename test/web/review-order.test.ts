import request from 'supertest';
import { createUserWithSession } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';
import { ReviewSeed, seedStage2Review } from './support/seed-review';

describe('review page: proposals in order of confidence', () => {
  let t: TestApp;
  let cookie: string;
  let seed: ReviewSeed;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = (await createUserWithSession(t, { role: 'officer' })).cookie;
    // in document order: the apology 0.62, the reminder 0.97, the policy review 0.81
    seed = await seedStage2Review(t.app, { confidences: [0.62, 0.97, 0.81] });
  }, 60_000);
  afterAll(async () => t?.close());

  it('lists the most confident proposal first and numbers them in that order', async () => {
    const page = await request(httpServer(t))
      .get(`/documents/${seed.documentId}/review`)
      .set('Cookie', cookie)
      .expect(200);
    const [apology, reminder, policy] = seed.recommendationIds;
    const at = (id: string): number => page.text.indexOf(`id="rec-${id}"`);
    expect(at(reminder)).toBeGreaterThan(-1);
    expect(at(reminder)).toBeLessThan(at(policy));
    expect(at(policy)).toBeLessThan(at(apology));
  });
});
