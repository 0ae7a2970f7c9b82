/**
 * Splitting one sentence into its actions (split-actions.ts), on invented sentences in the shape of
 * real decision summaries: remedies of different kinds joined in one sentence are separate actions;
 * one verb with several objects of one kind is one action.
 */
import { explainFromText } from './extract-text';
import { ExtractionResult } from './types';

const SOURCE = { fileName: 't.txt', mediaType: 'text/plain', sha256: '0', pages: null, characters: 0 };
const HEAD = [
  '9 April 2025',
  '',
  'Complaint reference:',
  '24 031 877',
  '',
  'Complaint against:',
  'Westmoor Borough Council',
  '',
  'The Ombudsman’s final decision',
  '',
].join('\n');
const recommendations = (sentence: string): ExtractionResult['recommendations'] =>
  explainFromText({ text: `${HEAD}Summary: ${sentence}\n`, pageStarts: null }, SOURCE).result.recommendations;
const actions = (sentence: string): string[] => recommendations(sentence).map((r) => r.text);
/** Each action's text with its learning flag. */
const withLearning = (sentence: string): [string, boolean][] =>
  recommendations(sentence).map((r) => [r.text, r.learning]);

describe('remedies of different kinds joined in one sentence', () => {
  it('splits an apology after a purpose clause ("apply a credit ... to reflect the charge and apologise"), and a gerund list that opens with "Apologising"', () => {
    expect(
      actions(
        'The Council delayed. The Council agreed to reduce the invoice by £90 to reflect the late fee and apologise for its delay in dealing with the application.',
      ),
    ).toEqual([
      'The Council agreed to reduce the invoice by £90 to reflect the late fee',
      'apologise for its delay in dealing with the application.',
    ]);
    expect(
      actions(
        'The Council was at fault. Apologising, arranging a repayment plan and revising procedures remedies the injustice.',
      ),
    ).toEqual(['Apologising', 'arranging a repayment plan', 'revising procedures remedies the injustice.']);
  });

  it('splits a task the organisation "said it will" do after an agreed payment', () => {
    expect(
      actions(
        'We found fault. To remedy this, the Council has agreed to pay Mrs G £350 and said it will remind its assessors to send a copy of each assessment to the family.',
      ),
    ).toEqual([
      'To remedy this, the Council has agreed to pay Mrs G £350',
      'remind its assessors to send a copy of each assessment to the family.',
    ]);
    // (what it said it did before is not a task: "and said it had ...")
    expect(
      actions(
        'We found fault. The Council has agreed to pay Mrs G £350 and said it had already changed its assessment letters.',
      ),
    ).toEqual([
      'The Council has agreed to pay Mrs G £350 and said it had already changed its assessment letters.',
    ]);
  });

  it('splits a task after "and has offered", and the remedy nouns an offer lists ("has offered a payment of £200 and cancellation of ...")', () => {
    expect(
      actions(
        'We agree there was fault. The Council has agreed to update the support plan and has offered a new carer’s assessment.',
      ),
    ).toEqual(['The Council has agreed to update the support plan', 'offered a new carer’s assessment.']);
    expect(
      actions(
        'We agree there was fault. The Council has also offered a payment of £200 and cancellation of the charges Mrs P disputes. These are suitable remedies.',
      ),
    ).toEqual([
      'The Council has also offered a payment of £200',
      'cancellation of the charges Mrs P disputes.',
    ]);
  });

  it('keeps a remedy noun that is the subject of "remedies the injustice" in one action', () => {
    expect(
      actions(
        'There was fault by the Council. A payment to Mr H, on top of the apology it has already made, remedies the injustice caused.',
      ),
    ).toEqual([
      'A payment to Mr H, on top of the apology it has already made, remedies the injustice caused.',
    ]);
    // (a clause that says how it puts things right is a task of its own)
    expect(
      actions(
        'We found fault. The Council has agreed to provide an apology and a payment of £300, and puts right the fault by reassessing Mrs B’s needs.',
      ),
    ).toHaveLength(3);
  });

  it('splits a payment after an apology whose "for" ends a relative clause ("which the Council will apologise for and pay £300")', () => {
    expect(
      actions(
        'We found fault. The delay caused Mr K some avoidable frustration, which the Council will apologise for and pay £250.',
      ),
    ).toEqual([
      'The delay caused Mr K some avoidable frustration, which the Council will apologise for',
      'pay £250.',
    ]);
  });

  it('reads a verb with its "re-" hyphenated ("re-consider", "re-assess") as the next item of a list', () => {
    expect(
      actions(
        'We found fault. The Council agreed to apologise, make a payment to Mr K for the distress caused, re-consider his priority and carry out a service improvement.',
      ),
    ).toEqual([
      'The Council agreed to apologise',
      'make a payment to Mr K for the distress caused',
      're-consider his priority',
      'carry out a service improvement.',
    ]);
  });

  it('splits "forward Mr K’s case to the tribunal" from the payment before it ("forward" with its object is a verb)', () => {
    expect(
      actions(
        'We found fault causing injustice. The Council will apologise, make a payment and forward Mr K’s case to the Social Security Appeal Tribunal.',
      ),
    ).toEqual([
      'The Council will apologise',
      'make a payment',
      'forward Mr K’s case to the Social Security Appeal Tribunal.',
    ]);
  });

  it('splits the tasks of a recommendation written in the past tense ("We recommended the Trust apologised ... and paid her £250")', () => {
    expect(
      actions(
        'We found fault. We recommended the Council apologised to Mrs K and paid her £300 in recognition of her distress.',
      ),
    ).toEqual([
      'We recommended the Council apologised to Mrs K',
      'paid her £300 in recognition of her distress.',
    ]);
  });

  it('splits "a fresh assessment" from the remedy nouns before it', () => {
    expect(
      actions(
        'We found fault. The organisations agreed to provide apologies, financial payments, a fresh assessment, and to take actions to learn from these events.',
      ),
    ).toEqual([
      'The organisations agreed to provide apologies',
      'financial payments',
      'a fresh assessment',
      'take actions to learn from these events.',
    ]);
  });

  it('reads "agreed to apologies and make a symbolic payment" (the noun for the verb) and "re-register" (a prefixed verb)', () => {
    expect(
      actions(
        'We find the Council was at fault. The Council has agreed to apologies and make a symbolic payment.',
      ),
    ).toEqual(['The Council has agreed to apologies', 'make a symbolic payment.']);
    expect(
      actions(
        'We find the Council was at fault. It has agreed to apologise and re-register the birth in Mr K’s name.',
      ),
    ).toEqual(['It has agreed to apologise', 're-register the birth in Mr K’s name.']);
  });

  it('keeps a verb inside "to ensure ..." with its task after a comma list (review finding)', () => {
    expect(
      actions(
        'The Council delayed. The Council agreed to apologise to Mr X, review its procedures to ensure officers record and share information about risks.',
      ),
    ).toEqual([
      'The Council agreed to apologise to Mr X',
      'review its procedures to ensure officers record and share information about risks.',
    ]);
  });

  it('splits remedies named as nouns after "recommended", "make" and "agreed actions of", and a payment for a child\'s benefit', () => {
    expect(
      actions('We found fault. We recommended an apology and a payment to recognise the distress caused.'),
    ).toEqual(['We recommended an apology', 'a payment to recognise the distress caused.']);
    expect(
      actions(
        'There was fault. To remedy this, the Council has agreed to apologise, and make a payment and service improvements.',
      ),
    ).toEqual([
      'To remedy this, the Council has agreed to apologise',
      'make a payment',
      'service improvements.',
    ]);
    expect(
      actions(
        'We found fault but consider the agreed actions of an apology, partial refund of charges and procedural improvements are a suitable remedy.',
      ),
    ).toEqual([
      'We found fault but consider the agreed actions of an apology',
      'partial refund of charges',
      'procedural improvements are a suitable remedy.',
    ]);
  });

  it('keeps each item of a comma list that is split at its other commas ("discuss ..., make a new decision, and ...")', () => {
    expect(
      actions(
        'The Council took too long. The Council has agreed to apologise, repair the boundary fence, discuss other fencing options with Mr Y, make a new decision on his application, and make a payment to Mr Y.',
      ),
    ).toEqual([
      'The Council has agreed to apologise',
      'repair the boundary fence',
      'discuss other fencing options with Mr Y',
      'make a new decision on his application',
      'make a payment to Mr Y.',
    ]);
  });

  it('splits the first two items of a comma list of tasks when a third follows ("issue a decision now, hold off recovery ... and pay")', () => {
    expect(
      actions(
        'We found the Council should have sent a formal decision. The Council has agreed to issue a decision now, hold off recovery until the appeal is decided and pay her £100.',
      ),
    ).toEqual([
      'The Council has agreed to issue a decision now',
      'hold off recovery until the appeal is decided',
      'pay her £100.',
    ]);
  });

  it('reads a verb form with no object before "and the ..." as a noun ("the lost opportunities and support and the distress")', () => {
    expect(
      actions(
        'The Council failed to meet the children’s needs. The Council has agreed to pay Miss X £3,600 to acknowledge the impact on the children of the lost opportunities and support and the distress caused to them.',
      ),
    ).toEqual([
      'The Council has agreed to pay Miss X £3,600 to acknowledge the impact on the children of the lost opportunities and support and the distress caused to them.',
    ]);
  });

  it('keeps "remind social workers and contact supervisors of ..." as one reminder', () => {
    const listed = explainFromText(
      {
        text: `${HEAD}Agreed action\n\nThe Council:\n- reminds social workers and contact supervisors of the record-keeping standards in its guidance; and\n- audits 20 other cases.\n`,
        pageStarts: null,
      },
      SOURCE,
    ).result.recommendations.map((r) => r.text);
    expect(listed).toEqual([
      'reminds social workers and contact supervisors of the record-keeping standards in its guidance',
      'audits 20 other cases.',
    ]);
  });

  it('reads a bare amount among remedy nouns as a payment of its own ("an apology, £300 and procedural improvements")', () => {
    const sentence =
      'Mr D complains about his reports of a blocked culvert. The Ombudsman has found fault but considers the agreed actions of an apology, £300 and procedural improvements are enough to provide a suitable remedy.';
    expect(actions(sentence)).toEqual([
      'The Ombudsman has found fault but considers the agreed actions of an apology',
      '£300',
      'procedural improvements are enough to provide a suitable remedy.',
    ]);
    const result = explainFromText(
      { text: `${HEAD}Summary: ${sentence}\n`, pageStarts: null },
      SOURCE,
    ).result;
    expect(result.recommendations.flatMap((r) => r.payments.map((p) => p.amount))).toEqual([300]);
    expect(result.remedyTotal).toBe(300);
    // an amount in a list that is not of remedies stays what it was
    expect(
      explainFromText(
        {
          text: `${HEAD}Summary: Mrs F disputed invoices of £120, £80 and £45 for her care. We did not find fault.\n`,
          pageStarts: null,
        },
        SOURCE,
      ).result.remedyTotal,
    ).toBe(0);
  });

  it('reads "find suitable accommodation", a task after "it intends to take", and money for a child\'s education', () => {
    expect(
      actions(
        'We found fault. The Council has agreed to find suitable alternative accommodation for Ms K, pay her £2,000 now and a further £300 for every month she waits.',
      ),
    ).toEqual([
      'The Council has agreed to find suitable alternative accommodation for Ms K',
      'pay her £2,000 now',
      'a further £300 for every month she waits.',
    ]);
    expect(
      actions(
        'We found fault. It should tell Mr V what action it intends to take and reconsider his request for a case review.',
      ),
    ).toEqual([
      'It should tell Mr V what action it intends to take',
      'reconsider his request for a case review.',
    ]);
    const r = explainFromText(
      {
        text: `${HEAD}Summary: We found fault. The Council has agreed to pay Mrs B £250 for her distress and £900 for the benefit of her son’s education.\n`,
        pageStarts: null,
      },
      SOURCE,
    ).result;
    expect(r.remedyTotal).toBe(1150);
  });

  it('splits a payment after "write to Mr X to apologise", and "an apology and £100 for distress"', () => {
    expect(
      actions(
        'The Council did not tell Mr T. The Council should write to Mr T to apologise and pay him £150 for his frustration.',
      ),
    ).toEqual(['The Council should write to Mr T to apologise', 'pay him £150 for his frustration.']);
    expect(
      actions(
        'We found fault. We recommended the Council provide Ms R with an apology and £100 for her uncertainty.',
      ),
    ).toEqual(['We recommended the Council provide Ms R with an apology', '£100 for her uncertainty.']);
  });

  it('reads each task of a comma list, short or with a purpose clause, and a learning task "as necessary"', () => {
    expect(
      actions(
        'The Council delayed. The Council has agreed to apologise and collect the bags left at Mrs G’s gate. It will also reinstate the assisted collection, make a payment, check collections and remind crews of the assisted collection list.',
      ),
    ).toEqual([
      'The Council has agreed to apologise',
      'collect the bags left at Mrs G’s gate.',
      'It will also reinstate the assisted collection',
      'make a payment',
      'check collections',
      'remind crews of the assisted collection list.',
    ]);
    expect(
      actions(
        'The Council delayed. It has agreed to apologise to Mr X, confirm its duty to support him until his course ends and review its procedures.',
      ),
    ).toEqual([
      'It has agreed to apologise to Mr X',
      'confirm its duty to support him until his course ends',
      'review its procedures.',
    ]);
    expect(
      actions(
        'The Council delayed. The Council has agreed my recommendations to apologise, remind the care home of incidents it needs to report and change its procedures as necessary.',
      ),
    ).toEqual([
      'The Council has agreed my recommendations to apologise',
      'remind the care home of incidents it needs to report',
      'change its procedures as necessary.',
    ]);
  });

  it('reads a fee deducted and a new bill, the gerunds after "take action to remedy ... by", and "agreed with our recommendations to"', () => {
    expect(
      actions(
        'The Council was at fault. The Council agreed to deduct the bailiff fee from Mrs S’s arrears and issues her with a new bill.',
      ),
    ).toEqual([
      'The Council agreed to deduct the bailiff fee from Mrs S’s arrears',
      'issues her with a new bill.',
    ]);
    expect(
      actions(
        'The Council delayed. The Council will take action to remedy the injustice this caused Mr B by apologising and making a payment to him.',
      ),
    ).toEqual([
      'The Council will take action to remedy the injustice this caused Mr B by apologising',
      'making a payment to him.',
    ]);
    expect(
      actions(
        'The Council delayed. The Council has agreed with our recommendations to provide Mrs K with an apology and to review the allowances of other carers in the same position.',
      ),
    ).toEqual([
      'The Council has agreed with our recommendations to provide Mrs K with an apology',
      'review the allowances of other carers in the same position.',
    ]);
  });

  it('splits money owed from a further remedy, a repayment plan from payments, and an award of backdated support', () => {
    expect(
      actions(
        'The Council delayed. The Council agreed to pay Mrs J the unpaid allowance and a further financial remedy.',
      ),
    ).toEqual(['The Council agreed to pay Mrs J the unpaid allowance', 'a further financial remedy.']);
    expect(
      actions(
        'The Council delayed. The Council has agreed to apologise, make payments and offer Mrs J a repayment plan.',
      ),
    ).toEqual(['The Council has agreed to apologise', 'make payments', 'offer Mrs J a repayment plan.']);
    expect(
      actions(
        'The Council delayed. The Council has agreed to make a symbolic payment, award Mr H any backdated housing benefit owed to him, and remind its staff to check claims.',
      ),
    ).toEqual([
      'The Council has agreed to make a symbolic payment',
      'award Mr H any backdated housing benefit owed to him',
      'remind its staff to check claims.',
    ]);
  });

  it('splits payments to two people named by who they are ("the son £200 and the father £300")', () => {
    expect(
      actions(
        'The Council delayed. The Council agreed to pay the son £200 and the father £300 for their distress.',
      ),
    ).toEqual(['The Council agreed to pay the son £200', 'the father £300 for their distress.']);
  });

  it('keeps a task with the report on it to the Ombudsman ("and tell us ... how this is working")', () => {
    expect(
      actions(
        'The Council delayed. The Council agreed to monitor its new checks on repairs and tell us in six months how this is working.',
      ),
    ).toEqual([
      'The Council agreed to monitor its new checks on repairs and tell us in six months how this is working.',
    ]);
  });

  it('splits a task after a letter of apology, kept with its manner adverb', () => {
    expect(
      actions(
        'Mrs D complained about noise from a neighbour. The Council agreed to write to Mrs D and apologise for the delay and promptly refer her to the mediation service.',
      ),
    ).toEqual([
      'The Council agreed to write to Mrs D and apologise for the delay',
      'promptly refer her to the mediation service.',
    ]);
  });

  it('splits the items of a list of tasks, one of them opened by a verb of no named kind', () => {
    expect(
      actions(
        'Mr P complained about damp. To remedy this, the Council has agreed to apologise to Mr P, open a fresh inspection of his flat and make several service improvements.',
      ),
    ).toEqual([
      'To remedy this, the Council has agreed to apologise to Mr P',
      'open a fresh inspection of his flat',
      'make several service improvements.',
    ]);
  });

  it('splits a review of no named kind from service improvements', () => {
    expect(
      actions(
        'Ms K complained about her case. The Council agreed to carry out a full review of its investigation into the reports and make several service improvements.',
      ),
    ).toEqual([
      'The Council agreed to carry out a full review of its investigation into the reports',
      'make several service improvements.',
    ]);
  });

  it('splits a payment from evidence of invoices cancelled, and information from a service to a child', () => {
    expect(
      actions(
        'Mr R complained about care charges. The Council will apologise, make payments and provide evidence that it has cancelled the care invoices.',
      ),
    ).toEqual([
      'The Council will apologise',
      'make payments',
      'provide evidence that it has cancelled the care invoices.',
    ]);
    expect(
      actions(
        'Mrs T complained about her son’s support. The Council has agreed to apologise, make payments, provide a timeframe for arranging the support and consider extra tutoring sessions for B.',
      ),
    ).toEqual([
      'The Council has agreed to apologise',
      'make payments',
      'provide a timeframe for arranging the support',
      'consider extra tutoring sessions for B.',
    ]);
  });

  it('splits a payment said twice with its own verb', () => {
    expect(
      actions(
        'Mrs L complained about school transport. The Council offered to pay Mrs L a remedy as well as pay a remedy to her son for the lessons he missed.',
      ),
    ).toEqual([
      'The Council offered to pay Mrs L a remedy',
      'pay a remedy to her son for the lessons he missed.',
    ]);
  });

  it('splits "make a ... payment ... and to make a ... payment": the verb said again, a payment of its own', () => {
    expect(
      actions(
        'Mrs K complained about school transport. We found fault. The Council has agreed to make a mileage payment for the days Y attended the school and to make a symbolic payment to recognise Mrs K\u2019s distress.',
      ),
    ).toEqual([
      'The Council has agreed to make a mileage payment for the days Y attended the school',
      'make a symbolic payment to recognise Mrs K\u2019s distress.',
    ]);
  });

  it('splits a passive of its own after a task', () => {
    expect(
      actions(
        'Mr N complained about a planning decision. We recommended the Council review its procedures and that refresher training is carried out for planning officers on conditions.',
      ),
    ).toEqual([
      'We recommended the Council review its procedures',
      'refresher training is carried out for planning officers on conditions.',
    ]);
  });

  it('splits the last item of a list of remedy nouns, though no remedy noun names it', () => {
    expect(
      actions(
        'Mr W complained about a pothole. We consider the agreed actions of an apology, payment of £150 and stricter checks for pavement repairs are enough to remedy his injustice.',
      ),
    ).toEqual([
      'We consider the agreed actions of an apology',
      'payment of £150',
      'stricter checks for pavement repairs are enough to remedy his injustice.',
    ]);
  });
});

