/**
 * Failed sign-ins per client address: after MAX_FAILURES_PER_IP failures inside the window, further
 * attempts from that address are refused (with the same generic message) until the window passes.
 * This slows guessing across many emails, which the per-account lockout cannot. In memory, per process.
 */
export const MAX_FAILURES_PER_IP = 30;
export const IP_WINDOW_MS = 15 * 60 * 1000;

export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly max = MAX_FAILURES_PER_IP,
    private readonly windowMs = IP_WINDOW_MS,
  ) {}

  isBlocked(ip: string | undefined, now = Date.now()): boolean {
    const entry = ip ? this.failures.get(ip) : undefined;
    if (!entry) return false;
    if (now - entry.since >= this.windowMs) {
      this.failures.delete(ip as string);
      return false;
    }
    return entry.count >= this.max;
  }

  recordFailure(ip: string | undefined, now = Date.now()): void {
    if (!ip) return;
    const entry = this.failures.get(ip);
    if (!entry || now - entry.since >= this.windowMs) this.failures.set(ip, { count: 1, since: now });
    else entry.count += 1;
    if (this.failures.size > 10_000) this.prune(now);
  }

  recordSuccess(ip: string | undefined): void {
    if (ip) this.failures.delete(ip);
  }

  private prune(now: number): void {
    for (const [ip, e] of this.failures) if (now - e.since >= this.windowMs) this.failures.delete(ip);
  }
}
