/**
 * `npm run bench:ingest [-- --count 1000 --batch 20 --parallel 4 --ts --node-arg --cpu-prof --env K=V]`
 *
 * Generates N distinct 5-20 page decision PDFs (kept in node_modules/.cache/redress-bench-pdfs), starts the real service as a child process on the
 * embedded default (SQLite + private Redis) in a temporary DATA_DIR, uploads them over HTTP in
 * batches, polls until every one is processed, and prints: time until all processed, documents/second,
 * p50/p95 per document (upload accepted -> processed), peak RSS of the service (its worker threads
 * included: they are part of the process) and of its children (the private redis-server), /health
 * p95 measured throughout the run (from a separate probe process), the CPU time the service used, and
 * the machine's load average.
 *
 * By default the service runs compiled JavaScript, as `npm start` does: the sources are compiled into
 * node_modules/.cache/redress-bench (incremental, so the shared dist/ is left alone). `--ts` runs the
 * sources through ts-node instead (slower start, more memory: not the figure to quote).
 * Bar: 1,000 documents in under 90 s on 2 cores, /health p95 < 50 ms, RSS < 500 MB.
 */
import { MikroORM } from '@mikro-orm/core';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
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
  ts: boolean;
  keep: boolean;
  nodeArgs: string[];
  env: Record<string, string>;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { count: 1000, batch: 20, parallel: 4, ts: false, keep: false, nodeArgs: [], env: {} };
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
    else if (a === '--ts') o.ts = true;
    else if (a === '--built') o.ts = false;
    else if (a === '--node-arg') o.nodeArgs.push(next());
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

const buildDir = join(root, 'node_modules', '.cache', 'redress-bench');
const corpusDir = join(root, 'node_modules', '.cache', 'redress-bench-pdfs');

/** A generated decision, kept between runs (generating 1,000 takes longer than processing them). */
async function generated(seed: number, pages: number): Promise<Buffer> {
  const file = join(corpusDir, `decision-${seed}-${pages}p.pdf`);
  if (existsSync(file)) return readFileSync(file);
  const bytes = await decisionPdf({ seed, pages });
  mkdirSync(corpusDir, { recursive: true });
  writeFileSync(file, bytes);
  return bytes;
}

/**
 * Compiles the sources as `npm run build` does, into a private directory (incremental), and copies the
 * files that are not TypeScript (templates, assets). Under node_modules, so packages still resolve.
 */
