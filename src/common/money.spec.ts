import { DomainError } from './errors';
import {
  formatPounds,
  formatPoundsAndPence,
  parsePounds,
  penceToPounds,
  poundsToPence,
  roundToPence,
} from './money';

describe('pence and pounds', () => {
  it('turns request pounds into integer pence, refusing what is not money and naming the field', () => {
    expect(poundsToPence(250)).toBe(25000);
    expect(poundsToPence(99.5)).toBe(9950);
    expect(poundsToPence(0.1 + 0.2)).toBe(30);
    const refused = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('not refused');
    };
    expect(refused(() => poundsToPence(-1, 'agreedAmount'))).toMatchObject({
      code: 'invalid',
      field: 'agreedAmount',
    });
    expect(refused(() => poundsToPence(1.234, 'amountPaid')).message).toBe(
      'amountPaid can have at most two digits after the decimal point (pence).',
    );
    expect(refused(() => poundsToPence(20_000_001)).message).toBe('amount is too large.');
  });

  it('rounds engine pounds to whole pence and pence back to pounds', () => {
    expect(roundToPence(1500.1)).toBe(150010);
    expect(roundToPence(3_000_000_000)).toBe(300_000_000_000);
    expect(penceToPounds(25050)).toBe(250.5);
    expect(penceToPounds(25050.4)).toBe(250.5);
  });

  it('formats pence for running text and for tables', () => {
    expect(formatPounds(150000)).toBe('£1,500');
    expect(formatPounds(720)).toBe('£7.20');
    expect(formatPoundsAndPence(30000)).toBe('£300.00');
    expect(formatPoundsAndPence(125050)).toBe('£1,250.50');
  });
});

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
