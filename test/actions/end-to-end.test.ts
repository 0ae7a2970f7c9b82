import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { bearer, createServiceArea, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

jest.setTimeout(180_000);

const FIXTURE = join(__dirname, '..', 'fixtures', 'generated', 'lgsco-agreed-action-leadins.pdf');

interface Rec {
  id: string;
  status: string;
  text: string;
  evidenceRequired: boolean;
  deadline: { date: string | null; within: { count: number; unit: string } | null } | null;
  actionId: string | null;
}

describe('end to end: upload -> proposed -> accepted -> in progress -> completed with evidence -> verified', () => {
  let t: TestApp;
  let officer: string;
  let lead: string;
  let serviceId: string;
  const api = () => request(httpServer(t));

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    const directorate = await createServiceArea(t, 'Adult Social Care', { kind: 'directorate' });
    serviceId = (
      await createServiceArea(t, 'Financial Assessment', { parentId: directorate.id, kind: 'service' })
    ).id;
    officer = (await createUserWithToken(t, { role: 'officer' })).token;
    lead = (await createUserWithToken(t, { role: 'service_lead', serviceAreaIds: [serviceId] })).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('takes an uploaded Ombudsman decision through review and tracking to verified', async () => {
    const uploaded = await api()
      .post('/api/documents')
      .set(bearer(officer))
      .attach('files', readFileSync(FIXTURE), { filename: 'decision.pdf', contentType: 'application/pdf' })
      .expect(202);
    const documentId = uploaded.body.documents[0].id as string;

    let doc: { status: string; reference: string | null; decisionDate: string | null } = {
      status: 'queued',
      reference: null,
      decisionDate: null,
    };
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && doc.status !== 'processed' && doc.status !== 'failed') {
      await new Promise((r) => setTimeout(r, 200));
      doc = (await api().get(`/api/documents/${documentId}`).set(bearer(officer)).expect(200)).body;
    }
    expect(doc.status).toBe('processed');

    const recs = (
      await api().get(`/api/documents/${documentId}/recommendations`).set(bearer(officer)).expect(200)
    ).body.recommendations as Rec[];
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.every((r) => r.status === 'proposed')).toBe(true);
    const rec = recs.find((r) => r.evidenceRequired && r.deadline?.within) as Rec;
    expect(rec).toBeDefined();

    const preview = await api().get(`/api/recommendations/${rec.id}`).set(bearer(officer)).expect(200);
    const accepted = await api()
      .post(`/api/recommendations/${rec.id}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId })
      .expect(201);
    const action = accepted.body.action;
    expect(action).toMatchObject({
      status: 'open',
      serviceAreaId: serviceId,
      text: rec.text,
      ombudsmanRemedy: true,
    });
    expect(preview.body.suggestedDueDateBasis).toBe(
      rec.deadline?.date ? 'deadline_date' : doc.decisionDate ? 'decision_date' : 'acceptance_date',
    );
    if (rec.deadline?.date) expect(preview.body.suggestedDueDate).toBe(rec.deadline.date);
    expect(action.dueDate).toBe(preview.body.suggestedDueDate);
    expect(action.originalDueDate).toBe(preview.body.suggestedDueDate);
    await api()
      .post(`/api/recommendations/${rec.id}/accept`)
      .set(bearer(officer))
      .send({ serviceAreaId: serviceId })
      .expect(409);

    const after = (
      await api().get(`/api/documents/${documentId}/recommendations`).set(bearer(officer)).expect(200)
    ).body.recommendations as Rec[];
    expect(after.find((r) => r.id === rec.id)).toMatchObject({ status: 'accepted', actionId: action.id });

    const move = (token: string, to: string, note?: string) =>
      api().post(`/api/actions/${action.id}/transitions`).set(bearer(token)).send({ to, note });
    await move(lead, 'in_progress').expect(200);
    await move(lead, 'verified').expect(409);
    expect(action.evidenceRequired).toBe(true);
    await move(lead, 'completed').expect(422);
    await api()
      .post(`/api/actions/${action.id}/evidence`)
      .set(bearer(lead))
      .field('note', 'Apology letter sent; copy attached.')
      .attach('file', Buffer.from('%PDF-1.4\n% apology letter\n%%EOF\n', 'latin1'), 'apology.pdf')
      .expect(201);
    await move(lead, 'completed').expect(200);
    const verified = await move(officer, 'verified', 'Evidence sent to the Ombudsman.').expect(200);
    expect(verified.body.status).toBe('verified');
    expect(verified.body.events.map((e: { to: string | null }) => e.to).filter(Boolean)).toEqual([
      'open',
      'in_progress',
      'completed',
      'verified',
    ]);

    expect(doc.reference).toEqual(expect.any(String));
    {
      const created = await api()
        .post('/api/cases')
        .set(bearer(officer))
        .send({
          title: 'Care charges complaint',
          reference: 'CC-2025-001',
          ombudsmanReference: doc.reference,
        })
        .expect(201);
      const linked = await api()
        .put(`/api/documents/${documentId}/case`)
        .set(bearer(officer))
        .send({ reference: doc.reference as string })
        .expect(200);
      expect(linked.body.case).toMatchObject({ id: created.body.case.id, stage: 'ombudsman' });
      expect(linked.body.case.history).toEqual([
        expect.objectContaining({ documentId, stage: 'ombudsman', stageLabel: 'Ombudsman' }),
      ]);
    }
  });
});
