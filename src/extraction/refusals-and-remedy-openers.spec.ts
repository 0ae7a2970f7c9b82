/**
 * Refusals are not agreements, and a remedy lead-in or opener under "The complaint" does not make
 * the narrative after it into actions. Our own texts, in the shape of real decisions (written when
 * a review of the rules for old report pages and plain "agree to" found these readings).
 */
import { explainFromText } from './extract-text';
import { ExtractionResult } from './types';

const SOURCE = { fileName: 't.txt', mediaType: 'text/plain', sha256: '0', pages: null, characters: 0 };
const run = (text: string): ExtractionResult => explainFromText({ text, pageStarts: null }, SOURCE).result;
const texts = (r: ExtractionResult): string[] =>
  r.recommendations.filter((x) => !x.possible).map((x) => x.text);

/** An upheld LGSCO decision page: its summary, then the first point of "The complaint". */
const upheldSummary = (summary: string, complaint: string): ExtractionResult =>
  run(
    `Fenwick Borough Council (21 200 300)\n\nDecision : Upheld\n\nThe Ombudsman\u2019s final decision:\n\nSummary: ${summary}\n\nThe complaint\n\n  1. ${complaint}\n`,
  );

/** An LGSCO decision with an "Agreed action" section holding `actions`, one paragraph each. */
const agreedAction = (actions: string[]): string =>
  [
    'Fenmoor District Council (24 001 234)',
    '',
    'Category : Adult care services > Charging',
    '',
    'Decision : Upheld',
    '',
    'Decision date : 4 Apr 2024',
    '',
    "The Ombudsman's final decision:",
    '',
    'Summary: Mrs X complained about her care charges. We found fault causing injustice.',
    '',
    'The complaint',
    '',
    '1. Mrs X complains the Council charged her for care she did not receive.',
    '',
    'Agreed action',
    '',
    ...actions.flatMap((a, i) => [`${i + 2}. ${a}`, '']),
    'Final decision',
    '',
    '9. I have completed my investigation.',
    '',
  ].join('\n');

describe('a refusal in an action section', () => {
  it.each([
    'The Council has not agreed to reimburse the fees.',
    'The Council has not yet agreed to reimburse the fees.',
    'The Council cannot agree to reimburse the fees.',
    'The Council refused to agree to reimburse the fees.',
    'The Council was not willing to agree to reimburse the fees.',
    'If the Council agree to fund the placement, Mrs X will move.',
  ])('is not an action: %s', (sentence) => {
    expect(texts(run(agreedAction(['The Council will apologise to Mrs X.', sentence])))).toEqual([
      'The Council will apologise to Mrs X.',
    ]);
  });

  it('keeps "The Council agree to ..." and what the council would like to put right', () => {
    expect(
      texts(
        run(
          agreedAction([
            'The Council agree to apologise to Mrs X.',
            'The Council would like to put things right, so it has agreed to pay Mrs X £200 for her distress.',
          ]),
        ),
      ),
    ).toEqual([
      'The Council agree to apologise to Mrs X.',
      'The Council would like to put things right, so it has agreed to pay Mrs X £200 for her distress.',
    ]);
  });
});

describe('an old report page: the remedy under "The complaint"', () => {
  const page = (lines: string[]): string =>
    [
      'Fenmoor District Council (16 004 552)',
      '',
      'Decision : Upheld',
      '',
      'The complaint',
      '',
      ...lines,
      '',
    ].join('\n');

  it('reads what the council agreed in the paragraph that ends with the lead-in', () => {
    const r = run(
      page([
        'The Ombudsman upheld the complaint and found fault causing injustice. The council has agreed to pay Mrs D £1,500 for the respite her family lost. To prevent the fault happening again, the council has agreed to:',
        '- review its respite care commissioning;',
        '- remind social workers to check that respite in a care plan is provided.',
      ]),
    );
    expect(texts(r)).toEqual([
      'The council has agreed to pay Mrs D £1,500 for the respite her family lost.',
      'review its respite care commissioning',
      'remind social workers to check that respite in a care plan is provided.',
    ]);
    expect(r.remedyTotal).toBe(1500);
  });

  it('does not read the narrative after the remedy list or the Ombudsman’s recommendation', () => {
    const listed = run(
      page([
        'To remedy the injustice caused, we recommend the council:',
        '  • apologise to Mr D for ending the payments without a review.',
        '  • pay Mr D £300 for his distress.',
        'The council accepted the apology but would not agree to pay Mr D £300, saying it had offered him £100 in 2016.',
        'Mr D’s advocate asked the council to agree to reinstate the direct payments from April 2016.',
      ]),
    );
    expect(texts(listed)).toEqual([
      'apologise to Mr D for ending the payments without a review.',
      'pay Mr D £300 for his distress.',
    ]);
    expect(listed.remedyTotal).toBe(300);
    const opened = run(
      page([
        'The Ombudsman recommended the Council to pay Mr H £1,500 compensation.',
        '',
        'Mr H’s son had asked the Council to agree to refund the £600 the family spent on a portable shower.',
      ]),
    );
    expect(texts(opened)).toEqual(['The Ombudsman recommended the Council to pay Mr H £1,500 compensation.']);
    expect(opened.remedyTotal).toBe(1500);
  });
});

