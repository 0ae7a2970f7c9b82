import {
  ITEM_ELABORATION,
  ITEM_STEP,
  PROCEEDINGS_SENTENCES,
  proceedingsSentence,
  ROLE_POLICIES,
  STOCK_SENTENCES,
  stockSentence,
  THEMES_LEAD,
  WISH_LEAD,
} from './candidate-rules';
import { explainFromText } from './extract-text';
import { ExtractionResult } from './types';

const SOURCE = { fileName: 'x.txt', mediaType: 'text/plain', sha256: '', pages: null, characters: 0 };
const run = (text: string): ExtractionResult => explainFromText({ text, pageStarts: null }, SOURCE).result;
const texts = (r: ExtractionResult): string[] =>
  r.recommendations.filter((x) => !x.possible).map((x) => x.text);

describe('stock Ombudsman sentences, kept as data', () => {
  it.each(STOCK_SENTENCES.map((r) => [r.id, r] as const))(
    '%s matches its fixture and not its counter',
    (id, r) => {
      expect(stockSentence(r.fixture)?.id).toBe(id);
      for (const more of r.alsoMatches ?? []) expect(stockSentence(more)?.id).toBe(id);
      if (r.counter) expect(stockSentence(r.counter)).toBeNull();
    },
  );

  it.each(PROCEEDINGS_SENTENCES.map((r) => [r.id, r] as const))(
    '%s (a committee meeting or report sentence) matches its fixture and not its counter',
    (id, r) => {
      expect(proceedingsSentence(r.fixture)?.id).toBe(id);
      for (const more of r.alsoMatches ?? []) expect(proceedingsSentence(more)?.id).toBe(id);
      if (r.counter) expect(proceedingsSentence(r.counter)).toBeNull();
    },
  );

  it('knows a later step of a listed task, not a task of its own', () => {
    expect(ITEM_STEP.pattern.test(ITEM_STEP.fixture)).toBe(true);
    for (const more of ITEM_STEP.alsoMatches ?? []) expect(ITEM_STEP.pattern.test(more)).toBe(true);
    expect(ITEM_STEP.pattern.test(ITEM_STEP.counter!)).toBe(false);
  });

  it('reads a bulleted task with its later steps as one action, and a later payment or learning task as its own', () => {
    const r = run(
      [
        'Harlow Vale Borough Council (17 012 118)',
        '',
        'Decision : Upheld',
        '',
        'The complaint',
        '',
        'Mr T complains the Council placed him in unsuitable temporary accommodation.',
        '',
        'To remedy the injustice caused, the council has agreed to:',
        '',
        '  \u2022 review the suitability of Mr T\u2019s room. The Council should then complete the review within six weeks and write to Mr T with its decision. If the Council decides the room is unsuitable it should offer another room without delay. If it decides the room is suitable, it should explain Mr T\u2019s right of appeal;',
        '  \u2022 apologise to Mr T; and',
        '  \u2022 pay Mr T \u00a3300 for his distress.',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'review the suitability of Mr T\u2019s room.',
      'apologise to Mr T',
      'pay Mr T \u00a3300 for his distress.',
    ]);
    const own = run(
      [
        'Harlow Vale Borough Council (17 012 119)',
        '',
        'Decision : Upheld',
        '',
        'The complaint',
        '',
        'Mrs Y complains the Council delayed her homelessness application.',
        '',
        'To remedy the injustice caused, the council has agreed to:',
        '',
        '  \u2022 apologise to Mrs Y and pay her \u00a3200. The Council should then review how it handles homelessness applications.',
        '  \u2022 reassess Mrs Y\u2019s needs. The Council should then pay her \u00a3150 for her time and trouble.',
      ].join('\n'),
    );
    expect(texts(own)).toEqual([
      'apologise to Mrs Y',
      'pay her \u00a3200.',
      'The Council should then review how it handles homelessness applications.',
      'reassess Mrs Y\u2019s needs.',
      'The Council should then pay her \u00a3150 for her time and trouble.',
    ]);
  });

  it('knows a comment on an item, not an item', () => {
    expect(ITEM_ELABORATION.pattern.test(ITEM_ELABORATION.fixture)).toBe(true);
    expect(ITEM_ELABORATION.pattern.test(ITEM_ELABORATION.counter!)).toBe(false);
  });

  it('knows a lead-in to themes, not one to improvements', () => {
    expect(THEMES_LEAD.pattern.test(THEMES_LEAD.fixture)).toBe(true);
    expect(THEMES_LEAD.pattern.test(THEMES_LEAD.counter!)).toBe(false);
  });

  it('knows a lead-in in the complainant voice, not one that orders', () => {
    expect(WISH_LEAD.pattern.test(WISH_LEAD.fixture)).toBe(true);
    expect(WISH_LEAD.pattern.test(WISH_LEAD.counter!)).toBe(false);
    expect(WISH_LEAD.pattern.test('Ms R wants the Council to:')).toBe(true);
  });

  it('has a policy for every role with a reason', () => {
    for (const p of Object.values(ROLE_POLICIES)) expect(p.reason.length).toBeGreaterThan(10);
  });
});

