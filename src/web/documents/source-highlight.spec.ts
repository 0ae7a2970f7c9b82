import { highlightSpans, markShowing } from './source-highlight';

describe('highlightSpans', () => {
  const text = 'Intro. Apologise to Mrs D. Pay £300. End.';

  it('marks each span and keeps the text between them', () => {
    const a = text.indexOf('Apologise');
    const p = text.indexOf('Pay');
    const pieces = highlightSpans(text, [
      { id: 'r2', number: 2, start: p, end: p + 'Pay £300.'.length },
      { id: 'r1', number: 1, start: a, end: a + 'Apologise to Mrs D.'.length },
    ]);
    expect(pieces).toEqual([
      { kind: 'text', text: 'Intro. ' },
      { kind: 'mark', text: 'Apologise to Mrs D.', id: 'r1', number: 1 },
      { kind: 'text', text: ' ' },
      { kind: 'mark', text: 'Pay £300.', id: 'r2', number: 2 },
      { kind: 'text', text: ' End.' },
    ]);
    expect(pieces.map((x) => x.text).join('')).toBe(text);
  });

  it('trims overlaps and drops spans outside the text', () => {
    const pieces = highlightSpans('abcdefghij', [
      { id: 'a', number: 1, start: 0, end: 5 },
      { id: 'b', number: 2, start: 3, end: 8 },
      { id: 'c', number: 3, start: 50, end: 60 },
      { id: 'd', number: 4, start: 4, end: 2 },
    ]);
    expect(pieces).toEqual([
      { kind: 'mark', text: 'abcde', id: 'a', number: 1 },
      { kind: 'mark', text: 'fgh', id: 'b', number: 2 },
      { kind: 'text', text: 'ij' },
    ]);
  });

  it('returns the whole text when there is nothing to mark', () => {
    expect(highlightSpans('plain', [])).toEqual([{ kind: 'text', text: 'plain' }]);
    expect(highlightSpans('', [])).toEqual([]);
  });
});

describe('markShowing', () => {
  it('links each recommendation to its own mark, or to the mark its nested span falls in', () => {
    const spans = [
      { id: 'outer', number: 1, start: 0, end: 8 },
      { id: 'inner', number: 2, start: 2, end: 5 },
      { id: 'late', number: 3, start: 6, end: 9 },
      { id: 'gone', number: 4, start: 40, end: 50 },
    ];
    const pieces = highlightSpans('abcdefghij', spans);
    expect(Object.fromEntries(markShowing(spans, pieces))).toEqual({
      outer: 'outer',
      inner: 'outer',
      late: 'late',
    });
  });
});