describe('a sentence after an agreed remedy that carries it out or says how', () => {
  it.each([
    [
      'The Council will pay Mrs X £250 for her distress.',
      'This financial remedy should be paid directly to Mrs X.',
    ],
    ['The Council will apologise to Mrs X.', 'This apology should be sent to Mrs X and her son.'],
    [
      'The Council has agreed to apologise to Mrs X within one month of my final decision.',
      'It has since sent the apology.',
    ],
  ])('is part of it: %s %s', (action, after) => {
    expect(texts(run(agreedAction([`${action} ${after}`])))).toEqual([action]);
  });
});

describe('a second review: what the refusal and story rules must not lose', () => {
  it.each([
    'The Council has not agreed to waive the charges but has agreed not to pursue the debt while it reviews the case.',
    'The Council has not only agreed to apologise to Mrs X but also to pay her £200.',
    'The Council and the Trust agree to apologise to Mrs X.',
  ])('keeps an action beside a refusal or a plural subject: %s', (sentence) => {
    expect(texts(run(agreedAction([sentence])))).toHaveLength(1);
  });

  it('counts "pay Mrs X at least £200" as a payment', () => {
    expect(
      run(agreedAction(['The Council will pay Mrs X at least £200 for her distress.'])).remedyTotal,
    ).toBe(200);
  });

  it('keeps a dated change and what the council’s own representative reports, in a minute', () => {
    const minute = (paragraphs: string[]): string =>
      ['Agenda item', '', 'Ombudsman report', '', 'Minutes:', '', ...paragraphs.flatMap((x) => [x, ''])].join(
        '\n',
      );
    expect(
      texts(
        run(
          minute([
            'Following the Ombudsman’s report, the Council had reviewed its charging policy in March 2024.',
            'The Council representative told the Committee that an apology had been sent to Mrs X.',
          ]),
        ),
      ),
    ).toEqual([
      'Following the Ombudsman’s report, the Council had reviewed its charging policy in March 2024.',
      'The Council representative told the Committee that an apology had been sent to Mrs X.',
    ]);
  });

  it('keeps a change the council has made, told after the remedy list of an old report page', () => {
    const r = run(
      [
        'Fenmoor District Council (16 004 553)',
        '',
        'Decision : Upheld',
        '',
        'The complaint',
        '',
        'To remedy the injustice caused, the council has agreed to:',
        '- apologise to Mr D;',
        '- pay Mr D £500.',
        '',
        'The council has since changed its procedures so that assessments are allocated within 28 days.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'apologise to Mr D',
      'pay Mr D £500.',
      'The council has since changed its procedures so that assessments are allocated within 28 days.',
    ]);
  });
});

describe('offers in the story of a case', () => {
  const story = (paragraphs: string[]): ExtractionResult =>
    run(['Case study: compensation', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));

  it('does not read an offer the resident rejected, one made earlier, or one granted in a concession as the remedy', () => {
    const r = story([
      'Ms F complained about the compensation her landlord offered for a long-running leak.',
      'The landlord apologised and offered Ms F £900 for time off work. Ms F rejected this offer as she considered that the £400 offered for distress was insufficient.',
      'The landlord had offered Ms F compensation of £150 for its complaint handling.',
      'Whilst the landlord offered Ms F compensation of £150 for this repeat failure, it is not an effective way to handle complaints.',
      'After our intervention the landlord offered Ms F an additional £1,200 to reflect the delays. Ms F accepted this offer.',
    ]);
    expect(r.recommendations.flatMap((x) => x.payments.map((p) => p.amount))).not.toContain(400);
    expect(r.recommendations.flatMap((x) => x.payments.map((p) => p.amount))).not.toContain(150);
    expect(texts(r).some((t) => /additional £1,200/.test(t))).toBe(true);
  });
});

