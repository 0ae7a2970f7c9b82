/**
 * `npm run bench:ingest [-- --count 1000 --batch 20 --parallel 4 --built]`
 *
 * Generates N distinct 5-20 page decision PDFs, starts the real service as a child process on the
 * embedded default (SQLite + private Redis) in a temporary DATA_DIR, uploads them over HTTP in
 * batches, polls until all are processed, and prints: time until all processed, documents/second,
 * p50/p95 per document (upload accepted -> processed), peak RSS of the service and its children
 * (VmHWM from /proc), and /health p95 measured during the run.
 * Bar: 1,000 documents in under 90 s on 2 cores, /health p95 < 50 ms, RSS < 500 MB.
 */
import { MikroORM } from '@mikro-orm/core';
import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mikroOrmOptions } from '../../prisma-free-config/mikro-orm.config';
import { loadConfig } from '../../src/config/app-config';
import { ensureDirectories, migrateDatabase } from '../../src/platform/runtime';
import { freePort } from '../../src/platform/redis/redis-supervisor';
import { ApiToken } from '../../src/users/entities/api-token.entity';
import { User } from '../../src/users/entities/user.entity';
import { decisionPdf } from '../../test/documents/support/decision-pdf';

const root = join(__dirname, '..', '..');

interface Options {
  count: number;
  batch: number;
  parallel: number;
  built: boolean;
  keep: boolean;
  env: Record<string, string>;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { count: 1000, batch: 20, parallel: 4, built: false, keep: false, env: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--count') o.count = Number(next());
    else if (a === '--batch') o.batch = Number(next());
    else if (a === '--parallel') o.parallel = Number(next());
    else if (a === '--built') o.built = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--env') {
      const [k, ...v] = next().split('=');
      o.env[k] = v.join('=');
    } else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(o.count) || o.count < 1) throw new Error('--count must be a positive whole number');
  return o;
}

const log = (m: string): void => void process.stderr.write(`${m}\n`);

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Random but reproducible page counts from 5 to 20. */
function pagesFor(i: number): number {
  return 5 + ((i * 7 + 3) % 16);
}

async function createToken(config: ReturnType<typeof loadConfig>): Promise<string> {
  const orm = await MikroORM.init(mikroOrmOptions(config));
  try {
    const em = orm.em.fork();
    const user = em.create(User, { email: 'bench@example.test', name: 'Benchmark officer', role: 'officer' });
    const token = `bench_${randomBytes(24).toString('base64url')}`;
    em.create(ApiToken, {
      user,
      name: 'bench',
      tokenHash: createHash('sha256').update(token).digest('hex'),
      prefix: token.slice(0, 12),
    });
    await em.flush();
    return token;
  } finally {
    await orm.close(true);
  }
}

function startService(o: Options, env: Record<string, string>): ChildProcess {
  const built = join(root, 'dist', 'src', 'main.js');
  const args = o.built ? [built] : ['-r', 'ts-node/register/transpile-only', join(root, 'src', 'main.ts')];
  if (o.built && !existsSync(built)) throw new Error('--built needs `npm run build` first');
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', TS_NODE_TRANSPILE_ONLY: 'true', ...env, ...o.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(d));
  return child;
}

