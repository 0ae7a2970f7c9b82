import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { uploadSpoolDir } from '../../src/config/data-paths';
import { decisionPdf, manyPagePdf } from './support/decision-pdf';
import { api, DocumentsHarness, startDocumentsApp, upload, waitUntilDone } from './support/documents-api';
import { storedZip } from './support/zip-writer';

jest.setTimeout(240_000);

const HOSTILE = join(__dirname, '..', 'fixtures', 'hostile');
const fixture = (name: string): Buffer => readFileSync(join(HOSTILE, name));

const MINIMAL_DOCX_PARTS = [
  { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
  { name: 'word/document.xml', data: Buffer.from('<?xml version="1.0"?><w:document/>') },
];

function manyEntriesDocx(entries: number): Buffer {
  const parts = [...MINIMAL_DOCX_PARTS];
  for (let i = 0; i < entries; i++) parts.push({ name: `word/media/p${i}.xml`, data: Buffer.from('x') });
  return storedZip(parts);
}

interface Case {
  label: string;
  name: string;
  bytes: () => Buffer | Promise<Buffer>;
  refused?: { status: number; message: RegExp };
  fails?: RegExp;
}

const CASES: Case[] = [
  {
    label: 'an empty file',
    name: 'empty.pdf',
    bytes: () => fixture('empty.pdf'),
    refused: { status: 422, message: /empty/i },
  },
  {
    label: 'a Linux program renamed .pdf',
    name: 'report.pdf',
    bytes: () => fixture('elf-executable.pdf'),
    refused: { status: 415, message: /Linux program, not a document/ },
  },
  {
    label: 'a Windows program renamed .pdf',
    name: 'decision.pdf',
    bytes: () => fixture('windows-executable.pdf'),
    refused: { status: 415, message: /Windows program, not a document/ },
  },
  {
    label: 'a .docx that is not a zip',
    name: 'decision.docx',
    bytes: () => fixture('not-a-zip.docx'),
    refused: { status: 415, message: /not a document we can read/i },
  },
  {
    label: 'a .docx that is random bytes',
    name: 'decision.docx',
    bytes: () => Buffer.concat([Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]), randomBytes(3000)]),
    refused: { status: 415, message: /not a document/i },
  },
  {
    label: 'a spreadsheet renamed .docx',
    name: 'decision.docx',
    bytes: () => fixture('spreadsheet.docx'),
    refused: { status: 415, message: /Excel spreadsheet, not a Word .docx/ },
  },
  {
    label: 'a picture renamed .docx',
    name: 'scan.docx',
    bytes: () => fixture('picture.docx'),
    refused: { status: 415, message: /picture, not a document/ },
  },
  {
    label: 'an old-style or password-protected Word file',
    name: 'decision.docx',
    bytes: () => fixture('old-word-or-protected.docx'),
    refused: { status: 415, message: /old-style Word .doc file or a password-protected Word file/ },
  },
  {
    label: 'a corrupt PDF',
    name: 'corrupt.pdf',
    bytes: () => fixture('corrupt.pdf'),
    fails: /damaged or incomplete/,
  },
  {
    label: 'a PDF of random bytes after its header',
    name: 'noise.pdf',
    bytes: () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4000)]),
    fails: /damaged|cannot be read/i,
  },
  {
    label: 'a truncated PDF',
    name: 'truncated.pdf',
    bytes: () => fixture('truncated.pdf'),
    fails: /damaged or incomplete/,
  },
  {
    label: 'a decision PDF cut off after 700 bytes',
    name: 'cut.pdf',
    bytes: async () => (await decisionPdf({ seed: 99, pages: 5 })).subarray(0, 700),
    fails: /damaged|incomplete|cannot be read|no text/i,
  },
  {
    label: 'a password-protected PDF',
    name: 'protected.pdf',
    bytes: () => fixture('password-protected.pdf'),
    fails: /The PDF is password-protected: save an unprotected copy and upload it again/,
  },
  {
    label: 'an image-only (scanned) PDF',
    name: 'scan.pdf',
    bytes: () => fixture('image-only.pdf'),
    fails: /no text: it looks like a scanned image/,
  },
  { label: 'a PDF of 2,500 pages', name: 'huge.pdf', bytes: () => manyPagePdf(2500), fails: /2,500 pages/ },
  {
    label: 'a zip bomb .docx',
    name: 'bomb.docx',
    bytes: () => fixture('zip-bomb.docx'),
    fails: /too large|damaged|malicious/i,
  },
  {
    label: 'a zip bomb .docx that lies about its sizes',
    name: 'bomb2.docx',
    bytes: () => fixture('zip-bomb-lying-sizes.docx'),
    fails: /too large|damaged|malicious/i,
  },
  {
    label: 'a .docx with 30,000 entries',
    name: 'entries.docx',
    bytes: () => manyEntriesDocx(30_000),
    fails: /not a normal document|parts/i,
  },
];

