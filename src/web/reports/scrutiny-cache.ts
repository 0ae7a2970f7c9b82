/**
 * Keeps the last result of a slow computation per key together with the data's fingerprint when it
 * was computed (a cheap query that changes whenever the data behind it does). A request whose
 * fingerprint matches gets the kept result at once; after any change the next request computes
 * afresh (one computation per key and fingerprint at a time). Never stale, and no timers.
 */
export class FingerprintCache<T> {
  private readonly entries = new Map<string, { value: T; fingerprint: string }>();
  private readonly running = new Map<string, Promise<T>>();

  async get(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.fingerprint === fingerprint) return entry.value;
    const runKey = `${key}\u0000${fingerprint}`;
    const running = this.running.get(runKey);
    if (running) return running;
    const p = compute()
      .then((value) => {
        this.entries.set(key, { value, fingerprint });
        return value;
      })
      .finally(() => this.running.delete(runKey));
    this.running.set(runKey, p);
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