describe('remedies named inside a longer sentence', () => {
  it('splits a remedy noun after a payment made as the remedy', () => {
    expect(
      actions(
        'Ms B complained about missed bin collections. The Council has now given Ms B a new recycling box, and agreed to remedy the injustice its failures caused by making a payment to Ms B to reflect her distress, time and trouble and service improvements.',
      ),
    ).toEqual([
      'The Council has now given Ms B a new recycling box, and agreed to remedy the injustice its failures caused by making a payment to Ms B to reflect her distress, time and trouble',
      'service improvements.',
    ]);
  });

  it('splits the gerunds a reported recommendation included', () => {
    const text = [
      'Issue - meetings',
      '',
      'Meeting: 14/03/2018 - Cabinet (Item 42)',
      '',
      '42 Report of the Monitoring Officer - Local Government Ombudsman decision',
      '',
      'Minutes:',
      '',
      'The Ombudsman had found that the Council was at fault in the way it had handled a housing grant application. The Ombudsman had made two recommendations in her decision which included sharing lessons learnt with the grants team and making a compensation payment, which the Ombudsman suggested should be held back until an appeal was decided.',
      '',
    ].join('\n');
    expect(
      explainFromText({ text, pageStarts: null }, SOURCE).result.recommendations.map((r) => r.text),
    ).toEqual([
      'The Ombudsman had made two recommendations in her decision which included sharing lessons learnt with the grants team',
      'making a compensation payment, which the Ombudsman suggested should be held back until an appeal was decided.',
    ]);
  });
});

