/**
 * `npm run test:scale` (run by scripts/test-scale.sh, which starts PostgreSQL and gives DATABASE_URL):
 * the scale-out set-up of the README as a whole, under a fault. It starts one Redis of its own, applies
 * the migrations and seeds (npm run migrate, seed), starts two web processes (QUEUE_CONSUMER=false) and two
 * `npm run worker` processes from dist/, uploads N distinct documents (PDF, Word, text; a few damaged)
 * through the API alternately on both web processes, accepts some recommendations with past due dates
 * (so the daily compliance run has notices to make), kill -9s one worker mid-batch and restarts it, and
 * checks from the database and the logs: every document processed exactly once (one result each, final
 * statuses, only the damaged ones failed), no recommendation stored twice, the daily compliance run
 * (due on three processes: COMPLIANCE_RUN_HOUR=0, first check a minute after start; off on the worker
 * that is killed) done once, no daily notice twice, and /health answering 200 on both web processes throughout (probed every 100 ms
 * from a process of its own). Prints the figures; exits 1 when any check fails. Every process it
 * started is stopped on the way out, failure or not (their pids are also written to SCALE_PIDFILE, for
 * the shell script's trap).
 *
 *   npm run test:scale [-- --count 500 --kill-at 0.3 --keep]
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Pool } from 'pg';
import { freePort } from '../../src/platform/redis/redis-supervisor';
import { addDays, todayInLondon } from '../../src/calendar';
import {
  complianceVerdict,
  documentVerdicts,
  DocumentRow,
  HealthSample,
  healthVerdict,
  ingestLogVerdict,
  killVerdict,
  LogLine,
  noticeVerdict,
  percentile,
  raceVerdict,
  storageVerdict,
  UploadedDocument,
  Verdict,
} from './scale-checks';
import { scaleCorpus, ScaleFile } from './scale-corpus';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist', 'src');
const log = (m: string): void => void process.stderr.write(`[scale ${elapsed()}] ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const t0 = Date.now();
const elapsed = (): string => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

interface Options {
  count: number;
  killAt: number;
  accept: number;
  keep: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { count: 500, killAt: 0.3, accept: 20, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--count') o.count = Number(next());
    else if (a === '--kill-at') o.killAt = Number(next());
    else if (a === '--accept') o.accept = Number(next());
    else if (a === '--keep') o.keep = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(o.count) || o.count < 50) throw new Error('--count must be a whole number >= 50');
  if (!(o.killAt > 0 && o.killAt < 1)) throw new Error('--kill-at must be a fraction between 0 and 1');
  return o;
}

/** A child process with its output kept (JSON log lines parsed) and mirrored to a file. */
class Service {
  readonly child: ChildProcess;
  readonly lines: LogLine[] = [];
  readonly startedAt = Date.now();
  /** When it answered /health or logged that it consumes the queue (its timers start about then). */
  readyAt = 0;
  private text = '';
  private partial = '';
  readonly exited: Promise<void>;

  constructor(
    readonly name: string,
    script: string,
    env: Record<string, string>,
    private readonly logFile: string,
    pidFile: string | undefined,
  ) {
    this.child = spawn(process.execPath, [script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (pidFile && this.child.pid) appendFileSync(pidFile, `${this.child.pid}\n`);
    live.add(this.child);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', () => {
        live.delete(this.child);
        resolve();
      }),
    );
    const take = (d: Buffer) => {
      const s = d.toString();
      this.text += s;
      appendFileSync(this.logFile, s);
      const parts = (this.partial + s).split('\n');
      this.partial = parts.pop() ?? '';
      for (const p of parts) {
        if (!p.startsWith('{')) continue;
        try {
          this.lines.push(JSON.parse(p) as LogLine);
        } catch {
          // not a log line
        }
      }
    };
    this.child.stdout?.on('data', take);
    this.child.stderr?.on('data', take);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  tail(n = 15): string {
    return this.text.split('\n').slice(-n).join('\n');
  }

