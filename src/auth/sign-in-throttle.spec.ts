import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle', () => {
  it('blocks an address after the limit inside the window, and frees it when the window passes', () => {
    const t = new SignInThrottle(3, 1000);
    for (let i = 0; i < 3; i++) {
      expect(t.isBlocked('1.2.3.4', 100)).toBe(false);
      t.recordFailure('1.2.3.4', 100);
    }
    expect(t.isBlocked('1.2.3.4', 500)).toBe(true);
    expect(t.isBlocked('5.6.7.8', 500)).toBe(false);
    expect(t.isBlocked('1.2.3.4', 1200)).toBe(false);
  });

  it('forgets an address after a successful sign-in', () => {
    const t = new SignInThrottle(2, 1000);
    t.recordFailure('ip', 0);
    t.recordSuccess('ip');
    t.recordFailure('ip', 1);
    expect(t.isBlocked('ip', 2)).toBe(false);
  });
});
