import { LoggerService } from '@nestjs/common';
import { currentRequestId } from './request-context';

const LEVELS = {
  debug: 10,
  verbose: 10,
  info: 20,
  log: 20,
  warn: 30,
  error: 40,
  fatal: 50,
  silent: 100,
} as const;
export type LogLevelName = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** One JSON object per line on stdout (errors on stderr), with the request id when there is one. */
export class JsonLogger implements LoggerService {
  private readonly min: number;

  constructor(
    level: LogLevelName = 'info',
    private readonly out: (line: string, isError: boolean) => void = (line, isError) =>
      (isError ? process.stderr : process.stdout).write(line + '\n'),
  ) {
    this.min = LEVELS[level];
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: keyof typeof LEVELS, message: unknown, rest: unknown[]): void {
    if (LEVELS[level] < this.min) return;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level };
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? rest.pop() : undefined;
    if (context) entry.context = context;
    const requestId = currentRequestId();
    if (requestId) entry.requestId = requestId;
    if (message instanceof Error) {
      entry.msg = message.message;
      entry.stack = message.stack;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(entry, message);
    } else {
      entry.msg = String(message);
    }
    for (const extra of rest) {
      if (typeof extra === 'string' && /\n\s+at /.test(extra)) entry.stack = extra;
      else if (extra !== undefined) entry.detail = extra;
    }
    this.out(JSON.stringify(entry), LEVELS[level] >= LEVELS.error);
  }
}