  async waitForLog(msg: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.lines.some((l) => l.msg === msg)) {
        this.readyAt = Date.now();
        return;
      }
      if (!this.running) throw new Error(`${this.name} exited while starting:\n${this.tail()}`);
      await sleep(100);
    }
    throw new Error(`${this.name} did not log "${msg}" within ${timeoutMs / 1000} s:\n${this.tail()}`);
  }

  /** SIGTERM (a graceful stop), SIGKILL after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  async kill9(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

/** Everything started and not yet exited: killed on any way out. */
const live = new Set<ChildProcess>();
function killAll(): void {
  for (const c of live) {
    try {
      c.kill('SIGKILL');
    } catch {
      // gone
    }
  }
}
process.on('exit', killAll);
/** The run's directory (uploads, data, logs): removed when the run is interrupted. */
let workDir: string | null = null;
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(s, () => {
    killAll();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
    process.exit(130);
  });
}

/** Probes /health on each web process every 100 ms, from its own process (not this busy one). */
const PROBE_SCRIPT = `
const urls = JSON.parse(process.env.PROBE_URLS);
const t0 = Number(process.env.PROBE_T0);
const samples = urls.map(() => []);
let stopped = false;
process.stdin.resume();
process.stdin.on('end', () => (stopped = true));
Promise.all(urls.map(async (url, i) => {
  while (!stopped) {
    const t = performance.now();
    const at = Date.now() - t0;
    let ok = false;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      ok = res.status === 200;
    } catch {}
    samples[i].push({ at, ms: performance.now() - t, ok });
    await new Promise((r) => setTimeout(r, 100));
  }
})).then(() => process.stdout.write(JSON.stringify(samples)));
`;

