/**
 * Near misses of the rules added for real decisions: the same words in sentences that are not a
 * remedy (the complainant's offer, a refusal, history, the law, a no-fault finding, a table's next
 * column). Each was read wrongly by a first draft of a rule; a review of the change found them.
 */
import { findFacts } from './facts/find-facts';
import { explainFromText } from './extract-text';
import { joinSplitTokens } from './layout';
import { normaliseText } from './normalise';
import { ExtractionResult } from './types';

const SOURCE = { fileName: 't.txt', mediaType: 'text/plain', sha256: '0', pages: null, characters: 0 };
const run = (text: string): ExtractionResult => explainFromText({ text, pageStarts: null }, SOURCE).result;
const texts = (r: ExtractionResult): string[] => r.recommendations.map((x) => x.text);
const page = (summary: string, found: string[], decision = 'Upheld'): string =>
  [
    'Fenwick Borough Council (22 300 118)',
    `Decision : ${decision}`,
    "The Ombudsman's final decision:",
    `Summary: ${summary}`,
    'The complaint',
    '  1. The complainant complains about the Council.',
    'What I found',
    ...found.map((f, i) => `  ${i + 2}. ${f}`),
    '',
  ].join('\n');

describe('offers and agreements that are not the remedy', () => {
  it('an apology the Council "has already agreed to some fault and offered" before the Ombudsman is not the new remedy', () => {
    const r = run(
      page(
        'Mrs X complained about the Council’s investigation of her complaints. The Council has already agreed to some fault and offered an apology to remedy Mrs X’s injustice. We found additional fault. To remedy the injustice caused, the Council has agreed to make a payment to her.',
        [],
      ),
    );
    expect(texts(r)).toEqual([
      'To remedy the injustice caused, the Council has agreed to make a payment to her.',
    ]);
  });

  it('the complainant refusing or weighing the Council’s offer is not the Ombudsman taking it up', () => {
    const r = run(
      page(
        'Mr J complained about his housing benefit. We found fault. The Council has agreed to apologise.',
        [
          'When I spoke to Mr J, he said he would not accept the Council’s offer to write off half the overpayment.',
          'He told us he would accept the Council’s offer of £75 if it also apologised.',
        ],
      ),
    );
    expect(texts(r)).toEqual(['The Council has agreed to apologise.']);
    expect(r.remedyTotal).toBe(0);
  });

  it('"has not agreed to a refund", "never agreed to compensation", another person agreeing, a payment arrangement', () => {
    const r = run(
      page('Mr N complained about a charge. We found fault. The Council should apologise to Mr N.', [
        'The Council has not agreed to a refund.',
        'The Council never agreed to compensation for Mr N’s time, and we do not recommend it.',
        'In 2021 Mr N’s son, who held power of attorney, agreed to a deferred payment agreement.',
        'The executors have agreed to a reduced payment from the estate.',
        'The Council agreed to a payment arrangement of £40 a month with Mr N in 2022.',
      ]),
    );
    expect(texts(r)).toEqual(['The Council should apologise to Mr N.']);
  });

  it('the complainant offering to repay, with the Council named in the middle of the sentence', () => {
    const r = run(
      page(
        'Mr C complained about his rent arrears. We found fault. The Council has agreed to pay Mr C £150.',
        [
          'Mr C wrote to the Council in March 2022 and offered to repay the arrears in instalments.',
          'They disputed the charge with the Council for some months and offered to pay the undisputed part.',
        ],
      ),
    );
    expect(texts(r)).toEqual(['The Council has agreed to pay Mr C £150.']);
  });

  it('a recommendation of an earlier complaint, since carried out, in a summary that finds no fault', () => {
    const r = run(
      page(
        'Mrs H complained about a dropped kerb decision. We found no fault. Following an earlier complaint in 2019, the Ombudsman recommended the Council review its dropped kerb policy, and it has since done so. The Ombudsman recommended the Council pay Mrs H £300 and it paid this in March 2022.',
        ['The Council followed its policy.'],
        'Not upheld',
      ),
    );
    expect(texts(r)).toEqual([]);
  });

  it('an offer refused in a paragraph whose lines are wrapped is still refused', () => {
    const r = run(
      page('Mrs N complained about damage to her car. We found fault. The Council should apologise.', [
        'It offered to pay Mrs N £150 for the inconvenience caused.\nMrs N refused the offer because she felt it did not\nreflect the cost of the repair.',
      ]),
    );
    expect(texts(r)).toEqual(['The Council should apologise.']);
  });
});

