import { extractFromText } from './extract-text';
import { joinSplitTokens, rebuildTables } from './layout';
import { normaliseText } from './normalise';

const SOURCE = { fileName: 'x.txt', mediaType: 'text/plain', sha256: 'x', pages: null, characters: 0 };

/** Our own text in the shape a PDF table gives: one cell (or fragment) per line. */
const ORDERS = [
  'Determination',
  'The landlord failed to fix the gutter for eleven months.',
  'Orders',
  'Landlords must comply with our orders in the manner and timescales we specify.',
  'Order',
  'What the landlord must do',
  'Due date',
  '1',
  'Compensation order',
  'The landlord must pay the tenant £',
  '8',
  '7',
  '5 made up as follows:',
  '£',
  '60',
  '0 for the distress caused by the delay in the gutter repair.',
  '£275 for the time and trouble of chasing it.',
  'This must be paid directly to the tenant by the due date.',
  'No later than',
  '1',
  '4',
  'July 2026',
  '2',
  'Repair order',
  'The landlord is to inspect the gutter and',
  'complete any repair it finds',
  'necessary',
  'No later than',
  '28 July 2026',
  'Recommendations',
  'The landlord should review how it records repair requests.',
].join('\n');

describe('joinSplitTokens', () => {
  it('joins an amount split over lines, keeping each character at its original offset', () => {
    const text = 'The landlord must pay £\n1\n10\n0 made up as follows:';
    const n = joinSplitTokens(normaliseText(text));
    expect(n.text).toBe('The landlord must pay £1100 made up as follows:');
    const at = n.text.indexOf('£1100');
    expect(text[n.origin[at]]).toBe('£');
    expect(text[n.origin[at + 4]]).toBe('0');
  });

  it('joins a day split over lines before its month, and a month and its year', () => {
    expect(joinSplitTokens(normaliseText('Date\n1\n9\nMay 2026\nBackground')).text).toBe(
      'Date\n19 May 2026\nBackground',
    );
    expect(joinSplitTokens(normaliseText('repaired on 2 March\n2024 by a contractor')).text).toBe(
      'repaired on 2 March 2024 by a contractor',
    );
  });

  it('joins a word broken inside, but not a lone letter to the word after it', () => {
    expect(joinSplitTokens(normaliseText('Explain h\now it will\nT\nhe apology')).text).toBe(
      'Explain how it will\nThe apology',
    );
    expect(joinSplitTokens(normaliseText('The resident sai\nd\nthe bike')).text).toBe(
      'The resident said\nthe bike',
    );
  });

  it('reads one blank line between fragments as a line break (Word: one paragraph per fragment)', () => {
    expect(
      joinSplitTokens(normaliseText('must pay the tenant £\n\n1\n\n10\n\n0 made up as follows:')).text,
    ).toBe('must pay the tenant £1100 made up as follows:');
    const word = ORDERS.split('\n').join('\n\n');
    const r = rebuildTables(joinSplitTokens(normaliseText(word)));
    expect(r.rows).toHaveLength(2);
    expect(r.text).toContain('\n1. The landlord must pay the tenant £875 made up as follows:');
  });

  it('joins an amount a PDF spaced apart inside its line, at the original offsets', () => {
    const text =
      'It is ordered to pay £ 50 0 compensation (inclusive of the £1 25 previously offered). The landlord must pay the resident £1, 5 00 to recognise the distress.';
    const n = joinSplitTokens(normaliseText(text));
    expect(n.text).toBe(
      'It is ordered to pay £500 compensation (inclusive of the £125 previously offered). The landlord must pay the resident £1,500 to recognise the distress.',
    );
    const at = n.text.indexOf('£1,500');
    expect(text[n.origin[at + 5]]).toBe('0');
  });

  it('leaves two numbers after an amount apart: a unit follows, or both are whole groups', () => {
    for (const text of [
      'It paid £50 10 days after the visit.',
      'It paid £1,000 2 years ago.',
      'The fees were £250 500 of them in arrears.',
    ])
      expect(joinSplitTokens(normaliseText(text)).text).toBe(text);
  });

  it('leaves a list of numbers that is not an amount alone', () => {
    const text = 'Cases by year\n12\n14\nwere upheld';
    expect(joinSplitTokens(normaliseText(text)).text).toBe(text);
  });
});

describe('rebuildTables', () => {
  it('rebuilds each order row as one numbered line with its due date', () => {
    const r = rebuildTables(joinSplitTokens(normaliseText(ORDERS)));
    expect(r.text).toContain(
      '\n1. The landlord must pay the tenant £875 made up as follows: £600 for the distress caused by the delay in the gutter repair. £275 for the time and trouble of chasing it. This must be paid directly to the tenant by the due date. No later than 14 July 2026.\n',
    );
    expect(r.text).toContain(
      '\n2. The landlord is to inspect the gutter and complete any repair it finds necessary. No later than 28 July 2026.\n',
    );
    expect(r.rows).toHaveLength(2);
    expect(ORDERS.slice(r.rows[1].start, r.rows[1].end)).toMatch(/^2\nRepair order\n[\s\S]*28 July 2026$/);
  });

  it('leaves text without a known header row unchanged', () => {
    const n = normaliseText('Order\nWhat happened\n1\nThe landlord replied.');
    expect(rebuildTables(n).text).toBe(n.text);
  });
});

describe('a rebuilt orders table in the engine', () => {
  it('proposes one action per order, counts the ordered total once and takes the due date', () => {
    const r = extractFromText({ text: ORDERS, pageStarts: null }, SOURCE);
    const texts = r.recommendations.map((x) => x.text);
    expect(texts[0]).toMatch(/^The landlord must pay the tenant £875 made up as follows/);
    expect(texts[1]).toMatch(/^The landlord is to inspect the gutter/);
    expect(r.recommendations[0].payments.map((p) => p.amount)).toEqual([875]);
    expect(r.remedyTotal).toBe(875);
    expect(r.recommendations.map((x) => x.deadline?.date)).toEqual(['2026-07-14', '2026-07-28']);
    for (const rec of r.recommendations) {
      expect(ORDERS.slice(rec.span.start, rec.span.end).replace(/\s+/g, ' ')).toContain(
        rec.text.slice(0, 20),
      );
    }
  });
});
