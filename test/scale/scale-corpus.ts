/**
 * The documents `npm run test:scale` uploads: the committed fixtures (PDF, Word and text decisions and
 * reports) in several byte-distinct copies, synthetic decisions with their own references, amounts and
 * services, and a few damaged files that must end `failed`. Every file is distinct by SHA-256 (the
 * service stores bytes once), and copies of one fixture must give the same result.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decisionPdf } from '../documents/support/decision-pdf';

export interface ScaleFile {
  name: string;
  bytes: Buffer;
  mediaType: string;
  /** Files with the same base must be read the same way (same type and number of recommendations). */
  base: string;
  /** A damaged file: the one outcome allowed is `failed`. */
  expectFailure: boolean;
}

const root = join(__dirname, '..', '..');

const MEDIA_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.txt': 'text/plain',
};

/** Damaged files the reader refuses with a reason (the upload itself accepts them: right signature). */
const DAMAGED = ['corrupt.pdf', 'truncated.pdf', 'password-protected.pdf', 'image-only.pdf', 'zip-bomb.docx'];

function fixtureFiles(): { path: string; name: string }[] {
  const dirs = [
    join(root, 'test', 'fixtures', 'generated'),
    join(root, 'test', 'fixtures', 'heldout', 'docs'),
    join(root, 'scripts', 'fixtures', 'samples'),
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => MEDIA_TYPES[extname(n)])
      .sort()
      .map((name) => ({ path: join(dir, name), name })),
  );
}

/**
 * Copy `n` of a file, distinct in its bytes and read the same: a PDF comment after the end of file,
 * a .docx archive comment (the zip's end record), blank lines after the end of a text.
 */
export function variant(bytes: Buffer, ext: string, n: number): Buffer {
  if (n === 0) return bytes;
  if (ext === '.pdf') return Buffer.concat([bytes, Buffer.from(`\n%scale-copy-${n}\n`)]);
  if (ext === '.docx') {
    // End of central directory: signature 0x06054b50, its comment length at offset 20.
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || bytes.readUInt16LE(eocd + 20) !== 0 || eocd + 22 !== bytes.length)
      throw new Error('variant: a .docx without a plain end record');
    const comment = Buffer.from(`scale copy ${n}`);
    const out = Buffer.concat([bytes, comment]);
    out.writeUInt16LE(comment.length, eocd + 20);
    return out;
  }
  return Buffer.concat([bytes, Buffer.from('\n'.repeat(n))]);
}

/** `total` distinct files: about a fifth synthetic decisions, five damaged, the rest fixture copies. */
export async function scaleCorpus(total: number): Promise<ScaleFile[]> {
  const damaged: ScaleFile[] = DAMAGED.map((name) => ({
    name: `damaged-${name}`,
    bytes: readFileSync(join(root, 'test', 'fixtures', 'hostile', name)),
    mediaType: MEDIA_TYPES[extname(name)],
    base: `damaged:${name}`,
    expectFailure: true,
  }));
  const synthetic = Math.floor(total / 5);
  const generated: ScaleFile[] = [];
  for (let i = 0; i < synthetic; i++) {
    generated.push({
      name: `decision-${i + 1}.pdf`,
      bytes: await decisionPdf({ seed: 1000 + i, pages: 2 + (i % 5) }),
      mediaType: MEDIA_TYPES['.pdf'],
      base: 'synthetic-decision',
      expectFailure: false,
    });
  }
  const fixtures = fixtureFiles().map((f) => ({ ...f, bytes: readFileSync(f.path) }));
  const copies: ScaleFile[] = [];
  const wanted = total - damaged.length - generated.length;
  for (let i = 0; i < wanted; i++) {
    const f = fixtures[i % fixtures.length];
    const n = Math.floor(i / fixtures.length);
    const ext = extname(f.name);
    copies.push({
      name: `${f.name.slice(0, -ext.length)}-copy${n + 1}${ext}`,
      bytes: variant(f.bytes, ext, n),
      mediaType: MEDIA_TYPES[ext],
      base: `fixture:${f.name}`,
      expectFailure: false,
    });
  }
  // Interleaved, so every batch mixes formats and the damaged files land mid-run.
  const files: ScaleFile[] = [];
  const lists = [copies, generated];
  for (let i = 0; files.length < copies.length + generated.length; i++) {
    for (const list of lists) if (i < list.length) files.push(list[i]);
  }
  damaged.forEach((d, k) => files.splice(Math.floor(((k + 1) * files.length) / (damaged.length + 1)), 0, d));
  const hashes = new Set(files.map((f) => createHash('sha256').update(f.bytes).digest('hex')));
  if (hashes.size !== files.length) throw new Error('the scale corpus has two files with the same bytes');
  return files;
}
