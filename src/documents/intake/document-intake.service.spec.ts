import type { EntityManager } from '@mikro-orm/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMAIN_ERROR_STATUS, DomainError } from '../../common/errors';
import type { AppConfig } from '../../config/app-config';
import type { ContentStore } from '../../storage/content-store';
import type { IngestQueue } from '../ingest/ingest-queue';
import { DocumentIntakeService } from './document-intake.service';

const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

/**
 * The intake service refuses with the one error model: a DomainError with a code (the API's status)
 * and the field it is about, never a Nest HTTP exception. Nothing here reaches the store or the
 * database: every refusal comes before anything is stored.
 */
describe('DocumentIntakeService refusals', () => {
  let dir: string;
  const putFile = jest.fn();
  const service = new DocumentIntakeService(
    {} as EntityManager,
    { putFile } as unknown as ContentStore,
    {} as IngestQueue,
    { limits: { maxUploadBytes: 1024 * 1024 } } as AppConfig,
  );

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'intake-spec-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => putFile.mockReset());

  function file(originalname: string, bytes: Buffer): Express.Multer.File {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.upload`);
    writeFileSync(path, bytes);
    return { path, originalname, size: bytes.length } as Express.Multer.File;
  }

  async function refusal(p: Promise<unknown>): Promise<DomainError> {
    const e = await p.then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }

  it('refuses an upload with no file: unprocessable (422), about the files field', async () => {
    for (const files of [undefined, []]) {
      const e = await refusal(service.upload(files, {}, null));
      expect([e.code, e.field, e.message]).toEqual([
        'unprocessable',
        'files',
        'Choose at least one file to upload',
      ]);
      expect(DOMAIN_ERROR_STATUS[e.code]).toBe(422);
      expect((await refusal(service.uploadEach(files, {}, null))).field).toBe('files');
    }
  });

  it('refuses an empty file: unprocessable (422), naming the file, about the files field', async () => {
    const e = await refusal(service.upload([file('blank.pdf', Buffer.alloc(0))], {}, null));
    expect([e.code, e.field]).toEqual(['unprocessable', 'files']);
    expect(e.message).toBe('"blank.pdf" is empty. Choose the file again');
    expect(putFile).not.toHaveBeenCalled();
  });

  it('refuses a type it cannot read: unsupported_type (415), naming the file and what it is', async () => {
    const e = await refusal(service.upload([file('report.pdf', ELF)], {}, null));
    expect([e.code, e.field]).toEqual(['unsupported_type', 'files']);
    expect(DOMAIN_ERROR_STATUS[e.code]).toBe(415);
    expect(e.message).toMatch(/^"report\.pdf": .*Linux program, not a document/);
    expect(putFile).not.toHaveBeenCalled();
  });

  it('refuses a file over the size limit: too_large (413), naming the file, in the same words as the page', async () => {
    const big = { path: '', originalname: 'scan.pdf', size: 1024 * 1024 + 1 } as Express.Multer.File;
    const e = await refusal(service.upload([big], {}, null));
    expect([e.code, e.field]).toEqual(['too_large', 'files']);
    expect(DOMAIN_ERROR_STATUS[e.code]).toBe(413);
    expect(e.message).toBe(
      '"scan.pdf": larger than the 1 MB limit. Decisions and reports are much smaller: check you chose the right file',
    );
    expect(putFile).not.toHaveBeenCalled();
  });

  it('refuses a field sent twice or too long: unprocessable, about that field', async () => {
    const text = file('d.txt', Buffer.from('The Council will apologise.'));
    const twice = await refusal(service.upload([text], { kind: ['a', 'b'] }, null));
    expect([twice.code, twice.field, twice.message]).toEqual([
      'unprocessable',
      'kind',
      'Give "kind" once, as text',
    ]);
    const long = await refusal(service.upload([text], { caseReference: 'x'.repeat(101) }, null));
    expect([long.code, long.field]).toEqual(['unprocessable', 'caseReference']);
    expect(long.message).toBe('"caseReference" is too long: at most 100 characters');
  });

  it('lists each refused file of a web upload with its reason, and stores nothing when all are refused', async () => {
    const result = await service.uploadEach(
      [
        file('scan.exe', ELF),
        file('empty.docx', Buffer.alloc(0)),
        { path: '', originalname: 'big.pdf', size: 5 * 1024 * 1024 } as Express.Multer.File,
      ],
      {},
      null,
    );
    expect(result.stored).toEqual([]);
    expect(result.refused.map((r) => r.fileName)).toEqual(['scan.exe', 'empty.docx', 'big.pdf']);
    expect(result.refused[0].message).toMatch(/Linux program/);
    expect(result.refused[1].message).toBe('"empty.docx" is empty. Choose the file again');
    expect(result.refused[2].message).toMatch(/^"big\.pdf": larger than the 1 MB limit/);
    expect(putFile).not.toHaveBeenCalled();
  });
});
