import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
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
    s = await twoServices(t, 'Apologise to Mr McDonald and Mrs Öztürk within one month.');
    await t.app
      .get(EntityManager)
      .fork()
      .nativeUpdate(StoredDocument, { id: s.docA }, { kind: 'Letter from Mrs van der Berg' });
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
});
