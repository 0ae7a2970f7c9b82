import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { bearer, createUserWithSession, createUserWithToken } from '../support/auth-helpers';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

type Session = { cookie: string; csrfToken: string };

/** A mixed upload on the page: the good files go in, and every refused file is listed with why. */
describe('upload page: a batch with good and bad files', () => {
  let t: TestApp;
  let officer: Session;
  const PNG = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
  ]);
  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    officer = await createUserWithSession(t, { role: 'officer' });
  }, 60_000);
  afterAll(async () => t?.close());

  const upload = () =>
    request(httpServer(t))
      .post(`/upload?_csrf=${encodeURIComponent(officer.csrfToken)}`)
      .set('Cookie', officer.cookie);
  const get = (path: string) => request(httpServer(t)).get(path).set('Cookie', officer.cookie);
  const stored = () => t.app.get(EntityManager).fork().find(StoredDocument, {});

  it('stores the good files and lists each refused one in the error summary', async () => {
    const res = await upload()
      .attach(
        'files',
        Buffer.from('Agreed action\n1. Within one month the Council will apologise.\n'),
        'decision.txt',
      )
      .attach('files', PNG, 'scan.png')
      .attach('files', Buffer.alloc(0), 'blank.pdf')
      .attach('files', Buffer.from('Agreed action\n1. The Council will review its policy.\n'), 'second.txt')
      .expect(303);
    const location = res.headers.location as string;
    expect(location).toMatch(/^\/upload\?ids=/);
    const ids = location.slice('/upload?ids='.length).split(',');
    expect(ids).toHaveLength(2);
    const docs = await stored();
    expect(docs.map((d) => d.fileName).sort()).toEqual(['decision.txt', 'second.txt']);

    const page = await get(location).expect(200);
    expect(page.text).toContain('govuk-error-summary');
    const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(page.text)![0];
    const items = [...summary.matchAll(/<a href="#files">([^<]*)<\/a>/g)].map((m) => m[1]);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('scan.png');
    expect(items[1]).toContain('blank.pdf');
    expect(items[1]).toContain('is empty');
    // the field's own message names both; the upload's own list shows the two stored
    expect(page.text).toContain('2 files were not uploaded: scan.png, blank.pdf');
    expect(page.text).toContain('2 files uploaded; 2 not uploaded (listed above).');
    expect(page.text).toContain('data-file-name="decision.txt"');
    expect(page.text).toContain('data-file-name="second.txt"');
  });

  it('stores nothing when every file is refused, and lists them all', async () => {
    const before = (await stored()).length;
    const res = await upload()
      .attach('files', PNG, 'photo.png')
      .attach('files', Buffer.alloc(0), 'empty.docx')
      .expect(303);
    expect(res.headers.location).toBe('/upload');
    expect((await stored()).length).toBe(before);
    const page = await get('/upload').expect(200);
    expect(page.text).toContain('photo.png');
    expect(page.text).toContain('empty.docx');
    expect(page.text).not.toContain('uploaded;');
  });

  it('keeps the API all or nothing, as its contract says', async () => {
    const before = (await stored()).length;
    const { token } = await createUserWithToken(t, { role: 'officer' });
    await request(httpServer(t))
      .post('/api/documents')
      .set(bearer(token))
      .attach('files', Buffer.from('Agreed action\n1. Pay Mr B £100.\n'), 'api.txt')
      .attach('files', PNG, 'api.png')
      .expect(415);
    expect((await stored()).length).toBe(before);
  });

  it('answers a refusal with the one error model: the API with status, message and field; the page on its input', async () => {
    const { token } = await createUserWithToken(t, { role: 'officer' });
    const api = await request(httpServer(t))
      .post('/api/documents')
      .set(bearer(token))
      .attach('files', PNG, 'api.png')
      .expect(415);
    expect(api.body).toEqual({
      statusCode: 415,
      message: expect.stringMatching(/^"api\.png": /),
      field: 'files',
    });
    // refused by the upload interceptor before the controller runs: still the page's error summary
    const wrongField = await upload().attach('file', Buffer.from('x'), 'x.txt').expect(303);
    expect(wrongField.headers.location).toBe('/upload');
    const page = await get('/upload').expect(200);
    expect(page.text).toContain('href="#files">Send the files in the form field');
  });
});