describe('one verb with several objects of one kind', () => {
  it('keeps guidance and training for staff together', () => {
    expect(
      actions(
        'Ms F complained about her daughter’s plan. The Council also agreed to provide guidance and training to staff about deadlines for annual reviews and about record keeping.',
      ),
    ).toEqual([
      'The Council also agreed to provide guidance and training to staff about deadlines for annual reviews and about record keeping.',
    ]);
  });

  it('still splits an apology from training', () => {
    expect(
      actions(
        'Mr G complained about his assessment. The Council agreed to provide an apology and training to its assessors.',
      ),
    ).toEqual(['The Council agreed to provide an apology', 'training to its assessors.']);
  });
});

describe('a remedy named as nouns with an adjective ("symbolic payment", "procedural review")', () => {
  it('splits "the agreed action of an apology and symbolic payment" into its two remedies', () => {
    const r = explainFromText(
      {
        text: "Dunmere Council (23 011 208)\n\nDecision : Upheld\n\nThe Ombudsman's final decision:\n\nSummary: Mrs H complained about delay. We have found fault but consider the agreed action of an apology and symbolic payment provides a suitable remedy.\n",
        pageStarts: null,
      },
      SOURCE,
    ).result;
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'We have found fault but consider the agreed action of an apology',
      'symbolic payment provides a suitable remedy.',
    ]);
  });
});