describe('evidence of compliance in a list of tasks', () => {
  it('reads "provide evidence that it is complying / monitoring compliance" as evidence, not a task', () => {
    const r = run(
      agreedAction([
        'Within three months the Council should:\n- review its allocations procedure;\n- provide evidence that it is complying with the above recommendations;\n- provide evidence that it is monitoring compliance with our recommendations.',
      ]),
    );
    expect(texts(r)).toEqual(['review its allocations procedure']);
  });
});

describe('the money guards, held to the payment itself', () => {
  it('keeps payments whose purpose mentions something inadequate, and offers outside a concession', () => {
    const list = run(
      agreedAction([
        'Within one month of the final decision the Council has agreed to:\n- apologise to Mrs X;\n- £300 to Mrs X to recognise the distress caused because her son\u2019s assessment was inadequate; and\n- £200 to recognise the uncertainty about whether the care her mother received had been adequate.',
      ]),
    );
    expect(list.remedyTotal).toBe(500);
    const summary = (s: string): ExtractionResult => upheldSummary(s, 'Mrs X complains about her care plan.');
    expect(
      summary(
        'The Council delayed reviewing Mrs X\u2019s care plan. Although it does not accept all our findings the Council has offered Mrs X £250 to recognise her distress.',
      ).remedyTotal,
    ).toBe(250);
    expect(
      summary(
        'The Council delayed reviewing Mrs X\u2019s care plan. Whilst we were investigating the Council offered Mrs X a payment of £250 and an apology, which is a suitable remedy.',
      ).remedyTotal,
    ).toBe(250);
  });

  it('does not read "agreed a suitable remedy to address the injustice" as an action: it names none', () => {
    const r = upheldSummary(
      'The Council delayed assessing Mr Y\u2019s needs. The Council has agreed a suitable remedy to address the injustice caused to Mrs X. It will apologise and pay her £200.',
      'Mrs X complains about the assessment.',
    );
    expect(texts(r).join(' ')).not.toMatch(/suitable remedy to address/);
    expect(r.remedyTotal).toBe(200);
  });
});

describe('a short payment item under a lead-in', () => {
  it('keeps "pay her £500." and "pay £250;" (an amount is the object)', () => {
    const r = run(
      agreedAction([
        'Within one month the Council has agreed to:\n- apologise to her;\n- pay her £500.\n- pay £250;\n- refund the fees.',
      ]),
    );
    expect(texts(r)).toEqual(['apologise to her', 'pay her £500.', 'pay £250', 'refund the fees.']);
    expect(r.remedyTotal).toBe(750);
  });
});

describe('a promise not to charge', () => {
  it('is an action ("will not charge", "will not seek to recover"), though "will not reimburse" is a refusal', () => {
    expect(
      texts(
        run(
          agreedAction([
            'The Council will not charge Mrs X for the care she received between May and June 2023.',
            'The Council will not reimburse the fees.',
          ]),
        ),
      ),
    ).toEqual(['The Council will not charge Mrs X for the care she received between May and June 2023.']);
  });
});

