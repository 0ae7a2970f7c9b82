import { explainFromText } from './extract-text';
import { garbageText } from './hostile-text';
import { ExtractionResult } from './types';

const source = {
  fileName: 't.txt',
  mediaType: 'text/plain',
  sha256: '0'.repeat(64),
  pages: null,
  characters: 0,
};
const run = (text: string): ExtractionResult => explainFromText({ text, pageStarts: null }, source).result;
const texts = (text: string): string[] => run(text).recommendations.map((r) => r.text);

const DECISION_HEAD = 'Upton Council (24 000 111)\nDecision : Upheld\nDecision date : 01 Jul 2024\n\n';

describe('recommendation segmentation', () => {
  it('takes the actions under a lead-in and gives them its time limit', () => {
    const r = run(
      DECISION_HEAD +
        'Agreed action\n1. Within one month of the final decision, the Council will:\n- apologise to Mr A;\n- pay Mr A £200 for his time and trouble; and\n- review its letters.\n2. The Council will provide us with evidence it has complied with the above actions.\n',
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'apologise to Mr A',
      'pay Mr A £200 for his time and trouble',
      'review its letters.',
    ]);
    for (const x of r.recommendations) {
      expect(x.deadline?.date).toBe('2024-08-01');
      expect(x.evidenceRequired).toBe(true);
    }
    expect(r.recommendations.map((x) => x.learning)).toEqual([false, false, true]);
  });

  it('splits personal remedies of different kinds and learning tasks with different verbs', () => {
    expect(
      texts(
        'Annual report 2023/24\nThe Council will apologise to Miss X and pay her £400. To prevent recurrence the Council will review its practices and carry out staff training.\n',
      ),
    ).toEqual([
      'The Council will apologise to Miss X',
      'pay her £400.',
      'To prevent recurrence the Council will review its practices',
      'carry out staff training.',
    ]);
  });

  it('splits an apology or payment from a task beside it, and the items of a list of tasks', () => {
    expect(
      texts(
        'Annual report 2023/24\nThe Council has agreed to say sorry to Mr K. It will apologise and look again at what went wrong.\n',
      ).slice(-2),
    ).toEqual(['It will apologise', 'look again at what went wrong.']);
    expect(
      texts(
        'Annual report 2023/24\nThe Council has agreed to apologise, correct its records, train its planning officers, and pay Mrs D £100.\n',
      ),
    ).toEqual([
      'The Council has agreed to apologise',
      'correct its records',
      'train its planning officers',
      'pay Mrs D £100.',
    ]);
    // semicolons end items even after a purpose clause ("a payment to reflect ...; carry out ...")
    expect(
      texts(
        'Annual report 2023/24\nThe Council has agreed to put this right by: apologising; making a payment to reflect the worry caused; carry out checks on Mr J’s collections for three months; and a service improvement.\n',
      ),
    ).toEqual([
      'The Council has agreed to put this right by: apologising',
      'making a payment to reflect the worry caused',
      'carry out checks on Mr J’s collections for three months',
      'a service improvement.',
    ]);
  });

  it('keeps a follow-up done only if needed with the task before it', () => {
    expect(
      texts(
        'Annual report 2023/24\nThe Council will review its charges to Mr L since April and apply credits if needed.\n',
      ),
    ).toHaveLength(1);
  });

  it('keeps a purpose clause after a comma with its task', () => {
    expect(
      texts(
        'Annual report 2023/24\nThe Council will review how it oversees repayment plans, to make sure no one pays twice.\n',
      ),
    ).toHaveLength(1);
  });

  it('does not split sub-items of one task, alternatives or a letter and what it says', () => {
    expect(
      texts('Annual report 2023/24\nThe Council will identify and review other cases affected.\n'),
    ).toHaveLength(1);
    expect(
      texts(
        'Annual report 2023/24\nThe Council should re-assess Y, or update her existing needs assessment.\n',
      ),
    ).toHaveLength(1);
    expect(
      texts('Annual report 2023/24\nThe Council will write to Mr R and apologise for the delay.\n'),
    ).toHaveLength(1);
  });

  it('counts an action stated in the summary and the action section once', () => {
    const r = run(
      DECISION_HEAD +
        'Summary: The Council has agreed to apologise to Ms B.\n\nAgreed action\n1. Within four weeks of the final decision the Council will apologise to Ms B.\n\nFinal decision\n2. I have completed my investigation.\n',
    );
    expect(r.recommendations).toHaveLength(1);
    expect(r.recommendations[0].deadline?.date).toBe('2024-07-29');
  });

  it('takes actions from sentences when a short decision has no action section', () => {
    expect(
      texts(
        'Penrose Council (23 001 222)\n\nSummary: We found fault. The Council has agreed to apologise to Mr C and pay him £100.\n',
      ),
    ).toEqual(['The Council has agreed to apologise to Mr C', 'pay him £100.']);
  });

  it('ignores committee recommendations, statistics and process descriptions', () => {
    expect(
      texts(
        'Annual Report 2023/24\n2.1 The Council received 612 complaints, 78% within 20 working days.\nWhen a complaint is upheld, the complaints team will produce an action plan.\n\nRecommendation\nThat the Committee notes the report.\n',
      ),
    ).toEqual([]);
  });

  it('keeps offsets into the original text through normalisation', () => {
    const text =
      'Pell Council (24 000 222)\nDecision : Upheld\n\nAgreed action\n\t<ul><li>\u2022 Apologise to Mr D for the delay in replying.</li></ul>\n';
    const r = run(text);
    expect(r.recommendations).toHaveLength(1);
    const { start, end } = r.recommendations[0].span;
    expect(text.slice(start, end)).toBe('Apologise to Mr D for the delay in replying.');
  });

  it('maps spans to pages', () => {
    const text =
      'Pell Council (24 000 333)\nDecision : Upheld\n\f\nAgreed action\n1. The Council will apologise to Mr E.\n';
    const r = explainFromText({ text, pageStarts: [0, text.indexOf('\f') + 1] }, source).result;
    expect(r.recommendations[0].span.page).toBe(2);
  });

  it('explains why each action was taken and classified', () => {
    const e = explainFromText(
      {
        text: DECISION_HEAD + 'Agreed action\n1. The Council will remind staff to reply to letters.\n',
        pageStarts: null,
      },
      source,
    );
    expect(e.recommendations[0].rule).toMatch(/modal/);
    expect(e.recommendations[0].categoryReason).toMatch(/staff reminder/);
    expect(e.result.recommendations[0]).toMatchObject({ category: 'staff_reminder', learning: true });
  });
});

describe('bounded work for any input', () => {
  // how long it takes is measured by `npm run bench:hostile`, not here
  it('reads megabytes of garbage without error and proposes nothing from it', () => {
    const r = run(garbageText(2_000_000));
    expect(r.errors).toEqual([]);
    expect(r.recommendations).toEqual([]);
  });

  it('handles empty text', () => {
    const r = run('');
    expect(r).toMatchObject({ documentType: 'unknown', recommendations: [], remedyTotal: 0, errors: [] });
  });
});
