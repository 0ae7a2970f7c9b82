import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { TrackedAction } from '../../src/actions/entities/tracked-action.entity';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { bearer } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { twoServices, TwoServices } from './support/security-fixtures';

jest.setTimeout(180_000);

/** The review found "Mr McDonald" became "[name removed]Donald" and the free-text `kind` unredacted. */
describe('Scrutiny redaction: name forms and the upload kind', () => {
  let t: TestApp;
  let s: TwoServices;
  const api = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    s = await twoServices(
      t,
      'Provide training to housing staff, led by Mr McDonald and Mrs Öztürk, on recording repair requests within three months.',
    );
    await t.app
      .get(EntityManager)
      .fork()
      .nativeUpdate(StoredDocument, { id: s.docA }, { kind: 'Letter from Mrs van der Berg' });
    // both actions are service learning, so they form a recurring theme
    await t.app
      .get(EntityManager)
      .fork()
      .nativeUpdate(TrackedAction, { id: { $in: [s.actionA, s.actionB] } }, { learning: true });
  }, 120_000);
  afterAll(() => t?.close());

  it('shows scrutiny the document kind with the name removed (officers see it as written)', async () => {
    const seen = await api().get(`/api/documents/${s.docA}`).set(bearer(s.scrutiny.token)).expect(200);
    expect(seen.body.kind).toBe('Letter from [name removed]');
    const officer = await api().get(`/api/documents/${s.docA}`).set(bearer(s.officer.token)).expect(200);
    expect(officer.body.kind).toBe('Letter from Mrs van der Berg');
  });

  it('removes McDonald and Öztürk whole from the action scrutiny reads', async () => {
    const res = await api().get(`/api/actions/${s.actionA}`).set(bearer(s.scrutiny.token));
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/Donald|Öztürk|McDonald/);
    expect(text).toContain('[name removed]');
  });

  it('builds themes (labels, examples, CSV) only from redacted text', async () => {
    for (const format of ['json', 'csv']) {
      const res = await api()
        .get(`/api/reports/themes?format=${format}&minCount=2`)
        .set(bearer(s.scrutiny.token))
        .expect(200);
      expect(res.text).not.toMatch(/Donald|Öztürk|Ozturk|ztürk/i);
      if (format === 'json') expect(res.body.themes.length).toBeGreaterThan(0);
    }
  });
});
