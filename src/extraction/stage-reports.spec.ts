/**
 * Stage 2 and Stage 3 report formats: recommendation markers ("Recommendation (a):", "R1."),
 * third-person recommendations under "recommends that:", responses that answer a recommendation,
 * summaries that repeat it, tables extracted one cell per line.
 */
import { extractFromText } from './extract-text';
import { ExtractionResult } from './types';

const SOURCE = { fileName: 't.txt', mediaType: 'text/plain', sha256: '0', pages: null, characters: 0 };

function run(text: string): ExtractionResult {
  return extractFromText({ text, pageStarts: null }, SOURCE);
}

function texts(r: ExtractionResult): string[] {
  return r.recommendations.map((x) => x.text);
}

describe('Stage 3 panel reports', () => {
  const PANEL = [
    'Millbrook Borough Council',
    'Stage 3 Complaints Review Panel',
    'Panel members: Mr A. Baker (Chair), Ms C. Dale, Mr E. Ford',
    '',
    'The panel read the Stage 2 investigation report and heard from Mrs P and the service.',
    'The panel agrees with the Stage 2 finding on point 1.',
    '',
    'Recommendations of the panel',
    'The panel recommends that:',
    '(a) The Council arranges an occupational therapy assessment for Mrs P within four weeks.',
    '(b) The Council reviews its equipment loans procedure so that repairs are logged on the day.',
    '(c) The Head of Service writes to Mrs P to apologise for the delay.',
    '',
    'Response of the Director of Adult Services',
    'Recommendation (a): accepted. The assessment will be booked this month.',
    'Recommendation (b): accepted. The procedure will be revised by March.',
    'Recommendation (c): not accepted as worded. Instead, the Director will meet Mrs P to apologise in person.',
    '',
  ].join('\n');

  it('is typed stage3_panel with no overall finding', () => {
    const r = run(PANEL);
    expect(r.documentType).toBe('stage3_panel');
    expect(r.finding).toBeNull();
  });

  it('reads lettered third-person recommendations and ignores the responses except an alternative', () => {
    const t = texts(run(PANEL));
    expect(t).toEqual([
      expect.stringContaining('arranges an occupational therapy assessment'),
      expect.stringContaining('reviews its equipment loans procedure'),
      expect.stringContaining('writes to Mrs P to apologise'),
      expect.stringContaining('the Director will meet Mrs P'),
    ]);
  });
});

describe('Stage 2 reports', () => {
  it('reads R-numbered recommendations and their adjudication once each', () => {
    const r = run(
      [
        'Stage 2 Investigation Report',
        'Investigating Officer: T. Grey',
        '',
        'Recommendations',
        'The investigating officer recommends that the Council:',
        'R1. apologise to Mr J for the missed visits;',
        'R2. update the carers assessment within 20 working days;',
        'R3. introduce a rota check so that missed visits are flagged the same day.',
        '',
        'Adjudication',
        'R1 Accepted. The letter has been sent.',
        'R2 Accepted.',
        'R3 Accepted. The rota check will be live by May.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      expect.stringContaining('apologise to Mr J'),
      expect.stringContaining('update the carers assessment'),
      expect.stringContaining('introduce a rota check'),
    ]);
  });

  it('does not repeat recommendations listed again in a summary', () => {
    const r = run(
      [
        'Stage 2 Investigation Report',
        'Investigating Officer: T. Grey',
        '',
        'Complaint 1',
        'Finding: Upheld.',
        'Recommendation 1: The Council should apologise to Ms W for the lost paperwork.',
        'Recommendation 2: The records team should introduce a scanning log for incoming forms.',
        '',
        'Summary of recommendations',
        '1. Apology to Ms W.',
        '2. A scanning log for incoming forms.',
        '',
      ].join('\n'),
    );
    expect(r.recommendations).toHaveLength(2);
  });

  it('reads a recommendations table extracted one cell per line, not its column headers', () => {
    const r = run(
      [
        'Stage 2 Investigation Report',
        'Investigating Officer: T. Grey',
        'Summary of findings',
        'Complaint',
        'Finding',
        'Recommendation',
        '1. The school place was offered late.',
        'Upheld',
        'Yes',
        'Recommendations',
        'No.',
        'Recommendation',
        'Timescale',
        '1',
        'The Council should reconvene the admissions panel to look at the application again.',
        'Within 20 working days',
        '2',
        'Admissions officers should be reminded to check sibling links before refusing a place.',
        'One month',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      expect.stringContaining('reconvene the admissions panel'),
      expect.stringContaining('Admissions officers should be reminded'),
    ]);
  });

  it('reads bulleted third-person and passive recommendations after "It is recommended that:"', () => {
    const r = run(
      [
        'Stage 2 Investigation Report',
        'Independent Person: K. Shaw',
        '',
        'Recommendations',
        'It is recommended that:',
        '\u2022 The service apologises to Mr D for the late reply.',
        '\u2022 Mr D is offered a meeting with the team manager.',
        '\u2022 The service already produces a weekly report on replies.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      expect.stringContaining('apologises to Mr D'),
      expect.stringContaining('is offered a meeting'),
    ]);
  });
});
