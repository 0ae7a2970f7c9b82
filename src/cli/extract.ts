/**
 * npm run --silent extract -- FILE...
 *
 * Prints one ExtractionResult (../shared/contracts/extraction-result.md) per file on stdout as JSON
 * Lines, in argument order; logs go to stderr. A file that cannot be read still gets its line, with
 * `errors`. Exit status 0 = every file extracted, 1 = some file had an error, 2 = wrong usage.
 * Needs no database, Redis or build: each file is read in a thread of the extraction pool, with a time limit.
 */
import { readFile, stat } from 'node:fs/promises';

import { failedExtraction, unreadSource } from '../extraction/readers/extraction-source';
import type { ExtractionResult } from '../extraction/types';
import { consoleToStderr } from '../extraction-pool/console-to-stderr';
import { ExtractionPool } from '../extraction-pool/extraction-pool';
import { ExtractArgs, parseExtractArgs, USAGE, UsageError } from './extract-args';

/** Larger files are refused before they are read into memory. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;
const EMPTY = new Uint8Array(0);

const log = (message: string): void => {
  process.stderr.write(`extract: ${message}\n`);
};

async function loadFile(path: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'This is a folder, not a file';
    if (!info.isFile()) return 'This is not a regular file';
    if (info.size > MAX_FILE_BYTES) {
      return `The file is too large (${Math.round(info.size / 1024 / 1024)} MB); the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB`;
    }
    return await readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return 'The file was not found';
    if (code === 'EACCES' || code === 'EPERM') return 'The file could not be opened: permission denied';
    return 'The file could not be opened';
  }
}

async function extractOne(pool: ExtractionPool, path: string, args: ExtractArgs): Promise<ExtractionResult> {
  const bytes = await loadFile(path);
  if (typeof bytes === 'string') return failedExtraction(unreadSource(EMPTY, path), [bytes]);
  const { result } = await pool.extract({
    fileName: path,
    file: { bytes },
    failedSource: unreadSource(bytes, path),
    options: { maxPages: args.maxPages, timeoutMs: args.timeoutMs },
  });
  return result;
}

async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

export async function main(argv: string[]): Promise<number> {
  let args: ExtractArgs | null;
  try {
    args = parseExtractArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`extract: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === null) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }

  const pool = new ExtractionPool({
    threads: Math.min(args.jobs, args.files.length),
    timeoutMs: args.timeoutMs,
    graceMs: 1000,
    maxHeapMb: 1024,
    log,
  });
  const files = args.files;
  // A few files ahead of the one being printed, so that memory does not grow with the file count.
  const window = Math.max(2, args.jobs * 2);
  const pending: Array<Promise<ExtractionResult>> = [];
  const schedule = (i: number): void => {
    if (i < files.length) pending[i] = extractOne(pool, files[i], args);
  };
  for (let i = 0; i < window; i++) schedule(i);
  let failures = 0;
  try {
    for (let i = 0; i < files.length; i++) {
      const result = await pending[i];
      delete pending[i];
      schedule(i + window);
      if (result.errors.length > 0) {
        failures++;
        log(`${files[i]}: ${result.errors.join('; ')}`);
      }
      await writeLine(JSON.stringify(result));
    }
  } finally {
    await pool.close();
  }
  return failures > 0 ? 1 : 0;
}

if (require.main === module) {
  consoleToStderr();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    },
  );
}
