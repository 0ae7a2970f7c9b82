import { findMoney } from './money';
import { parseNumberWords } from './number-words';
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

  it('counts a total once when its breakdown follows at once in brackets or after a colon', () => {
    expect(
      paid('pay Mr L a total of £450 (£300 for the distress and £150 for his time and trouble)'),
    ).toEqual([450]);
    expect(paid('pay Ms W £275: £200 for the missed sessions and £75 for the delay')).toEqual([275]);
  });

  it('does not count a debt cancelled, written off or reduced, however far the verb is from the amount', () => {
    expect(paid('cancel the invoice of £2,140.60')).toEqual([]);
    expect(analysePayments('cancel the invoice of £2,140.60', '', '').warnings).toEqual([
      'Amount £2,140.60 looks like a debt or charge being cancelled or written off, not a payment to the person: it is not in the remedy total',
    ]);
    expect(
      paid(
        'cancel the two invoices for visits that did not take place, totalling £612.40, and refund what she paid',
      ),
    ).toEqual([]);
    expect(paid('write off the remaining £1,050 of the arrears for the day centre')).toEqual([]);
    expect(paid('withdraw the court summons for £388 and pay Mr V £100 for the distress it caused')).toEqual([
      100,
    ]);
    expect(paid('cancel the charge of £95 and refund £40 that Mrs J had already paid towards it')).toEqual([
      40,
    ]);
    // a payment verb between the cancelling and the amount: the amount is paid
    expect(paid('cancel the assessment visit and pay Ms Y £180 for the lost day of work')).toEqual([180]);
  });

  it('counts the total a rate makes over a period, and not the rate', () => {
    expect(paid('pay Mr P £40 a week for the 15 weeks he went without support, a total of £600')).toEqual([
      600,
    ]);
    expect(paid('pay Ms Q £900 for each term of tuition R missed (two terms), £1,800 in total')).toEqual([
      1800,
    ]);
    // a rate with no total says nothing about the sum
    expect(paid('pay Ms Q £900 for each term of tuition R missed')).toEqual([]);
  });

  it('does not count an earlier offer that the remedy replaces, or a sum already paid', () => {
    expect(paid('pay Mr O £350, instead of the £120 it offered at stage 1')).toEqual([350]);
    expect(paid('pay Ms I £200 in addition to the £80 it has already paid')).toEqual([200]);
    // an earlier offer still to be paid is a payment
    expect(paid('pay Mrs U the £150 it offered at stage 2, if it has not already done so')).toEqual([150]);
  });

  it('counts a refund of a fee the complainant paid', () => {
    expect(paid('refund the £75 enforcement fee Mr N paid')).toEqual([75]);
  });

  it('does not count totals across many complaints', () => {
    const s = 'In total the Council paid £4,650 to 6 complainants following Ombudsman decisions.';
    expect(paid(s)).toEqual([]);
  });

  it('does not count averages, yearly totals, extremes or comparisons', () => {
    expect(paid('Compensation for delay averaged £240 per upheld complaint.')).toEqual([]);
    expect(paid('The biggest award this year was £2,400, for a missed school placement.')).toEqual([]);
    expect(paid('We recommended £8,150 in remedies over the year.')).toEqual([]);
    expect(paid('The Council paid £5,900 in financial remedies, up from £4,300 in 2021/22.')).toEqual([]);
    expect(paid('Nineteen housing complaints were settled with goodwill payments totalling £2,780.')).toEqual(
      [],
    );
    expect(paid('12 cases led to refunds of £1,045 in total.')).toEqual([]);
  });

  it('still counts a payment to a named person in a sentence that mentions several complaints', () => {
    expect(paid('Mr J made three complaints; the Council will pay Mr J a total of £450.')).toEqual([450]);
  });

  it('pays the same amount to each of several named people', () => {
    const a = analysePayments('pay £175 each to Mrs W and Mr W for the worry caused', '', '');
    expect(a.payments).toEqual([
      { amount: 175, payee: 'Mrs W', purpose: 'distress' },
      { amount: 175, payee: 'Mr W', purpose: 'distress' },
    ]);
    expect(paid('pay Mr and Mrs T £90 each for their time and trouble')).toEqual([90, 90]);
    expect(paid('pay £60 to each of Ms A, Ms B and Mr C')).toEqual([60, 60, 60]);
    expect(paid('pay £100 each to her two daughters to recognise the distress')).toEqual([100, 100]);
    expect(
      analysePayments(
        'pay £120 each to Mrs N and her son for their distress, time and trouble',
        '',
        '',
      ).payments.map((x) => [x.amount, x.payee]),
    ).toEqual([
      [120, 'Mrs N'],
      [120, 'her son'],
    ]);
    expect(paid('pay Mrs Q £250 (each council) for her distress')).toEqual([250]);
    expect(paid('pay £80 each to Mr E and Ms E, a total of £160')).toEqual([160]);
  });

  it('does not count again the parts of a total whose list began in an earlier item', () => {
    const before =
      'The landlord must pay the tenant £900 compensation, comprising:\n a. £500 for the distress caused;\n b. ';
    expect(analysePayments('£250 for the time spent chasing repairs', '', before).payments).toEqual([]);
    // the list may start right after the total, in the same sentence
    const inline = 'Pay Mr D £600; this is made up of £200 for the missed visits and\n\n';
    expect(analysePayments('£250 for distress and £150 for his time', '', inline).payments).toEqual([]);
    // once the parts reach the total, later amounts are payments again
    const closed = before + '£250 for time;\n c. £150 for complaint handling.\n 2. ';
    expect(analysePayments('pay the tenant £120 for the missed appointments', '', closed).pence).toEqual([
      12000,
    ]);
  });

  it('keeps only the total when "which comprises" gives its breakdown', () => {
    expect(
      paid(
        'pay the tenant a total of £650 compensation, which comprises: i. £450 for the distress caused by the delays; ii. £200 for its complaint handling',
      ),
    ).toEqual([650]);
    expect(
      paid(
        'pay Ms K £1,300 compensation, which comprises £1,000 for distress and £300 for her time and trouble',
      ),
    ).toEqual([1300]);
    expect(paid('pay Mr B £500, which consists of £400 for distress and £100 for his time')).toEqual([500]);
    // a breakdown list opened in an earlier item ("... which comprises:")
    const before =
      'The landlord must pay the tenant £650 compensation, which comprises:\n i. £450 for distress;\n ii. ';
    expect(analysePayments('£200 for its complaint handling', '', before).payments).toEqual([]);
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

  it('counts every amount of a list that shares one payment verb', () => {
    const a = analysePayments(
      'pay the eldest son £200, the second £150, the youngest £75 and their mother £300 for the distress caused.',
      '',
      '',
    );
    expect(a.payments.map((p) => p.amount)).toEqual([200, 150, 75, 300]);
  });

  it('does not carry a payment verb across a sentence or to a claimed amount', () => {
    const a = analysePayments('pay Mr D £250 for the distress. Mr D says the repairs cost £1,200.', '', '');
    expect(a.payments.map((p) => p.amount)).toEqual([250]);
  });
});
