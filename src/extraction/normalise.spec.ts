/**
 * Normalisation of PDF-damaged text: HTML tags wrapped over several lines, a list marker left alone
 * at the end of its line, and table cells whose sentence continues after a cell of the other column.
 */
import { normaliseText, reflowContinuations, unwrapTags } from './normalise';

/** Every character of the working text that is not whitespace comes from the same character. */
function expectOffsetsHold(original: string, text: string, origin: Int32Array): void {
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    expect(`${i}:${original[origin[i]]}`).toBe(`${i}:${text[i]}`);
  }
}

describe('HTML tags wrapped over several lines', () => {
  it('keeps the length and turns the line breaks inside a tag into spaces', () => {
    const text = 'Cell <ol class="steps\nnumbered"> one\n</\n   li> two\nA line < 5 and > 2\n';
    const out = unwrapTags(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('Cell <ol class="steps numbered"> one\n</    li> two\nA line < 5 and > 2\n');
  });

  it('drops a wrapped opening tag and a wrapped closing tag from the working text', () => {
    const original =
      'Housing Team <ol class="plain\nlist"> \u2022 Say sorry to Mr D for the\ndelay. <em\nclass="x">Noted</em> by the panel.</\np>\n';
    const { text, origin } = normaliseText(original);
    expect(text).not.toMatch(/class|plain|list"|<|>/);
    expect(text.replace(/\s+/g, ' ')).toContain(
      '\u2022 Say sorry to Mr D for the delay. Noted by the panel.',
    );
    expectOffsetsHold(original, text, origin);
  });

  it('joins a list marker left alone after a tag to the item text on the next line', () => {
    const original =
      'Finance <ol class="plain\nlist"> -\nChanged its letters so that charges are clear. - Check\nits records.\n';
    const { text, origin } = normaliseText(original);
    expect(text).toContain('- Changed its letters so that charges are clear. - Check');
    expectOffsetsHold(original, text, origin);
  });

  it('joins a dash alone on its line to the item on the next line (a web page whose list items lost their text line)', () => {
    const original =
      'the Council should take the following action:\n-\nApologise to Miss X;\n-\nPay Miss X £350.\n';
    const { text, origin } = normaliseText(original);
    expect(text).toContain('- Apologise to Miss X;\n- Pay Miss X £350.');
    expectOffsetsHold(original, text, origin);
  });

  it('joins a dash alone on its line to a lower-case item after a lead-in or an item ending ":" or ";"', () => {
    const original =
      'the Council should take the following actions within three months:\n-\napologise to Mr X;\n-\nmake a symbolic payment of £500; and\n-\nreview its procedure.\n';
    const { text, origin } = normaliseText(original);
    expect(text).toContain(
      '- apologise to Mr X;\n- make a symbolic payment of £500; and\n- review its procedure.',
    );
    expectOffsetsHold(original, text, origin);
    // not a dash in a table of figures followed by a lower-case note
    expect(normaliseText('Payments made in the year\n-\nnone recorded\n').text).toContain('year\n-\nnone');
    // nor a dash before an item with a marker of its own (a Word list rendered with both)
    expect(
      normaliseText('which should not be deducted if already paid;\n\n-\n  a) inspect the property.\n').text,
    ).toContain('\n-\n  a) inspect');
  });

  it('leaves a dash that ends a line of prose alone', () => {
    const { text } = normaliseText('The officer visited on Monday -\nthe family were out.\n');
    expect(text.trimEnd()).toBe('The officer visited on Monday -\nthe family were out.');
  });
});

describe('table cells continued after a cell of the other column', () => {
  it('puts a wrapped sentence back after its beginning, over a multi-line cell of the other column', () => {
    const original = [
      'Refund the parking charge and',
      'pay Ms R £150 for the worry',
      '',
      '      Staff were reminded of',
      '      the permit rules.',
      '',
      'caused by the wrong notice; the',
      'Council will also cancel the',
      'second notice.',
      '',
      'Next row',
      '',
    ].join('\n');
    const n = reflowContinuations(normaliseText(original));
    const flat = n.text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'pay Ms R £150 for the worry caused by the wrong notice; the Council will also cancel the second notice.',
    );
    // the other column's cell stays whole and is not joined to the moved sentence
    expect(flat).toContain('Staff were reminded of the permit rules. Next row');
    expectOffsetsHold(original, n.text, n.origin);
  });

  it('does not treat a line that its cell continues in lower case as the end of the cell', () => {
    const original = [
      'The Council should arrange a meeting with',
      'Mr T about the missed visits',
      '',
      '      Learning points are',
      '      still being agreed.',
      '',
      'within four weeks of this report.',
      '',
    ].join('\n');
    const flat = reflowContinuations(normaliseText(original)).text.replace(/\s+/g, ' ');
    expect(flat).toContain('about the missed visits within four weeks of this report.');
    expect(flat).toContain('Learning points are still being agreed.');
  });

  it('leaves the last item of a semicolon list where it is ("caused;" then "and service improvements.")', () => {
    const original = [
      'Fenmoor Borough Council (24 013 118)',
      "The Ombudsman's final decision:",
      'Summary: Miss Y complained about the way the Council dealt with her homelessness and housing',
      'applications after her landlord served notice. We have found fault, causing injustice, by the',
      'Council in: failing to properly consider whether it was reasonable for Miss Y to remain in her',
      'accommodation, and its duty to provide her with interim accommodation after court action in 2023;',
      'failing to consider, before June 2024, whether it should end the prevention duty; and its',
      'communication failures and failure to review her Personal Housing Plan. The Council has agreed',
      'to remedy this injustice by: apologising to Miss Y; making a payment to reflect the upset caused;',
      'and service improvements.',
      'The complaint',
      '- Miss Y complains about the way the Council dealt with her applications.',
      '',
    ].join('\n');
    const { text } = reflowContinuations(normaliseText(original));
    expect(text).toContain('upset caused;\nand service improvements.\nThe complaint');
  });

  it('leaves alone a short heading followed by a lower-case line', () => {
    const original = 'Other matters\n\nfor information only, no action is needed.\n';
    expect(reflowContinuations(normaliseText(original)).text.trimEnd()).toBe(original.trimEnd());
  });
});

describe('character references left in pasted web text', () => {
  it('decodes named and numeric references, each mapped back to where it stood', () => {
    const original =
      'Pay Mr D &pound;300 &amp; apologise for the Council&#8217;s delay.&nbsp;Review &ZZZ; its&#x2019; letters.\n';
    const { text, origin } = normaliseText(original);
    expect(text).toContain(
      'Pay Mr D £300 & apologise for the Council\u2019s delay. Review &ZZZ; its\u2019 letters.',
    );
    const pound = text.indexOf('£');
    expect(original.slice(origin[pound], origin[pound] + 7)).toBe('&pound;');
  });
});
