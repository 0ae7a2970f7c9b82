/**
 * bench:uploads: 30 concurrent 24 MB evidence uploads against the real server in its own process,
 * sampling that process's resident memory (/proc/PID/status VmRSS) every 25 ms. Prints the figures and
 * fails when the peak during the uploads reaches 400 MB. Options: --uploads N --mb M --limit-mb L.
 * The server runs compiled JavaScript, as `npm start` runs the service; `--ts` runs it under ts-node
 * instead (whose TypeScript compiler alone adds about 150 MB of resident memory).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { compileEntry } from './lib/compiled';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const UPLOADS = arg('uploads', 30);
const MB = arg('mb', 24);
const LIMIT_MB = arg('limit-mb', 400);

function rssMb(pid: number, field = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function upload(port: number, token: string, actionId: string, body: Buffer, n: number): Promise<number> {
  const boundary = `bench${n}x${Date.now()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nBench upload ${n}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench-${n}.txt"\r\n` +
      `Content-Type: text/plain\r\n\r\nUpload number ${n}\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/actions/${actionId}/evidence`,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(head.length + body.length + tail.length),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.write(head);
    // in 1 MB slices, so the client never copies the whole body at once
    for (let at = 0; at < body.length; at += 1 << 20) req.write(body.subarray(at, at + (1 << 20)));
    req.end(tail);
  });
}

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const serverArgs = process.argv.includes('--ts')
    ? ['-r', 'ts-node/register/transpile-only', join(__dirname, 'upload-server.ts')]
    : [compileEntry(root, 'scripts/bench/upload-server.ts', 'redress-bench-uploads')];
  const server = spawn(process.execPath, serverArgs, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', BENCH_ACTIONS: String(UPLOADS) },
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: server.stdout! }).once('line', resolve);
      server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const { port, token, actionIds } = JSON.parse(line) as {
      port: number;
      token: string;
      actionIds: string[];
    };
    const pid = server.pid!;
    // One body shared by every upload (the text differs in its first line); the server stores each.
    const body = Buffer.alloc(MB * 1024 * 1024 - 64, 'Evidence line of text for the benchmark.\n');
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 25);
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from({ length: UPLOADS }, (_, n) => upload(port, token, actionIds[n], body, n)),
    );
    const seconds = (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 1000));
    clearInterval(sampler);
    const after = rssMb(pid);
    const ok = statuses.filter((s) => s === 201).length;
    const figures = {
      uploads: UPLOADS,
      mbEach: MB,
      accepted: ok,
      seconds: Math.round(seconds * 10) / 10,
      rssBeforeMb: Math.round(before),
      rssPeakMb: Math.round(peak),
      rssAfterMb: Math.round(after),
      limitMb: LIMIT_MB,
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    process.stdout.write(
      `${UPLOADS} concurrent ${MB} MB evidence uploads: ${ok} accepted in ${figures.seconds} s; server RSS ` +
        `${figures.rssBeforeMb} MB before, ${figures.rssPeakMb} MB peak, ${figures.rssAfterMb} MB after (limit ${LIMIT_MB} MB)\n`,
    );
    if (ok !== UPLOADS || peak >= LIMIT_MB) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((e: Error) => {
  process.stderr.write(`bench:uploads failed: ${e.message}\n`);
  process.exit(1);
});