describe('verbs that name an action only when the organisation agrees to them', () => {
  it('a child moving school, the law on placements, a home’s own practice are not actions', () => {
    const r = run(
      page('Mrs V complained about her son’s plan. We found fault. The Council should apologise to Mrs V.', [
        'Her son Y will move to secondary school in September 2024. The annual review should reach a conclusion before then.',
        'Children in care should be placed near home. Care homes must reconcile residents’ accounts each month.',
        'The home will initiate a review when a resident’s needs change.',
      ]),
    );
    expect(texts(r)).toEqual(['The Council should apologise to Mrs V.']);
  });
});

describe('findings of no fault in other words', () => {
  it.each([
    'We do not, therefore, consider the care home to be at fault. We have completed our investigation.',
    'We don’t consider the care provider at fault in how it managed his medication. We have completed our investigation.',
    'We find the Council did not delay. It assessed her within a reasonable time.',
    'We find it properly considered the evidence and it did not fail to consider his medical needs.',
  ])('%s', (said) => {
    const f = findFacts(
      `Fenwick Borough Council (22 300 119)\nThe Ombudsman’s final decision:\nSummary: ${said}\n`,
    );
    expect(f.finding).not.toBe('upheld');
    expect(f.faultFound).not.toBe(true);
  });

  it('the complainant’s view of fault is not a finding', () => {
    const f = findFacts(
      'Fenwick Borough Council (22 300 120)\nThe Ombudsman’s final decision:\nSummary: Mr C considers the Council to be at fault for refusing his dropped kerb. We will not investigate this complaint because he could appeal.\n',
    );
    expect(f.finding).toBe('closed_after_initial_enquiries');
  });
});

describe('amounts and payments', () => {
  it('a table’s next column after an amount is not part of it', () => {
    const text =
      'Apologise and pay Mrs A for her distress\t£250 3\nPay Mr B for his time and trouble £75 2\n';
    const n = normaliseText(text);
    expect(joinSplitTokens(n).text).toBe(n.text);
    expect(n.text).toContain('£250 3');
  });

  it('"inclusive of VAT" is no breakdown: the payment after it counts', () => {
    const r = run(
      page('Mr R complained about a survey. We found fault.', [
        'The Council has agreed to reimburse Mr R’s survey costs of £960, inclusive of VAT, plus £150 for his time and trouble.',
      ]),
    );
    expect(r.remedyTotal).toBe(1110);
  });

  it('"pay Mr B any sum due to him as arrears" is a payment of its own beside "pay Mr B £150"', () => {
    const r = run(
      page('Mr B complained about his housing benefit. We found fault.', [
        'Within two months the Council will recalculate Mr B’s entitlement and pay Mr B any sum due to him as arrears of housing benefit.',
        'It will also pay Mr B £150.',
      ]),
    );
    expect(texts(r).some((t) => /any sum due/.test(t))).toBe(true);
  });
});

