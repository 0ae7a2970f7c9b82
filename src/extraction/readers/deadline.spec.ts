import { Deadline } from './deadline';
import { ReadError } from './read-types';

describe('Deadline', () => {
  it('lets work finish in time through', async () => {
    await expect(new Deadline(1000).race(Promise.resolve(42))).resolves.toBe(42);
  });

  it('rejects with a plain-words time-out when the work is slower', async () => {
    const never = new Promise<number>(() => undefined);
    const error = await new Deadline(20).race(never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code: 'timeout' });
    expect((error as ReadError).message).toMatch(
      /^The file took too long to read \(more than 0\.02 seconds\)/,
    );
  });

  it('reports expiry for synchronous checks', () => {
    const past = new Deadline(10, 'application/pdf', Date.now() - 100);
    expect(past.expired()).toBe(true);
    expect(() => past.check()).toThrow(/took too long/);
  });
});