class HealthProbe {
  private readonly child: ChildProcess;
  private readonly output: Promise<string>;
  constructor(urls: string[], pidFile: string | undefined) {
    this.child = spawn(process.execPath, ['-e', PROBE_SCRIPT], {
      env: { PATH: process.env.PATH ?? '', PROBE_URLS: JSON.stringify(urls), PROBE_T0: String(t0) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    if (pidFile && this.child.pid) appendFileSync(pidFile, `${this.child.pid}\n`);
    live.add(this.child);
    let text = '';
    this.child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
    this.output = new Promise((resolve) =>
      this.child.once('exit', () => {
        live.delete(this.child);
        resolve(text);
      }),
    );
  }
  async stop(): Promise<HealthSample[][]> {
    this.child.stdin?.end();
    return JSON.parse(await this.output) as HealthSample[][];
  }
}

async function waitForHealth(base: string, service: Service): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (!service.running) throw new Error(`${service.name} exited while starting:\n${service.tail()}`);
    try {
      if ((await fetch(`${base}/health`)).status === 200) {
        service.readyAt = Date.now();
        return;
      }
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`${service.name} did not answer /health within 120 s:\n${service.tail()}`);
}

/** One of the documented commands (`npm run --silent migrate`, `seed`, `users -- ...`). */
function npmRun(script: string, args: string[], env: Record<string, string>): string {
  return execFileSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function api(
  base: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { text };
  }
  return { status: res.status, json };
}

async function statusCounts(db: Pool): Promise<Record<string, number>> {
  const { rows } = await db.query<{ status: string; n: string }>(
    'select status, count(*) as n from documents group by status',
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

async function documentRows(db: Pool): Promise<DocumentRow[]> {
  const { rows } = await db.query<{
    id: string;
    status: string;
    attempts: number;
    document_type: string | null;
    result_recs: number | null;
    rec_rows: string;
    ordinals: string;
  }>(`
    select d.id, d.status, d.attempts, d.document_type,
           case when d.extraction is null then null else jsonb_array_length(d.extraction->'recommendations') end as result_recs,
           count(r.id) as rec_rows, count(distinct r.ordinal) as ordinals
      from documents d left join recommendations r on r.document_id = d.id and r.origin = 'extracted'
     group by d.id`);
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    attempts: r.attempts,
    documentType: r.document_type,
    resultRecommendations: r.result_recs,
    recommendationRows: Number(r.rec_rows),
    distinctOrdinals: Number(r.ordinals),
  }));
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl?.startsWith('postgres')) throw new Error('DATABASE_URL must name the PostgreSQL to use');
  const pidFile = process.env.SCALE_PIDFILE;
  const dir = mkdtempSync(join(tmpdir(), 'redress-scale-'));
  workDir = dir;
  const uploads = join(dir, 'uploads');
  mkdirSync(uploads, { recursive: true });
  const services: Service[] = [];
  let redis: ChildProcess | null = null;
  let probe: HealthProbe | null = null;
  const db = new Pool({ connectionString: databaseUrl, max: 2 });
  let ok = false;
  try {
    log(`load ${load()}; working in ${dir}`);
    const redisPort = await freePort();
    redis = spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: 'ignore' },
    );
    if (pidFile && redis.pid) appendFileSync(pidFile, `${redis.pid}\n`);
    live.add(redis);
    redis.once('exit', () => redis && live.delete(redis));

    const common: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      DOTENV_CONFIG_QUIET: 'true',
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: databaseUrl,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      QUEUE_PREFIX: 'scale',
      UPLOAD_DIR: uploads,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      WORKER_CONCURRENCY: '2',
      // Every process's scheduler finds today's run due at its first check, a minute after it starts.
      COMPLIANCE_SCHEDULER: 'true',
      COMPLIANCE_RUN_HOUR: '0',
    };
    const cliEnv = { ...common, HOME: process.env.HOME ?? dir, DATA_DIR: join(dir, 'cli') };
    log('npm run migrate, seed, users');
    npmRun('migrate', [], cliEnv);
    npmRun('seed', [], cliEnv);
    const created = npmRun(
      'users',
      [
        'create',
        '--email',
        'scale-officer@example.test',
        '--role',
        'officer',
        '--name',
        'Scale Officer',
        '--token',
      ],
      cliEnv,
    );
    const token = created.trim().split('\n').pop() ?? '';
    if (token.length < 20) throw new Error(`the users CLI printed no token:\n${created}`);

    const files = await scaleCorpus(o.count);
    log(
      `corpus: ${files.length} distinct files (${(files.reduce((a, f) => a + f.bytes.length, 0) / 1e6).toFixed(1)} MB)`,
    );

    const ports = [await freePort(), await freePort()];
    const webs = ports.map(
      (port, i) =>
        new Service(
          `web-${i + 1}`,
          join(dist, 'main.js'),
          { ...common, PORT: String(port), QUEUE_CONSUMER: 'false', DATA_DIR: join(dir, `web-${i + 1}`) },
          join(dir, `web-${i + 1}.log`),
          pidFile,
        ),
    );
    // worker-1 is the one killed: its scheduler is off, so the kill can never land inside the daily run and
    // leave its lease held for half an hour (the other three processes still race for the run).
    const workerEnv = (name: string) => ({
      ...common,
      DATA_DIR: join(dir, name),
      ...(name === 'worker-1' ? { COMPLIANCE_SCHEDULER: 'false' } : {}),
    });
    const workers = ['worker-1', 'worker-2'].map(
      (name) =>
        new Service(name, join(dist, 'worker.js'), workerEnv(name), join(dir, `${name}.log`), pidFile),
    );
    services.push(...webs, ...workers);
    const bases = ports.map((p) => `http://127.0.0.1:${p}`);
    await Promise.all([
      ...webs.map((w, i) => waitForHealth(bases[i], w)),
      ...workers.map((w) => w.waitForLog('worker consuming the queue', 120_000)),
    ]);
    log(
      `up: web-1 :${ports[0]}, web-2 :${ports[1]} (QUEUE_CONSUMER=false), worker-1, worker-2; load ${load()}`,
    );
    const areas = await api(bases[0], token, 'GET', '/api/service-areas');
    const serviceAreaId = (areas.json.serviceAreas as { id: string }[] | undefined)?.[0]?.id;
    if (!serviceAreaId) throw new Error(`no service areas: ${JSON.stringify(areas.json)}`);

    probe = new HealthProbe(
      bases.map((b) => `${b}/health`),
      pidFile,
    );

    // Uploads: batches of 10, batch k through web k % 2, two in flight; the last batch goes through
    // both web processes at the same moment (the same files twice: one row each, the other a duplicate).
    const uploaded: UploadedDocument[] = [];
    const uploadStarted = Date.now();
    const batches: ScaleFile[][] = [];
    for (let i = 0; i < files.length; i += 10) batches.push(files.slice(i, i + 10));
    const racing = batches.pop() ?? [];
    let nextBatch = 0;
    const perWeb = [0, 0];
    const uploadErrors: string[] = [];
    type Uploaded = { id: string; duplicateOf: string | null };
    const post = async (web: number, batch: ScaleFile[], label: string): Promise<Uploaded[] | null> => {
      const form = new FormData();
      for (const f of batch)
        form.append('files', new Blob([new Uint8Array(f.bytes)], { type: f.mediaType }), f.name);
      const res = await fetch(`${bases[web]}/api/documents`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: form,
      });
      const text = await res.text();
      if (res.status !== 202) {
        uploadErrors.push(`${label} on web-${web + 1}: ${res.status} ${text.slice(0, 200)}`);
        return null;
      }
      const docs = (JSON.parse(text) as { documents: Uploaded[] }).documents;
      if (docs.length !== batch.length) {
        uploadErrors.push(`${label}: ${docs.length} documents back for ${batch.length}`);
        return null;
      }
      perWeb[web] += batch.length;
      return docs;
    };
    const keep = (batch: ScaleFile[], ids: string[]) =>
      ids.forEach((id, j) =>
        uploaded.push({
          id,
          name: batch[j].name,
          base: batch[j].base,
          expectFailure: batch[j].expectFailure,
        }),
      );
    const uploaders = [0, 1].map(async () => {
      while (nextBatch < batches.length) {
        const k = nextBatch++;
        const docs = await post(k % 2, batches[k], `batch ${k}`);
        if (!docs) continue;
        if (docs.some((d) => d.duplicateOf !== null))
          uploadErrors.push(`batch ${k}: a distinct file was taken as a duplicate`);
        keep(
          batches[k],
          docs.map((d) => d.id),
        );
      }
    });
    let raceAnswers: [Uploaded[] | null, Uploaded[] | null] = [null, null];
    const uploadsDone = Promise.all(uploaders)
      .then(async () => {
        raceAnswers = await Promise.all([post(0, racing, 'racing batch'), post(1, racing, 'racing batch')]);
        const [a, b] = raceAnswers;
        if (a && b)
          keep(
            racing,
            a.map((d, j) => d.duplicateOf ?? b[j].duplicateOf ?? d.id),
          );
      })
      .then(() => {
        log(
          `uploaded ${uploaded.length} in ${((Date.now() - uploadStarted) / 1000).toFixed(1)} s (web-1 ${perWeb[0]}, web-2 ${perWeb[1]})`,
        );
      });

    // Accepting: the first processed decisions' proposals, due in the past (overdue for the daily run).
    const today = todayInLondon();
    const dueDate = addDays(today, -5).toString();
    const acceptedDocs = new Set<string>();
    const acceptErrors: string[] = [];
    let acceptedActions = 0;
    let acceptedBeforeFirstCheck = 0;
    const firstCheckAt = Math.min(...services.map((s) => s.readyAt)) + 60_000;
    const accepting = (async () => {
      const deadline = Date.now() + 240_000;
      while (acceptedDocs.size < o.accept && Date.now() < deadline) {
        const { rows } = await db.query<{ id: string }>(
          `select d.id from documents d where d.status = 'processed'
             and exists (select 1 from recommendations r where r.document_id = d.id and r.status = 'proposed' and r.category <> 'possible')
           order by d.processed_at limit 40`,
        );
        const fresh = rows.filter((r) => !acceptedDocs.has(r.id)).slice(0, o.accept - acceptedDocs.size);
        for (const [i, r] of fresh.entries()) {
          const base = bases[i % 2];
          acceptedDocs.add(r.id);
          const recs = await api(base, token, 'GET', `/api/documents/${r.id}/recommendations`);
          const proposed = (
            recs.json.recommendations as { id: string; status: string; category: string }[]
          ).filter((x) => x.status === 'proposed');
          const res = await api(base, token, 'POST', `/api/documents/${r.id}/decisions`, {
            accept: proposed.map((x) => ({ id: x.id, serviceAreaId, dueDate })),
          });
          if (res.status !== 200) {
            acceptErrors.push(`${r.id}: ${res.status} ${JSON.stringify(res.json).slice(0, 200)}`);
            continue;
          }
          const n = (res.json.accepted as unknown[]).length;
          acceptedActions += n;
          if (Date.now() < firstCheckAt) acceptedBeforeFirstCheck += n;
        }
        if (acceptedDocs.size < o.accept) await sleep(500);
      }
    })();

    // Progress; the kill -9 of worker-1 once killAt of the documents are done, while some are in flight.
    let killAt = 0;
    let restartedAt = 0;
    let backAt = 0;
    let allDoneAt = 0;
    let lastReport = 0;
    const finishDeadline = Date.now() + 240_000;
    let restarted: Service | null = null;
    for (;;) {
      const c = await statusCounts(db);
      const done = (c.processed ?? 0) + (c.failed ?? 0);
      const inFlight = (c.processing ?? 0) + (c.queued ?? 0);
      if (Date.now() - lastReport > 5000) {
        lastReport = Date.now();
        log(`documents ${JSON.stringify(c)}; load ${load()}`);
      }
      if (!killAt && done >= o.killAt * files.length && (c.processing ?? 0) > 0) {
        killAt = Date.now();
        await workers[0].kill9();
        log(`kill -9 worker-1 (pid ${workers[0].child.pid}) with ${done} done, ${c.processing} processing`);
        restarted = new Service(
          'worker-1-restarted',
          join(dist, 'worker.js'),
          workerEnv('worker-1'),
          join(dir, 'worker-1-restarted.log'),
          pidFile,
        );
        restartedAt = Date.now();
        services.push(restarted);
        void restarted.waitForLog('worker consuming the queue', 120_000).then(
          () => {
            backAt = Date.now();
            log(`worker-1 restarted and consuming ${((backAt - killAt) / 1000).toFixed(1)} s after the kill`);
          },
          (e: Error) => log(`the restarted worker did not come back: ${e.message}`),
        );
      }
      if (uploaded.length === files.length && done === files.length && inFlight === 0 && killAt) {
        allDoneAt = Date.now();
        break;
      }
      if (Date.now() > finishDeadline) {
        log(`not finished within 240 s of the first upload: ${JSON.stringify(c)}`);
        break;
      }
      for (const s of services)
        if (!s.running && s !== workers[0]) throw new Error(`${s.name} exited:\n${s.tail()}`);
      await sleep(250);
    }
    await uploadsDone;
    await accepting;
    const processingSeconds = ((allDoneAt || Date.now()) - uploadStarted) / 1000;
    log(`all documents final after ${processingSeconds.toFixed(1)} s; load ${load()}`);

    // The daily run: every original process checks a minute after it started; wait for the last one.
    // (a minute after Nest started it; a loaded machine fires timers late, hence the margin).
    const lastCheck = Math.max(...[...webs, ...workers].map((s) => s.readyAt)) + 60_000 + 8_000;
    if (Date.now() < lastCheck) {
      log(
        `waiting ${((lastCheck - Date.now()) / 1000).toFixed(0)} s for every process's first compliance check`,
      );
      await sleep(lastCheck - Date.now());
    }
    const healthSamples = await probe.stop();
    probe = null;

    const rows = await documentRows(db);
    const lease = await db.query<{
      last_run_on: string | null;
      last_summary: Record<string, unknown> | null;
    }>(
      `select to_char(last_run_on, 'YYYY-MM-DD') as last_run_on, last_summary from scheduled_runs where name = 'compliance-daily'`,
    );
    const dupEvents = await db.query<{ action_id: string; type: string; n: string }>(
      `select action_id, type, count(*) as n from action_events
        where type in ('reminder_sent', 'escalated', 'overdue') group by action_id, type having count(*) > 1`,
    );
    const dailyEvents = await db.query<{ n: string }>(
      `select count(*) as n from action_events where type in ('reminder_sent', 'escalated', 'overdue')`,
    );
    const actions = await db.query<{ n: string }>('select count(*) as n from actions');

    // Stopped (SIGTERM, as a deployment would) before the files are looked at: nothing is in flight.
    await Promise.all(services.map((sv) => sv.stop()));
    const storagePaths = await db.query<{ storage_path: string }>(
      'select distinct storage_path from documents',
    );
    const filesUnder = (d: string): string[] =>
      existsSync(d)
        ? readdirSync(d, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => relative(uploads, join(e.parentPath, e.name)))
        : [];
    const allStored = filesUnder(uploads);
    const temporary = [
      ...allStored.filter((p) => p.startsWith('.staging')),
      ...services.flatMap((sv) => filesUnder(join(dir, sv.name.replace('-restarted', ''), 'tmp'))),
    ];

    const verdicts: Verdict[] = [];
    verdicts.push(
      uploadErrors.length
        ? { check: 'uploads accepted', ok: false, detail: uploadErrors.slice(0, 5).join('; ') }
        : {
            check: 'uploads accepted',
            ok: true,
            detail: `${uploaded.length} documents, 202 each, no distinct file taken as a duplicate`,
          },
    );
    verdicts.push(raceVerdict(...raceAnswers));
    verdicts.push(...documentVerdicts(uploaded, rows));
    verdicts.push(killVerdict(rows));
    verdicts.push(
      storageVerdict(
        allStored.filter((p) => !p.startsWith('.staging')),
        storagePaths.rows.map((r) => r.storage_path),
        temporary,
      ),
    );
    verdicts.push(ingestLogVerdict(services.flatMap((s) => s.lines)));
    verdicts.push(
      acceptErrors.length || Number(actions.rows[0].n) !== acceptedActions || acceptedActions === 0
        ? {
            check: 'recommendations accepted once',
            ok: false,
            detail: `${acceptedActions} accepted, ${actions.rows[0].n} actions; ${acceptErrors.slice(0, 3).join('; ')}`,
          }
        : {
            check: 'recommendations accepted once',
            ok: true,
            detail: `${acceptedActions} actions from ${acceptedDocs.size} decisions (${acceptedBeforeFirstCheck} before the first compliance check)`,
          },
    );
    const logsByProcess = new Map(services.map((s) => [s.name, s.lines]));
    // Both web processes and worker-2 live throughout and check; worker-1 (the one killed) has its scheduler off.
    verdicts.push(complianceVerdict(logsByProcess, lease.rows[0]?.last_run_on ?? null, today.toString(), 3));
    verdicts.push(
      noticeVerdict(
        dupEvents.rows.map((r) => ({ actionId: r.action_id, type: r.type, n: Number(r.n) })),
        Number(dailyEvents.rows[0].n),
      ),
    );
    const minProbes = Math.floor(((allDoneAt || Date.now()) - uploadStarted) / 1000);
    webs.forEach((w, i) => verdicts.push(healthVerdict(w.name, healthSamples[i], minProbes)));

    // Figures.
    const killWindowEnd = Math.max(killAt + 15_000, (backAt || killAt) + 5_000) - t0;
    const duringKill = (s: HealthSample[]) =>
      s.filter((x) => x.at >= killAt - t0 && x.at <= killWindowEnd).map((x) => x.ms);
    const summary = lease.rows[0]?.last_summary ?? {};
    const retried = rows.filter((r) => r.attempts > 1).length;
    // The jobs the kill orphaned wait for their Bull lock to lapse (~30 s): the time to 95% shows the
    // rate without that wait.
    const finishedAt = (
      await db.query<{ ms: string }>(
        `select (extract(epoch from processed_at) * 1000)::bigint as ms from documents order by processed_at`,
      )
    ).rows.map((r) => Number(r.ms));
    const n95 = Math.ceil(finishedAt.length * 0.95);
    const steadySeconds = ((finishedAt[n95 - 1] ?? Date.now()) - uploadStarted) / 1000;
    const persistedBy = services
      .map(
        (sv) =>
          `${sv.name} ${sv.lines.filter((l) => l.msg === 'document ingested' && l.outcome !== 'superseded').length}`,
      )
      .filter((x) => !x.startsWith('web-'))
      .join(', ');
    const figures = [
      `documents: ${files.length} (${files.filter((f) => f.name.endsWith('.pdf')).length} PDF, ${files.filter((f) => f.name.endsWith('.docx')).length} Word, ${files.filter((f) => f.name.endsWith('.txt')).length} text; ${files.filter((f) => f.expectFailure).length} damaged)`,
      `throughput: ${(files.length / processingSeconds).toFixed(1)} documents/s (${processingSeconds.toFixed(1)} s from the first upload to the last final status)`,
      `95% final after ${steadySeconds.toFixed(1)} s: ${(n95 / steadySeconds).toFixed(1)} documents/s; persisted by ${persistedBy}`,
      `recommendations: ${rows.reduce((a, r) => a + r.recommendationRows, 0)}; documents taken over after the kill: ${retried}`,
      `kill -9 of worker-1 at ${((killAt - uploadStarted) / 1000).toFixed(1)} s; restarted ${((restartedAt - killAt) / 1000).toFixed(1)} s later, consuming ${backAt ? ((backAt - killAt) / 1000).toFixed(1) : '?'} s after the kill`,
      ...webs.map((w, i) => {
        const all = healthSamples[i].map((x) => x.ms);
        const k = duringKill(healthSamples[i]);
        return `/health ${w.name}: ${all.length} probes, p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms; during the kill (${k.length} probes) p50 ${percentile(k, 50).toFixed(1)} ms, p95 ${percentile(k, 95).toFixed(1)} ms`;
      }),
      `compliance run: ${summary.actionsChecked ?? '?'} actions checked, ${summary.overdue ?? '?'} newly overdue, ${summary.backfilledOverdue ?? '?'} overdue when accepted, ${summary.notificationsCreated ?? '?'} notices`,
      `load average at the end: ${load()}; total ${elapsed()}`,
    ];
    process.stdout.write(
      `\nnpm run test:scale: figures\n${figures.map((f) => `  ${f}`).join('\n')}\n\nchecks\n`,
    );
    for (const v of verdicts) process.stdout.write(`  ${v.ok ? 'ok  ' : 'FAIL'} ${v.check}: ${v.detail}\n`);
    ok = verdicts.every((v) => v.ok);
    process.stdout.write(`\n${ok ? 'test:scale passed' : 'test:scale FAILED'}\n`);
    if (!ok) process.stdout.write(`process logs kept in ${dir}\n`);
    return ok ? 0 : 1;
  } finally {
    if (probe) await probe.stop().catch(() => undefined);
    await Promise.all(services.map((s) => s.stop()));
    if (redis && redis.exitCode === null) redis.kill('SIGTERM');
    await db.end().catch(() => undefined);
    killAll();
    if (ok && !o.keep) rmSync(dir, { recursive: true, force: true });
    if (pidFile) writeFileSync(pidFile, '');
  }
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`test:scale could not run: ${e.stack ?? e.message}\n`);
    process.exit(1);
  },
);
