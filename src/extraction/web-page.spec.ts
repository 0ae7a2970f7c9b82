/**
 * A decision saved from the Ombudsman's web site: the page's own text (a site banner, "Back to
 * Top") stands before the decision's title line. Our own texts, in the shape of the saved pages.
 */
import { explainFromText } from './extract-text';
import { ExtractionResult } from './types';

const SOURCE = { fileName: 't.html', mediaType: 'text/html', sha256: '0', pages: null, characters: 0 };
const run = (text: string): ExtractionResult => explainFromText({ text, pageStarts: null }, SOURCE).result;

const page = (banner: string, orders: string): string =>
  [
    banner,
    '',
    'Fenmoor Homes (202301234)',
    '',
    'Back to Top',
    '',
    'REPORT',
    '',
    'COMPLAINT 202301234',
    '',
    'Fenmoor Homes',
    '',
    '3 March 2024',
    '',
    'The complaint',
    '',
    '1. The complaint is about the landlord’s handling of reports of a leaking roof.',
    '2. The landlord is a housing association.',
    '',
    orders,
  ].join('\n');

describe('a saved web page of a decision', () => {
  it('proposes nothing from the site banner before the title line', () => {
    const r = run(
      page('Tell us about your repairs service! Respond by 30 June 2024. Take the survey online.', ''),
    );
    expect(r.documentType).toBe('housing_ombudsman_decision');
    expect(r.recommendations).toEqual([]);
  });

  it('still reads the orders of the decision after it', () => {
    const r = run(
      page(
        'Tell us about your repairs service! Respond by 30 June 2024. Take the survey online.',
        'Orders\n\n3. Within four weeks of this report the landlord must pay the resident £250 for the distress caused.\n',
      ),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'Within four weeks of this report the landlord must pay the resident £250 for the distress caused.',
    ]);
    expect(r.remedyTotal).toBe(250);
  });
});