describe('remedies taken up by the Ombudsman or agreed by their noun', () => {
  it('does not read an agreement on payment terms as a remedy, and reads "has already agreed an apology and a payment"', () => {
    const summary = (s: string): ExtractionResult => upheldSummary(s, 'Ms X complains about her account.');
    expect(
      texts(
        summary('We found fault. The Council has agreed payment of the arrears by instalments with Ms X.'),
      ),
    ).toEqual([]);
    expect(
      texts(summary('We found fault. The Council has agreed payment terms with the care provider.')),
    ).toEqual([]);
    expect(
      summary('We found fault. The Council has already agreed an apology and a payment of £200 to Ms X.')
        .remedyTotal,
    ).toBe(200);
  });

  it('reads "We have agreed service improvements with the Council and a symbolic payment" as two remedies', () => {
    const r = upheldSummary(
      'Mr D complains the Council did not support him as a special guardian. We find fault with the Council for failing to follow the statutory complaints procedure. We have agreed service improvements with the Council and a symbolic payment to Mr D for his time and trouble.',
      'Mr D complains about his support.',
    );
    expect(texts(r)).toEqual([
      'We have agreed service improvements with the Council',
      'a symbolic payment to Mr D for his time and trouble.',
    ]);
  });

  it('reads "we welcome its offer of £400 to Mr D" as the remedy, whatever the complaint below it says', () => {
    const r = run(
      'Fenwick Borough Council (24 100 200)\nThe Ombudsman\u2019s final decision:\n' +
        'Summary: Mr D complained the Council refused his appeal for school transport. We agreed with the Council that it did not consider the appeal properly and welcome its offer of £400 to Mr D for his distress. The Council has also agreed to apologise to him.\n' +
        'The complaint\n- Mr D complained the Council refused his appeal.\n',
    );
    expect(texts(r)).toEqual([
      'We agreed with the Council that it did not consider the appeal properly and welcome its offer of £400 to Mr D for his distress.',
      'The Council has also agreed to apologise to him.',
    ]);
    expect(r.recommendations.flatMap((x) => x.payments.map((p) => p.amount))).toEqual([400]);
    expect(r.remedyTotal).toBe(400);
  });

  it('reads "has agreed to a financial payment" as an agreed payment, and "has now refunded" as done', () => {
    const r = upheldSummary(
      'Mrs G complains the Council gave her wrong advice about a vehicle crossing. The Council has now refunded her fee. It has also agreed to a symbolic payment for her time and trouble.',
      'Mrs G complains about the advice she was given.',
    );
    expect(texts(r)).toEqual(['It has also agreed to a symbolic payment for her time and trouble.']);
  });

  it('takes the remedy from the assessment when a will-not-investigate summary names the agreement only as a noun', () => {
    const r = run(
      'Fenwick Borough Council (22 500 160)\nThe Ombudsman\u2019s final decision:\n' +
        'Summary: We will not investigate Mr H\u2019s complaint about his business grant. This is because the Council\u2019s agreement to apologise and pay Mr H the grant is a suitable remedy.\n' +
        'The complaint\n- Mr H complains the Council wrongly refused his grant application.\n' +
        'My assessment\n- The Council accepts it overlooked evidence Mr H sent. It has therefore agreed to write to Mr H with an apology and to reconcile his grant account.\n' +
        'Final decision\n- We will not investigate this complaint.\n',
    );
    expect(texts(r)).toEqual([
      'It has therefore agreed to write to Mr H with an apology',
      'reconcile his grant account.',
    ]);
  });

  it('reads the summary over the lines a PDF wraps it onto ("... agreement to apologise and" / "pay Mr H ...")', () => {
    const r = run(
      'Fenwick Borough Council (22 500 162)\nThe Ombudsman\u2019s final decision:\n' +
        'Summary: We will not investigate Mr H\u2019s complaint about his business grant. This is because the\n' +
        'Council\u2019s agreement to apologise and pay Mr H the grant is a suitable remedy.\n\n' +
        'The complaint\n\u2022 Mr H complains the Council wrongly refused his grant application.\n\n' +
        'My assessment\n\u2022 The Council accepts it overlooked evidence Mr H sent. It has therefore agreed to write to\n' +
        '    Mr H with an apology and to reconcile his grant account.\n\n' +
        'Final decision\n\u2022 We will not investigate this complaint.\n',
    );
    expect(texts(r)).toHaveLength(2);
    expect(texts(r)[0]).toMatch(/^It has therefore agreed to write to\s+Mr H with an apology$/);
  });
});

describe('remedies named but not given now', () => {
  it('does not read "has offered a suitable remedy" as an action: it names none', () => {
    const r = upheldSummary(
      'Mr J complained about how the Council recovered an overpayment of his direct payments. The Ombudsman considers that the Council has offered a suitable remedy for the fault in its handling of the account. It will now agree an affordable repayment plan with Mr J.',
      'Mr J complains about the recovery of the overpayment.',
    );
    expect(texts(r)).toEqual(['It will now agree an affordable repayment plan with Mr J.']);
  });

  it('leaves out the apology already given that a sentence names beside the new remedy', () => {
    const r = upheldSummary(
      'Mrs L complained about the recovery action on her council tax account. We have found fault but consider the agreed action of a symbolic payment is a suitable remedy in addition to the explanation and apology already provided by the Council.',
      'Mrs L complains about the summons.',
    );
    expect(texts(r)).toHaveLength(1);
    expect(texts(r)[0]).toMatch(/symbolic payment/);
    expect(texts(r)[0]).not.toMatch(/already provided/);
  });

  it('does not read a payment made before and judged enough as a remedy to give', () => {
    const summary = (s: string): ExtractionResult =>
      upheldSummary(s, 'Ms D complains about the support she received as a care leaver.');
    const paid = summary(
      'The payment of £1500 by the Council to Ms D to recognise the injustice caused by its failure to support her as a care leaver was satisfactory and no further payment is justified. There is no fault in the other parts of the complaint.',
    );
    expect(texts(paid)).toEqual([]);
    expect(paid.remedyTotal).toBe(0);
    // the same payment still to be made is the remedy
    const toPay = summary(
      'A payment of £1500 by the Council to Ms D to recognise the injustice caused by its failure to support her as a care leaver is a suitable remedy.',
    );
    expect(toPay.remedyTotal).toBe(1500);
  });
});

