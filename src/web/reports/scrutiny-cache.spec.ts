import { FingerprintCache } from './scrutiny-cache';

describe('FingerprintCache', () => {
  it('gives the kept value while the fingerprint is the same, and computes afresh when it changes', async () => {
    const cache = new FingerprintCache<number>();
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get('all', 'v1', compute)).toBe(1);
    expect(await cache.get('all', 'v1', compute)).toBe(1);
    expect(await cache.get('all', 'v2', compute)).toBe(2);
    expect(await cache.get('other', 'v2', compute)).toBe(3);
    expect(calls).toBe(3);
  });

  it('runs one computation for concurrent requests of the same key and fingerprint, and keeps no failure', async () => {
    const cache = new FingerprintCache<string>();
    let calls = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const slow = async () => {
      calls++;
      await gate;
      return 'x';
    };
    const a = cache.get('k', 'f', slow);
    const b = cache.get('k', 'f', slow);
    release();
    expect(await Promise.all([a, b])).toEqual(['x', 'x']);
    expect(calls).toBe(1);
    await expect(cache.get('k', 'g', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', 'g', async () => 'y')).toBe('y');
    await cache.idle();
  });
});
