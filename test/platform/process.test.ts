import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/platform/redis/redis-supervisor';

/** Each test boots the service in a child process with ts-node: slow on a loaded machine. */
jest.setTimeout(300_000);

const root = join(__dirname, '..', '..');

function startService(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(root, 'src', 'main.ts')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      DOTENV_CONFIG_QUIET: 'true',
      TS_NODE_TRANSPILE_ONLY: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function output(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  return () => text;
}

async function waitForHealth(port: number, child: ChildProcess, log: () => string): Promise<Response> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`service exited: ${log()}`);
    try {
      return await fetch(`http://127.0.0.1:${port}/health`);
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`service did not answer: ${log()}`);
}

function alive(pid: number): boolean {
  return spawnSync('kill', ['-0', String(pid)]).status === 0;
}

describe('the service process (npm start on the embedded default)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'redress-proc-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('after npm run seed, boots on SQLite with a private Redis, prints the demo sign-ins, answers /health, and SIGTERM leaves no redis-server behind', async () => {
    const port = await freePort();
    const seeded = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(root, 'src', 'cli', 'seed.ts')],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', DATA_DIR: join(dir, 'data'), UPLOAD_DIR: join(dir, 'up') },
        encoding: 'utf8',
      },
    );
    expect(seeded.stderr).toContain('demo users: 5 created');
    expect(seeded.status).toBe(0);
    const child = startService({
      PORT: String(port),
      DATA_DIR: join(dir, 'data'),
      UPLOAD_DIR: join(dir, 'up'),
    });
    const log = output(child);
    const res = await waitForHealth(port, child, log);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
    expect(existsSync(join(dir, 'data', 'redress.sqlite'))).toBe(true);
    const redisPid = Number(readFileSync(join(dir, 'data', 'redis', 'redis.pid'), 'utf8'));
    expect(alive(redisPid)).toBe(true);

    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(alive(redisPid)).toBe(false);
    const lines = log()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg?: string });
    expect(lines.some((l) => l.msg === 'Redress is running')).toBe(true);
    expect(log()).toContain('Demo sign-ins');
    expect(log()).toMatch(/officer\s+officer@demo\.redress\.test\s+\S{12,}/);
  });

  it('refuses to boot with a bad variable, naming it in one line', () => {
    const r = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(root, 'src', 'main.ts')],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', PORT: 'eighty', DATA_DIR: join(dir, 'data') },
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(78);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('PORT="eighty"');
  });

  it('says how to install redis-server when it is missing', () => {
    const r = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(root, 'src', 'main.ts')],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          REDIS_SERVER_BIN: 'redis-server-not-here',
          DATA_DIR: join(dir, 'data'),
        },
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('apt-get install -y redis-server');
  });
});
