import request from 'supertest';
import { insertProcessedDocument } from '../../actions/support/review-fixtures';
import {
  bearer,
  createServiceArea,
  createUserWithSession,
  createUserWithToken,
} from '../../support/auth-helpers';
import type { TestApp } from '../../support/test-app';

export interface TwoServices {
  officer: { token: string; cookie: string; csrfToken: string };
  leadA: { token: string; cookie: string; csrfToken: string };
  leadB: { token: string };
  scrutiny: { token: string; cookie: string };
  areaA: string;
  areaB: string;
  docA: string;
  docB: string;
  recA: string;
  recB: string;
  actionA: string;
  actionB: string;
}

async function withSession(
  t: TestApp,
  role: 'officer' | 'service_lead' | 'scrutiny',
  serviceAreaIds?: string[],
) {
  const u = await createUserWithToken(t, { role, serviceAreaIds });
  const { cookie, csrfToken } = await createUserWithSession(t, { role, serviceAreaIds });
  return { token: u.token, cookie, csrfToken };
}

/** Two services, each with one accepted action from its own decision; a lead for each. */
export async function twoServices(
  t: TestApp,
  recText = 'Apologise to Mrs B within one month.',
): Promise<TwoServices> {
  const dir = await createServiceArea(t, 'Security Directorate', { kind: 'directorate' });
  const areaA = (await createServiceArea(t, 'Service A', { parentId: dir.id, kind: 'service' })).id;
  const areaB = (await createServiceArea(t, 'Service B', { kind: 'service' })).id;
  const officer = await withSession(t, 'officer');
  const leadA = await withSession(t, 'service_lead', [areaA]);
  const leadB = await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [areaB] });
  const scrutiny = await withSession(t, 'scrutiny');
  const a = await insertProcessedDocument(t, {
    reference: '24 000 001',
    recommendations: [{ text: recText }],
  });
  const b = await insertProcessedDocument(t, {
    reference: '24 000 002',
    recommendations: [{ text: recText }],
  });
  const accept = async (recId: string, serviceAreaId: string) => {
    const res = await request(t.app.getHttpServer())
      .post(`/api/recommendations/${recId}/accept`)
      .set(bearer(officer.token))
      .send({ serviceAreaId, dueDate: '2030-01-31' });
    if (res.status !== 201) throw new Error(`accept failed: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { action: { id: string } }).action.id;
  };
  return {
    officer,
    leadA,
    leadB: { token: leadB.token },
    scrutiny,
    areaA,
    areaB,
    docA: a.documentId,
    docB: b.documentId,
    recA: a.recommendationIds[0],
    recB: b.recommendationIds[0],
    actionA: await accept(a.recommendationIds[0], areaA),
    actionB: await accept(b.recommendationIds[0], areaB),
  };
}

/** Adds evidence (a text file and a note) to an action through the API; returns the evidence id. */
export async function addEvidence(
  t: TestApp,
  token: string,
  actionId: string,
  file: { name: string; text: string },
  note: string,
): Promise<string> {
  const res = await request(t.app.getHttpServer())
    .post(`/api/actions/${actionId}/evidence`)
    .set(bearer(token))
    .field('note', note)
    .attach('file', Buffer.from(file.text), { filename: file.name, contentType: 'text/plain' });
  if (res.status !== 201) throw new Error(`evidence failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { evidence: { id: string } }).evidence.id;
}
