import { StaleWhileRevalidate } from './scrutiny-cache';

describe('StaleWhileRevalidate', () => {
  it('computes once, serves the stored value while fresh, then stale while one refresh runs', async () => {
    let now = 0;
    let calls = 0;
    const cache = new StaleWhileRevalidate<number>(1000, () => now);
    const compute = async () => ++calls;
    expect(await Promise.all([cache.get('k', compute), cache.get('k', compute)])).toEqual([1, 1]);
    now = 500;
    expect(await cache.get('k', compute)).toBe(1);
    expect(calls).toBe(1);
    now = 1500;
    expect(await cache.get('k', compute)).toBe(1); // stale, refresh started
    await new Promise((r) => setImmediate(r));
    expect(calls).toBe(2);
    expect(await cache.get('k', compute)).toBe(2);
  });

  it('keeps keys apart and lets a failed first computation fail', async () => {
    const cache = new StaleWhileRevalidate<string>(1000, () => 0);
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('b', async () => 'b')).toBe('b');
    expect(await cache.get('a', async () => 'a')).toBe('a');
  });
});