describe('remedies of a care provider, or recommended although there was no fault', () => {
  it('reads "The Care Provider upheld the complaint and offered to reimburse ..." as the remedy; "Our Guidance on remedies" is not a remedy section', () => {
    const r = run(
      'Lowmoor Care Ltd (23 400 140)\nThe Ombudsman\u2019s final decision:\n' +
        'Summary: We have ended this investigation. Mr T complained about the care given to his mother. The Care Provider upheld Mr T\u2019s complaint and offered to reimburse the fees for the weeks concerned. That was in line with our guidance and further investigation would not lead to a different outcome.\n' +
        'The complaint\n- Mr T complained the Care Provider gave poor care to his mother.\n' +
        'What I found\nOur Guidance on remedies\n- Our guidance sets out how we decide on remedies for poor care.\n',
    );
    expect(texts(r)).toEqual([
      'The Care Provider upheld Mr T\u2019s complaint and offered to reimburse the fees for the weeks concerned.',
    ]);
  });

  it('reads a care provider\u2019s offer the Ombudsman accepts, also in a list of what it did and on a page it will not investigate', () => {
    const closed = run(
      'Lowmoor Care Ltd (24 400 142)\nThe Ombudsman\u2019s final decision:\n' +
        'Summary: We will not investigate this complaint about a respite stay at a care home. The Care Provider accepted some fault, apologised, offered £150, and gave its staff extra training. We are satisfied with its response.\n' +
        'The complaint\n- Mrs W complained about the care her mother received.\n',
    );
    expect(closed.remedyTotal).toBe(150);
    const refund = run(
      'Lowmoor Care Ltd (25 400 143)\nThe Ombudsman\u2019s final decision:\n' +
        'Summary: Mr V complained about poor service during his father\u2019s stay. Following our enquiries, the care provider offered a full refund for the stay, which is an appropriate outcome.\n' +
        'The complaint\n- Mr V complained about the care home.\n',
    );
    expect(texts(refund)).toEqual([
      'Following our enquiries, the care provider offered a full refund for the stay, which is an appropriate outcome.',
    ]);
  });

  it('reads "The Care Home offered to ...", "The care company has now offered to ..."; not "which the organisations have agreed to remedy."', () => {
    const r = run(
      'Lowmoor Care Ltd (20 400 145)\nThe Ombudsman\u2019s final decision:\n' +
        'Summary: Mrs S complained about the fees charged after her mother left the home. We found fault. The Care Home offered to remove the last week\u2019s charges. The care company has now offered to waive the outstanding fees. Those faults caused Mrs S an injustice which the organisations have agreed to remedy.\n' +
        'The complaint\n- Mrs S complained about the fees.\n',
    );
    expect(texts(r)).toEqual([
      'The Care Home offered to remove the last week\u2019s charges.',
      'The care company has now offered to waive the outstanding fees.',
    ]);
  });

  it('keeps what a recommendation goes on to ask when the page has no action section', () => {
    const r = run(
      'Lowmoor County Council (20 400 146)\nDecision : Upheld\nDecision date : 01 Mar 2022\nMiss D complained about the support she received as a care leaver.\n' +
        'Fault found causing injustice and recommendations made.\n' +
        'To remedy the injustice caused, we recommend the Council reconsider Miss D\u2019s request for a statutory complaint investigation within one month.\n' +
        'The Council should also advise Miss D of her right to come back to the Ombudsman.\n' +
        'The Council has accepted our recommendations.\n',
    );
    expect(texts(r)).toEqual([
      'To remedy the injustice caused, we recommend the Council reconsider Miss D\u2019s request for a statutory complaint investigation within one month.',
      'The Council should also advise Miss D of her right to come back to the Ombudsman.',
    ]);
  });

  it('reads an offer to act after a list of what the organisation did ("has apologised, refunded ..., and offered to pay £100")', () => {
    const r = run(
      'Lowmoor Borough Council (19 400 147)\n\nDecision : Upheld\n\nThe Ombudsman\u2019s final decision:\n\n' +
        'Summary: Mr Q complained about a planning application fee. The Council has apologised, refunded most of the fee, and offered to pay £100 as a goodwill gesture. We consider this a suitable remedy.\n\n' +
        'The complaint\n\n  1. Mr Q complains about the fee.\n',
    );
    expect(r.remedyTotal).toBe(100);
  });

  it('an offer the Ombudsman found too low ("recommended an increased remedy") is not the remedy', () => {
    const r = run(
      'Lowmoor Borough Council (19 400 144)\n\nDecision : Upheld\n\nThe Ombudsman\u2019s final decision:\n\n' +
        'Summary: Mr and Mrs T complained the Council failed to take enforcement action. However, it recognised some fault and offered a payment of £200. We found the Council at fault and recommended an increased remedy.\n\n' +
        'The complaint\n\n  1. Mr and Mrs T complain about an extension.\n',
    );
    expect(r.remedyTotal).toBe(0);
  });

  it('keeps what the Ombudsman recommended and the Council accepted in a summary that finds no fault', () => {
    const r = run(
      'Lowmoor Borough Council (21 400 141)\n\nDecision : Not upheld\n\nThe Ombudsman\u2019s final decision:\n\n' +
        'Summary: Mrs U complained the Council failed to stop noise from the workshop next door. The Ombudsman does not find fault with the Council\u2019s actions. Despite no fault, the Ombudsman recommended the Council install noise recording equipment in Mrs U\u2019s home. The Council accepted this recommendation.\n\n' +
        'The complaint\n\n  1. Mrs U complains about noise.\n',
    );
    expect(texts(r)).toEqual([
      'Despite no fault, the Ombudsman recommended the Council install noise recording equipment in Mrs U\u2019s home.',
    ]);
  });
});