const DECISION_HEAD = [
  'Westfield Borough Council (24 101 202)',
  '',
  'Category : Housing > Homelessness',
  '',
  'Decision : Upheld',
  '',
  'Decision date : 04 Mar 2025',
  '',
  "The Ombudsman's final decision:",
  '',
];

describe('candidates by section role', () => {
  it('reads no actions in the complaint, the wish list or the role and powers', () => {
    const r = run(
      [
        ...DECISION_HEAD,
        'Summary: Mrs D complained the Council did not assess her housing need. The Council has already apologised. It agreed to pay Mrs D £200 and review how it records housing enquiries.',
        '',
        'The complaint',
        '',
        '  1. Mrs D complained the Council:',
        '    • failed to assess her homeless application in time;',
        '    • failed to review her case when asked.',
        '  2. Mrs D wants the Council to:',
        '    • apologise to her in writing;',
        '    • train its housing staff.',
        '',
        'The Ombudsman\u2019s role and powers',
        '',
        '  3. We investigate complaints about fault. We must also consider whether any fault has caused an injustice to the person who complained. If there has been fault which caused injustice, we may suggest a remedy.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual(
      ['It agreed to pay Mrs D £200 and review how it records housing enquiries.'].flatMap((t) =>
        r.recommendations.length === 2
          ? ['It agreed to pay Mrs D £200', 'review how it records housing enquiries.']
          : [t],
      ),
    );
    for (const rec of r.recommendations) {
      expect(rec.rule?.length).toBeGreaterThan(0);
      expect(rec.why).toMatch(/agreed/);
    }
  });

  it('reads unmarked lines under a lead-in ending in a colon as the items of a remedy list', () => {
    const r = run(
      [
        'Summary',
        'Two families complain the council withdrew their children\u2019s school transport.',
        'Finding',
        'The Ombudsman upheld the complaint and found fault causing injustice',
        'Recommendations',
        'To remedy the injustice caused, the council has agreed to:',
        'apologise to both families for the faults identified.',
        'pay each family £150 for the distress and disruption caused.',
        'review its school transport appeal procedure. It should keep a note of each appeal decision. The Council has agreed to our recommendation.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'apologise to both families for the faults identified.',
      'pay each family £150 for the distress and disruption caused.',
      'review its school transport appeal procedure.',
    ]);
    expect(r.recommendations[2].why).toMatch(/^item 3 under 'Recommendations', lead-in 'To remedy/);
    expect(r.recommendations[2].rule?.[0]).toBe('lead-in.ordering');
  });

  it("proposes a Housing Ombudsman's general learning advice only as a possible action", () => {
    const r = run(
      [
        'Housing Ombudsman Service',
        'REPORT',
        'COMPLAINT 202411223',
        'Eastbrook Homes',
        '3 April 2026',
        'Our decision (determination)',
        'We found maladministration in the landlord\u2019s handling of the repair.',
        'Putting things right',
        'Orders',
        'Within 4 weeks of this report the landlord must:',
        'apologise to the resident for the delay.',
        'Learning',
        'Knowledge information management (record keeping)',
        'The landlord should ensure that its repair records show what was done at each visit.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual(['apologise to the resident for the delay.']);
    const advice = r.recommendations.find((x) => x.possible);
    expect(advice?.text).toMatch(/repair records/);
    expect(advice?.rule).toContain('possible.housing-ombudsman-learning');
  });
});

describe('a summary sentence listing several remedies', () => {
  const summary = (s: string): string[] =>
    texts(
      run(
        [...DECISION_HEAD, `Summary: Mr N complained about missed visits. We found fault. ${s}`, ''].join(
          '\n',
        ),
      ),
    );

  it('splits a list of personal remedies of which one names no kind', () => {
    expect(
      summary(
        'The Council agreed to apologise, pay a financial remedy to Mr N, and check Mr N\u2019s visits for three months.',
      ),
    ).toEqual([
      'The Council agreed to apologise',
      'pay a financial remedy to Mr N',
      'check Mr N\u2019s visits for three months.',
    ]);
  });

  it('splits a second payee and amount under one verb', () => {
    expect(summary('It agreed to pay Mr N £300, and Mr and Mrs P £150 for their time and trouble.')).toEqual([
      'It agreed to pay Mr N £300',
      'Mr and Mrs P £150 for their time and trouble.',
    ]);
  });
});

describe('a committee paper about the Ombudsman letter', () => {
  it('proposes what the council changed, not the meeting or the figures', () => {
    const r = run(
      [
        'Audit Committee, 12 March 2025',
        '',
        'Minutes:',
        '',
        'The Head of Customer Services introduced the report. The Ombudsman\u2019s annual letter was attached at Appendix A. Twelve decisions were made in the year and four were upheld. Following the discussion, Members thanked officers for the report.',
        '',
        'Since the last report the Council has revised its complaints leaflet and has trained 30 officers in complaint handling.',
        '',
      ].join('\n'),
    );
    // two learning tasks with different verbs: one action each ("and has trained" is a verb of its own)
    expect(texts(r)).toEqual([
      'Since the last report the Council has revised its complaints leaflet',
      'trained 30 officers in complaint handling.',
    ]);
  });
});

describe('remedy lists in a summary', () => {
  const summary = (s: string): string[] =>
    texts(run([...DECISION_HEAD, `Summary: Mrs T complained about her care charges. ${s}`, ''].join('\n')));

  it('splits a list of remedy nouns the Ombudsman calls satisfactory', () => {
    expect(
      summary('An apology and reminder to officers is satisfactory remedy for the injustice caused.'),
    ).toEqual(['An apology', 'reminder to officers is satisfactory remedy for the injustice caused.']);
  });

  it('splits gerunds listed after "by:" and a named remedy after a task of no kind', () => {
    expect(
      summary(
        'The Council has agreed to remedy this by: apologising to Mrs T; making a payment for her distress.',
      ),
    ).toHaveLength(2);
    expect(
      summary('The Council will explain its charges to Mrs T and provide a time and trouble payment.'),
    ).toEqual(['The Council will explain its charges to Mrs T', 'provide a time and trouble payment.']);
  });
});

describe('a recommended-action column whose cells read like headings', () => {
  it('reads each short action cell as an action', () => {
    const r = run(
      [
        'Summary of Ombudsman Investigations Where Fault Was Found 2024/25',
        '',
        'Service Area',
        '',
        'Case Description',
        '',
        'Recommended Action',
        '',
        'Housing Services',
        '',
        'Council failed to review a tenant\u2019s rent account after a change in benefit.',
        '',
        'Refund the overpaid rent to the tenant',
        '',
        'Upheld: maladministration and injustice',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual(['Refund the overpaid rent to the tenant']);
  });
});
