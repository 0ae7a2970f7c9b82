import { EntityManager } from '@mikro-orm/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import request from 'supertest';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { AuditEvent } from '../../src/audit/entities/audit-event.entity';
import { DocumentQueries } from '../../src/documents/queries/document-queries.service';
import { bearer, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { addEvidence, twoServices, TwoServices } from './support/security-fixtures';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

/** Insecure direct object references: another service's things are a 404, whatever id is guessed. */
describe('IDOR: service leads reach only their own service', () => {
  let t: TestApp;
  let s: TwoServices;
  let evidenceB: string;
  beforeAll(async () => {
    t = await createTestApp();
    s = await twoServices(t);
    evidenceB = await addEvidence(
      t,
      s.officer.token,
      s.actionB,
      { name: 'memo.txt', text: 'Staff reminded.' },
      'Done',
    );
  }, 60_000);
  afterAll(() => t?.close());

  const api = () => request(t.app.getHttpServer());

  it('actions: reading, changing or adding evidence to another service action is 404', async () => {
    await api().get(`/api/actions/${s.actionA}`).set(bearer(s.leadA.token)).expect(200);
    await api().get(`/api/actions/${s.actionB}`).set(bearer(s.leadA.token)).expect(404);
    await api()
      .post(`/api/actions/${s.actionB}/transitions`)
      .set(bearer(s.leadA.token))
      .send({ to: 'in_progress' })
      .expect(404);
    const ev = await api()
      .post(`/api/actions/${s.actionB}/evidence`)
      .set(bearer(s.leadA.token))
      .field('note', 'planted')
      .expect(404);
    expect(ev.body.message).toBeDefined();
    await api()
      .patch(`/api/actions/${s.actionB}`)
      .set(bearer(s.leadA.token))
      .send({ ownerId: null })
      .expect(404);
    // a lead cannot hand their own action to another service either
    await api()
      .patch(`/api/actions/${s.actionA}`)
      .set(bearer(s.leadA.token))
      .send({ serviceAreaId: s.areaB })
      .expect(403);
    const list = await api().get('/api/actions').set(bearer(s.leadA.token)).expect(200);
    const ids = (list.body.actions as { id: string }[]).map((a) => a.id);
    expect(ids).toContain(s.actionA);
    expect(ids).not.toContain(s.actionB);
    const filtered = await api().get(`/api/actions?serviceAreaId=${s.areaB}`).set(bearer(s.leadA.token));
    expect(((filtered.body.actions ?? []) as { id: string }[]).map((a) => a.id)).not.toContain(s.actionB);
  });

  it('actions in the web pages: another service action page is 404', async () => {
    const page = await api().get(`/actions/${s.actionB}`).set('Cookie', s.leadA.cookie);
    expect(page.status).toBe(404);
    const own = await api().get(`/actions/${s.actionA}`).set('Cookie', s.leadA.cookie);
    expect(own.status).toBe(200);
  });

  it('evidence: another service file is 404; its own lead gets it (and the download is audited); scrutiny never', async () => {
    await api().get(`/api/evidence/${evidenceB}/file`).set(bearer(s.leadA.token)).expect(404);
    const ok = await api().get(`/api/evidence/${evidenceB}/file`).set(bearer(s.leadB.token)).expect(200);
    expect(ok.headers['content-disposition']).toMatch(/^attachment/);
    await api().get(`/api/evidence/${evidenceB}/file`).set(bearer(s.scrutiny.token)).expect(403);
    const em = t.app.get(EntityManager).fork();
    const audited = await em.find(AuditEvent, { type: 'evidence_downloaded', subjectId: evidenceB });
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      userId: expect.any(String),
      ip: expect.stringMatching(/127\.0\.0\.1|::1/),
    });
  });

  it('evidence from a browser session (the action page links to the one API route) is 404 for another service', async () => {
    const direct = await api().get(`/api/evidence/${evidenceB}/file`).set('Cookie', s.leadA.cookie);
    expect(direct.status).toBe(404);
    expect(direct.text).not.toContain('Staff reminded.');
    // the old per-action page route is gone: an own action id paired with the evidence id finds nothing
    const mixed = await api()
      .get(`/actions/${s.actionA}/evidence/${evidenceB}/file`)
      .set('Cookie', s.leadA.cookie);
    expect(mixed.status).toBe(404);
  });

  it('recommendations: only officers and admins review them, so a lead cannot read or accept one', async () => {
    await api().get(`/api/recommendations/${s.recB}`).set(bearer(s.leadA.token)).expect(403);
    await api()
      .post(`/api/recommendations/${s.recB}/accept`)
      .set(bearer(s.leadA.token))
      .send({ serviceAreaId: s.areaA })
      .expect(403);
    await api()
      .post(`/api/recommendations/${s.recB}/reject`)
      .set(bearer(s.scrutiny.token))
      .send({ reason: 'x' })
      .expect(403);
  });

  it('documents: scrutiny cannot download a decision; guessed ids are 404, not 500', async () => {
    await api().get(`/api/documents/${s.docB}/file`).set(bearer(s.scrutiny.token)).expect(403);
    await api()
      .get(`/api/documents/00000000-0000-4000-8000-000000000000`)
      .set(bearer(s.officer.token))
      .expect(404);
    await api()
      .get(`/api/actions/00000000-0000-4000-8000-000000000000`)
      .set(bearer(s.officer.token))
      .expect(404);
    await api()
      .get(`/api/evidence/00000000-0000-4000-8000-000000000000/file`)
      .set(bearer(s.officer.token))
      .expect(404);
  });

  it('DocumentQueries.canSee: a lead sees the decisions behind their own actions only', async () => {
    const me = await api().get('/api/me').set(bearer(s.leadA.token)).expect(200);
    const documents = t.app.get(DocumentQueries);
    expect(await documents.canSee(me.body.user, s.docA)).toBe(true);
    expect(await documents.canSee(me.body.user, s.docB)).toBe(false);
    const officer = await api().get('/api/me').set(bearer(s.officer.token)).expect(200);
    expect(await documents.canSee(officer.body.user, s.docB)).toBe(true);
  });

  it('documents: a service lead cannot download the decision behind another service action', async () => {
    const em = t.app.get(EntityManager).fork();
    for (const id of [s.docA, s.docB]) {
      const doc = await em.findOneOrFail(StoredDocument, { id });
      const path = join(t.config.uploadDir, doc.storagePath);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, Buffer.alloc(doc.sizeBytes, 0x25));
    }
    await api().get(`/api/documents/${s.docA}/file`).set(bearer(s.leadA.token)).expect(200);
    const res = await api().get(`/api/documents/${s.docB}/file`).set(bearer(s.leadA.token));
    expect(res.status).toBe(404);
    await api().get(`/api/documents/${s.docB}`).set(bearer(s.leadA.token)).expect(404);
  });

  it('documents: every download of a decision is audited', async () => {
    await api().get(`/api/documents/${s.docA}/file`).set(bearer(s.officer.token)).expect(200);
    const em = t.app.get(EntityManager).fork();
    expect(
      await em.count(AuditEvent, { type: 'document_downloaded', subjectId: s.docA }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('senior officers: their directorate is readable, another directorate action and its evidence are 404', async () => {
    const areas = await api().get('/api/service-areas').set(bearer(s.officer.token)).expect(200);
    const directorateId = (areas.body.serviceAreas as { id: string; parentId: string | null }[]).find(
      (a) => a.id === s.areaA,
    )?.parentId as string;
    expect(directorateId).toEqual(expect.any(String));
    const senior = await createUserWithToken(t, { role: 'senior_officer', serviceAreaIds: [directorateId] });

    await api().get(`/api/actions/${s.actionA}`).set(bearer(senior.token)).expect(200);
    await api().get(`/api/actions/${s.actionB}`).set(bearer(senior.token)).expect(404);
    await api()
      .post(`/api/actions/${s.actionB}/transitions`)
      .set(bearer(senior.token))
      .send({ to: 'in_progress' })
      .expect(404);
    await api()
      .post(`/api/actions/${s.actionB}/evidence`)
      .set(bearer(senior.token))
      .field('note', 'planted')
      .expect(404);
    await api().get(`/api/evidence/${evidenceB}/file`).set(bearer(senior.token)).expect(404);
    await api()
      .post(`/api/actions/${s.actionB}/due-date`)
      .set(bearer(senior.token))
      .send({ dueDate: '2031-01-31', reason: 'Moved by someone outside the service.' })
      .expect(404);
    const list = await api().get('/api/actions').set(bearer(senior.token)).expect(200);
    const ids = (list.body.actions as { id: string }[]).map((a) => a.id);
    expect(ids).toContain(s.actionA);
    expect(ids).not.toContain(s.actionB);
    const everyone = await api().get('/api/reports/outstanding').set(bearer(s.officer.token)).expect(200);
    expect(JSON.stringify(everyone.body)).toContain(s.areaB);
    const outstanding = await api().get('/api/reports/outstanding').set(bearer(senior.token)).expect(200);
    expect(JSON.stringify(outstanding.body)).toContain(s.areaA);
    expect(JSON.stringify(outstanding.body)).not.toContain(s.areaB);
  });
});
