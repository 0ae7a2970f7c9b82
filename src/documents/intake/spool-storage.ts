import type { Request } from 'express';
import type { StorageEngine } from 'multer';
import { randomUUID } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What `SpoolStorage` knows of a file once its part is read. */
export interface Spooled {
  /** Bytes in the part (all of them, also past the limit). */
  size: number;
  /** False when the file was over the limit: nothing of it is left on disk. */
  kept: boolean;
}

/**
 * Writes one multipart file part to `path`, counting its bytes, one stream chunk at a time (nothing
 * held in memory). Past `maxBytes` it stops writing, closes and deletes the partial file, and reads the
 * rest of the part to the end without keeping it, so the parts after it are still read. Whatever goes
 * wrong (the client goes away, the disk fails), the file is deleted before the error is passed on.
 */
export async function spool(source: Readable, path: string, maxBytes: number): Promise<Spooled> {
  const handle = await open(path, 'wx', 0o600);
  let size = 0;
  let writing = true;
  const stopWriting = async () => {
    if (!writing) return;
    writing = false;
    await handle.close();
  };
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (!writing) return done();
      if (size > maxBytes) {
        stopWriting()
          .then(() => rm(path, { force: true }))
          .then(() => done(), done);
        return;
      }
      writeAll(chunk).then(() => done(), done);
    },
  });
  const writeAll = async (chunk: Buffer) => {
    for (let at = 0; at < chunk.length;) at += (await handle.write(chunk, at)).bytesWritten;
  };
  try {
    await pipeline(source, sink);
    const kept = writing;
    await stopWriting();
    return { size, kept };
  } catch (e) {
    await stopWriting().catch(() => undefined);
    await rm(path, { force: true });
    throw e;
  }
}

/**
 * A multer storage engine: each file to a new file in the spool directory (`spool`). A file over
 * `maxBytes` is handed on with its size and no path (nothing of it on disk), so the caller can refuse
 * that file on its own while the files beside it go in. The request-wide limits stay multer's
 * (`limits`): set its `fileSize` above `maxBytes`, or a file past it ends the whole request.
 */
export class SpoolStorage implements StorageEngine {
  constructor(
    private readonly dir: string,
    private readonly maxBytes: number,
  ) {}

  _handleFile(
    _req: Request,
    file: Express.Multer.File,
    callback: (error?: unknown, info?: Partial<Express.Multer.File>) => void,
  ): void {
    const filename = randomUUID();
    const path = join(this.dir, filename);
    // Known before the file is done, so multer's cleanup of an aborted request removes it too.
    file.path = path;
    spool(file.stream, path, this.maxBytes).then(
      ({ size, kept }) =>
        callback(null, kept ? { destination: this.dir, filename, path, size } : { path: '', size }),
      (e: unknown) => callback(e),
    );
  }

  _removeFile(_req: Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
    if (!file.path) return callback(null);
    rm(file.path, { force: true }).then(
      () => callback(null),
      (e: Error) => callback(e),
    );
  }
}