describe('what follows from a task stays with it', () => {
  it('"reconsider ... and tell him the outcome", "hold a review ... and issue the amended plan"', () => {
    const r = run(
      page('Mr U complained about his blue badge. We found fault.', [
        'The Council has agreed to reconsider Mr U’s blue badge application and tell him the outcome within 28 days.',
        'It has also agreed to hold an annual review of Y’s plan and issue the amended plan without further delay.',
      ]),
    );
    expect(texts(r)).toHaveLength(2);
  });

  it('a sentence counting changes to come does not swallow a list with a lead-in of its own', () => {
    const r = run(
      [
        'Fenwick Borough Council (22 300 121)',
        'Decision : Upheld',
        "The Ombudsman's final decision:",
        'Summary: Mr Z complained about his council tax. We found fault. The Council will also introduce some procedural changes.',
        '',
        'The Council’s revenues service will:',
        '  • review Mr Z’s account;',
        '  • pay Mr Z £100.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toContain('The Council will also introduce some procedural changes.');
  });
});

describe('what the law says happens, in the findings', () => {
  it('a notice the law prescribes, and what follows when people do not comply, are no actions', () => {
    const r = run(
      page('Mrs V complained about a summons for council tax. We found fault.', [
        'The law says people must pay their council tax as billed. If they do not pay, the Council will issue a reminder and then a summons.',
        'A tenant may serve a notice of delay. The counter notice will explain what the Council has already done.',
        'The Council issued the summons before the reminder was due. That was fault. The Council will apologise to Mrs V.',
      ]),
    );
    expect(texts(r)).toEqual(['The Council will apologise to Mrs V.']);
  });

  it('what the law requires of a landlord, on a page with no headings, is no action', () => {
    expect(
      texts(
        run(
          'Leaseholder repairs\n\nUnder section 20 of the Landlord and Tenant Act 1985, a landlord is required to consult leaseholders before costly works. Leaseholders usually must repair the inside of their home.\n',
        ),
      ),
    ).toEqual([]);
    // (but improvements for everyone stay, and the Ombudsman's investigation or an old order is none)
    expect(
      texts(
        run(
          'Annual complaints report 2023/24\n\nWe received 512 complaints this year. As a result of what we learned:\nAll staff must now complete complaint handling training by March 2025.\n',
        ),
      ),
    ).toEqual(['All staff must now complete complaint handling training by March 2025.']);
    expect(
      texts(
        run(
          'Repairs\n\nAfter the resident brought her complaint to us the Ombudsman asked the landlord to provide its repair logs. The landlord did not replace the windows until 2023, although the Ombudsman ordered it to do so in 2021.\n',
        ),
      ),
    ).toEqual([]);
  });
});

describe('sentences that only point at a remedy', () => {
  it('a modal in an indirect question is not a commitment; the organisation’s own clause after it is', () => {
    const r = run(
      page('Mrs X complained about her care package. We found fault.', [
        'We found fault with the Council failing to explain how Mrs X’s reduced care package, following a review, will meet her needs.',
        'It did not consider if it should offer her a remedy, and it failed to consider when it should complete a new assessment.',
        'As the panel did not weigh the evidence we cannot know what it would have decided and the Council will therefore arrange a fresh review of her package.',
      ]),
    );
    expect(texts(r)).toEqual([
      'As the panel did not weigh the evidence we cannot know what it would have decided and the Council will therefore arrange a fresh review of her package.',
    ]);
  });

  it('"will complete the actions at paragraph 7" refers to the actions, it is not one more', () => {
    const r = run(
      page('Mr T complained about his housing application. We will not investigate.', [
        'The Council should apologise to Mr T and pay him £100.',
        'To its credit the Council agreed to resolve the complaint and will complete the actions at paragraph 2 within one month.',
      ]),
    );
    expect(texts(r).some((t) => /paragraph 2/.test(t))).toBe(false);
  });

  it('reads "The Council agreed apologise to Mr X" (a word left out) as agreed', () => {
    const r = run(
      page(
        'Mr X complained about noise from a neighbour. We found fault. The Council agreed apologise to Mr X for the delay.',
        ['The Council took six months to visit.'],
      ),
    );
    expect(texts(r)).toEqual(['The Council agreed apologise to Mr X for the delay.']);
  });
});

describe('the Ombudsman’s sentence that hands over to the organisation', () => {
  it('"We cannot know ... and the Council will therefore arrange ..." is the Council’s action; "We will not ask ..." is not', () => {
    const r = run(
      page(
        'There was fault in the handling of Ms G’s appeal. We cannot know what the outcome would have been and the Council will therefore arrange a fresh appeal hearing. We will not ask the Council to pay Ms G.',
        ['The panel did not consider her evidence.'],
      ),
    );
    expect(texts(r)).toEqual([
      'We cannot know what the outcome would have been and the Council will therefore arrange a fresh appeal hearing.',
    ]);
  });
});

describe('near misses found by a second review', () => {
  it('keeps remedies named by nouns in an agreed action list; drops only "The payment to Mrs H is in addition to the refund"', () => {
    const r = run(
      [
        'Fenwick Borough Council (22 300 130)',
        'Decision : Upheld',
        "The Ombudsman's final decision:",
        'Summary: Mrs H complained about charges for respite care. We found fault.',
        'Agreed action',
        '  2. The Council has agreed to provide the following remedy within one month:',
        '  - An apology for the faults identified in this statement.',
        '  - A refund of the fees charged for respite care between April and June.',
        '  - A payment to Mrs H of £150 for the distress caused.',
        '  - A review of the charging procedures used by the respite team.',
        '  3. The payment to Mrs H is in addition to the refund.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toHaveLength(4);
    expect(texts(r).some((t) => /in addition to the refund/.test(t))).toBe(false);
  });

  it('a national pay award and "the agreed review" in a committee paper are not remedies', () => {
    const r = run(
      [
        'Fenwick Borough Council',
        'Employment Committee',
        '12 October 2023',
        '',
        'Pay Policy Statement 2023/24',
        '',
        '3.1 The National Joint Council agreed pay increases of £1,925 on all pay points from 1 April 2023.',
        '3.2 The Council agreed review arrangements for senior officer pay in 2019, and the agreed review was completed in March 2023.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
    expect(r.remedyTotal).toBe(0);
  });

  it('"has told us what it will do ... and will refund Mr T £640" is a commitment', () => {
    const r = run(
      page('Mr T complained about a parking permit. We found fault.', [
        'The Council has told us what it will do to put things right and will refund Mr T £640.',
      ]),
    );
    expect(r.remedyTotal).toBe(640);
  });

  it('with no action section, only the organisation’s own commitments join the recommendation', () => {
    const r = run(
      [
        'Fenwick Borough Council (22 300 131)',
        'Decision : Upheld',
        'Summary: Mrs E complained she was charged for care she did not receive. We recommend the Council refund the charges for the missed visits.',
        '  1. The care provider will be paid by the Council for visits it delivered. Mrs E’s son will attend the review.',
        '  2. The Council should also write to Mrs E to explain the refund.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'We recommend the Council refund the charges for the missed visits.',
      'The Council should also write to Mrs E to explain the refund.',
    ]);
  });

  it('a paragraph of another document ("paragraph 5 of its Damp and Mould Policy") is a task to do', () => {
    const r = run(
      [
        'REPORT',
        'COMPLAINT 202212345',
        'Fenwick Homes',
        '31 May 2023',
        'Orders',
        'Within four weeks of the date of this report, the landlord must:',
        'a. Pay the resident £600 for the distress and inconvenience caused.',
        'b. Take the steps set out in paragraph 5 of its Damp and Mould Policy to inspect the property.',
        '',
      ].join('\n'),
    );
    expect(texts(r).some((t) => /paragraph 5 of its Damp/.test(t))).toBe(true);
  });

  it('an action before "which the Council has agreed to remedy" stays; training and a plan of its own are two tasks', () => {
    const r = run(
      [
        'Fenwick Borough Council (22 300 132)',
        'Decision : Upheld',
        "The Ombudsman's final decision:",
        'Summary: The Council stopped transport for children with special needs. We found fault.',
        'Agreed action',
        '  1. Within three months the Council will write to the other families whose transport was stopped in the same way, which the Council has agreed to remedy.',
        '  2. Within three months the Council will provide training to its SEN officers on the 20-week timescale and produce an action plan with timescales to clear the backlog of assessments.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toHaveLength(3);
    // (nor the payment before "the distress, which the Council has agreed to remedy")
    expect(
      texts(
        run(
          "Fenwick Borough Council (22 300 133)\nDecision : Upheld\nThe Ombudsman's final decision:\nSummary: The Council delayed. It has agreed to pay Mr R £150 for the distress, which the Council has agreed to remedy.\n",
        ),
      ),
    ).toHaveLength(1);
  });

  it('"In his letter Mr B said the Council should:" opens his wishes, however the list is laid out', () => {
    const r = run(
      page(
        'Mr B complained about his neighbour’s extension. We found no fault.',
        [
          'In his letter Mr B said the Council should:\n-\nenforce against the extension;\n-\nreview its procedures; or\n-\nrefer the case to the Secretary of State.',
        ],
        'Not upheld',
      ),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('offers, apologies and headings that only look like the new rules (review of the change)', () => {
  it('an offer of housing or a school place, or an offer refused, is not "has made an offer for the distress"', () => {
    const r = run(
      page(
        'Mrs E complained about her homelessness application. We found fault. The Council should apologise to Mrs E.',
        [
          'The Council made an offer of final accommodation in Leeds in May 2023.',
          'The Council made an offer of £200 in June, which Mrs E did not accept.',
          'The landlord has made an offer to the developer to buy back the garages.',
        ],
      ),
    );
    expect(texts(r)).toEqual(['The Council should apologise to Mrs E.']);
    expect(r.remedyTotal).toBe(0);
  });

  it('an apology that ends a reminder to staff stays in it; "and arrangements for" joins the object of a review', () => {
    const r = run(
      [
        'Fenwick Borough Council (24 300 160)',
        'Decision : Upheld',
        "The Ombudsman's final decision:",
        'Summary: Mr G complained about missed bin collections. We found fault.',
        'Agreed action',
        '  1. Within one month the Council will remind staff to tell residents when a collection is missed and apologise for any inconvenience.',
        '  2. Within three months the Council will review its procedures and arrangements for monitoring assisted collections.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toHaveLength(2);
  });

  it('a known heading\'s words on a line wrapped inside a sentence do not start a section ("... had already made" / "Improvements to its service")', () => {
    const r = run(
      [
        'Fenwick Borough Council (24 300 161)',
        'Decision : Upheld',
        "The Ombudsman's final decision:",
        'Summary: Mrs H complained about her mother\u2019s home care. We found fault.',
        'What I found',
        'In its response to my draft decision the Council said it had already made',
        'Improvements to its home care service',
        '- it has recruited two more carers;',
        '- it now reviews every package after six weeks.',
        'Agreed action',
        '  1. Within one month the Council will apologise to Mrs H.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual(['Within one month the Council will apologise to Mrs H.']);
  });

  it('what someone else "will either" do is not an action of the Council', () => {
    const r = run(
      page(
        'Mr J complained about enforcement of his council tax debt. We found fault. The Council should apologise to Mr J.',
        [
          'The enforcement agent will either take control of goods or return the debt to the Council.',
          'If Mr J does not pay, the Council will either refer the debt to enforcement agents or apply for a liability order.',
        ],
      ),
    );
    expect(texts(r)).toEqual(['The Council should apologise to Mr J.']);
  });
});

describe('a policy quoted in a Housing Ombudsman report, its lines wrapped as a PDF gives them', () => {
  it('reads "The policy says ... it will:" and its items as what the policy says, not as orders', () => {
    const r = run(
      [
        'Fenmoor Homes Limited (202300123)',
        '',
        'REPORT',
        '',
        'COMPLAINT 202300123',
        '',
        'Fenmoor Homes Limited',
        '',
        '4 May 2023',
        '',
        'Policies and Procedures',
        '    1. The landlord’s antisocial behaviour policy lists noise from dogs as an example of antisocial',
        '       behaviour. The policy says the landlord expects neighbours to tolerate everyday noise, but when',
        '       antisocial behaviour is reported it will:',
        '       1. give advice on, but not investigate, noise from the everyday use of a home;',
        '       2. respond within five working days.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('a second look at the PDF and Word changes (review of the change)', () => {
  it('"Agreed actions:" with a colon is still the action section, so the summary is not counted again', () => {
    const r = run(
      [
        'Fenwick Borough Council (24 300 175)',
        'Decision : Upheld',
        "The Ombudsman's final decision:",
        'Summary: Mrs G complained about her care charges. We found fault. The Council has agreed to apologise and pay Mrs G £400.',
        'The complaint',
        '  1. Mrs G complains about the charges.',
        'Agreed actions:',
        '  2. Within one month the Council will apologise to Mrs G and pay her £400.',
        '  3. Within three months the Council will review its charging letters.',
        '',
      ].join('\n'),
    );
    expect(r.remedyTotal).toBe(400);
    expect(texts(r)).toHaveLength(3);
  });

  it("a text page's summary ends with its sentence: the numbered complaint after it is not part of it", () => {
    const r = run(
      [
        'Fenwick Borough Council (24 300 176)',
        "The Ombudsman's final decision:",
        'Summary: We will not investigate Mr F\u2019s complaint about a charge for his mother\u2019s care. He could have appealed to the tribunal.',
        'Complaint',
        '1. Mr F complains the Council charged too much and that its offer to reduce the charge came too late.',
        'Assessment',
        '2. The Council has agreed to pay Mr F £50 if he withdraws his appeal, but Mr F has not accepted.',
        '',
      ].join('\n'),
    );
    expect(r.remedyTotal).toBe(0);
  });
});

describe('sentences a review of the rules for blind sets pages44-51 found misread', () => {
  const minute = (text: string): string[] =>
    texts(run(['Issue - decisions', '', 'Ombudsman report', '', 'Minutes:', '', text, ''].join('\n')));
  const summary = (text: string): ExtractionResult =>
    run(page(text, ['The Council wrote to the complainant.']));

  it('a payment the complainant made is no remedy; the Council offering one is', () => {
    const r = summary(
      'The Council delayed in refunding Mrs Y after she made a £120 payment for a permit she could not use. It has agreed to apologise.',
    );
    expect(texts(r)).toEqual(['It has agreed to apologise.']);
    expect(r.remedyTotal).toBe(0);
  });

  it('"has accepted our recommendations" after a remedy stated in the same sentence keeps the remedy', () => {
    const r = summary(
      'There was fault and the Council has agreed to pay Mr X £200 and has accepted our recommendations.',
    );
    expect(r.remedyTotal).toBe(200);
    expect(texts(r)).toHaveLength(1);
  });

  it('what the law or a tribunal required or ordered is not what the Ombudsman ordered', () => {
    expect(
      minute(
        'The Ombudsman found that the law required the council to assess Mr X within 28 days and it did not do so.',
      ),
    ).toEqual([]);
    expect(
      minute(
        'The Ombudsman noted that the tribunal had ordered the council to reinstate Mrs Y’s housing benefit.',
      ),
    ).toEqual([]);
  });

  it('"This delay should be remedied by ... paying Mrs X £200" after the law is the remedy, not more law', () => {
    const r = summary(
      'Councils must decide grant applications within six months. This delay should be remedied by the Council paying Mrs X £200 for her distress.',
    );
    expect(r.remedyTotal).toBe(200);
  });

  it('money the Ombudsman asked for that "has now been" paid stays in the total', () => {
    const r = summary('We asked the Council to pay Mrs Y £400 for her distress. This has now been done.');
    expect(r.remedyTotal).toBe(400);
  });

  it('"apologise for and remedy the delay" is one task; past verbs inside a clause of the task are not tasks', () => {
    expect(
      texts(summary('The Council will apologise for and remedy the delay by paying Mr K £150.')),
    ).toHaveLength(1);
    expect(
      texts(
        summary(
          'We recommended the Council apologised for the way it handled and recorded Mrs Y’s complaint.',
        ),
      ),
    ).toHaveLength(1);
  });

  it('a learning section’s account of routine in the present is not a resolution', () => {
    const r = run(
      [
        'Complaints annual report 2024/25',
        '',
        'Learning from complaints',
        '',
        'The Council monitors response times each month.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });

  it('a member who "wanted to know" asks a question', () => {
    expect(minute('A Member wanted to know why the payment had taken so long to make.')).toEqual([]);
  });

  it('declining one part of a complaint leaves the fault found on the rest', () => {
    const f = findFacts(
      'Fenmoor Council (24 001 222)\n\nDecision : Upheld\n\nSummary: The Council failed to carry out an annual review of Mr B’s care plan, and has agreed to pay him £150. We will not investigate his complaint about the provider’s charges because he can appeal.\n',
    );
    expect(f.faultFound).toBe(true);
  });
});

describe('counts of cases in a committee report', () => {
  it('"34 had been resolved ..." under "Of the 136 complaints received:" is a statistic, not an action', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Children’s complaints annual report',
        '',
        'The Head of Service presented the report. Of the 136 complaints that had been received:',
        '',
        '·         34 had been resolved through Alternative Dispute Resolution by the Social Care Teams;',
        '',
        '·         98 had been progressed to a formal investigation;',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('a council’s public notice of an Ombudsman report', () => {
  it('the stock sentences of the notice are no actions', () => {
    const r = run(
      [
        'Public notice',
        '',
        'Report of Local Government and Social Care Ombudsman',
        '',
        'The Ombudsman found that there had been fault on the part of the Council, and this had caused injustice to the complainant.',
        '',
        'Fenwick County Council has agreed to take action which the Ombudsman regards as providing a satisfactory remedy for the complaint.',
        '',
        'The Council must now consider the report and tell the Ombudsman within three months (or such longer period as the Ombudsman may agree) what it proposes to do.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('sentences a second review of the rules for blind sets pages49-53 found misread', () => {
  const minute = (text: string): ExtractionResult =>
    run(['Issue - decisions', '', 'Ombudsman report', '', 'Minutes:', '', text, ''].join('\n'));

  it('a decision that tells of a committee meeting is still a decision', () => {
    const f = findFacts(
      [
        '13 June 2024',
        '',
        'Complaint reference:',
        '23 004 512',
        '',
        'Complaint against:',
        'Fenwick District Council',
        '',
        'The Ombudsman’s final decision',
        'Summary: Mr B complained about a planning permission next door. We found fault and the Council has agreed to apologise.',
        '',
        'What I found',
        'The planning officer presented the report to the Planning Committee on 3 March 2023. Members asked about overlooking and the case officer said it was acceptable.',
        '',
      ].join('\n'),
    );
    expect(f).toMatchObject({ documentType: 'lgsco_decision', finding: 'upheld', faultFound: true });
  });

  it('"added", "commented" and "indicated" open a reporting clause only before "that"', () => {
    const r = minute('The Council apologised to Mrs X and refunded the added interest of £45.');
    expect(r.remedyTotal).toBe(45);
    expect(texts(r)).toHaveLength(2);
    expect(
      texts(minute('The Council paid Mr Y the amount indicated in the Ombudsman’s report.')),
    ).toHaveLength(1);
  });

  it('"apologised for the distress it caused and paid Mrs X £250" is two remedies', () => {
    expect(
      texts(minute('The Council apologised for the distress it caused and paid Mrs X £250.')),
    ).toHaveLength(2);
  });

  it('a payment offered after fault "already accepted" that the decision takes up stays', () => {
    const r = run(
      page(
        'Ms Z complained about delays. The Council had already accepted fault and has offered to pay Ms Z £300, which it will pay within one month of this decision.',
        [],
      ),
    );
    expect(r.remedyTotal).toBe(300);
  });

  it('the time taken, and a review the complainant asked for, are no changes made', () => {
    expect(texts(minute('The Council had taken 14 weeks to process the application.'))).toEqual([]);
    expect(
      texts(
        minute('Mrs X had requested a review of how her care charges were calculated, which was refused.'),
      ),
    ).toEqual([]);
  });

  it('a department with its initials, or an officer who "added that" the council paid, is not the meeting', () => {
    expect(
      texts(
        minute(
          'Housing Services (HS) introduced a new repairs tracking system in May 2024 following the report.',
        ),
      ),
    ).toHaveLength(1);
    expect(
      minute('Jane Holt (Complaints Manager) added that the Council had paid Mrs X £300.').remedyTotal,
    ).toBe(300);
  });

  it('a date in a list of documents or mid-sentence is not the decision date', () => {
    const head =
      '13 June 2024\n\nComplaint reference:\n23 004 512\n\nComplaint against:\nFenwick District Council\n\n';
    expect(
      findFacts(`${head}What I have considered\n- Letter dated 4 April 2023 from Mrs X to the Council\n`)
        .decisionDate,
    ).toBe('2024-06-13');
    expect(findFacts(`${head}Mrs X complained in an email  dated 4 April 2023.\n`).decisionDate).toBe(
      '2024-06-13',
    );
  });

  it('the Ombudsman "subsequently ordered" or, after a clause, "ordered" the landlord', () => {
    expect(
      minute(
        'The Housing Ombudsman subsequently ordered the landlord to pay Ms K £500 and to inspect the property.',
      ).remedyTotal,
    ).toBe(500);
  });

  it('a public notice sentence that goes on to name the remedy keeps it', () => {
    expect(
      texts(
        minute(
          'The Council has agreed to take action which the Ombudsman regards as providing a satisfactory remedy, including paying Mrs X £400 and reviewing its procedures.',
        ),
      ),
    ).toHaveLength(2);
  });
});
