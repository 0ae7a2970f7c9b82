import { findHostileInput, InputRefusedError, refuseHostileInput } from './hostile-input';
import { isoDay } from './iso-day';

describe('findHostileInput', () => {
  it('finds a null byte or control character in a value or key at any depth', () => {
    expect(findHostileInput('a\u0000b', false, 'q')).toMatch(/'q' contains a null byte/);
    expect(findHostileInput({ a: { b: ['ok', 'x\u0007'] } }, false)).toMatch(/'a\.b' contains/);
    expect(findHostileInput({ ['k\u0000']: 'v' }, false)).toMatch(/field name/);
  });

  it('lets ordinary text through, tabs and new lines included', () => {
    expect(findHostileInput({ note: 'Line one\r\nLine two\tÖztürk – £5' }, true)).toBeNull();
    expect(findHostileInput(['2024-02-29', 7, null, true], true)).toBeNull();
  });

  it('refuses an impossible date written YYYY-MM-DD only where dates are checked', () => {
    expect(findHostileInput({ dueBefore: '2024-02-30' }, true)).toMatch(/dueBefore.*2024-02-30/);
    expect(findHostileInput({ dueBefore: '2023-02-29' }, true)).toMatch(/not a real date|29/);
    expect(findHostileInput({ dueBefore: '2024-02-30' }, false)).toBeNull();
  });

  it('throws a 400 InputRefusedError', () => {
    expect(() => refuseHostileInput({ q: '\u0000' }, false)).toThrow(InputRefusedError);
    try {
      refuseHostileInput({ q: '\u0000' }, false);
    } catch (e) {
      expect((e as InputRefusedError).getStatus()).toBe(400);
    }
  });
});

describe('isoDay', () => {
  it('accepts real dates and refuses impossible ones with the reason', () => {
    expect(isoDay.safeParse('2024-02-29').success).toBe(true);
    const bad = isoDay.safeParse('2024-02-30');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toMatch(/2024-02-30/);
    expect(isoDay.safeParse('30/02/2024').success).toBe(false);
  });
});
