import Ajv2020 from 'ajv/dist/2020';
import { cleanActionText, extractFromText, rawOffsets } from './extract-text';
import { analysePayments, MONEY_RULES, MoneyRule } from './payments';
import { EXTRACTION_RESULT_SCHEMA } from './result-schema';
import { ExtractionResult } from './types';

const SOURCE = {
  fileName: 'x.txt',
  mediaType: 'text/plain',
  sha256: 'a'.repeat(64),
  pages: null,
  characters: 0,
};

describe('money rules, kept as data', () => {
  it.each(Object.values(MONEY_RULES).map((r) => [r.id, r] as const))(
    '%s decides the amount in its fixture',
    (id, r) => {
      for (const { text, amount, context, sentence } of [
        r.fixture,
        ...((r as MoneyRule).alsoMatches ?? []),
      ]) {
        const a = analysePayments(text, sentence ?? text, context ?? '');
        // the last mention of the amount (a restatement is the second)
        const d = a.decisions.filter((x) => x.mention.pence === Math.round(amount * 100)).pop();
        expect(d?.rule[0]).toBe(id);
        expect(d?.payment).toBe(r.counted);
      }
      expect(r.reason.length).toBeGreaterThan(10);
    },
  );

  it('names the rules a payment passed through, the deciding one first', () => {
    const a = analysePayments(
      'pay £100 to his brother and £100 to his sister for their distress, a total of £200',
      '',
      '',
    );
    expect(a.payments.map((p) => p.amount)).toEqual([200]);
    // the total first read as the next amount of a list of payments
    expect(a.sources.map((d) => d.rule)).toEqual([['payment.total-of-parts', 'payment.listed']]);
    expect(a.sources[0].reason).toBe('total of 2 payments');
  });

  it('counts "payments of £200 and £100 to his daughter" as two amounts, not a range', () => {
    const a = analysePayments(
      'make payments of £200 and £100 to his daughter Miss B for her distress',
      '',
      '',
    );
    expect(a.payments.map((p) => p.amount)).toEqual([200, 100]);
    const range = analysePayments('a payment of between £200 and £400 for the distress', '', '');
    expect(range.payments).toEqual([]);
  });

  it('gives one source per payment when one amount is paid to each of several people', () => {
    const a = analysePayments('pay £150 each to Mr T and Mrs T for the worry caused', '', '');
    expect(a.payments.map((p) => p.payee)).toEqual(['Mr T', 'Mrs T']);
    expect(a.sources).toHaveLength(2);
    expect(a.sources[0]).toBe(a.sources[1]);
  });

  it('counts a child named by a letter alone as a payee of "each" ("pay Mrs X and Y £200 each")', () => {
    const a = analysePayments('pay Mrs X and Y £200 each for distress', '', '');
    expect(a.payments.map((p) => [p.payee, p.amount])).toEqual([
      ['Mrs X', 200],
      ['Y', 200],
    ]);
    // not a letter in a list of things
    expect(analysePayments('pay Mrs X £200 for the delay to plans A and B', '', '').payments).toHaveLength(1);
  });

  it('counts a pronoun and a named person before "each" as two payees ("pays her and Mrs Y £200 each")', () => {
    const a = analysePayments(
      'writes to Mrs X to apologise and pays her and Mrs Y £200 each for their time and trouble',
      '',
      '',
    );
    expect(a.payments.map((p) => [p.payee, p.amount])).toEqual([
      ['Mrs X', 200],
      ['Mrs Y', 200],
    ]);
    // the pronoun is not the person it is joined to, though that person was named just before
    const b = analysePayments(
      'apologise to Mrs X and her daughter, Mrs Y, and pay her and Mrs Y £200 each for their distress',
      '',
      '',
    );
    expect(b.payments.map((p) => p.payee)).toEqual(['Mrs X', 'Mrs Y']);
  });
});

describe('a limit on a power to pay', () => {
  it('is a threshold ("settle any compensation payments up to £2000"), though "pay up to £300 of her costs" is a payment', () => {
    const power = analysePayments(
      'To consider any report of the Ombudsman and to settle any compensation payments up to £2000',
      '',
      '',
    );
    expect(power.payments).toEqual([]);
    expect(power.sources).toEqual([]);
    const above = analysePayments(
      'under the general delegation to make such a payment above £2,000, on urgency grounds',
      '',
      '',
    );
    expect(above.payments).toEqual([]);
    expect(
      analysePayments('pay Mrs K up to £300 of her removal costs', '', '').payments.map((p) => p.amount),
    ).toEqual([300]);
  });
});

