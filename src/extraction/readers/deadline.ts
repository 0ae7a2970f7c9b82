/**
 * A time limit for reading one file. It can stop asynchronous work (pdf.js works page by page); a
 * parser stuck in a synchronous loop can only be stopped from outside (src/extraction-pool runs each
 * file in a worker thread and ends it).
 */
import { ReadError } from './read-types';

export class Deadline {
  private readonly endsAt: number;

  constructor(
    readonly timeoutMs: number,
    private readonly mediaType: string = 'application/octet-stream',
    now: number = Date.now(),
  ) {
    this.endsAt = now + timeoutMs;
  }

  expired(): boolean {
    return Date.now() >= this.endsAt;
  }

  error(): ReadError {
    return tooSlowError(this.timeoutMs, this.mediaType);
  }

  check(): void {
    if (this.expired()) throw this.error();
  }

  /** Resolve with `work`, or reject with a time-out ReadError when the deadline passes first. */
  race<T>(work: Promise<T>): Promise<T> {
    const left = this.endsAt - Date.now();
    if (left <= 0) {
      work.catch(() => undefined);
      return Promise.reject(this.error());
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.error()), left);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}

export function tooSlowError(timeoutMs: number, mediaType = 'application/octet-stream'): ReadError {
  const seconds =
    timeoutMs >= 10_000 ? Math.round(timeoutMs / 1000) : Number((timeoutMs / 1000).toPrecision(2));
  return new ReadError(
    'timeout',
    `The file took too long to read (more than ${seconds} seconds). It may be damaged or far larger than a decision or report: save it again, or upload a smaller file`,
    mediaType,
  );
}
