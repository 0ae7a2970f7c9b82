import { EntityManager } from '@mikro-orm/core';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { EvidenceService, EvidenceUpload } from '../../src/actions/evidence.service';
import { TrackedAction } from '../../src/actions/entities/tracked-action.entity';
import { uploadSpoolDir } from '../../src/config/data-paths';
import { STALE_TEMP_MS, sweepTemporaryUploads } from '../../src/platform/runtime';
import { ContentStore } from '../../src/storage/content-store';
import { bearer } from '../support/auth-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { twoServices, TwoServices } from '../security/support/security-fixtures';

jest.setTimeout(180_000);

/** Every file under a directory (relative paths), skipping nothing. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

async function until<T>(what: () => T | null, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = what();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Evidence files are streamed to a temporary file (never held whole in memory), the temporary file is
 * removed after every request (accepted, refused, or cut off), left-overs of a killed process are
 * swept at start-up, and evidence refused as a concurrent change leaves no file in UPLOAD_DIR.
 */
describe('Evidence uploads on disk: temporary files and orphans', () => {
  let t: TestApp;
  let s: TwoServices;
  const api = () => request(t.app.getHttpServer());
  const spool = () => uploadSpoolDir(t.config);

  beforeAll(async () => {
    t = await createTestApp({ COMPLIANCE_SCHEDULER: 'false' });
    s = await twoServices(t);
  }, 120_000);
  afterAll(() => t?.close());
  afterEach(() => jest.restoreAllMocks());

  it('hands the service a file on disk, not its bytes, and removes the temporary file afterwards', async () => {
    const seen: EvidenceUpload[] = [];
    const add = EvidenceService.prototype.add;
    jest.spyOn(EvidenceService.prototype, 'add').mockImplementation(function (this: EvidenceService, ...a) {
      seen.push(a[2]);
      return add.apply(this, a);
    });
    await api()
      .post(`/api/actions/${s.actionA}/evidence`)
      .set(bearer(s.officer.token))
      .attach('file', Buffer.from(`Meeting minutes ${randomBytes(8).toString('hex')}\n`), 'minutes.txt')
      .expect(201);
    expect(seen[0].file).toEqual({
      path: expect.any(String),
      sizeBytes: expect.any(Number),
      originalName: 'minutes.txt',
    });
    expect(seen[0].file).not.toHaveProperty('bytes');
    await api()
      .post(`/api/actions/${s.actionA}/evidence`)
      .set(bearer(s.officer.token))
      .attach('file', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]), 'blob.bin')
      .expect(415);
    await until(() => (filesUnder(spool()).length === 0 ? true : null));
  });

  it('leaves no file in UPLOAD_DIR when the evidence is refused as a concurrent change', async () => {
    const before = filesUnder(t.config.uploadDir).sort();
    const put = ContentStore.prototype.putFile;
    jest.spyOn(ContentStore.prototype, 'putFile').mockImplementation(async function (
      this: ContentStore,
      ...a
    ) {
      const stored = await put.apply(this, a);
      // someone else changes the action while this upload is being stored
      const em = t.app.get(EntityManager).fork();
      const row = await em.findOneOrFail(TrackedAction, { id: s.actionA });
      await em.nativeUpdate(TrackedAction, { id: s.actionA }, { version: row.version + 1 });
      return stored;
    });
    const res = await api()
      .post(`/api/actions/${s.actionA}/evidence`)
      .set(bearer(s.officer.token))
      .attach('file', Buffer.from(`Unique letter ${randomBytes(16).toString('hex')}\n`), 'letter.txt');
    expect(res.status).toBe(409);
    expect(filesUnder(t.config.uploadDir).sort()).toEqual(before);
    await until(() => (filesUnder(spool()).length === 0 ? true : null));
  });

  it('removes the temporary file of an upload cut off half way', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const boundary = 'x' + randomBytes(8).toString('hex');
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/actions/${s.actionA}/evidence`,
      headers: {
        ...bearer(s.officer.token),
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': String(10 * 1024 * 1024),
      },
    });
    req.on('error', () => undefined);
    req.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`,
    );
    req.write(Buffer.alloc(2 * 1024 * 1024, 'a'));
    await until(() => (filesUnder(spool()).length > 0 ? true : null));
    req.destroy();
    await until(() => (filesUnder(spool()).length === 0 ? true : null));
  });

  it('sweeps temporary files older than an hour at start-up, and keeps newer ones', async () => {
    mkdirSync(spool(), { recursive: true });
    const staging = join(t.config.uploadDir, '.staging');
    mkdirSync(staging, { recursive: true });
    const old = [join(spool(), 'left-by-a-killed-process'), join(staging, '123-abc.part')];
    const fresh = join(spool(), 'in-flight');
    for (const f of [...old, fresh]) writeFileSync(f, 'x');
    const past = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    for (const f of old) utimesSync(f, past, past);
    expect(await sweepTemporaryUploads(t.config)).toBe(2);
    expect(old.some((f) => existsSync(f))).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});