describe('a second amount split from a payment sentence', () => {
  it('shares the verb and the payee of the first, though the same amount stands earlier', () => {
    const sentence =
      'the Council will cancel the £150 assessment fee and pay Mrs B £400 for the avoidable distress and £150 for the effort she was put to.';
    const a = analysePayments('£150 for the effort she was put to.', sentence, '');
    expect(a.payments.map((p) => [p.payee, p.amount])).toEqual([['Mrs B', 150]]);
  });
});

describe('the offset of a cleaned action text in its raw text', () => {
  it('walks runs of whitespace and leading list marks', () => {
    const raw = '  \u2022  pay Mrs D\n  £300 to\tacknowledge';
    const clean = cleanActionText(raw);
    expect(clean).toBe('pay Mrs D £300 to acknowledge');
    const inRaw = rawOffsets(raw);
    const at = clean.indexOf('£300');
    expect(raw.slice(inRaw(at), inRaw(at + 3) + 1)).toBe('£300');
    expect(inRaw(0)).toBe(raw.indexOf('pay'));
    expect(inRaw(clean.indexOf('acknowledge'))).toBe(raw.indexOf('acknowledge'));
  });
});

const DECISION = [
  'Northmoor County Council (24 012 345)',
  '',
  'Category : Adult care services > Charging',
  'Decision : Upheld',
  'Decision date : 14 Mar 2025',
  '',
  'Summary: Mrs D complained that the Council sent a backdated care invoice without warning.',
  '',
  '\fAgreed action',
  '',
  '1. Within one month of the final decision, the Council will:',
  '   - apologise to Mrs D for the faults identified in this statement;',
  '   - pay Mrs D £300 to acknowledge the distress caused, and £150 for her time and trouble;',
  '   - reduce the outstanding invoice by £640, the charges it did not tell her father about.',
  '2. Within three months of the final decision, the Council will remind staff in the financial',
  '   assessment team to send assessment outcomes in writing.',
  '',
].join('\n');

describe('payments in the result', () => {
  const input = { text: DECISION, pageStarts: [0, DECISION.indexOf('\f') + 1] };
  const result: ExtractionResult = extractFromText(input, SOURCE);
  const payments = result.recommendations.flatMap((r) => r.payments);

  it('carry the span of their amount, the rule that counted them and why', () => {
    expect(payments.map((p) => p.amount)).toEqual([300, 150]);
    expect(payments.map((p) => DECISION.slice(p.span!.start, p.span!.end))).toEqual(['£300', '£150']);
    expect(payments.map((p) => p.span!.page)).toEqual([2, 2]);
    expect(payments.map((p) => p.rule)).toEqual([['payment.remedy'], ['payment.remedy']]);
    expect(payments[0].why).toMatch(/remedy payment/);
    // the debt reduction is not a payment
    expect(result.remedyTotal).toBe(450);
  });

  it('lie inside the span of the recommendation that makes them', () => {
    const rec = result.recommendations.find((r) => r.payments.length)!;
    for (const p of rec.payments) {
      expect(p.span!.start).toBeGreaterThanOrEqual(rec.span.start);
      expect(p.span!.end).toBeLessThanOrEqual(rec.span.end);
    }
  });

  it('still validate against the repository schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(EXTRACTION_RESULT_SCHEMA);
    expect(validate(result)).toBe(true);
  });

  it('keep their span across an amount split over lines by a PDF table', () => {
    const text = [
      'Housing Ombudsman Service',
      '',
      'REPORT',
      '',
      'COMPLAINT 202400001',
      '',
      'Northmoor Homes Limited',
      '',
      '3 May 2026',
      '',
      'Putting things right',
      'Orders',
      'Order',
      'What the landlord must do',
      'Due date',
      '1',
      'Apology order',
      'The landlord must apologise to the resident for the failures identified in this report.',
      'No later than',
      '2',
      'June 2026',
      '2',
      'Compensation order',
      'The landlord must pay the resident £',
      '4',
      '5',
      '0',
      'for the distress and inconvenience caused by its handling of the repairs.',
      'No later than',
      '2',
      'June 2026',
      '',
    ].join('\n');
    const r = extractFromText({ text, pageStarts: null }, SOURCE);
    const p = r.recommendations.flatMap((x) => x.payments);
    expect(p.map((x) => x.amount)).toEqual([450]);
    expect(text.slice(p[0].span!.start, p[0].span!.end)).toBe('£\n4\n5\n0');
  });
});
