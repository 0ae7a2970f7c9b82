import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The runtime configuration, read once at boot from the environment and validated.
 * Nothing else in the code reads process.env: everything gets an AppConfig injected.
 */
const num = (what: string) => z.coerce.number({ invalid_type_error: `must be ${what}` });
const port = num('a port number from 1 to 65535')
  .int('must be a whole number')
  .min(1)
  .max(65535, 'must be at most 65535');
const positiveInt = num('a whole number').int('must be a whole number').positive('must be more than 0');
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** One entry of TRUST_PROXY: an IPv4/IPv6 address, a CIDR range, or one of Express's range names. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: off (the default) ignores X-Forwarded-For; otherwise a comma-separated list of the
 * reverse proxies' addresses or ranges (e.g. `10.0.0.5,10.0.1.0/24` or `loopback`). Only hops added by
 * a listed proxy are believed. A bare `true` or a hop count is refused: anyone could forge the header.
 */
const trustProxy = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(
    z.union([
      z
        .array(z.enum(['off', 'false', 'no', '0']))
        .length(1)
        .transform(() => [] as string[]),
      z
        .array(
          z.string().refine(isProxyAddress, {
            message:
              'must be off, or a comma-separated list of proxy addresses or ranges (10.0.0.5, 10.0.0.0/8, loopback)',
          }),
        )
        .min(1),
    ]),
  );

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  UPLOAD_DIR: z.string().min(1).default('./uploads'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL, or unset for SQLite')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(
      /^(redis|rediss|unix):\/\//,
      'must be a redis://, rediss:// or unix:// URL, or unset for a private Redis',
    )
    .optional(),
  REDIS_SERVER_BIN: z.string().min(1).default('redis-server'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/i)
    .default('redress'),
  /** off: this process only serves HTTP; on: it also consumes the queue. */
  QUEUE_CONSUMER: bool.default('true'),
  WORKER_CONCURRENCY: positiveInt.max(64).default(2),
  MAX_UPLOAD_MB: positiveInt.max(1024).default(25),
  MAX_FILES_PER_UPLOAD: positiveInt.max(500).default(50),
  MAX_PDF_PAGES: positiveInt.default(2000),
  MAX_DOCX_UNCOMPRESSED_MB: positiveInt.default(200),
  MAX_DOCX_ENTRIES: positiveInt.default(5000),
  EXTRACTION_TIMEOUT_MS: positiveInt.default(60000),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: z
    .string()
    .url('must be the address people open Redress at, such as https://redress.council.gov.uk')
    .regex(/^https?:\/\/[^?#]+$/, 'must be an http:// or https:// address without ? or #')
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Redress <redress@localhost>'),
  /** "Due soon" this many working days before the due date. */
  REMINDER_DAYS_BEFORE_DUE: num('a number of working days').int().min(0).max(60).default(5),
  ESCALATION_THRESHOLD: num('a fraction such as 0.75')
    .gt(0, 'must be more than 0')
    .lt(1, 'must be less than 1')
    .default(0.75),
  COMPLIANCE_RUN_HOUR: num('an hour from 0 to 23').int().min(0).max(23).default(6),
  /** off: this process never starts the daily compliance run by itself (admins can still run it). */
  COMPLIANCE_SCHEDULER: bool.default('true'),
  /** The council's name, printed on the annual report and the committee pack. */
  COUNCIL_NAME: z.string().trim().min(1).max(200).default('The Council'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  TRUST_PROXY: trustProxy.default('off'),
});

export type Env = z.infer<typeof configSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  http: {
    port: number;
    host: string;
    publicUrl: string | null;
    /** The reverse proxies whose X-Forwarded-For hops are believed; empty: the header is ignored. */
    trustedProxies: string[];
  };
  dataDir: string;
  uploadDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string };
  redis: { kind: 'private'; serverBin: string; dir: string } | { kind: 'external'; url: string };
  queue: { prefix: string; consume: boolean; concurrency: number };
  limits: {
    maxUploadBytes: number;
    maxFilesPerUpload: number;
    maxPdfPages: number;
    maxDocxUncompressedBytes: number;
    maxDocxEntries: number;
    extractionTimeoutMs: number;
  };
  session: { secret: string | null };
  mail: { smtpUrl: string | null; from: string };
  compliance: {
    reminderDaysBeforeDue: number;
    escalationThreshold: number;
    runHour: number;
    schedulerEnabled: boolean;
  };
  logLevel: Env['LOG_LEVEL'];
  councilName: string;
}

export class ConfigError extends Error {}

/** Validates the environment; throws a ConfigError whose message names each bad variable. */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): AppConfig {
  const cleaned = Object.fromEntries(
    Object.keys(configSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? '');
      return `${name}=${JSON.stringify(cleaned[name] ?? '')}: ${i.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration: SESSION_SECRET is required when NODE_ENV=production');
  }
  if (e.SMTP_URL && !e.PUBLIC_URL) {
    throw new ConfigError(
      'Invalid configuration: PUBLIC_URL is required when SMTP_URL is set (the links in emails are built from it)',
    );
  }
  const dataDir = resolve(cwd, e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    http: { port: e.PORT, host: e.HOST, publicUrl: e.PUBLIC_URL ?? null, trustedProxies: e.TRUST_PROXY },
    dataDir,
    uploadDir: resolve(cwd, e.UPLOAD_DIR),
    database: e.DATABASE_URL
      ? { kind: 'postgresql', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: resolve(dataDir, 'redress.sqlite') },
    redis: e.REDIS_URL
      ? { kind: 'external', url: e.REDIS_URL }
      : { kind: 'private', serverBin: e.REDIS_SERVER_BIN, dir: resolve(dataDir, 'redis') },
    queue: { prefix: e.QUEUE_PREFIX, consume: e.QUEUE_CONSUMER, concurrency: e.WORKER_CONCURRENCY },
    limits: {
      maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
      maxFilesPerUpload: e.MAX_FILES_PER_UPLOAD,
      maxPdfPages: e.MAX_PDF_PAGES,
      maxDocxUncompressedBytes: e.MAX_DOCX_UNCOMPRESSED_MB * 1024 * 1024,
      maxDocxEntries: e.MAX_DOCX_ENTRIES,
      extractionTimeoutMs: e.EXTRACTION_TIMEOUT_MS,
    },
    session: { secret: e.SESSION_SECRET ?? null },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM },
    compliance: {
      reminderDaysBeforeDue: e.REMINDER_DAYS_BEFORE_DUE,
      escalationThreshold: e.ESCALATION_THRESHOLD,
      runHour: e.COMPLIANCE_RUN_HOUR,
      schedulerEnabled: e.COMPLIANCE_SCHEDULER,
    },
    logLevel: e.LOG_LEVEL,
    councilName: e.COUNCIL_NAME,
  };
}

/** The one place that reads the process environment. */
export function loadConfigFromProcess(): AppConfig {
  return loadConfig(process.env);
}

/**
 * For the service's entry points (server, worker): the configuration, or one line on stderr naming
 * the bad variable and exit code 78 (EX_CONFIG).
 */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfigFromProcess();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
}