describe('two tasks for the person, each with its own verb and object', () => {
  it('splits "decide ... and set out ...", "monitor ... and carry out ...", "reconcile ... and to reach ..."', () => {
    expect(
      actions(
        "The Council has also agreed to decide Mrs K's application for transport and set out a plan to make up the sessions her son missed.",
      ),
    ).toEqual([
      "The Council has also agreed to decide Mrs K's application for transport",
      'set out a plan to make up the sessions her son missed.',
    ]);
    expect(
      actions(
        "It will monitor Mrs K's bin collections for three months and carry out an internal review of the round.",
      ),
    ).toEqual([
      "It will monitor Mrs K's bin collections for three months",
      'carry out an internal review of the round.',
    ]);
    expect(
      actions(
        "The Council has agreed to reconcile Mr K's care account, and to reach an agreement with him on future charges.",
      ),
    ).toEqual([
      "The Council has agreed to reconcile Mr K's care account",
      'reach an agreement with him on future charges.',
    ]);
  });

  it('keeps what follows from the task with it ("... and decide whether ...", "... and attach her comments to the file")', () => {
    expect(
      actions(
        "The Council has agreed to assess Mrs K's savings and decide whether her circumstances justify a discretionary grant.",
      ),
    ).toHaveLength(1);
    expect(
      actions(
        "The Council should correct the errors in Mrs K's assessment and attach her comments to the file.",
      ),
    ).toHaveLength(1);
  });

  it('reads "will therefore arrange" as a commitment, and a referral as a remedy in a list of nouns', () => {
    expect(
      actions(
        'As the panel did not weigh the evidence we cannot know what it would have decided and the Council will therefore arrange a fresh appeal hearing for Mrs K.',
      ),
    ).toHaveLength(1);
    expect(
      actions(
        'An apology, a referral to the housing review panel and a reminder to officers is a satisfactory remedy.',
      ),
    ).toEqual([
      'An apology',
      'a referral to the housing review panel',
      'a reminder to officers is a satisfactory remedy.',
    ]);
  });
});

