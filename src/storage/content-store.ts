import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, ReadStream } from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/** Where a stored file lives: a path relative to the store's root, derived from the content hash only. */
export interface StoredFile {
  sha256: string;
  /** e.g. `ab/ab12...ef.pdf`: relative to the store root; never built from a client's file name. */
  path: string;
  sizeBytes: number;
  /** false when the same bytes were already stored (nothing was written). */
  created: boolean;
}

const HEX64 = /^[0-9a-f]{64}$/;
const EXTENSION = /^[a-z0-9]{1,10}$/;

export class StorageError extends Error {}

/**
 * Files stored once by SHA-256 under `<root>/ab/<sha256>.<ext>`. Writes are atomic: bytes go to a
 * staging file on the same file system, are flushed, then renamed into place, so a reader never
 * sees half a file and a crash leaves at most a stray staging file. Used for uploads and evidence.
 */
export class ContentStore {
  readonly root: string;
  private readonly staging: string;

  constructor(root: string) {
    this.root = resolve(root);
    this.staging = join(this.root, '.staging');
  }

  /** The relative path for content with this hash and extension. */
  static pathFor(sha256: string, extension: string): string {
    if (!HEX64.test(sha256)) throw new StorageError('not a SHA-256 hex digest');
    if (!EXTENSION.test(extension)) throw new StorageError('not a plain file extension');
    return `${sha256.slice(0, 2)}/${sha256}.${extension}`;
  }

  /** Stores bytes held in memory. */
  async putBytes(bytes: Uint8Array, extension: string): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const relative = ContentStore.pathFor(sha256, extension);
    if (await this.has(relative)) return { sha256, path: relative, sizeBytes: bytes.length, created: false };
    const temp = await this.stagingFile();
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.moveIntoPlace(temp, relative);
    } finally {
      await rm(temp, { force: true });
    }
    return { sha256, path: relative, sizeBytes: bytes.length, created: true };
  }

  /**
   * Stores a file that is already on disk (an upload's temporary file). The source is left where it
   * is; the caller removes it. Hashing streams the file, so large files are never held in memory.
   */
  async putFile(sourcePath: string, extension: string): Promise<StoredFile> {
    const { sha256, sizeBytes } = await hashFile(sourcePath);
    const relative = ContentStore.pathFor(sha256, extension);
    if (await this.has(relative)) return { sha256, path: relative, sizeBytes, created: false };
    const temp = await this.stagingFile();
    try {
      await copyFile(sourcePath, temp);
      const handle = await open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.moveIntoPlace(temp, relative);
    } finally {
      await rm(temp, { force: true });
    }
    return { sha256, path: relative, sizeBytes, created: true };
  }

  /** The absolute path of a stored file; refuses anything that is not a path this store made. */
  absolutePath(relative: string): string {
    const match = /^([0-9a-f]{2})\/([0-9a-f]{64})\.([a-z0-9]{1,10})$/.exec(relative);
    if (!match || !match[2].startsWith(match[1])) throw new StorageError('not a stored file path');
    const full = resolve(this.root, relative);
    if (!full.startsWith(this.root + sep)) throw new StorageError('not a stored file path');
    return full;
  }

  /** Removes a stored file (its document was deleted); a file already gone is not an error. */
  async remove(relative: string): Promise<void> {
    await rm(this.absolutePath(relative), { force: true });
  }

  async has(relative: string): Promise<boolean> {
    try {
      return (await stat(this.absolutePath(relative))).isFile();
    } catch (e) {
      if (e instanceof StorageError) throw e;
      return false;
    }
  }

  read(relative: string): Promise<Buffer> {
    return readFile(this.absolutePath(relative));
  }

  /** The first `length` bytes of a stored file (fewer when it is shorter). */
  async head(relative: string, length: number): Promise<Buffer> {
    const handle = await open(this.absolutePath(relative), 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  stream(relative: string): ReadStream {
    return createReadStream(this.absolutePath(relative));
  }

  private async stagingFile(): Promise<string> {
    await mkdir(this.staging, { recursive: true, mode: 0o700 });
    return join(this.staging, `${process.pid}-${randomBytes(8).toString('hex')}.part`);
  }

  private async moveIntoPlace(temp: string, relative: string): Promise<void> {
    const target = this.absolutePath(relative);
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    // Same bytes written twice at once: both renames give the same content, so the last one wins safely.
    await rename(temp, target);
  }
}

export async function hashFile(path: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let sizeBytes = 0;
  const handle = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      sizeBytes += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}
