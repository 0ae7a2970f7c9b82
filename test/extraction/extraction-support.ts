/** Helpers for the extraction tests: fixture paths, the repository's ExtractionResult JSON Schema, running the CLI. */
import Ajv2020 from 'ajv/dist/2020';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { EXTRACTION_RESULT_SCHEMA } from '../../src/extraction/result-schema';

export const ROOT = join(__dirname, '..', '..');
export const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile');
export const GENERATED = join(ROOT, 'test', 'fixtures', 'generated');

export function validator(): (value: unknown) => string[] {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(EXTRACTION_RESULT_SCHEMA);
  return (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the extract command as `npm run --silent extract -- ...args` would (or node directly). */
export function runCli(args: string[], viaNpm = false): Promise<CliRun> {
  const [command, commandArgs] = viaNpm
    ? ['npm', ['run', '--silent', 'extract', '--', ...args]]
    : [
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', join(ROOT, 'src', 'cli', 'extract.ts'), ...args],
      ];
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '', DOTENV_CONFIG_QUIET: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}
