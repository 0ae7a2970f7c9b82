import { EntityManager } from '@mikro-orm/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { uploadSpoolDir } from '../../src/config/data-paths';
import { DRAIN_FACTOR } from '../../src/documents/intake/upload.interceptor';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { bearer, createUserWithSession, createUserWithToken } from '../support/auth-helpers';
import { decisionPdf } from '../documents/support/decision-pdf';
import { createTestApp, httpServer, TestApp } from '../support/test-app';

type Session = { cookie: string; csrfToken: string };

/**
 * A test app (with `config` on top of the defaults) and a signed-in officer for one describe block,
 * with the upload page's requests: post files, get a page, the documents stored.
 */
function uploadPage(config: Record<string, string>) {
  let t: TestApp;
  let officer: Session;
  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false', ...config });
    officer = await createUserWithSession(t, { role: 'officer' });
  }, 60_000);
  afterAll(async () => t?.close());
  return {
    get t(): TestApp {
      return t;
    },
    upload: () =>
      request(httpServer(t))
        .post(`/upload?_csrf=${encodeURIComponent(officer.csrfToken)}`)
        .set('Cookie', officer.cookie),
    get: (path: string) => request(httpServer(t)).get(path).set('Cookie', officer.cookie),
    stored: () => t.app.get(EntityManager).fork().find(StoredDocument, {}),
  };
}

/** A mixed upload on the page: the good files go in, and every refused file is listed with why. */
describe('upload page: a batch with good and bad files', () => {
  const PNG = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
  ]);
  const harness = uploadPage({});
  const { upload, get, stored } = harness;

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
    const { token } = await createUserWithToken(harness.t, { role: 'officer' });
    await request(httpServer(harness.t))
      .post('/api/documents')
      .set(bearer(token))
      .attach('files', Buffer.from('Agreed action\n1. Pay Mr B £100.\n'), 'api.txt')
      .attach('files', PNG, 'api.png')
      .expect(415);
    expect((await stored()).length).toBe(before);
  });

  it('answers a refusal with the one error model: the API with status, message and field; the page on its input', async () => {
    const { token } = await createUserWithToken(harness.t, { role: 'officer' });
    const api = await request(httpServer(harness.t))
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

/** A file over the size limit is one more refusal on the page, not the end of the whole upload. */
describe('upload page: a batch with a file over the size limit', () => {
  const MB = 1024 * 1024;
  const EXE = readFileSync(join(__dirname, '..', 'fixtures', 'hostile', 'windows-executable.pdf'));
  const harness = uploadPage({ MAX_UPLOAD_MB: '1' });
  const { upload, get, stored } = harness;
  /** The spool directory once the request's clean-up (after the response) has run. */
  async function spoolLeft(): Promise<string[]> {
    const dir = uploadSpoolDir(harness.t.config);
    for (let i = 0; i < 40 && readdirSync(dir).length; i++) await new Promise((r) => setTimeout(r, 50));
    return readdirSync(dir);
  }
  const summaryItems = (html: string) => {
    const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)![0];
    return [...summary.matchAll(/<a href="#files">([^<]*)<\/a>/g)].map((m) => m[1]);
  };

  it('stores the good PDF, lists the oversize file and the program, and leaves no temporary file', async () => {
    const res = await upload()
      .attach('files', await decisionPdf({ seed: 3, pages: 2 }), 'decision.pdf')
      .attach('files', Buffer.alloc(MB + 10, 0x41), 'minutes.pdf')
      .attach('files', EXE, 'setup.exe')
      .expect(303);
    const location = res.headers.location as string;
    expect(location).toMatch(/^\/upload\?ids=[0-9a-f-]+$/);
    expect((await stored()).map((d) => d.fileName)).toEqual(['decision.pdf']);

    const page = await get(location).expect(200);
    const items = summaryItems(page.text);
    expect(items).toHaveLength(2);
    expect(items[0]).toBe(
      '&quot;minutes.pdf&quot;: larger than the 1 MB limit. Decisions and reports are much smaller: check you chose the right file',
    );
    expect(items[1]).toContain('setup.exe');
    expect(items[1]).toContain('Windows program');
    expect(page.text).toContain('2 files were not uploaded: minutes.pdf, setup.exe');
    expect(page.text).toContain('1 file uploaded; 2 not uploaded (listed above).');
    expect(page.text).toContain('data-file-name="decision.pdf"');
    expect(await spoolLeft()).toEqual([]);
  });

  it('still refuses the whole form when a file is far past the limit (not read to its end)', async () => {
    const before = (await stored()).length;
    const res = await upload()
      .attach('files', Buffer.from('Agreed action\n1. The Council will apologise.\n'), 'small.txt')
      .attach('files', Buffer.alloc(DRAIN_FACTOR * MB + 10, 0x41), 'video.pdf')
      .expect(303);
    expect(res.headers.location).toBe('/upload');
    expect((await stored()).length).toBe(before);
    const page = await get('/upload').expect(200);
    expect(summaryItems(page.text)).toEqual([
      expect.stringMatching(/^&quot;video\.pdf&quot;: larger than the 1 MB limit/),
    ]);
    expect(await spoolLeft()).toEqual([]);
  });

  it('keeps the API all or nothing: a file over the limit refuses the upload (413) naming it, storing none', async () => {
    const before = (await stored()).length;
    const { token } = await createUserWithToken(harness.t, { role: 'officer' });
    const api = await request(httpServer(harness.t))
      .post('/api/documents')
      .set(bearer(token))
      .attach('files', await decisionPdf({ seed: 4, pages: 2 }), 'good.pdf')
      .attach('files', Buffer.alloc(MB + 10, 0x41), 'big.pdf')
      .expect(413);
    expect(api.body).toEqual({
      statusCode: 413,
      message: expect.stringMatching(/^"big\.pdf": larger than the 1 MB limit/),
      field: 'files',
    });
    expect((await stored()).length).toBe(before);
    expect(await spoolLeft()).toEqual([]);
  });
});