describe('tasks named by verbs and nouns the first drafts did not know', () => {
  it('splits "... and move without further delay to stage 2" and "initiate Stage 2 and ... offer to make a payment"', () => {
    expect(
      actions(
        'It should apologise, pay Mrs K £200 and move without further delay to stage 2 of its procedure.',
      ),
    ).toEqual([
      'It should apologise',
      'pay Mrs K £200',
      'move without further delay to stage 2 of its procedure.',
    ]);
    expect(
      actions('It has agreed to initiate Stage 2 and to offer to make a payment to Mr K for the delay.'),
    ).toEqual(['It has agreed to initiate Stage 2', 'offer to make a payment to Mr K for the delay.']);
  });

  it('reads "a written decision about ..." as a remedy in a list of nouns', () => {
    expect(
      actions(
        'We found fault but consider the agreed actions of an apology and a written decision about the sale of the verge are a suitable remedy.',
      ),
    ).toHaveLength(2);
  });
});

describe('a review and the plan that comes of it', () => {
  it('keeps "reviews its procedure and produces an action plan with steps to ..." as one task', () => {
    expect(
      actions(
        'We recommend the Council reviews its allocations procedure and produces an action plan with steps to increase the supply of adapted homes.',
      ),
    ).toHaveLength(1);
  });

  it('splits a review of other overdue complaints from a plan of action to prevent delays', () => {
    expect(
      actions(
        'We found fault. The Council also agreed to review any late complaints waiting at stage two of the statutory procedure and prepare a plan of action to prevent further delays.',
      ),
    ).toEqual([
      'The Council also agreed to review any late complaints waiting at stage two of the statutory procedure',
      'prepare a plan of action to prevent further delays.',
    ]);
  });
});

