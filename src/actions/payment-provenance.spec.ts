import type { ProposedPayment } from '../documents/entities/recommendation.entity';
import { keepProvenance } from './payment-provenance';

const found = (amountPence: number, why: string): ProposedPayment => ({
  amountPence,
  payee: 'Mr B',
  purpose: 'distress',
  span: { start: 10, end: 14, page: 1 },
  rule: ['payment.remedy'],
  why,
});
const typed = (amountPence: number, purpose: ProposedPayment['purpose'] = 'distress'): ProposedPayment => ({
  amountPence,
  payee: 'Mr B',
  purpose,
});

describe('keepProvenance: corrected payments and what extraction said about them', () => {
  it('keeps the provenance of an amount that is still there, whatever else was corrected', () => {
    const out = keepProvenance([found(50000, 'remedy payment')], [typed(50000, 'time_and_trouble')]);
    expect(out).toEqual([
      {
        amountPence: 50000,
        payee: 'Mr B',
        purpose: 'time_and_trouble',
        span: { start: 10, end: 14, page: 1 },
        rule: ['payment.remedy'],
        why: 'remedy payment',
      },
    ]);
  });

  it('gives a changed or added amount none', () => {
    const out = keepProvenance([found(50000, 'remedy payment')], [typed(60000), typed(10000)]);
    expect(out).toEqual([typed(60000), typed(10000)]);
  });

  it('lends each extracted amount once, in order, when the same amount appears twice', () => {
    const out = keepProvenance(
      [found(20000, 'first'), found(20000, 'second')],
      [typed(20000), typed(20000), typed(20000)],
    );
    expect(out.map((p) => p.why ?? null)).toEqual(['first', 'second', null]);
  });

  it('lends nothing from a payment the officer typed earlier', () => {
    expect(keepProvenance([typed(50000)], [typed(50000)])).toEqual([typed(50000)]);
  });
});
