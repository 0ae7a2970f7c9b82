import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Redis from 'ioredis';
import { RedisEndpoint, redisOptions } from './redis-endpoint';

export class RedisNotInstalledError extends Error {
  constructor(bin: string) {
    super(
      `${bin} was not found. Redress starts its own Redis when REDIS_URL is not set: ` +
        'install it with "sudo apt-get install -y redis-server" (or run "npm run setup"), ' +
        'or set REDIS_URL to a Redis you already run.',
    );
  }
}

export interface SupervisorLog {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Starts a private redis-server for the embedded default, keeps it running (restarting it with
 * backoff if it dies) and stops it with the app. Its files (append-only log, pid, socket) live in
 * DATA_DIR/redis, so queued jobs survive a restart.
 */
export class RedisSupervisor {
  private child: ChildProcess | null = null;
  private stopping = false;
  private restarts = 0;
  private endpoint: RedisEndpoint | null = null;

  constructor(
    private readonly bin: string,
    private readonly dir: string,
    private readonly logger: SupervisorLog,
  ) {}

  get pidFile(): string {
    return join(this.dir, 'redis.pid');
  }

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  async start(): Promise<RedisEndpoint> {
    const found = spawnSync(this.bin, ['--version'], { encoding: 'utf8' });
    if (found.error) throw new RedisNotInstalledError(this.bin);
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    this.killStale();
    const socket = join(this.dir, 'redis.sock');
    this.endpoint =
      socket.length < 100
        ? { kind: 'socket', path: socket }
        : { kind: 'tcp', host: '127.0.0.1', port: await freePort() };
    await this.spawnAndWait();
    return this.endpoint;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
    this.child = null;
  }

  private args(): string[] {
    const ep = this.endpoint!;
    const listen =
      ep.kind === 'socket'
        ? ['--port', '0', '--unixsocket', ep.path, '--unixsocketperm', '700']
        : ['--bind', '127.0.0.1', '--port', String(ep.kind === 'tcp' ? ep.port : 0)];
    return [
      ...listen,
      '--dir',
      this.dir,
      '--pidfile',
      this.pidFile,
      '--daemonize',
      'no',
      '--save',
      '',
      '--appendonly',
      'yes',
      '--appendfsync',
      'everysec',
      '--protected-mode',
      'yes',
      '--loglevel',
      'warning',
      '--logfile',
      join(this.dir, 'redis.log'),
    ];
  }

  private async spawnAndWait(): Promise<void> {
    const child = spawn(this.bin, this.args(), { stdio: ['ignore', 'ignore', 'pipe'], detached: false });
    this.child = child;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code, signal) => this.onExit(child, code, signal));
    await this.waitUntilReady(child, () => stderr);
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping || this.child !== child) return;
    this.restarts += 1;
    const delay = Math.min(30_000, 250 * 2 ** Math.min(this.restarts, 7));
    this.logger.error(`redis-server exited (code ${code}, signal ${signal}); restarting in ${delay} ms`);
    setTimeout(() => {
      if (this.stopping) return;
      this.spawnAndWait()
        .then(() => {
          this.logger.log('redis-server restarted');
          this.restarts = 0;
        })
        .catch((e: Error) => this.logger.error(`redis-server restart failed: ${e.message}`));
    }, delay).unref();
  }

  private async waitUntilReady(child: ChildProcess, stderr: () => string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(
          `redis-server stopped at start (code ${child.exitCode}): ${stderr().trim() || this.tailLog()}`,
        );
      }
      const client = new Redis({
        ...redisOptions(this.endpoint!),
        lazyConnect: true,
        retryStrategy: () => null,
      });
      client.on('error', () => undefined);
      try {
        await client.connect();
        if ((await client.ping()) === 'PONG') {
          client.disconnect();
          return;
        }
      } catch {
        // not up yet
      }
      client.disconnect();
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    throw new Error(`redis-server did not answer within 10 seconds: ${this.tailLog()}`);
  }

  private tailLog(): string {
    const file = join(this.dir, 'redis.log');
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-5).join(' ') : '';
  }

  /** A redis-server left by a crashed run of this app (same DATA_DIR) is stopped first. */
  private killStale(): void {
    if (!existsSync(this.pidFile)) return;
    const pid = Number(readFileSync(this.pidFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 1 && isRedisProcess(pid)) {
      try {
        process.kill(pid, 'SIGTERM');
        this.logger.warn(`stopped a redis-server left running by an earlier run (pid ${pid})`);
        const until = Date.now() + 5000;
        while (isRedisProcess(pid) && Date.now() < until) spawnSync('sleep', ['0.05']);
      } catch {
        // already gone
      }
    }
    rmSync(this.pidFile, { force: true });
  }
}

function isRedisProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('redis-server');
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}
