import { EntityManager } from '@mikro-orm/core';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { Evidence } from '../../src/actions/entities/evidence.entity';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { bearer } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { addEvidence, twoServices, TwoServices } from './support/security-fixtures';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

/** Downloads never leave UPLOAD_DIR, whatever the URL, the client's file name or a tampered row says. */
describe('path traversal in downloads', () => {
  let t: TestApp;
  let s: TwoServices;
  beforeAll(async () => {
    t = await createTestApp();
    s = await twoServices(t);
  }, 60_000);
  afterAll(() => t?.close());

  const api = () => request(t.app.getHttpServer());
  /** Refused as a bad or unknown id (400/404): a 500 would be a crash, not a refusal. */
  const notPasswd = (res: request.Response) => {
    expect([400, 404]).toContain(res.status);
    expect(res.text ?? '').not.toMatch(/root:.*:0:0:/);
  };
  /**
   * A stored path that the store did not make is refused by ContentStore (StorageError): the row is
   * corrupt, so the answer is a server error that says nothing of the path, never the file.
   */
  const refusedTampered = (res: request.Response) => {
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ statusCode: 500, message: 'Internal server error' });
  };

  it('refuses traversal in the id of a download URL', async () => {
    for (const id of [
      '..%2F..%2F..%2Fetc%2Fpasswd',
      '..%252F..%252Fetc%252Fpasswd',
      '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    ]) {
      notPasswd(await api().get(`/api/documents/${id}/file`).set(bearer(s.officer.token)));
      notPasswd(await api().get(`/api/evidence/${id}/file`).set(bearer(s.officer.token)));
      notPasswd(await api().get(`/actions/${s.actionA}/evidence/${id}/file`).set('Cookie', s.officer.cookie));
    }
  });

  it('never serves a file outside the store when a stored path is tampered with', async () => {
    const em = t.app.get(EntityManager).fork();
    await em.nativeUpdate(
      StoredDocument,
      { id: s.docA },
      { storagePath: '../../../../../../../../etc/passwd' },
    );
    refusedTampered(await api().get(`/api/documents/${s.docA}/file`).set(bearer(s.officer.token)));
    const evidenceId = await addEvidence(
      t,
      s.officer.token,
      s.actionA,
      { name: 'memo.txt', text: 'A memo.' },
      'memo',
    );
    await em.nativeUpdate(Evidence, { id: evidenceId }, { storagePath: '/etc/passwd' });
    refusedTampered(await api().get(`/api/evidence/${evidenceId}/file`).set(bearer(s.officer.token)));
    await em.nativeUpdate(
      Evidence,
      { id: evidenceId },
      { storagePath: '../../../../../../../../etc/passwd' },
    );
    refusedTampered(await api().get(`/api/evidence/${evidenceId}/file`).set(bearer(s.officer.token)));
  });

  it('never uses the client file name as a path', async () => {
    const name = `pwned-${randomBytes(4).toString('hex')}.txt`;
    const evidenceId = await addEvidence(
      t,
      s.officer.token,
      s.actionA,
      { name: `../../../../../../tmp/${name}`, text: 'Training record.' },
      'training',
    );
    expect(existsSync(`/tmp/${name}`)).toBe(false);
    const row = await t.app.get(EntityManager).fork().findOneOrFail(Evidence, { id: evidenceId });
    expect(row.storagePath).not.toMatch(/\.\.|pwned/);
    const res = await api().get(`/api/evidence/${evidenceId}/file`).set(bearer(s.officer.token)).expect(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment/);
    expect(res.headers['content-disposition']).not.toMatch(/\.\.\//);
  });
});
