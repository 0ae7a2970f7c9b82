import { cleanPdfPages, isPageNumberLine, joinHyphenatedLines, replaceLigatures } from './pdf-cleanup';

const page = (n: number, body: string): string =>
  `Northdale Borough Council – Final decision 24 901 377\nOFFICIAL\n${body}\nPage ${n} of 3`;

describe('cleanPdfPages', () => {
  it('removes running headers and footers that repeat across pages, digits aside', () => {
    const pages = [
      page(1, 'The complaint\nMs P complains about a delay.'),
      page(2, 'What I found\nThe Council was at fault.'),
      page(3, 'Agreed action\nThe Council will apologise.'),
    ];
    expect(cleanPdfPages(pages)).toEqual([
      'The complaint\nMs P complains about a delay.',
      'What I found\nThe Council was at fault.',
      'Agreed action\nThe Council will apologise.',
    ]);
  });

  it('removes bare page numbers at the top or bottom, even on a single page', () => {
    expect(cleanPdfPages(['7\nText of the page.\n- 7 -'])).toEqual(['Text of the page.']);
    expect(cleanPdfPages(['Text of the page.\n12/40'])).toEqual(['Text of the page.']);
  });

  it('keeps body lines that only look alike on a few pages', () => {
    const pages = ['Intro\nAlpha', 'Intro\nBeta', 'Other\nGamma', 'More\nDelta', 'Last\nEpsilon'];
    expect(cleanPdfPages(pages)).toEqual(pages);
  });

  it('keeps sentences that repeat at the top of every page, digits aside', () => {
    const pages = [1, 2, 3].map(
      (n) => `This is page ${n} of a long report about the Council's housing allocations.`,
    );
    expect(cleanPdfPages(pages)).toEqual(pages);
  });

  it('keeps wrapped body sentences that repeat at the same end of many pages, digits aside', () => {
    const top = (n: number): string =>
      `There is no evidence the Council considered whether an interim arrangement could have been\nmade while the review was outstanding. (note ${n})`;
    const bottom = (n: number): string =>
      `The complaints procedure says it will respond at stage one within ten working days and\nat stage two within twenty working days. (note ${n})`;
    const pages = [1, 2, 3].map((n) => `${top(n)}\nMiddle of page ${n}.\n${bottom(n)}`);
    expect(cleanPdfPages(pages)).toEqual(pages);
  });

  it("still removes a running header shorter than the page's full lines above a sentence carried over", () => {
    const full = 'the Council has agreed to apologise to Mrs X and to pay her £300 to recognise the distress';
    const header = 'Final decision of the Local Government and Social Care Ombudsman';
    const pages = [1, 2, 3].map(
      (n) =>
        `${header}\npay her £${n}00 to recognise the distress caused by the delay in reviewing\n${full}\n${full}\nand within three months it will review its procedures for reviewing care plans`,
    );
    for (const page of cleanPdfPages(pages)) expect(page).not.toContain(header);
  });

  it('keeps numbers inside the body', () => {
    expect(cleanPdfPages(['The Council will:\n1\nreview its policy.\nEnd'])).toEqual([
      'The Council will:\n1\nreview its policy.\nEnd',
    ]);
  });

  it('spells out ligatures and joins words hyphenated at line ends', () => {
    expect(cleanPdfPages(['The ofﬁcer’s ﬁndings were ﬂawed and the reassess-\nment was late.'])).toEqual([
      'The officer’s findings were flawed and the reassessment\nwas late.',
    ]);
  });
});

describe('joinHyphenatedLines', () => {
  it('joins only a lower-case continuation, keeping dashes and capitals', () => {
    expect(joinHyphenatedLines(['an assess-', 'ment of needs'])).toEqual(['an assessment', 'of needs']);
    expect(joinHyphenatedLines(['Stage 2 -', 'report'])).toEqual(['Stage 2 -', 'report']);
    expect(joinHyphenatedLines(['North-', 'East'])).toEqual(['North-', 'East']);
  });

  it('leaves compounds alone', () => {
    expect(joinHyphenatedLines(['fair decision-', 'making'])).toEqual(['fair decision-', 'making']);
    expect(joinHyphenatedLines(['list-style-', 'type: none'])).toEqual(['list-style-', 'type: none']);
    // a prefix before a vowel keeps its hyphen ("re-issue", "co-operate"); before a consonant the
    // break is a typesetter's ("re-fund" is "refund")
    expect(joinHyphenatedLines(['and re-', 'issue its response'])).toEqual(['and re-', 'issue its response']);
    expect(joinHyphenatedLines(['to co-', 'operate fully'])).toEqual(['to co-', 'operate fully']);
    expect(joinHyphenatedLines(['will re-', 'fund the fee'])).toEqual(['will refund', 'the fee']);
  });

  it('drops the line that held only the second half', () => {
    expect(joinHyphenatedLines(['recom-', 'mendations', 'Next'])).toEqual(['recommendations', 'Next']);
  });
});

describe('isPageNumberLine / replaceLigatures', () => {
  it('recognises page-number lines', () => {
    for (const line of ['3', 'Page 3', 'page 3 of 10', '- 3 -', '3/10', 'iv'])
      expect(isPageNumberLine(line)).toBe(true);
    for (const line of ['3. Review', '£300', 'Page 3 shows the fault', 'Summary']) {
      expect(isPageNumberLine(line)).toBe(false);
    }
  });

  it('removes soft hyphens and zero-width characters', () => {
    expect(replaceLigatures('eﬀective\u00ad \u200bstaﬀ')).toBe('effective staff');
  });
});