describe('a list of remedies with items no remedy noun names', () => {
  it('splits a gerund item, a meeting, a copy and "agreement to ..." out of a list of remedy nouns', () => {
    expect(
      actions(
        'The Council delayed. An apology, payment to Mrs D, putting in place the extra short breaks for her daughter and procedural changes are satisfactory remedy.',
      ),
    ).toEqual([
      'An apology',
      'payment to Mrs D',
      'putting in place the extra short breaks for her daughter',
      'procedural changes are satisfactory remedy.',
    ]);
    expect(
      actions(
        'The Council delayed. An apology, payment to Mr F, a meeting with Mr F and reminder to officers is satisfactory remedy.',
      ),
    ).toEqual([
      'An apology',
      'payment to Mr F',
      'a meeting with Mr F',
      'reminder to officers is satisfactory remedy.',
    ]);
    expect(
      actions(
        'We found fault. The Council has agreed to provide an apology, a financial remedy and a copy of the notes of the panel hearing.',
      ),
    ).toEqual([
      'The Council has agreed to provide an apology',
      'a financial remedy',
      'a copy of the notes of the panel hearing.',
    ]);
    expect(
      actions(
        'The Council delayed. An apology, payment to Mrs D and her son and agreement to confirm any change to the bus route in writing is satisfactory remedy.',
      ),
    ).toEqual([
      'An apology',
      'payment to Mrs D and her son',
      'agreement to confirm any change to the bus route in writing is satisfactory remedy.',
    ]);
  });

  it('splits "a refund voucher and £50 time and trouble payment", and "apologise ... and ensure it keeps records"', () => {
    expect(
      actions(
        'The Council was at fault. The Council will correct the information on its website, train its staff and provide a refund voucher and £40 time and trouble payment to Ms V.',
      ),
    ).toEqual([
      'The Council will correct the information on its website',
      'train its staff',
      'provide a refund voucher',
      '£40 time and trouble payment to Ms V.',
    ]);
    expect(
      actions(
        'We found fault. To remedy the injustice caused the Council agreed to apologise to Mr T and ensure it keeps notes of its licensing decisions in future.',
      ),
    ).toEqual([
      'To remedy the injustice caused the Council agreed to apologise to Mr T',
      'ensure it keeps notes of its licensing decisions in future.',
    ]);
  });

  it('splits a payment from a financial remedy still to be considered', () => {
    expect(
      actions(
        'The Council was at fault. The Council will apologise, make a time and trouble payment and now consider a financial remedy for the missed respite.',
      ),
    ).toEqual([
      'The Council will apologise',
      'make a time and trouble payment',
      'consider a financial remedy for the missed respite.',
    ]);
  });

  it('splits a task after ", as well as" + a gerund, but not "including ..." nor the noun "training"', () => {
    expect(
      actions(
        'We found fault. The Council has agreed to apologise to Mr K and offer him a financial remedy, as well as issuing guidance to staff on keeping notes of visits.',
      ),
    ).toEqual([
      'The Council has agreed to apologise to Mr K',
      'offer him a financial remedy',
      'issuing guidance to staff on keeping notes of visits.',
    ]);
    expect(
      actions(
        'We found fault. The Council agreed to apologise to Ms L, and refund her fees (£300), including the late payment charge (£40).',
      ),
    ).toEqual([
      'The Council agreed to apologise to Ms L',
      'refund her fees (£300), including the late payment charge (£40).',
    ]);
  });
});