describe('statements about a remedy in a list of remedies', () => {
  it('reads "The payment to Mr Y is slightly larger than ..." as the reason, not another payment', () => {
    const r = run(
      'Lowmoor Borough Council (17 400 150)\n\nDecision : Upheld\n\nThe Ombudsman\u2019s final decision:\n\nSummary: Mrs X and Mr Y lived in unsuitable accommodation. We found fault.\n\nRecommendations\n\n' +
        '- Pay Mrs X £1,200 for the months in unsuitable accommodation.\n' +
        '- Pay Mr Y £1,400. The payment to Mr Y is slightly larger than to Mrs X because he cared for the children alone.\n',
    );
    expect(texts(r)).toEqual([
      'Pay Mrs X £1,200 for the months in unsuitable accommodation.',
      'Pay Mr Y £1,400.',
    ]);
  });
});

describe('an old report summary whose remedy opener under "The complaint" has no comma', () => {
  it('reads the opener, a conditional step and the listed tasks, with the deadline between "agreed to" and the verb', () => {
    const r = run(
      [
        '16 104 332',
        '',
        'Category : Adult care services > Home care',
        '',
        'Decision : Upheld',
        '',
        'Decision date : 12 Sep 2017',
        '',
        'A woman complains the council stopped her father\u2019s day centre place without telling her.',
        '',
        'The complaint',
        '',
        'The woman complains the council ended the placement and did not review the decision.',
        '',
        'The Ombudsman upheld the complaint and found fault causing injustice.',
        '',
        'To remedy the injustice caused the council has agreed to within the next two months to reassess the father\u2019s needs. If he wants to go back to the day centre, the council will arrange a place for him and pay the woman for the care she gave in the meantime.',
        '',
        ' The council will also:',
        '',
        '  \u2022 write to the woman apologising for its failings; and',
        '  \u2022 remind its officers to record decisions to end placements.',
        '',
        'Ombudsman satisfied with council response: 9 January 2018.',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'To remedy the injustice caused the council has agreed to within the next two months to reassess the father\u2019s needs.',
      'If he wants to go back to the day centre, the council will arrange a place for him',
      'pay the woman for the care she gave in the meantime.',
      'write to the woman apologising for its failings',
      'remind its officers to record decisions to end placements.',
    ]);
    expect(r.recommendations[0].rule).toContain('form.agreed');
  });
});
