/**
 * A first-person recommendation under a heading that is not an action section is still read, once.
 */
import { extractFromText } from './extract-text';

const SOURCE = { fileName: 't.txt', mediaType: 'text/plain', sha256: '0', pages: null, characters: 0 };
const run = (text: string) => extractFromText({ text, pageStarts: null }, SOURCE).recommendations;

const REPORT =
  'Stage 2 Investigation Report\nCouncil: Brookfield Borough Council\nDate of report: 3 March 2025\n\n' +
  'Findings and recommendations\n\nComplaint 1\nFinding: Upheld.\n' +
  'Recommendation 1: The Council should apologise to Ms W for the missed visits.\n\n' +
  'Time and trouble\n';

describe('explicit recommendations outside the action sections', () => {
  it('reads "I recommend a payment ..." under its own heading', () => {
    const recs = run(
      REPORT + 'I recommend a payment of £120 to Ms W for her time and trouble in pursuing the complaint.\n',
    );
    expect(recs.map((r) => r.text)).toEqual([
      'The Council should apologise to Ms W for the missed visits.',
      'I recommend a payment of £120 to Ms W for her time and trouble in pursuing the complaint.',
    ]);
    expect(recs[1].payments).toEqual([
      expect.objectContaining({ amount: 120, payee: 'Ms W', purpose: 'time_and_trouble' }),
    ]);
  });

  it('does not read other sentences of such a section', () => {
    const recs = run(REPORT + 'Ms W spent many hours chasing the Council. She should not have had to.\n');
    expect(recs.map((r) => r.text)).toEqual(['The Council should apologise to Ms W for the missed visits.']);
  });
});
