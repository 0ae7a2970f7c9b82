import { decodeEntities } from './html-entities';
import { htmlToText } from './html-to-text';
import { unclosedTags } from '../hostile-text';

describe('htmlToText', () => {
  it('puts paragraphs and headings on their own lines, separated by a blank line', () => {
    expect(htmlToText('<h1>Final decision</h1><p>First   paragraph\nwrapped.</p><p>Second.</p>')).toBe(
      'Final decision\n\nFirst paragraph wrapped.\n\nSecond.',
    );
  });

  it('gives a Word paragraph one line when asked, an empty paragraph (as <hr>) the blank line', () => {
    expect(
      htmlToText('<p>Orders</p><p>Landlords</p><p>must</p><hr /><p>Order</p><h2>Due date</h2><p>1</p>', {
        paragraphLines: true,
      }),
    ).toBe('Orders\nLandlords\nmust\n\nOrder\n\nDue date\n\n1');
  });

  it('numbers ordered lists and marks bullets, nesting by indentation', () => {
    const html =
      '<p>The Council will:</p><ol><li>apologise;<ol type="a"><li>in writing</li><li>by phone</li></ol></li>' +
      '<li>pay &pound;250.</li></ol><ul><li>remind staff</li></ul><ol start="4"><li>report back</li></ol>';
    expect(htmlToText(html)).toBe(
      'The Council will:\n\n1. apologise;\n  a) in writing\n  b) by phone\n2. pay £250.\n\n- remind staff\n\n4. report back',
    );
  });

  it('drops scripts, styles, comments, the head and unterminated scripts', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><script>var x = "<p>pay £1m</p>";</script>' +
      '<!-- <p>hidden</p> --><p>Shown</p><noscript>no</noscript><script>never closed <p>lost</p>';
    expect(htmlToText(html)).toBe('Shown');
  });

  it('keeps a table row on one line, cells separated by tabs, lists in cells inline', () => {
    const html =
      '<table><tr><th>Service</th><th>Recommendation</th></tr>' +
      '<tr><td><p>Adult care</p></td><td><ul><li>Apology</li><li>Pay £100</li></ul><p>Evidence needed</p></td></tr></table>';
    expect(htmlToText(html)).toBe(
      'Service\tRecommendation\nAdult care\t• Apology • Pay £100 Evidence needed',
    );
  });

  it('keeps line breaks and preformatted text', () => {
    expect(htmlToText('<p>One<br>Two<br/>Three</p><pre>a  b\n c</pre>')).toBe('One\nTwo\nThree\n\na  b\n c');
  });

  it('keeps Word tab stops as tabs when asked, and treats source tabs as spaces otherwise', () => {
    expect(htmlToText('<p>Service\tRecommendation</p>', { keepTabs: true })).toBe('Service\tRecommendation');
    expect(htmlToText('<p>\tindented\tsource</p>')).toBe('indented source');
  });

  // how long it takes is measured by `npm run bench:hostile`, not here
  it('survives tags that never close', () => {
    // a '<' that never closes is text, not a tag: kept as it is
    const hostile = unclosedTags(20_000);
    const out = htmlToText(hostile);
    expect(out.length === hostile.length && out.endsWith('"text')).toBe(true);
    expect(htmlToText('<p>Before</p>' + unclosedTags(2))).toBe('Before\n\n<a title="<a title="text');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references, with the Windows-1252 rule', () => {
    expect(decodeEntities('&pound;5 &amp; &#163;6 &#xA3;7 &#150; &rsquo;&nbsp;&unknown;')).toBe(
      '£5 & £6 £7 – ’\u00a0&unknown;',
    );
    expect(decodeEntities('&#0; &#x110000;')).toBe('\ufffd \ufffd');
  });
});
