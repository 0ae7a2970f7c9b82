import { findMoney, parseNumberWords } from './money';
import { analysePayments } from './payments';

const amounts = (s: string): number[] => findMoney(s).map((m) => m.pence / 100);
const paid = (text: string, sentence = text): number[] =>
  analysePayments(text, sentence, '').payments.map((p) => p.amount);

describe('money mentions', () => {
  it('reads amounts in every common form', () => {
    expect(amounts('pay £1,500 and £7123.20 and £ 250')).toEqual([1500, 7123.2, 250]);
    expect(amounts('a grant of £1.5k and £2 million')).toEqual([1500, 2000000]);
    expect(amounts('GBP 300 or 450 pounds')).toEqual([300, 450]);
    expect(amounts('pay her five hundred pounds')).toEqual([500]);
    expect(amounts('one thousand two hundred and fifty pounds')).toEqual([1250]);
  });

  it('parses number words', () => {
    expect(parseNumberWords('twenty-five')).toBe(25);
    expect(parseNumberWords('two thousand and forty')).toBe(2040);
    expect(parseNumberWords('banana')).toBeNull();
  });
});

describe('payments', () => {
  it('counts a remedy payment with its payee and purpose', () => {
    const a = analysePayments(
      'pay Mrs D £300 to acknowledge the distress caused, and £150 for her time and trouble',
      '',
      '',
    );
    expect(a.payments).toEqual([
      { amount: 300, payee: 'Mrs D', purpose: 'distress' },
      { amount: 150, payee: 'Mrs D', purpose: 'time_and_trouble' },
    ]);
  });

  it('counts a total once and not its breakdown', () => {
    expect(
      paid(
        'Pay Mrs X £820; this is made up of £100 token payment, £420 for costs, £150 for uncertainty and £150 to recognise the impact.',
      ),
    ).toEqual([820]);
    expect(paid('pay his son £100 and his daughter £100 for their time, a total of £200.')).toEqual([200]);
  });

  it('does not count rates, ranges, claims, fees, reductions or thresholds', () => {
    expect(
      paid(
        'I consider a suitable remedy would be £1600 calculated as follows: three months of reduced provision @ £150 per month: £450; three months of no provision @ £300 per month: £900; time and trouble: £250.',
      ),
    ).toEqual([1600]);
    expect(paid('the therapist charges £65 per hour')).toEqual([]);
    expect(paid('He says the provision would cost between £7,000 and £10,000.')).toEqual([]);
    expect(paid('Mrs K wants the Council to pay her £3,000.')).toEqual([]);
    expect(paid('reduce the outstanding invoice by £640')).toEqual([]);
    expect(paid('charges were written off, including a £400 administration fee')).toEqual([]);
    expect(paid('people with savings over £23,250 pay the full cost')).toEqual([]);
  });

  it('counts a refund of a fee the complainant paid', () => {
    expect(paid('refund the £75 enforcement fee Mr N paid')).toEqual([75]);
  });

  it('does not count totals across many complaints', () => {
    const s = 'In total the Council paid £4,650 to 6 complainants following Ombudsman decisions.';
    expect(paid(s)).toEqual([]);
  });

  it('counts equal amounts to different people separately', () => {
    expect(paid('pay £250 to Mr A and £250 to Ms B')).toEqual([250, 250]);
  });

  it('resolves pronoun payees from earlier text', () => {
    const a = analysePayments(
      'Make her a payment of £250 to recognise that distress.',
      '',
      'Apologise to Ms X for the faults.',
    );
    expect(a.payments[0].payee).toBe('Ms X');
  });

  it('warns about amounts that are rates', () => {
    const a = analysePayments('pay £7 a day for transport', '', '');
    expect(a.payments).toEqual([]);
    expect(a.warnings.join(' ')).toMatch(/£7 looks like a rate/);
  });
});
