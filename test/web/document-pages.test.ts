import { EntityManager } from '@mikro-orm/core';
import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { ContentStore } from '../../src/storage/content-store';
import { createServiceArea, createUserWithSession } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

type Session = { cookie: string; csrfToken: string };
const FIXTURE = join(__dirname, '../fixtures/generated/sample-lgsco-decision.pdf');

async function waitFor<T>(fn: () => Promise<T | null>, ms = 90_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('upload, documents and review pages', () => {
  let t: TestApp;
  let officer: Session;
  let areaId: string;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await createUserWithSession(t, { role: 'officer' });
    areaId = (await createServiceArea(t, 'Adult social care')).id;
  }, 60_000);
  afterAll(async () => t?.close());

  const get = (path: string) => request(httpServer(t)).get(path).set('Cookie', officer.cookie);
  const post = (path: string, form: Record<string, string>) =>
    request(httpServer(t))
      .post(path)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ ...form, _csrf: officer.csrfToken });

  it('refuses an upload with no file, with the reason on the file field', async () => {
    const res = await request(httpServer(t))
      .post(`/upload?_csrf=${encodeURIComponent(officer.csrfToken)}`)
      .set('Cookie', officer.cookie)
      .field('x', 'y')
      .expect(303);
    expect(res.headers.location).toBe('/upload');
    const page = await get('/upload').expect(200);
    expect(page.text).toContain('govuk-error-summary');
    expect(page.text).toContain('href="#files"');
  });

  it('uploads several files, reports their status as JSON, and the review page accepts a recommendation', async () => {
    const res = await request(httpServer(t))
      .post(`/upload?_csrf=${encodeURIComponent(officer.csrfToken)}`)
      .set('Cookie', officer.cookie)
      .attach('files', readFileSync(FIXTURE), "Smith & Jones 'decision'.pdf")
      .attach(
        'files',
        Buffer.from('Agreed action\n1. Within one month the Council will apologise.\n'),
        'note.txt',
      )
      .expect(303);
    const location = res.headers.location as string;
    expect(location).toMatch(/^\/upload\?ids=/);
    const ids = location.slice('/upload?ids='.length).split(',');
    const page = await get(location).expect(200);
    expect(page.text).toContain('data-upload-status');
    expect(page.text).toContain('Smith &amp; Jones &#39;decision&#39;.pdf');
    expect(page.text).not.toContain("Smith & Jones 'decision'");

    const done = await waitFor(async () => {
      const s = await get(`/upload/status?ids=${ids.join(',')}`).expect(200);
      const docs = s.body.documents as { id: string; status: string }[];
      return docs.every((d) => d.status === 'processed' || d.status === 'failed') ? docs : null;
    });
    expect(done.find((d) => d.id === ids[0])?.status).toBe('processed');

    const list = await get('/documents').expect(200);
    expect(list.text).toContain(`/documents/${ids[0]}/review`);

    const review = await get(`/documents/${ids[0]}/review`).expect(200);
    expect(review.text).toContain('class="app-source-mark"');
    const recId = /id="rec-([0-9a-f-]{36})"/.exec(review.text)![1];
    expect(review.text).toContain(`id="source-${recId}"`);
    // Every "show where" link goes to a mark that is on the page.
    const targets = [...review.text.matchAll(/<a class="govuk-link" href="#source-([0-9a-f-]{36})">/g)].map(
      (m) => m[1],
    );
    expect(targets).toContain(recId);
    for (const target of targets) expect(review.text).toContain(`id="source-${target}"`);

    const missing = await post(`/recommendations/${recId}/accept`, { serviceAreaId: '' }).expect(303);
    expect(missing.headers.location).toBe(`/documents/${ids[0]}/review`);
    const withError = await get(`/documents/${ids[0]}/review`).expect(200);
    expect(withError.text).toContain(`href="#serviceAreaId-${recId}"`);
    // a refused due date is shown against the due date: the service names the field
    await post(`/recommendations/${recId}/accept`, { serviceAreaId: areaId, dueDate: '1999-01-31' }).expect(
      303,
    );
    const oldDate = await get(`/documents/${ids[0]}/review`).expect(200);
    expect(oldDate.text).toMatch(
      new RegExp(`href="#dueDate-${recId}">dueDate: 31 January 1999 is before 2000`),
    );

    await post(`/recommendations/${recId}/accept`, { serviceAreaId: areaId, dueDate: '2030-01-31' }).expect(
      303,
    );
    const after = await get(`/documents/${ids[0]}/review`).expect(200);
    expect(after.text).toContain('Recommendation accepted.');
    expect(after.text).toMatch(/href="\/actions\/[0-9a-f-]{36}"/);

    // The text comes from the column stored at ingestion: the page never reads (parses) the file.
    const em = () => t.app.get(EntityManager).fork();
    const doc = await em().findOneOrFail(StoredDocument, ids[0], { populate: ['sourceText'] });
    expect(doc.sourceText).toBeTruthy();
    unlinkSync(t.app.get(ContentStore).absolutePath(doc.storagePath));
    const withoutFile = await get(`/documents/${ids[0]}/review`).expect(200);
    expect(withoutFile.text).toContain(`<mark class="app-source-mark" id="source-${recId}">`);
    await em().nativeUpdate(StoredDocument, { id: ids[0] }, { sourceText: 'Only in the stored column.' });
    expect((await get(`/documents/${ids[0]}/review`).expect(200)).text).toContain(
      'Only in the stored column.',
    );

    // Processed before the text was stored: no text panel, and what to do about it.
    await em().nativeUpdate(StoredDocument, { id: ids[0] }, { sourceText: null });
    const noText = await get(`/documents/${ids[0]}/review`).expect(200);
    expect(noText.text).not.toContain('class="app-source-mark"');
    expect(noText.text).toContain(
      'it was processed by an earlier version of Redress, before the text was kept.',
    );
  }, 150_000); // processing two uploads waits on the queue: slow on a loaded 2-core machine
});
