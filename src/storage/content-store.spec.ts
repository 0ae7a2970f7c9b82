import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentStore, StorageError } from './content-store';

describe('ContentStore', () => {
  let dir: string;
  let store: ContentStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'store-'));
    store = new ContentStore(join(dir, 'uploads'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  it('stores bytes under ab/<sha256>.<ext> once, and reads them back', async () => {
    const bytes = Buffer.from('a decision');
    const first = await store.putBytes(bytes, 'txt');
    expect(first).toEqual({
      sha256: sha(bytes),
      path: `${sha(bytes).slice(0, 2)}/${sha(bytes)}.txt`,
      sizeBytes: bytes.length,
      created: true,
    });
    const again = await store.putBytes(bytes, 'txt');
    expect(again.created).toBe(false);
    expect(await store.read(first.path)).toEqual(bytes);
    expect(readdirSync(join(dir, 'uploads', '.staging'))).toEqual([]);
  });

  it('stores a file from disk by streaming its hash, leaving the source alone', async () => {
    const source = join(dir, 'upload.tmp');
    const bytes = Buffer.alloc(3 * 1024 * 1024, 7);
    writeFileSync(source, bytes);
    const stored = await store.putFile(source, 'pdf');
    expect(stored.sha256).toBe(sha(bytes));
    expect(stored.sizeBytes).toBe(bytes.length);
    expect(readFileSync(store.absolutePath(stored.path)).equals(bytes)).toBe(true);
    expect(readFileSync(source).equals(bytes)).toBe(true);
    expect((await store.putFile(source, 'pdf')).created).toBe(false);
  });

  it('refuses paths it did not make (traversal, other names, bad extensions)', () => {
    const h = sha(Buffer.from('x'));
    expect(() => store.absolutePath('../etc/passwd')).toThrow(StorageError);
    expect(() => store.absolutePath(`${h.slice(0, 2)}/../../${h}.pdf`)).toThrow(StorageError);
    expect(() => store.absolutePath(`zz/${h}.pdf`)).toThrow(StorageError);
    expect(() => ContentStore.pathFor(h, '../pdf')).toThrow(StorageError);
    expect(() => ContentStore.pathFor('abc', 'pdf')).toThrow(StorageError);
    expect(store.absolutePath(ContentStore.pathFor(h, 'pdf'))).toBe(
      join(dir, 'uploads', h.slice(0, 2), `${h}.pdf`),
    );
  });
});
