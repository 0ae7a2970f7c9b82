/** Shared helpers for the extraction tests: fixture paths, the contract's JSON Schema, running the CLI. */
import Ajv2020 from 'ajv/dist/2020';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile');
export const GENERATED = join(ROOT, 'test', 'fixtures', 'generated');
const SCHEMA_PATH = join(ROOT, '..', 'shared', 'contracts', 'extraction-result.schema.json');

export function validator(): (value: unknown) => string[] {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
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
