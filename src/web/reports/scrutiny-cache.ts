/**
 * Keeps the last result of a slow computation per key, for `freshMs`. A request within that time
 * gets it at once; an older one still gets it at once (stale) while one refresh runs in the
 * background; only the very first request for a key waits. Used for the scrutiny figures, which
 * take seconds to compute over tens of thousands of actions and change slowly.
 */
export class StaleWhileRevalidate<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();
  private readonly running = new Map<string, Promise<T>>();

  constructor(
    private readonly freshMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.at < this.freshMs) return entry.value;
    const refresh = this.refresh(key, compute);
    if (entry) {
      refresh.catch(() => undefined);
      return entry.value;
    }
    return refresh;
  }

  /** Computes now (one computation per key at a time) and stores the result. */
  refresh(key: string, compute: () => Promise<T>): Promise<T> {
    const running = this.running.get(key);
    if (running) return running;
    const started = this.now();
    const p = compute()
      .then((value) => {
        this.entries.set(key, { value, at: started });
        return value;
      })
      .finally(() => this.running.delete(key));
    this.running.set(key, p);
    return p;
  }

  /** Resolves when no computation is running (failed ones included). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }

  clear(): void {
    this.entries.clear();
  }
}
