import type { Payment, Recommendation } from '../../extraction/types';
import { explanationOf, paymentExplanationOf, recommendationRow } from './recommendation-rows';

const base: Recommendation = {
  text: 'Remind staff of the policy.',
  category: 'staff_reminder',
  learning: true,
  payments: [],
  deadline: null,
  evidenceRequired: false,
  span: { start: 0, end: 27, page: 1 },
  confidence: 0.9,
};

describe('the optional fields the engine gained (rule, why, possible)', () => {
  it('are kept when present', () => {
    const rec = {
      ...base,
      rule: ['agreed-action-item', 'lead-in'],
      why: "item 2 under 'Agreed action'",
      possible: true,
    };
    expect(recommendationRow(rec, 0)).toMatchObject({
      rule: ['agreed-action-item', 'lead-in'],
      why: "item 2 under 'Agreed action'",
      possible: true,
    });
  });

  it('are read defensively: an older result has none, a wrong type is ignored', () => {
    expect(explanationOf(base)).toEqual({ rule: null, why: null, possible: false });
    const odd = { ...base, rule: [1, 2], why: '   ', possible: 'yes' } as unknown as Recommendation;
    expect(explanationOf(odd)).toEqual({ rule: null, why: null, possible: false });
  });
});

describe("a payment's provenance (span, rule, why)", () => {
  const pay = { amount: 250.5, payee: 'Mrs C', purpose: 'distress' as const };

  it('is stored on the proposed payment, in pence beside it', () => {
    const rec = {
      ...base,
      payments: [
        {
          ...pay,
          span: { start: 40, end: 47, page: 2 },
          rule: ['payment.remedy'],
          why: 'remedy payment (payment wording next to the amount)',
        },
      ],
    };
    expect(recommendationRow(rec, 0).payments).toEqual([
      {
        amountPence: 25050,
        payee: 'Mrs C',
        purpose: 'distress',
        span: { start: 40, end: 47, page: 2 },
        rule: ['payment.remedy'],
        why: 'remedy payment (payment wording next to the amount)',
      },
    ]);
  });

  it('is read defensively: an older result has none, a wrong type is dropped', () => {
    expect(paymentExplanationOf(pay)).toEqual({ span: null, rule: null, why: null });
    const odd = { ...pay, span: { start: 9, end: 3 }, rule: 'payment.remedy', why: 7 } as unknown as Payment;
    expect(paymentExplanationOf(odd)).toEqual({ span: null, rule: null, why: null });
    const noPage = { ...pay, span: { start: 1, end: 4 } } as unknown as Payment;
    expect(paymentExplanationOf(noPage).span).toEqual({ start: 1, end: 4, page: null });
  });
});
