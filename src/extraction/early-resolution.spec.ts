/**
 * LGSCO early resolutions (our own texts in the shape of the published ones): the Ombudsman
 * suggests the remedy under "My assessment" and the "Agreed action" section only says the
 * organisation agreed to take "the suggested actions".
 */
import { explainFromText } from './extract-text';
import { ExtractionResult } from './types';

const SOURCE = { fileName: 't.txt', mediaType: 'text/plain', sha256: '0', pages: null, characters: 0 };
const run = (text: string): ExtractionResult => explainFromText({ text, pageStarts: null }, SOURCE).result;
const texts = (r: ExtractionResult): string[] =>
  r.recommendations.filter((x) => !x.possible).map((x) => x.text);

function earlyResolution(assessment: string[], agreed: string): string {
  return [
    'Marrow Vale District Council (24 009 310)',
    'Category : Benefits and tax > Council tax',
    'Decision : Upheld',
    'Decision date : 12 Nov 2024',
    "The Ombudsman's final decision:",
    'Summary: Ms Y complained the Council did not deal with her council tax appeal. We have upheld the complaint because the Council agreed to resolve it early.',
    'The complaint',
    '- Ms Y complained the Council delayed and wants it to refund her.',
    'My assessment',
    ...assessment,
    'Agreed Action',
    agreed,
    'Final decision',
    'We have upheld this complaint. The Council has agreed action to resolve it.',
    '',
  ].join('\n');
}

describe('early resolutions: the agreed action refers back to the suggested actions', () => {
  it('reads the suggestions as the actions and the back-reference as none of its own', () => {
    const r = run(
      earlyResolution(
        [
          'If we investigated this complaint it is likely we would find fault. The Council took five months to answer Ms Y and did not tell her she could appeal to the tribunal.',
          'We asked the Council to consider resolving the complaint early by taking action to remedy the injustice caused to Ms Y. We suggested the Council apologise to Ms Y and send her its decision on the discount. We also suggested a payment of £150 to recognise her frustration.',
        ],
        'The Council agreed to resolve the complaint by taking the suggested actions within four weeks.',
      ),
    );
    expect(texts(r)).toEqual([
      'We suggested the Council apologise to Ms Y',
      'send her its decision on the discount.',
      'We also suggested a payment of £150 to recognise her frustration.',
    ]);
    expect(r.remedyTotal).toBe(150);
  });

  it('keeps the agreed action section alone when it names the actions itself', () => {
    const r = run(
      earlyResolution(
        [
          'If we investigated this complaint it is likely we would find fault.',
          'We suggested the Council apologise to Ms Y and pay her £150.',
        ],
        'The Council agreed to apologise to Ms Y and pay her £150 within four weeks.',
      ),
    );
    expect(texts(r)).toEqual(['The Council agreed to apologise to Ms Y', 'pay her £150 within four weeks.']);
    expect(r.remedyTotal).toBe(150);
  });
});