describe('a list of three tasks whose last comes after ", and"', () => {
  it('splits the last task once the list is split at an earlier comma, whatever kind it is', () => {
    expect(
      actions(
        'The Council is at fault because it did not consider the flood risk. The Council should apologise to Mr N, ask the water authority about the culvert, and produce a report for the Ombudsman.',
      ),
    ).toEqual([
      'The Council should apologise to Mr N',
      'ask the water authority about the culvert',
      'produce a report for the Ombudsman.',
    ]);
  });

  it('keeps a pair of tasks joined by "and" with no list before it as the rules for pairs decide', () => {
    expect(
      actions(
        'We found fault. The Council should check its records and write to Mr N explaining what it found.',
      ),
    ).toEqual(['The Council should check its records and write to Mr N explaining what it found.']);
  });
});

describe('the organisation’s own proposals or the Ombudsman’s recommendations named only by kind', () => {
  it('reads each remedy named by kind that the Ombudsman recommended and the organisation accepted', () => {
    expect(
      withLearning(
        'The Council accepted it was at fault. We did, however, recommend some further service improvements and a personal remedy for Mr N and his wife, which the Council has accepted.',
      ),
    ).toEqual([
      ['We did, however, recommend some further service improvements', true],
      ['a personal remedy for Mr N and his wife, which the Council has accepted.', false],
    ]);
  });

  it('reads the organisation’s proposed remedy and plan that the Ombudsman calls suitable responses', () => {
    expect(
      actions(
        'The Council accepted it was at fault. The Council’s proposed individual remedy and action plan are suitable responses.',
      ),
    ).toEqual(['The Council’s proposed individual remedy', 'action plan are suitable responses.']);
  });

  it('reads a proposed action of gerunds and nouns that the Ombudsman accepted as a suitable remedy', () => {
    expect(
      actions(
        'We found fault but considered the action the Council had proposed of cancelling some charges, symbolic payment and service improvements provided a suitable remedy.',
      ),
    ).toEqual([
      'We found fault but considered the action the Council had proposed of cancelling some charges',
      'symbolic payment',
      'service improvements provided a suitable remedy.',
    ]);
  });
});

describe('a financial settlement is a payment', () => {
  it('splits "make a financial settlement and it will consider ..." into a payment and a task of another kind', () => {
    expect(
      actions(
        'There is evidence of fault causing injustice and the Council has been asked to make a financial settlement and it will consider all the evidence when it decides whether Mr K qualifies for extra support.',
      ),
    ).toEqual([
      'There is evidence of fault causing injustice and the Council has been asked to make a financial settlement',
      'consider all the evidence when it decides whether Mr K qualifies for extra support.',
    ]);
  });
});