/** The pids of a process and all its descendants (threads are part of their process). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // gone
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift()!;
    out.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return out;
}

function statusKb(pid: number, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

class MemoryWatch {
  readonly peakByPid = new Map<number, number>();
  peakCurrentTotalKb = 0;
  private timer: NodeJS.Timeout | null = null;
  constructor(private readonly pid: number) {}
  start(): void {
    this.timer = setInterval(() => this.sample(), 250);
  }
  sample(): void {
    let total = 0;
    for (const p of descendants(this.pid)) {
      const hwm = statusKb(p, 'VmHWM');
      if (hwm) this.peakByPid.set(p, Math.max(this.peakByPid.get(p) ?? 0, hwm));
      total += statusKb(p, 'VmRSS');
    }
    this.peakCurrentTotalKb = Math.max(this.peakCurrentTotalKb, total);
  }
  stop(): void {
    this.sample();
    if (this.timer) clearInterval(this.timer);
  }
  get serviceHwmKb(): number {
    return this.peakByPid.get(this.pid) ?? 0;
  }
  get sumOfHwmKb(): number {
    return [...this.peakByPid.values()].reduce((a, b) => a + b, 0);
  }
}

class HealthProbe {
  readonly latencies: number[] = [];
  failures = 0;
  private stopped = false;
  constructor(private readonly base: string) {}
  async run(): Promise<void> {
    while (!this.stopped) {
      const t = performance.now();
      try {
        const res = await fetch(`${this.base}/health`);
        await res.arrayBuffer();
        if (res.status !== 200) this.failures += 1;
        this.latencies.push(performance.now() - t);
      } catch {
        this.failures += 1;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  stop(): void {
    this.stopped = true;
  }
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the service exited while starting');
    try {
      if ((await fetch(`${base}/health`)).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the service did not answer /health within 120 s');
}

interface ListedDocument {
  id: string;
  status: string;
  createdAt: string;
  processedAt: string | null;
  error: string | null;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'redress-bench-'));
  const port = await freePort();
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: join(dir, 'data'),
    UPLOAD_DIR: join(dir, 'uploads'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
  };
  let child: ChildProcess | null = null;
  try {
    log(`generating ${o.count} distinct decision PDFs (5-20 pages) ...`);
    const tGen = Date.now();
    const files: { name: string; bytes: Buffer; pages: number }[] = [];
    for (let i = 0; i < o.count; i++) {
      const pages = pagesFor(i);
      files.push({ name: `decision-${i + 1}.pdf`, bytes: await decisionPdf({ seed: i + 1, pages }), pages });
    }
    const totalPages = files.reduce((a, f) => a + f.pages, 0);
    log(
      `generated in ${((Date.now() - tGen) / 1000).toFixed(1)} s: ${totalPages} pages, ${(files.reduce((a, f) => a + f.bytes.length, 0) / 1e6).toFixed(1)} MB`,
    );

    const config = loadConfig(env);
    ensureDirectories(config);
    await migrateDatabase(config);
    const token = await createToken(config);
    child = startService(o, env);
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, child);
    log(
      `service up (pid ${child.pid}, ${o.built ? 'built' : 'ts-node'}); uploading in batches of ${o.batch}, ${o.parallel} at a time`,
    );
    const memory = new MemoryWatch(child.pid!);
    memory.start();
    const probe = new HealthProbe(base);
    const probing = probe.run();
    const auth = { Authorization: `Bearer ${token}` };

    const t0 = performance.now();
    const batches: (typeof files)[] = [];
    for (let i = 0; i < files.length; i += o.batch) batches.push(files.slice(i, i + o.batch));
    let next = 0;
    let uploaded = 0;
    const uploaders = Array.from({ length: o.parallel }, async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        const form = new FormData();
        for (const f of batch)
          form.append('files', new Blob([new Uint8Array(f.bytes)], { type: 'application/pdf' }), f.name);
        const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: auth, body: form });
        if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
        uploaded += batch.length;
      }
    });
    await Promise.all(uploaders);
    const uploadSeconds = (performance.now() - t0) / 1000;
    log(`uploaded ${uploaded} in ${uploadSeconds.toFixed(1)} s`);

    let done = 0;
    let failed = 0;
    for (;;) {
      const count = async (status: string): Promise<number> => {
        const res = await fetch(`${base}/api/documents?status=${status}&pageSize=1`, { headers: auth });
        return ((await res.json()) as { total: number }).total;
      };
      done = await count('processed');
      failed = await count('failed');
      if (done + failed >= o.count) break;
      if (child.exitCode !== null) throw new Error('the service exited during the run');
      await new Promise((r) => setTimeout(r, 250));
    }
    const allSeconds = (performance.now() - t0) / 1000;
    probe.stop();
    await probing;
    memory.stop();

    const docs: ListedDocument[] = [];
    for (let page = 1; docs.length < o.count; page++) {
      const res = await fetch(`${base}/api/documents?pageSize=200&page=${page}`, { headers: auth });
      const body = (await res.json()) as { documents: ListedDocument[] };
      if (!body.documents.length) break;
      docs.push(...body.documents);
    }
    const perDoc = docs
      .filter((d) => d.processedAt)
      .map((d) => new Date(d.processedAt!).getTime() - new Date(d.createdAt).getTime());
    const errors = [...new Set(docs.filter((d) => d.status === 'failed').map((d) => d.error))];

    const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
    const lines = [
      `documents:                 ${o.count} (${totalPages} pages), processed ${done}, failed ${failed}`,
      `time until all processed:  ${allSeconds.toFixed(1)} s (uploads took ${uploadSeconds.toFixed(1)} s)`,
      `throughput:                ${(o.count / allSeconds).toFixed(1)} documents/s, ${(totalPages / allSeconds).toFixed(0)} pages/s`,
      `per document (upload accepted -> processed): p50 ${(percentile(perDoc, 50) / 1000).toFixed(1)} s, p95 ${(percentile(perDoc, 95) / 1000).toFixed(1)} s`,
      `/health during the run:    p50 ${percentile(probe.latencies, 50).toFixed(1)} ms, p95 ${percentile(probe.latencies, 95).toFixed(1)} ms, max ${Math.max(...probe.latencies).toFixed(1)} ms (${probe.latencies.length} probes, ${probe.failures} failed)`,
      `peak RSS (VmHWM):          service ${mb(memory.serviceHwmKb)}; service + children (sum of peaks) ${mb(memory.sumOfHwmKb)}; highest sampled total ${mb(memory.peakCurrentTotalKb)}`,
    ];
    if (errors.length) lines.push(`failure reasons: ${errors.join(' | ')}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (child && child.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => child?.kill('SIGKILL'), 15_000);
        child!.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child!.kill('SIGTERM');
      });
    }
    if (o.keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  process.stderr.write(`bench:ingest failed: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
