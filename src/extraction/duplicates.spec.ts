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
  it('reads "agreed to make a number of service improvements" as the heading of the list that follows it', () => {
    const page =
      'Ashby Vale District Council (19 300 412)\n\nCategory : Adult care services > Assessment and care plan\n\n' +
      'Decision : Upheld\n\nSummary: Mr T complains the Council has not reviewed his care plan since 2015.\n\n' +
      'The Ombudsman upheld the complaint, finding fault causing injustice.\n\nThe Council has agreed to:\n\n' +
      '  \u2022 review Mr T\u2019s care plan.\n  \u2022 pay Mr T £300.\n\n' +
      'The Council has also agreed to make a number of service improvements. It\n\n' +
      '  \u2022 check that every person receiving care in its area has a current care plan;\n' +
      '  \u2022 train its reviewing officers in the Care Act duties.\n';
    expect(texts(page)).toEqual([
      'review Mr T\u2019s care plan.',
      'pay Mr T £300.',
      'check that every person receiving care in its area has a current care plan',
      'train its reviewing officers in the Care Act duties.',
    ]);
    // alone (a page that stops before the list), the summary sentence is the action
    expect(texts(page.slice(0, page.indexOf(' It\n')))).toContain(
      'The Council has also agreed to make a number of service improvements.',
    );
  });
  it('reads a payment named without its amount as the payment the decision gives the sum of', () => {
    const out = texts(
      'Fenwick Borough Council (22 100 200)\nDecision : Upheld\nThe Ombudsman\u2019s final decision:\n' +
        'Summary: We will not investigate this complaint about the Council\u2019s charges for Mrs Y\u2019s care. ' +
        'This is because the Council has agreed to cancel the charges and has now agreed to pay Mrs Y an additional remedy for the distress she was caused.\n' +
        'The complaint\n- Mrs Y complains the Council charged her for care it had said was free.\n' +
        'My assessment\n- After our enquiries, the Council has agreed to pay Mrs Y £300 for the distress she was caused by the wrong charges. There is nothing more an investigation would achieve.\n',
    );
    expect(out).toEqual([
      'This is because the Council has agreed to cancel the charges',
      'After our enquiries, the Council has agreed to pay Mrs Y £300 for the distress she was caused by the wrong charges.',
    ]);
  });
});