function buildService(): string {
  const t = Date.now();
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(root, 'tsconfig.build.json'),
      '--outDir',
      buildDir,
      '--incremental',
      '--tsBuildInfoFile',
      join(buildDir, 'build.tsbuildinfo'),
      '--sourceMap',
      'false',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  cpSync(join(root, 'src'), join(buildDir, 'src'), {
    recursive: true,
    filter: (source) => !source.endsWith('.ts'),
  });
  log(`compiled the service in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return join(buildDir, 'src', 'main.js');
}

function startService(o: Options, env: Record<string, string>, main: string): ChildProcess {
  const args = o.ts ? ['-r', 'ts-node/register/transpile-only', main] : [main];
  const child = spawn(process.execPath, [...o.nodeArgs, ...args], {
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

/** CPU time (user + system, all threads) of a process, in seconds; children that exited are not counted. */
function cpuSeconds(pid: number, file = `/proc/${pid}/stat`): number {
  try {
    const stat = readFileSync(file, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of /proc/PID/stat (12 and 13 after the command name).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU time of the process's main thread alone (the event loop that answers HTTP). */
function mainThreadCpuSeconds(pid: number): number {
  return cpuSeconds(pid, `/proc/${pid}/task/${pid}/stat`);
}

function treeCpuSeconds(pid: number): number {
  return descendants(pid).reduce((sum, p) => sum + cpuSeconds(p), 0);
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

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

/**
 * Probes /health every 100 ms from its own process, so what is measured is the service's answer time,
 * not the benchmark's own event loop (busy building uploads and sampling /proc).
 */
const PROBE_SCRIPT = `
const latencies = [];
let failures = 0;
let stopped = false;
process.stdin.resume();
process.stdin.on('end', () => (stopped = true));
(async () => {
  while (!stopped) {
    const t = performance.now();
    try {
      const res = await fetch(process.env.PROBE_URL);
      await res.arrayBuffer();
      if (res.status !== 200) failures += 1;
      latencies.push(performance.now() - t);
    } catch {
      failures += 1;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.stdout.write(JSON.stringify({ latencies, failures }));
})();
`;

class HealthProbe {
  latencies: number[] = [];
  failures = 0;
  private readonly child: ChildProcess;
  private readonly output: Promise<string>;
  constructor(base: string) {
    this.child = spawn(process.execPath, ['-e', PROBE_SCRIPT], {
      env: { PATH: process.env.PATH ?? '', PROBE_URL: `${base}/health` },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let text = '';
    this.child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
    this.output = new Promise((resolve) => this.child.once('exit', () => resolve(text)));
  }
  async stop(): Promise<void> {
    this.child.stdin?.end();
    const result = JSON.parse(await this.output) as { latencies: number[]; failures: number };
    this.latencies = result.latencies;
    this.failures = result.failures;
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
  sha256: string;
  documentType: string | null;
  createdAt: string;
  processingStartedAt: string | null;
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
      files.push({ name: `decision-${i + 1}.pdf`, bytes: await generated(i + 1, pages), pages });
    }
    const totalPages = files.reduce((a, f) => a + f.pages, 0);
    log(
      `generated in ${((Date.now() - tGen) / 1000).toFixed(1)} s: ${totalPages} pages, ${(files.reduce((a, f) => a + f.bytes.length, 0) / 1e6).toFixed(1)} MB`,
    );

    const shas = new Set(files.map((f) => createHash('sha256').update(f.bytes).digest('hex')));
    if (shas.size !== files.length) throw new Error('the generated PDFs are not all distinct');

    const main = o.ts ? join(root, 'src', 'main.ts') : buildService();
    const config = loadConfig(env);
    ensureDirectories(config);
    await migrateDatabase(config);
    const token = await createToken(config);
    child = startService(o, env, main);
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, child);
    log(
      `service up (pid ${child.pid}, ${o.ts ? 'ts-node' : 'compiled'}); uploading in batches of ${o.batch}, ${o.parallel} at a time`,
    );
    const loadBefore = load();
    const memory = new MemoryWatch(child.pid!);
    memory.start();
    const probe = new HealthProbe(base);
    const auth = { Authorization: `Bearer ${token}` };
    const cpuBefore = treeCpuSeconds(child.pid!);
    const mainCpuBefore = mainThreadCpuSeconds(child.pid!);

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
        const body = (await res.json()) as { documents: { duplicateOf: string | null }[] };
        if (body.documents.length !== batch.length || body.documents.some((d) => d.duplicateOf !== null))
          throw new Error('the service took a distinct file for a duplicate');
        uploaded += batch.length;
      }
    });
    await Promise.all(uploaders);
    const uploadSeconds = (performance.now() - t0) / 1000;
    log(`uploaded ${uploaded} in ${uploadSeconds.toFixed(1)} s`);

    let done = 0;
    let failed = 0;
    for (;;) {
      const res = await fetch(`${base}/api/documents/counts`, { headers: auth });
      const { counts } = (await res.json()) as { counts: Record<string, number> };
      done = counts.processed;
      failed = counts.failed;
      if (done + failed >= o.count) break;
      if (child.exitCode !== null) throw new Error('the service exited during the run');
      await new Promise((r) => setTimeout(r, 250));
    }
    const allSeconds = (performance.now() - t0) / 1000;
    const cpuUsed = treeCpuSeconds(child.pid!) - cpuBefore;
    const mainCpuUsed = mainThreadCpuSeconds(child.pid!) - mainCpuBefore;
    const loadAfter = load();
    await probe.stop();
    memory.stop();

    const docs: ListedDocument[] = [];
    for (let page = 1; docs.length < o.count; page++) {
      const res = await fetch(`${base}/api/documents?pageSize=200&page=${page}`, { headers: auth });
      const body = (await res.json()) as { documents: ListedDocument[] };
      if (!body.documents.length) break;
      docs.push(...body.documents);
    }
    const ms = (a: string, b: string): number => new Date(b).getTime() - new Date(a).getTime();
    const processedDocs = docs.filter((d) => d.status === 'processed' && d.processedAt);
    const perDoc = processedDocs.map((d) => ms(d.createdAt, d.processedAt!));
    const working = processedDocs
      .filter((d) => d.processingStartedAt)
      .map((d) => ms(d.processingStartedAt!, d.processedAt!));
    const decisions = processedDocs.filter((d) => d.documentType === 'lgsco_decision').length;
    const distinct = new Set(docs.map((d) => d.sha256)).size;
    const errors = [...new Set(docs.filter((d) => d.status === 'failed').map((d) => d.error))];

    const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
    const s1 = (v: number): string => (v / 1000).toFixed(1);
    const healthP95 = percentile(probe.latencies, 95);
    const lines = [
      `documents:                 ${o.count} distinct (${distinct} distinct hashes stored, ${totalPages} pages), processed ${done} (${decisions} read as LGSCO decisions), failed ${failed}`,
      `time until all processed:  ${allSeconds.toFixed(1)} s (uploads took ${uploadSeconds.toFixed(1)} s)`,
      `throughput:                ${(o.count / allSeconds).toFixed(1)} documents/s, ${(totalPages / allSeconds).toFixed(0)} pages/s`,
      `per document (upload accepted -> processed): p50 ${s1(percentile(perDoc, 50))} s, p95 ${s1(percentile(perDoc, 95))} s; claimed -> processed: p50 ${percentile(working, 50).toFixed(0)} ms, p95 ${percentile(working, 95).toFixed(0)} ms`,
      `/health during the run:    p50 ${percentile(probe.latencies, 50).toFixed(1)} ms, p95 ${healthP95.toFixed(1)} ms, max ${Math.max(...probe.latencies).toFixed(1)} ms (${probe.latencies.length} probes, ${probe.failures} failed)`,
      `peak RSS (VmHWM):          service with its worker threads ${mb(memory.serviceHwmKb)}; with its children (redis-server) ${mb(memory.sumOfHwmKb)}; highest sampled total ${mb(memory.peakCurrentTotalKb)}`,
      `CPU used by the service:   ${cpuUsed.toFixed(1)} s (${((cpuUsed / o.count) * 1000).toFixed(0)} ms per document; ${(cpuUsed / allSeconds).toFixed(2)} cores busy on average); its main thread (HTTP, queue, database) ${mainCpuUsed.toFixed(1)} s (${((mainCpuUsed / allSeconds) * 100).toFixed(0)}% of the run)`,
      `load average (1/5/15 min): before ${loadBefore}; after ${loadAfter} (${cpus().length} cores)`,
      `bar (1,000 in < 90 s, /health p95 < 50 ms, RSS < 500 MB, none failed): ${
        o.count >= 1000 &&
        allSeconds < 90 &&
        healthP95 < 50 &&
        memory.sumOfHwmKb < 500 * 1024 &&
        failed === 0 &&
        done === o.count
          ? 'met'
          : 'NOT met'
      }`,
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
