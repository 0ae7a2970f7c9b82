/**
 * An action restated in another section of a single-case document is one action; separate cases,
 * other people and other sums stay separate.
 */
import { extractFromText } from './extract-text';

const SOURCE = { fileName: 't.txt', mediaType: 'text/plain', sha256: '0', pages: null, characters: 0 };
const texts = (text: string) =>
  extractFromText({ text, pageStarts: null }, SOURCE).recommendations.map((r) => r.text);

const HEADER =
  'Final decision\n\nComplaint reference: 24 100 300\nComplaint against: Lowmoor Borough Council\n\n';

describe('restated actions', () => {
  it('keeps one action when the report summary and the recommendations say it in other words', () => {
    const out = texts(
      HEADER +
        'Report summary\n\nRecommendations\nWe recommend the Council:\n' +
        '- repays Mr F the £120 late fees he paid;\n- reviews how it checks direct debit dates.\n\n' +
        'Findings\n\nThe Council took the wrong date for six months. That was fault.\n\n' +
        'Recommendations\nWithin one month of this decision the Council should:\n' +
        'a) repay to Mr F the £120 late fees that he paid;\n' +
        'b) review how it checks the dates of direct debits when an account changes.\n',
    );
    expect(out).toEqual([
      'repay to Mr F the £120 late fees that he paid',
      'review how it checks the dates of direct debits when an account changes.',
    ]);
  });

  it('merges the council response that restates a recommendation', () => {
    const out = texts(
      'Stage 3 Review Panel report\nCouncil: Lowmoor Borough Council\n\nRecommendations\n' +
        'The panel recommends that the Council:\n' +
        '(i) reviews its guidance on telephone reviews so that any change to a care package is followed by a full reassessment; and\n' +
        '(ii) apologises to Mr P.\n\n' +
        'Response of the Director\n' +
        "I accept the panel's recommendation on telephone reviews in part: the guidance will be changed so that any reduction in hours is followed by a full reassessment.\n",
    );
    expect(out.filter((t) => /reassessment/.test(t))).toEqual([
      'reviews its guidance on telephone reviews so that any change to a care package is followed by a full reassessment',
    ]);
  });

  it('keeps equal sums to different people, and different sums, apart', () => {
    const out = texts(
      HEADER +
        'Summary: the Council agreed to pay Mrs K £250 for distress.\n\n' +
        'Agreed action\nWithin one month of my final decision, the Council will:\n' +
        '- pay Mrs K £250 for the distress caused;\n- pay Mr K £250 for the distress caused;\n' +
        '- pay Mrs K £100 for her time and trouble.\n',
    );
    expect(out).toEqual([
      'pay Mrs K £250 for the distress caused',
      'pay Mr K £250 for the distress caused',
      'pay Mrs K £100 for her time and trouble.',
    ]);
  });
});
