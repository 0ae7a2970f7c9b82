import { joinPages, pageAt } from './page-text';

describe('joinPages / pageAt', () => {
  it('records where each page starts and maps offsets back to pages', () => {
    const { text, pageStarts } = joinPages(['one', '', 'three']);
    expect(text).toBe('one\n\nthree');
    expect(pageStarts).toEqual([0, 4, 5]);
    expect(text.slice(pageStarts[2])).toBe('three');
    expect([0, 3, 4, 5, 9].map((o) => pageAt(pageStarts, o))).toEqual([1, 1, 2, 3, 3]);
  });

  it('has no page without page starts', () => {
    expect(pageAt(null, 5)).toBeNull();
  });
});
