/**
 * End-to-end checks of `npm run --silent extract -- FILE...`: JSON Lines on stdout in argument
 * order, every line valid against the contract's JSON Schema, exit status 0/1/2, a line for every
 * file however broken, and a time limit that turns a slow file into an error line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { manyPagesPdf } from '../../scripts/fixtures/lib/hostile';
import { GENERATED, HOSTILE, jsonLines, ROOT, runCli, validator } from './extraction-support';

interface ResultLine {
  source: { fileName: string; mediaType: string; pages: number | null; characters: number; sha256: string };
  documentType: string;
  recommendations: unknown[];
  errors: string[];
}

const validate = validator();

describe('extract command', () => {
  it('prints one valid line per file, in argument order, and exits 1 when any file failed', async () => {
    const files = [
      join(GENERATED, 'sample-lgsco-decision.pdf'),
      join(HOSTILE, 'password-protected.pdf'),
      join(GENERATED, 'sample-stage2-report.docx'),
      join(ROOT, 'scripts', 'fixtures', 'samples', 'sample-ligatures.txt'),
      join(HOSTILE, 'zip-bomb.docx'),
      join(HOSTILE, 'elf-executable.pdf'),
      join(HOSTILE, 'empty.pdf'),
      join(HOSTILE, 'does-not-exist.docx'),
      join(HOSTILE, 'scripts.html'),
    ];
    const run = await runCli(files, true);
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout) as ResultLine[];
    expect(lines.map((l) => l.source.fileName)).toEqual(files.map((f) => f.split('/').pop()));
    for (const line of lines) expect(validate(line)).toEqual([]);

    const [pdf, password, docx, txt, bomb, elf, empty, missing, html] = lines;
    expect(pdf).toMatchObject({ errors: [], source: { mediaType: 'application/pdf', pages: 2 } });
    expect(pdf.recommendations.length).toBeGreaterThan(0);
    expect(docx).toMatchObject({ errors: [], source: { pages: null } });
    expect(txt).toMatchObject({ errors: [], source: { mediaType: 'text/plain' } });
    expect(html).toMatchObject({ errors: [], source: { mediaType: 'text/html' } });
    for (const failed of [password, bomb, elf, empty, missing]) {
      expect(failed).toMatchObject({ documentType: 'unknown', recommendations: [] });
      expect(failed.errors).toHaveLength(1);
    }
    expect(password.errors[0]).toBe(
      'The PDF is password-protected: save an unprotected copy and upload it again',
    );
    expect(bomb.errors[0]).toMatch(/^The Word file is too large when unpacked/);
    expect(elf.errors[0]).toMatch(/^This file is a Linux program, not a document/);
    expect(empty.errors[0]).toBe('The file is empty');
    expect(missing.errors[0]).toBe('The file was not found');
    expect(run.stderr).toContain('password-protected.pdf: The PDF is password-protected');
  }, 120_000);

  it('exits 0 when every file was extracted', async () => {
    const run = await runCli([join(HOSTILE, 'utf16.txt'), join(HOSTILE, 'minimal.docx')]);
    const lines = jsonLines(run.stdout) as ResultLine[];
    expect(lines.map((l) => [l.source.fileName, l.errors, validate(l)])).toEqual([
      ['utf16.txt', [], []],
      ['minimal.docx', [], []],
    ]);
    expect(run.code).toBe(0);
  }, 60_000);

  it('exits 2 with usage on stderr and nothing on stdout when no file is given', async () => {
    const run = await runCli([], true);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: npm run --silent extract -- [options] FILE...');
  }, 60_000);

  it('turns a file that takes too long into an error line and carries on with the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redress-extract-'));
    try {
      const slow = join(dir, 'three-thousand-pages.pdf');
      writeFileSync(slow, await manyPagesPdf(3000));
      const run = await runCli([
        '--max-pages',
        '5000',
        '--timeout-seconds',
        '1',
        '--jobs',
        '1',
        slow,
        join(HOSTILE, 'utf16.txt'),
      ]);
      expect(run.code).toBe(1);
      const [timedOut, next] = jsonLines(run.stdout) as ResultLine[];
      expect(validate(timedOut)).toEqual([]);
      expect(timedOut.errors[0]).toMatch(/^The file took too long to read \(more than 1 seconds?\)/);
      expect(next).toMatchObject({ errors: [], source: { fileName: 'utf16.txt' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
