import { EntityManager } from '@mikro-orm/core';
import request from 'supertest';
import { StoredDocument } from '../../src/documents/entities/document.entity';
import { createTestApp, TestApp } from '../support/test-app';
import { addEvidence, twoServices, TwoServices } from './support/security-fixtures';

/** Boots a real app (database, Redis): slow on a loaded machine. */
jest.setTimeout(120_000);

const SCRIPT = `<script>alert('rec')</script>`;
const IMG = `<img src=x onerror=alert(2)>`;
const SVG = `"><svg onload=alert(3)>.txt`;

/** Text that came from an uploaded file (extracted text, file names, notes) is shown escaped in pages. */
describe('stored XSS through extracted text, file names and notes', () => {
  let t: TestApp;
  let s: TwoServices;
  beforeAll(async () => {
    t = await createTestApp();
    s = await twoServices(t, `Apologise to Mrs B. ${SCRIPT} Then review the policy.`);
    await addEvidence(t, s.officer.token, s.actionA, { name: SVG, text: 'memo' }, `Done. ${IMG}`);
    const em = t.app.get(EntityManager).fork();
    // the review page shows the text kept at ingestion (documents.source_text)
    await em.nativeUpdate(
      StoredDocument,
      { id: s.docA },
      {
        fileName: `<img src=x onerror=alert(1)>.pdf`,
        sourceText: `Agreed action\n${SCRIPT} The Council will apologise to Mrs B. <b onmouseover=alert(4)>x</b>\n`,
      },
    );
  }, 60_000);
  afterAll(() => t?.close());

  const page = (path: string, cookie: string) =>
    request(t.app.getHttpServer()).get(path).set('Cookie', cookie);
  const noActiveMarkup = (html: string) => {
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toMatch(/<img src=x onerror/i);
    expect(html).not.toMatch(/<svg onload/i);
  };

  it('escapes extracted recommendation text, evidence notes and file names on the action page', async () => {
    const res = await page(`/actions/${s.actionA}`, s.officer.cookie).expect(200);
    noActiveMarkup(res.text);
    expect(res.text).toContain('&lt;script&gt;');
    expect(res.text).toMatch(/&lt;img src=x onerror=alert\(2\)&gt;/);
    // the file name is shown, sanitised or escaped, but never as markup
    expect(res.text).toMatch(/svg onload=alert\(3\)/);
  });

  it('escapes them in the actions list too', async () => {
    const res = await page('/actions', s.officer.cookie).expect(200);
    noActiveMarkup(res.text);
    expect(res.text).toContain('&lt;script&gt;');
  });

  it('escapes the extracted text and the file name on the document review page and lists', async () => {
    const review = await page(`/documents/${s.docA}/review`, s.officer.cookie);
    expect(review.status).toBe(200);
    noActiveMarkup(review.text);
    expect(review.text).not.toMatch(/<b onmouseover/i);
    expect(review.text).toMatch(/&lt;b onmouseover=alert\(4\)&gt;/);
    expect(review.text).toContain('&lt;script&gt;');
    const list = await page('/documents', s.officer.cookie);
    expect(list.status).toBe(200);
    noActiveMarkup(list.text);
    const upload = await page(`/upload?ids=${s.docA}`, s.officer.cookie);
    expect(upload.status).toBe(200);
    noActiveMarkup(upload.text);
    expect(upload.text).toMatch(/&lt;img src=x onerror=alert\(1\)&gt;|img src=x onerror=alert\(1\)/);
  });

  it('sends a Content-Security-Policy without unsafe-inline scripts on pages', async () => {
    const res = await page(`/actions/${s.actionA}`, s.officer.cookie).expect(200);
    const csp = String(res.headers['content-security-policy'] ?? '');
    expect(csp).toMatch(/script-src/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});