describe('a remedy noun after "together with" or "alongside"', () => {
  it('splits service improvements added to a list of personal remedies', () => {
    expect(
      actions(
        'We found fault. The Council has agreed to remedy the injustice by apologising to Ms R, making payments to reflect her distress and the time she spent in unsuitable housing, together with service improvements.',
      ),
    ).toEqual([
      'The Council has agreed to remedy the injustice by apologising to Ms R',
      'making payments to reflect her distress and the time she spent in unsuitable housing',
      'service improvements.',
    ]);
    expect(
      actions(
        'We found fault. The Council agreed to make a payment to Mr B alongside a review of its procedures.',
      ),
    ).toEqual(['The Council agreed to make a payment to Mr B', 'a review of its procedures.']);
  });
});

describe('a list of remedy nouns with a possessive in one item', () => {
  it('splits a review of "the Council’s" policy from a referral of the case, each with its own learning flag', () => {
    expect(
      withLearning(
        'The Council delayed. An apology, payment to Mr and Mrs D, referral to the medical priority panel, a review of the Council’s allocations policy and reminder to officers is satisfactory remedy.',
      ),
    ).toEqual([
      ['An apology', false],
      ['payment to Mr and Mrs D', false],
      ['referral to the medical priority panel', false],
      ['a review of the Council’s allocations policy', true],
      ['reminder to officers is satisfactory remedy.', true],
    ]);
  });
});

describe('a task after a purpose clause that ends in a passive', () => {
  it('splits "... to make sure the problems are fixed and carry out a review", not a verb that continues the clause', () => {
    expect(
      actions(
        'We found fault. It will check Mr L’s bin collections each week to make sure the problems are fixed and carry out a review of its crews’ routes.',
      ),
    ).toEqual([
      'It will check Mr L’s bin collections each week to make sure the problems are fixed',
      'carry out a review of its crews’ routes.',
    ]);
    expect(
      actions(
        'We found fault. The Council will review its procedures to ensure officers record and share information about missed collections.',
      ),
    ).toHaveLength(1);
  });
});

describe('"evidence" as the verb of a listed task', () => {
  it('splits "apologise, evidence to Mr X it has referred his appeal, and pay a financial remedy"', () => {
    expect(
      actions(
        'The Council delayed his appeal. The Council should apologise, evidence to Mr T it has now sent his appeal to the tribunal, and pay a financial remedy.',
      ),
    ).toEqual([
      'The Council should apologise',
      'evidence to Mr T it has now sent his appeal to the tribunal',
      'pay a financial remedy.',
    ]);
  });
});

describe('a remedy named with an adjective of manner ("an effective apology")', () => {
  it('reads the agreed action of an effective apology and symbolic payment as two remedies', () => {
    expect(
      actions(
        'We have found fault by the Council but consider the agreed action of an effective apology and symbolic payment provides a suitable remedy.',
      ),
    ).toEqual([
      'We have found fault by the Council but consider the agreed action of an effective apology',
      'symbolic payment provides a suitable remedy.',
    ]);
  });
});

describe('two payments in one sentence, each named by its own noun or verb', () => {
  it('splits "an interest payment and payment to remedy distress", and "to make Mr X ... and to make him and his mother a payment"', () => {
    expect(
      actions(
        'The Council has accepted fault and has offered to make an interest payment and payment to remedy distress.',
      ),
    ).toEqual([
      'The Council has accepted fault and has offered to make an interest payment',
      'payment to remedy distress.',
    ]);
    expect(
      actions(
        'It has agreed to make Ms V a suitable interest refund payment and to make her and her son a payment in recognition of their distress.',
      ),
    ).toEqual([
      'It has agreed to make Ms V a suitable interest refund payment',
      'make her and her son a payment in recognition of their distress.',
    ]);
  });

  it('keeps one payment for several kinds of injustice together', () => {
    expect(
      actions(
        'We found fault. The Council has agreed to make a payment for Mrs G’s distress and time and trouble.',
      ),
    ).toHaveLength(1);
  });
});

describe('an assessment of the case in a list of remedy nouns', () => {
  it('splits "payment to Mr C, assessment of the case and training for officers" into personal and learning parts', () => {
    expect(
      withLearning(
        'The Council did not clear the drain. An apology and payment to Mr C, assessment of the case and training for officers is satisfactory remedy.',
      ),
    ).toEqual([
      ['An apology', false],
      ['payment to Mr C', false],
      ['assessment of the case', false],
      ['training for officers is satisfactory remedy.', true],
    ]);
  });
});

describe('a reminder and training for the same staff', () => {
  it('splits "remind staff and provide staff training about ..." (the second "staff" names whom the training is for)', () => {
    expect(
      actions(
        'We found fault. The Care Provider will also remind staff and provide staff training about recording changes in a resident’s needs.',
      ),
    ).toEqual([
      'The Care Provider will also remind staff',
      'provide staff training about recording changes in a resident’s needs.',
    ]);
  });
});