describe('hostile files: every one is refused or ends failed with a clear reason, and the service keeps serving', () => {
  let h: DocumentsHarness;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    h = await startDocumentsApp();
  });
  afterAll(() => h?.t.close());

  it.each(CASES.filter((c) => c.refused))('refuses $label at upload', async (c) => {
    const res = await upload(h, [{ name: c.name, bytes: await c.bytes() }]);
    expect(res.status).toBe(c.refused!.status);
    expect(res.body.message).toMatch(c.refused!.message);
    expect(res.body.message).toContain(`"${c.name}"`);
  });

  it('accepts the others and fails each once with its reason', async () => {
    const failing = CASES.filter((c) => c.fails);
    for (const c of failing) {
      const res = await upload(h, [{ name: c.name, bytes: await c.bytes() }]);
      expect([c.label, res.status]).toEqual([c.label, 202]);
      ids.set(c.label, res.body.documents[0].id);
    }
    // While they are being read (the 2,500-page PDF, the zip bombs), the service answers.
    const health = await request(h.t.app.getHttpServer()).get('/health');
    expect(health.status).toBe(200);
    for (const c of failing) {
      const doc = await waitUntilDone(h, ids.get(c.label)!, 120_000);
      expect([c.label, doc.status]).toEqual([c.label, 'failed']);
      expect([c.label, doc.error]).toEqual([c.label, expect.stringMatching(c.fails!)]);
      expect([c.label, doc.attempts]).toEqual([c.label, 1]);
      const extraction = await api(h, 'get', `/api/documents/${doc.id}/extraction`);
      expect(extraction.body.errors.length).toBeGreaterThan(0);
      expect(extraction.body.documentType).toBe('unknown');
      expect((await api(h, 'get', `/api/documents/${doc.id}/recommendations`)).body.recommendations).toEqual(
        [],
      );
    }
  });

  it('treats HTML with scripts as text: the script never reaches the extraction', async () => {
    const html = fixture('scripts.html');
    expect(html.toString()).toMatch(/<script/i);
    const res = await upload(h, [{ name: 'page.html', bytes: html }]);
    expect(res.status).toBe(202);
    const doc = await waitUntilDone(h, res.body.documents[0].id);
    expect(doc.mediaType).toBe('text/html');
    const extraction = await api(h, 'get', `/api/documents/${doc.id}/extraction`);
    expect(JSON.stringify(extraction.body)).not.toMatch(/<script|alert\(/i);
    const file = await api(h, 'get', `/api/documents/${doc.id}/file`);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });

  it('stores a file with a path-traversal name by its hash under UPLOAD_DIR only, keeping a harmless label', async () => {
    const outside = join(h.t.dir, 'escaped.txt');
    const names = [
      '../../escaped.txt',
      '..\\..\\escaped.txt',
      `${h.t.dir}/escaped.txt`,
      '....//....//escaped.txt',
      '%2e%2e%2fescaped.txt',
    ];
    const files = names.map((name, i) => ({
      name,
      bytes: Buffer.from(`The Council will apologise to Mr ${i}.`),
    }));
    const res = await upload(h, files);
    expect(res.status).toBe(202);
    const labels = res.body.documents.map((d: { fileName: string }) => d.fileName);
    expect(labels).toEqual([
      'escaped.txt',
      'escaped.txt',
      'escaped.txt',
      'escaped.txt',
      '%2e%2e%2fescaped.txt',
    ]);
    expect(existsSync(outside)).toBe(false);
    for (const d of res.body.documents as { id: string; sha256: string }[]) {
      const stored = join(h.t.config.uploadDir, d.sha256.slice(0, 2), `${d.sha256}.txt`);
      expect(existsSync(stored)).toBe(true);
      expect((await waitUntilDone(h, d.id)).status).toBe('processed');
    }
    const everything = readdirSync(h.t.dir, { recursive: true }) as string[];
    expect(everything.filter((f) => f.endsWith('escaped.txt'))).toEqual([]);
  });

  it('refuses a file over the size limit (413), too many files (422) and a request with no file (422)', async () => {
    const small = await startDocumentsApp({ MAX_UPLOAD_MB: '1', MAX_FILES_PER_UPLOAD: '2' });
    try {
      const big = Buffer.alloc(1024 * 1024 + 10, 0x41);
      const tooBig = await upload(small, [{ name: 'big.txt', bytes: big }]);
      expect(tooBig.status).toBe(413);
      expect(tooBig.body.message).toMatch(/larger than the 1 MB limit/);
      const three = await upload(
        small,
        [1, 2, 3].map((n) => ({ name: `${n}.txt`, bytes: Buffer.from(`text ${n}`) })),
      );
      expect(three.status).toBe(422);
      expect(three.body.message).toMatch(/at most 2 files/);
      const none = await request(small.t.app.getHttpServer())
        .post('/api/documents')
        .set({ Authorization: `Bearer ${small.tokens.officer}` })
        .field('kind', 'decision');
      expect(none.status).toBe(422);
      expect(none.body.message).toMatch(/at least one file/);
      const wrongField = await request(small.t.app.getHttpServer())
        .post('/api/documents')
        .set({ Authorization: `Bearer ${small.tokens.officer}` })
        .attach('file', Buffer.from('x'), 'x.txt');
      expect(wrongField.status).toBe(422);
      // Nothing of the refused uploads is left on disk or in the database.
      expect(readdirSync(uploadSpoolDir(small.t.config))).toEqual([]);
      expect((await api(small, 'get', '/api/documents')).body.total).toBe(0);
    } finally {
      await small.t.close();
    }
  });

  it('refuses the whole upload when one file of several is refused, storing none of them', async () => {
    const res = await upload(h, [
      { name: 'fine.txt', bytes: Buffer.from('The Council will apologise to Mr Y.') },
      { name: 'evil.pdf', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]) },
    ]);
    expect(res.status).toBe(415);
    const list = await api(h, 'get', '/api/documents?pageSize=200');
    expect(list.body.documents.map((d: { fileName: string }) => d.fileName)).not.toContain('fine.txt');
  });

  it('is still healthy and still processes a normal decision afterwards', async () => {
    const health = await request(h.t.app.getHttpServer()).get('/health');
    expect(health.status).toBe(200);
    const res = await upload(h, [{ name: 'normal.pdf', bytes: await decisionPdf({ seed: 7, pages: 5 }) }]);
    const doc = await waitUntilDone(h, res.body.documents[0].id);
    expect(doc.status).toBe('processed');
    expect(
      (await api(h, 'get', `/api/documents/${doc.id}/recommendations`)).body.recommendations.length,
    ).toBeGreaterThan(0);
  });
});
