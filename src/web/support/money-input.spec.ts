import { isCalendarDate, parsePounds } from './money-input';

describe('parsePounds', () => {
  it('reads amounts as officers type them', () => {
    expect(parsePounds('£1,250.50')).toEqual({ ok: true, pounds: 1250.5 });
    expect(parsePounds(' 300 ')).toEqual({ ok: true, pounds: 300 });
    expect(parsePounds('99.5')).toEqual({ ok: true, pounds: 99.5 });
    expect(parsePounds('£ 0')).toEqual({ ok: true, pounds: 0 });
  });

  it('treats an empty field as no amount', () => {
    expect(parsePounds('')).toEqual({ ok: true, pounds: null });
    expect(parsePounds(undefined)).toEqual({ ok: true, pounds: null });
  });

  it('refuses what is not an amount, in plain words', () => {
    expect(parsePounds('three hundred', 'the amount paid')).toEqual({
      ok: false,
      message: 'Enter the amount paid in pounds, like 250 or 99.50',
    });
    expect(parsePounds('-5').ok).toBe(false);
    expect(parsePounds('1.234').ok).toBe(false);
    expect(parsePounds('20000000', 'the agreed amount')).toEqual({
      ok: false,
      message: 'The agreed amount is too large',
    });
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2025-02-28')).toBe(true);
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('28/02/2025')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });
});
