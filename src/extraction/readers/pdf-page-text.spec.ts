import { layoutPageText, PositionedItem } from './pdf-page-text';

/** Items of one line: words laid out left to right at baseline y. */
function line(y: number, words: string[], x = 72, size = 10): PositionedItem[] {
  const items: PositionedItem[] = [];
  for (const word of words) {
    const width = word.length * size * 0.5;
    items.push({ str: word, x, y, width, size });
    x += width + size * 0.25;
  }
  return items;
}

describe('layoutPageText', () => {
  it('joins items on a baseline into one line, with spaces at word gaps', () => {
    expect(layoutPageText([...line(100, ['The', 'Council', 'will']), ...line(112, ['apologise.'])])).toBe(
      'The Council will\napologise.',
    );
  });

  it('puts a blank line where the gap between lines is a paragraph break', () => {
    const items = [
      ...line(100, ['First', 'paragraph']),
      ...line(112, ['continues.']),
      ...line(124, ['Still', 'first.']),
      ...line(145, ['Second', 'paragraph.']),
      ...line(157, ['Ends.']),
    ];
    expect(layoutPageText(items)).toBe(
      'First paragraph\ncontinues.\nStill first.\n\nSecond paragraph.\nEnds.',
    );
  });

  it('finds paragraph breaks on a page of one-line paragraphs, where most gaps are breaks', () => {
    const items = [
      ...line(100, ['Provide', 'a', 'copy', 'of', 'the', 'policy']),
      ...line(124, ['Apply', 'the', 'reviewed', 'decision', 'from', 'when', 'charges', 'were']),
      ...line(136, ['explained']),
      ...line(160, ['Confirm', 'whether', 'the', 'agreement', 'was', 'finalised']),
      ...line(184, ['Waive', 'costs']),
      ...line(208, ['Identify', 'other', 'cases']),
      ...line(220, ['of', 'the', 'same', 'kind']),
    ];
    expect(layoutPageText(items)).toBe(
      'Provide a copy of the policy\n\nApply the reviewed decision from when charges were\nexplained\n\n' +
        'Confirm whether the agreement was finalised\n\nWaive costs\n\nIdentify other cases\nof the same kind',
    );
  });

  it('takes the spacing of the body text, not of closer-set footnotes in a smaller size', () => {
    const items: PositionedItem[] = [];
    for (let i = 0; i < 12; i++) items.push(...line(100 + i * 16.5, ['Body', `line${i}`], 72, 11));
    for (let i = 0; i < 4; i++) items.push(...line(400 + i * 9.6, ['Footnote', `n${i}`], 72, 8));
    const out = layoutPageText(items);
    expect(out.split('\n\n')).toHaveLength(2);
    expect(out.split('\n\n')[0].split('\n')).toHaveLength(12);
  });

  it('reads every gap when no two lines in a row share the commonest size (labels and values in turn)', () => {
    const items = [
      ...line(100, ['Complaint'], 72, 12),
      ...line(114, ['Housing'], 72, 10),
      ...line(128, ['Outcome'], 72, 12),
      ...line(142, ['Upheld'], 72, 10),
      ...line(180, ['Remedy'], 72, 12),
      ...line(194, ['Apology'], 72, 10),
    ];
    expect(layoutPageText(items)).toBe('Complaint\nHousing\nOutcome\nUpheld\n\nRemedy\nApology');
  });

  it('separates far-apart items on one line with a tab (table cells)', () => {
    const items = [...line(100, ['Service']), ...line(100, ['Recommendation'], 300)];
    expect(layoutPageText(items)).toBe('Service\tRecommendation');
  });

  it('does not add a space inside a word split into items, nor double one', () => {
    const items: PositionedItem[] = [
      { str: 'recom', x: 72, y: 100, width: 25, size: 10 },
      { str: 'mendation ', x: 97, y: 100, width: 50, size: 10 },
      { str: 'made', x: 150, y: 100, width: 20, size: 10 },
    ];
    expect(layoutPageText(items)).toBe('recommendation made');
  });

  it('starts a new paragraph when the text moves back up the page (a later-drawn header)', () => {
    const items = [...line(100, ['Body', 'text.']), ...line(112, ['More.']), ...line(30, ['Header'])];
    expect(layoutPageText(items)).toBe('Body text.\nMore.\n\nHeader');
  });

  it('keeps the cells of a table row drawn one after another apart, as a tab would', () => {
    // a row of two wrapped cells: the second cell starts back at the top of the row
    const items = [
      ...line(100, ['Pay', 'Ms', 'B', '£200', 'for', 'the']),
      ...line(112, ['distress', 'caused']),
      ...line(100, ['Lessons', 'learnt:', 'none'], 300),
      ...line(112, ['yet', 'recorded'], 300),
    ];
    expect(layoutPageText(items)).toBe(
      'Pay Ms B £200 for the\ndistress caused\n\n            Lessons learnt: none\n            yet recorded',
    );
  });

  it('indents nested lines from the body’s left edge, not from a header set further left', () => {
    const items = [
      ...line(30, ['Running', 'header'], 40),
      ...line(100, ['1.', 'The', 'Council', 'will:']),
      ...line(112, ['a)', 'apologise;'], 92),
      ...line(124, ['b)', 'pay', '£100.'], 92),
      ...line(136, ['2.', 'Report', 'back.']),
    ];
    expect(layoutPageText(items)).toBe(
      'Running header\n\n1. The Council will:\n    a) apologise;\n    b) pay £100.\n2. Report back.',
    );
  });

  it('gives an empty string for a page without text', () => {
    expect(layoutPageText([])).toBe('');
  });
});
