import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { spool } from './spool-storage';

/** The spool writes a part to disk chunk by chunk; past the limit it keeps nothing and reads on to the end. */
describe('spool', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spool-spec-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const chunks = (n: number, size: number) =>
    Array.from({ length: n }, (_, i) => Buffer.alloc(size, 0x61 + (i % 26)));

  it('keeps a file up to the limit, byte for byte', async () => {
    const parts = chunks(4, 1000);
    const result = await spool(Readable.from(parts), join(dir, 'a'), 4000);
    expect(result).toEqual({ size: 4000, kept: true });
    expect(readFileSync(join(dir, 'a'))).toEqual(Buffer.concat(parts));
  });

  it('past the limit deletes what it wrote and still reads the part to its end', async () => {
    let read = 0;
    const source = Readable.from(
      (function* () {
        for (const c of chunks(10, 1000)) {
          read += c.length;
          yield c;
        }
      })(),
    );
    const result = await spool(source, join(dir, 'b'), 2500);
    expect(result).toEqual({ size: 10_000, kept: false });
    expect(read).toBe(10_000);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('deletes the partial file when the part fails half way, and passes the error on', async () => {
    const source = new Readable({ read() {} });
    source.on('error', () => undefined); // as multer listens on each file stream
    const done = spool(source, join(dir, 'c'), 1_000_000);
    source.push(Buffer.alloc(500, 1));
    setImmediate(() => source.destroy(new Error('client went away')));
    await expect(done).rejects.toThrow('client went away');
    expect(readdirSync(dir)).toEqual([]);
  });
});
