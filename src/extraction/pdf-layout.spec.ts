/**
 * PDF-damaged action sections: running page headers and footers inside a list, bullets whose glyph
 * was lost (the items are indented, their wrapped lines are not), deadlines written before the verb.
 */
import { extractFromText } from './extract-text';
import { normaliseText, pageFurniture } from './normalise';
import { ExtractionResult } from './types';

const SOURCE = { fileName: 't.txt', mediaType: 'text/plain', sha256: '0', pages: null, characters: 0 };

function run(text: string): ExtractionResult {
  return extractFromText({ text, pageStarts: null }, SOURCE);
}

const FILLER = 'The family has lived in the town for many years with two children and a dog.\n';

describe('running page headers and footers', () => {
  it('drops "<title> N" lines that count pages, and short lines repeated beside them after the first', () => {
    const text =
      'Report of the review 1\nPRIVATE\nOpening text.\n' +
      FILLER.repeat(10) +
      'Report of the review 2\nPRIVATE\n' +
      FILLER.repeat(10) +
      'Report of the review 3\nPRIVATE\nEnd.\n';
    const found = [...pageFurniture(text)].map((o) => text.slice(o, text.indexOf('\n', o)));
    expect(found.sort()).toEqual(
      [
        'Report of the review 1',
        'Report of the review 2',
        'Report of the review 3',
        'PRIVATE',
        'PRIVATE',
      ].sort(),
    );
    expect(normaliseText(text).text).not.toContain('review 2');
  });

  it('keeps numbered headings that recur closer together than pages', () => {
    const text = 'Title\nComplaint 1\nShort point.\nComplaint 2\nAnother point.\nComplaint 3\nLast.\n';
    expect(pageFurniture(text).size).toBe(0);
  });

  it('reads a bullet that continues after a page footer as one action', () => {
    const r = run(
      'Final decision 1\nAshvale Council (23 100 200)\n' +
        FILLER.repeat(12) +
        'Agreed action\n' +
        'Within three months of the final decision, the\nCouncil will:\n' +
        ' review how it records home visits so that missed\n' +
        'Final decision 2\n\n' +
        'visits are noticed within a week, and produce a\nchecklist for visiting officers;\n' +
        ' remind staff to log every visit on the day.\n' +
        FILLER.repeat(12) +
        'Final decision 3\n',
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      expect.stringMatching(
        /^review how it records home visits so that missed visits are noticed within a week$/,
      ),
      // two learning tasks with different verbs (the labelling rules): the review and the checklist
      'produce a checklist for visiting officers',
      'remind staff to log every visit on the day.',
    ]);
  });
});

describe('deadlines before the verb', () => {
  it('reads "within N ..., <verb> ..." items as actions', () => {
    const r = run(
      'Elmstead Council (23 100 201)\n\nAgreed action\nThe Council will:\n' +
        '- within 10 working days of this decision, apologise to Mr Q in writing;\n' +
        '- by 31 March 2026, repay Mr Q £80, the fee he was wrongly charged;\n' +
        '- within two months, review its charging procedures.\n',
    );
    expect(r.recommendations.map((x) => x.category)).toEqual(['apology', 'payment', 'procedure_review']);
    expect(r.recommendations[0].deadline?.within).toEqual({ count: 10, unit: 'working_days' });
  });
});

describe('a heading at the top of a PDF page', () => {
  it('starts its section after a paragraph that ended in a bracket on the page before', () => {
    const text =
      'Final decision\n\nSummary\n\nMrs X complained the Council delayed her case. We found fault causing injustice. ' +
      'The Council has agreed to apologise, pay her £250 and review its procedures.\n\n' +
      FILLER.repeat(6) +
      '\nRecords show officers discussed the case, although no note of the outcome\nwas kept on the file (see paragraph 14)\n' +
      'Agreed action\n\n' +
      'Within one month of the final decision the Council will apologise to Mrs X for the delay.\n\n' +
      'Within one month of the final decision the Council will pay Mrs X £250 to acknowledge the distress caused.\n\n' +
      'Within three months of the final decision the Council will review its procedures so that delays are identified.\n';
    const texts = run(text).recommendations.map((r) => r.text);
    expect(texts).toHaveLength(3);
    expect(texts.every((t) => t.startsWith('Within'))).toBe(true);
  });
});
