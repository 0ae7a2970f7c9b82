import { LOCKOUT_MS, lockoutFor, MAX_LOCKOUT_MS } from './session-policy';

describe('lockoutFor', () => {
  it('does not lock before the fifth failure', () => {
    expect([0, 1, 2, 3, 4].map(lockoutFor)).toEqual([null, null, null, null, null]);
  });
  it('locks for 15 minutes on the fifth failure, then doubles every five more', () => {
    expect(lockoutFor(5)).toBe(LOCKOUT_MS);
    expect(lockoutFor(6)).toBeNull();
    expect(lockoutFor(10)).toBe(2 * LOCKOUT_MS);
    expect(lockoutFor(15)).toBe(4 * LOCKOUT_MS);
  });
  it('never locks for more than a day', () => {
    expect(lockoutFor(500)).toBe(MAX_LOCKOUT_MS);
  });
});
