/**
 * Action rules seen on real-shaped decisions: the Ombudsman's own voice inside an action section,
 * payment breakdowns under "made up of:", lead-in deadlines that cover a whole list (sub-lists
 * included), and compound actions with one verb and object each.
 */
import { isOmbudsmanVoice } from './candidates';
import { explainFromText } from './extract-text';
import { CATEGORY_RULES } from './category-rules';
import { classifyHeading } from './sections';
import { splitSentences } from './sentences';
import { ExtractionResult } from './types';

const SOURCE = { fileName: 't.txt', mediaType: 'text/plain', sha256: '0', pages: null, characters: 0 };
const run = (text: string): ExtractionResult => explainFromText({ text, pageStarts: null }, SOURCE).result;
const texts = (r: ExtractionResult): string[] => r.recommendations.map((x) => x.text);
/** An upheld LGSCO decision page whose summary is `summary`. */
const upheld = (title: string, summary: string): ExtractionResult =>
  run(`${title}\n\nDecision : Upheld\n\nThe Ombudsman\u2019s final decision:\n\nSummary: ${summary}\n`);

const LGSCO_HEAD = [
  '3 June 2025',
  '',
  'Complaint reference:',
  '24 017 305',
  '',
  'Complaint against:',
  'Fenbury District Council',
  '',
  'The Ombudsman’s final decision',
  'Summary: Mr J complained the Council lost his housing application. We found fault causing injustice.',
  '',
].join('\n');

const HOS_HEAD = [
  'REPORT',
  '',
  'COMPLAINT 202411223',
  '',
  'Riverside Vale Homes',
  '',
  '14 March 2025',
  '',
  'Determination',
  '1. In accordance with paragraph 52 of the Scheme, there was maladministration by the landlord in its handling of the leak.',
  '',
].join('\n');

describe('the Ombudsman describing its own practice', () => {
  it('is not an action, even inside an action bullet', () => {
    const r = run(
      LGSCO_HEAD +
        [
          'Action',
          '5. Within one month of the date of our final decision, the Council will:',
          '• apologise to Mr J for the lost application. We publish guidance on remedies which sets out how bodies in our jurisdiction should word an apology. The Council should consider this guidance in making the apology I have recommended;',
          '• pay Mr J £200 for the uncertainty caused.',
          '6. Our guidance says councils should keep a record of every application they receive.',
          '7. I have made recommendations to improve the way the Council logs applications.',
          '',
        ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'apologise to Mr J for the lost application.',
      'pay Mr J £200 for the uncertainty caused.',
    ]);
  });

  it('keeps the Ombudsman’s decision about what the organisation should do', () => {
    expect(isOmbudsmanVoice('I also consider it should pay her £100 for her time and trouble.', true)).toBe(
      false,
    );
    expect(isOmbudsmanVoice('We recommend the Council reviews its procedure.', true)).toBe(false);
    expect(isOmbudsmanVoice('Our view is that the Council should apologise.', true)).toBe(false);
    expect(
      isOmbudsmanVoice('We publish guidance on remedies which says bodies should apologise.', true),
    ).toBe(true);
    expect(isOmbudsmanVoice('The Ombudsman’s guidance says landlords should apologise.', true)).toBe(true);
    // in a council's own report "we" is the council
    expect(isOmbudsmanVoice('We have updated our guidance for staff.', false)).toBe(false);
    expect(isOmbudsmanVoice('I have made recommendations about record keeping.', false)).toBe(true);
    // a council officer writing the response: "I" is the council
    expect(isOmbudsmanVoice('I will ensure all staff are reminded of the timescales.', false)).toBe(false);
  });
});

describe('payment breakdowns and list deadlines', () => {
  const ORDERS = [
    'Orders and recommendations',
    'Orders',
    '2. Within 6 weeks of the date of this report, the landlord is ordered to:',
    'a. Apologise to the resident in writing for the delay in repairing the roof.',
    'b. Pay the resident £725, comprising:',
    'i. £500 for the distress and inconvenience caused by the leak.',
    'ii. £225 for its handling of the complaint.',
    'This amount replaces the £100 offered in the landlord’s final response.',
    'c. Carry out a roof survey and give the resident a copy of the survey report.',
    'd. Tell the resident in writing when the roof will be repaired.',
    '3. Within 12 weeks of the date of this report, the landlord is ordered to review its roof repair procedures.',
    '',
  ].join('\n');

  it('keeps the parts of a total inside the order that pays it', () => {
    const r = run(HOS_HEAD + ORDERS);
    const pay = r.recommendations.filter((x) => x.category === 'payment');
    expect(pay).toHaveLength(1);
    expect(pay[0].text).toMatch(/^Pay the resident £725, comprising: i\. £500 .* ii\. £225 /);
    expect(pay[0].payments.map((p) => p.amount)).toEqual([725]);
    expect(r.remedyTotal).toBe(725);
    expect(texts(r).some((t) => /replaces/.test(t))).toBe(false);
  });

  it('gives the lead-in deadline to every item of the list, after a sub-list too', () => {
    const r = run(HOS_HEAD + ORDERS);
    const byText = (re: RegExp) => r.recommendations.find((x) => re.test(x.text));
    for (const re of [/^Apologise/, /^Pay the resident/, /^Carry out a roof survey/, /^Tell the resident/])
      expect(byText(re)?.deadline?.text).toBe('Within 6 weeks of the date of this report');
    expect(byText(/review its roof repair/)?.deadline?.within).toEqual({ count: 12, unit: 'weeks' });
  });
});

describe('compound actions: one action per verb with its own object', () => {
  const agreed = (lines: string[]): string[] =>
    texts(
      run(
        LGSCO_HEAD +
          [
            'Action',
            '5. Within one month of the date of our final decision, the Council will:',
            ...lines,
            '',
          ].join('\n'),
      ),
    );

  it('splits a debt written off from a refund, and a service from information to the person', () => {
    expect(
      agreed([
        '• cancel the parking charges issued in error, totalling £390, and refund any amount Mr J has already paid;',
        '• inspect the garage and give Mr J a written list of the repairs it will do.',
      ]),
    ).toEqual([
      'cancel the parking charges issued in error, totalling £390',
      'refund any amount Mr J has already paid',
      'inspect the garage',
      'give Mr J a written list of the repairs it will do.',
    ]);
  });

  it('splits a refund from court costs withdrawn, and two personal remedies of different kinds', () => {
    expect(
      agreed([
        '• refund Mr J £210.40, the rent he overpaid, and withdraw the £80 court costs from his rent account;',
        '• reassess Mr J’s housing needs and restore his band B priority until the reassessment is complete.',
      ]),
    ).toEqual([
      'refund Mr J £210.40, the rent he overpaid',
      'withdraw the £80 court costs from his rent account',
      'reassess Mr J’s housing needs',
      'restore his band B priority until the reassessment is complete.',
    ]);
  });

  it('splits covering a loss from the payment beside it ("cover" is an action verb)', () => {
    expect(
      agreed(['• pay Mr J £250 for his distress, and cover the cost of any loss he can show he suffered.']),
    ).toEqual(['pay Mr J £250 for his distress', 'cover the cost of any loss he can show he suffered.']);
  });

  it('splits two learning tasks with different verbs, even when no category names one of them', () => {
    expect(
      agreed([
        '• remind its lettings staff that offers must be made in writing and to check its allocations team only closes applications after a letter is sent.',
        '• complete a needs check within 10 days of any new application, and remind housing officers of this standard.',
      ]),
    ).toEqual([
      'remind its lettings staff that offers must be made in writing',
      'check its allocations team only closes applications after a letter is sent.',
      'complete a needs check within 10 days of any new application',
      'remind housing officers of this standard.',
    ]);
  });

  it('splits a second payment to another person without its own verb, not the parts of a total', () => {
    const r = run(
      LGSCO_HEAD +
        [
          'Action',
          '5. Within one month of the date of our final decision, the Council will:',
          '• pay Mr J £300 to acknowledge the distress caused, and £150 to Mrs J for her time and trouble;',
          '• pay Mr J £400, comprising £250 for the lost rent and £150 for the uncertainty.',
          '',
        ].join('\n'),
    );
    expect(r.recommendations.map((x) => [x.text, x.payments.map((p) => p.amount)])).toEqual([
      ['pay Mr J £300 to acknowledge the distress caused', [300]],
      ['£150 to Mrs J for her time and trouble', [150]],
      ['pay Mr J £400, comprising £250 for the lost rent and £150 for the uncertainty.', [400]],
    ]);
    expect(r.remedyTotal).toBe(850);
  });

  it('splits remedy nouns under one carrier verb, and amounts listed with commas', () => {
    const r = run(
      LGSCO_HEAD.replace(
        'We found fault causing injustice.',
        'We found fault causing injustice. We recommend the Council provide an apology, explanation, payment and review its decision on Mr J’s grant. The Council agreed to pay him £400 for the lost rent, £1,200 for his lost belongings and £150 for his time and trouble.',
      ),
    );
    expect(r.recommendations.map((x) => [x.text, x.category])).toEqual([
      ['We recommend the Council provide an apology', 'apology'],
      ['explanation', 'provide_service'],
      ['payment', 'payment'],
      ['review its decision on Mr J’s grant.', 'reconsider_decision'],
      ['The Council agreed to pay him £400 for the lost rent', 'payment'],
      ['£1,200 for his lost belongings', 'payment'],
      ['£150 for his time and trouble.', 'payment'],
    ]);
    expect(r.remedyTotal).toBe(1750);
  });

  it('splits a charge removed, a written-off debt and a done reminder from the remedy beside them', () => {
    const r = run(
      LGSCO_HEAD.replace(
        'We found fault causing injustice.',
        [
          'We found fault causing injustice. The Council agreed to our recommendations. This included an apology and £600 payment to Mr J for the distress caused and removal of the late payment charges added to his account.',
          'The Council has agreed to apologise to Mr J and write-off some of the rent arrears on his garage.',
          'The Council has agreed to make a payment of £100 to Mr J and has reminded its staff to send decision letters with appeal rights.',
          'The Council has agreed to consider his appeal request and review its post-16 transport policy.',
          'It should make a payment to Mr J and consider what steps it can take to reduce the delays in answering letters.',
        ].join(' '),
      ),
    );
    expect(r.recommendations.map((x) => [x.text, x.category])).toEqual([
      ['This included an apology', 'apology'],
      ['£600 payment to Mr J for the distress caused', 'payment'],
      ['removal of the late payment charges added to his account.', 'payment'],
      ['The Council has agreed to apologise to Mr J', 'apology'],
      ['write-off some of the rent arrears on his garage.', 'payment'],
      ['The Council has agreed to make a payment of £100 to Mr J', 'payment'],
      ['reminded its staff to send decision letters with appeal rights.', 'staff_reminder'],
      ['The Council has agreed to consider his appeal request', 'reconsider_decision'],
      ['review its post-16 transport policy.', 'procedure_review'],
      ['It should make a payment to Mr J', 'payment'],
      ['consider what steps it can take to reduce the delays in answering letters.', 'procedure_review'],
    ]);
  });

  it('reads "agreed to the Ombudsman’s recommendation to", and lists of gerunds or a noun after "; and"', () => {
    const r = run(
      LGSCO_HEAD.replace(
        'We found fault causing injustice.',
        [
          'We found fault causing injustice. The Council agreed to the Ombudsman’s recommendation to apologise to Mr J and pays him £200 for the upset caused.',
          'The Council has agreed to remedy this by apologising to him and arranging an affordable repayment plan with Mr J.',
          'We recommend a payment to recognise the distress caused and for the Council to take steps to ensure his recycling is collected.',
          'The Council has agreed to remedy this injustice by: apologising to him again; making a payment for the upset caused; and service improvements.',
        ].join(' '),
      ),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'The Council agreed to the Ombudsman’s recommendation to apologise to Mr J',
      'pays him £200 for the upset caused.',
      'The Council has agreed to remedy this by apologising to him',
      'arranging an affordable repayment plan with Mr J.',
      'We recommend a payment to recognise the distress caused',
      'take steps to ensure his recycling is collected.',
      'The Council has agreed to remedy this injustice by: apologising to him again',
      'making a payment for the upset caused',
      'service improvements.',
    ]);
    expect(r.remedyTotal).toBe(200);
  });

  it('takes what another body is asked to do as the action', () => {
    const r = run(
      LGSCO_HEAD +
        'Agreed action\n6. I recommend the Council:\na) apologises to Mr J;\nb) asks the occupational therapy service to reassess Mr J’s needs within six weeks.\n',
    );
    expect(r.recommendations.map((x) => [x.text, x.category])).toEqual([
      ['apologises to Mr J', 'apology'],
      ['asks the occupational therapy service to reassess Mr J’s needs within six weeks.', 'reassessment'],
    ]);
  });

  it('splits sharing the outcome with the Ombudsman or a committee (reporting back), not sharing with staff', () => {
    expect(
      agreed([
        '• review how it logs housing applications and share the outcome of its review with the Housing Scrutiny Committee;',
        '• review its letters to applicants and share the new letters with its housing officers.',
      ]),
    ).toEqual([
      'review how it logs housing applications',
      'share the outcome of its review with the Housing Scrutiny Committee',
      'review its letters to applicants and share the new letters with its housing officers.',
    ]);
  });

  it('keeps one task with its follow-ups on the same object together', () => {
    expect(
      agreed([
        '• review and update its lettings policy;',
        '• share this decision with its allocations team and discuss it at a team meeting;',
        '• review its allocation procedures to find why offers are delayed, and draw up an action plan to address this.',
      ]),
    ).toEqual([
      'review and update its lettings policy',
      'share this decision with its allocations team and discuss it at a team meeting',
      'review its allocation procedures to find why offers are delayed, and draw up an action plan to address this.',
    ]);
  });

  it('keeps a second verb of a purpose clause in its action', () => {
    expect(
      texts(
        run(
          'Annual report 2024/25\nLearning from complaints\n- Employment of two additional officers in the Income Team as well as the change to processes to speed up and ensure accuracy in the handling of refunds.\n',
        ),
      ),
    ).toEqual([
      'Employment of two additional officers in the Income Team',
      'the change to processes to speed up and ensure accuracy in the handling of refunds.',
    ]);
  });

  it('finds the verb after "I recommend the Council, within ..., "', () => {
    const r = run(
      LGSCO_HEAD +
        'Agreed action\n6. I also recommend the Council, within three months of my final decision, reviews how it tracks housing applications so that none are lost, and reports the outcome of the review to its housing scrutiny panel.\n',
    );
    expect(r.recommendations.map((x) => [x.category, x.learning])).toEqual([
      ['procedure_review', true],
      ['report_back', true],
    ]);
  });

  it('reads "Within one month the Council will X, and within three months Y" as two tasks, each with its own deadline', () => {
    const r = run(
      LGSCO_HEAD +
        'Agreed action\n' +
        '1. Within one month the Council will apologise to Mr J, and within three months review how it records housing applications.\n' +
        '2. The Council will pay Mr J £150 and within six weeks of my final decision remind its officers to log every application.\n',
    );
    expect(r.recommendations.map((x) => [x.text, x.deadline?.within?.count ?? null])).toEqual([
      ['Within one month the Council will apologise to Mr J', 1],
      ['review how it records housing applications.', 3],
      ['The Council will pay Mr J £150', null],
      ['remind its officers to log every application.', 6],
    ]);
    // (under a lead-in with a deadline, the task before the joint keeps the lead-in's; a deadline on
    // an evidence request dropped from the tasks stays theirs)
    const listed = run(
      LGSCO_HEAD +
        'Agreed action\n' +
        'Within one month of my final decision the Council has agreed to:\n' +
        '1. apologise to Mr J in writing; and\n' +
        '2. pay Mr J £300, and within three months of my final decision review its allocations procedure.\n' +
        '3. The Council will also pay Mrs J £100, and within six weeks of my final decision provide us with evidence it has done so.\n',
    );
    expect(listed.recommendations.map((x) => [x.text, x.deadline?.within?.count ?? null])).toEqual([
      ['apologise to Mr J in writing', 1],
      ['pay Mr J £300', 1],
      ['review its allocations procedure.', 3],
      ['The Council will also pay Mrs J £100', 6],
    ]);
  });

  it('splits at a deadline set off by commas ("and, within three months, review"), each task with its own deadline', () => {
    const r = run(
      LGSCO_HEAD +
        'Agreed action\n' +
        '1. Within one month of my final decision the Council will apologise to Ms T and, within three months, review how it handles requests for adaptations.\n' +
        '2. The Council should pay Ms T £200 within one month and should also, within eight weeks, remind its occupational therapists to record each visit.\n' +
        '3. The Council will arrange a fresh assessment within 28 days, and reinstate Ms T’s support until it is done.\n',
    );
    expect(r.recommendations.map((x) => [x.text, x.deadline?.text ?? null])).toEqual([
      [
        'Within one month of my final decision the Council will apologise to Ms T',
        'Within one month of my final decision',
      ],
      ['review how it handles requests for adaptations.', 'within three months'],
      ['The Council should pay Ms T £200 within one month', 'within one month'],
      ['remind its occupational therapists to record each visit.', 'within eight weeks'],
      ['The Council will arrange a fresh assessment within 28 days', 'within 28 days'],
      ['reinstate Ms T’s support until it is done.', 'within 28 days'],
    ]);
  });

  it('keeps the next step after a task ("... and will then, if she agrees, arrange ...") in an action section', () => {
    const r = run(
      LGSCO_HEAD +
        'Agreed action\n' +
        'The Council will apologise to Ms T and will then, if she agrees, arrange a meeting with her to discuss her care.\n',
    );
    expect(r.recommendations.map((x) => x.category)).toEqual(['apology', 'provide_service']);
    // (outside an action section, "will then" describes a process)
    expect(
      texts(
        run(
          LGSCO_HEAD +
            'What happened\nThe Council’s procedure says an officer will visit and will then decide whether to arrange a meeting.\n',
        ),
      ),
    ).toEqual([]);
  });

  it('finds the verb after a modal and the deadline, with or without commas ("should within one month ..., arrange")', () => {
    const r = run(
      LGSCO_HEAD +
        'Recommendations\n' +
        'To remedy the injustice caused, the Council should within one month of the date of our report, arrange a fresh review of Mr J’s banding.\n' +
        'The Council should within three months remind its housing officers to record every application on the day it arrives.\n' +
        'The Council should by 30 September 2025 review its allocations policy, and should as soon as possible apologise to Mr J.\n',
    );
    expect(texts(r)).toEqual([
      'To remedy the injustice caused, the Council should within one month of the date of our report, arrange a fresh review of Mr J’s banding.',
      'The Council should within three months remind its housing officers to record every application on the day it arrives.',
      'The Council should by 30 September 2025 review its allocations policy',
      'apologise to Mr J.',
    ]);
    // (what the law or a procedure says is done within a time is no action)
    expect(
      texts(
        run(
          LGSCO_HEAD +
            'What I found\nThe Council’s procedure says it will within 10 working days acknowledge a complaint. It did not do so.\n',
        ),
      ),
    ).toEqual([]);
  });
});

describe('sentences around the actions', () => {
  it('keeps "It has also agreed to ..." after another action, and drops a bare "agreed to remedy it"', () => {
    const r = run(
      'Heathfield Borough Council (24 003 210)\n\n' +
        'Summary: Mr N complained about the way the Council handled his reports of fly-tipping.\n\n' +
        'Conclusions\n' +
        'The Council should apologise to Mr N for not replying to his reports. It has also agreed to remind street scene officers to close reports only after a site visit.\n\n' +
        'Final decision\n' +
        'There was fault by the Council which caused injustice to Mr N, and the Council has agreed to remedy it.\n',
    );
    expect(texts(r)).toEqual([
      'The Council should apologise to Mr N for not replying to his reports.',
      'It has also agreed to remind street scene officers to close reports only after a site visit.',
    ]);
  });

  it('drops a summary that only says a remedy was agreed ("has agreed to provide a remedy for the injustice")', () => {
    const r = run(
      'Fenwick Borough Council (16 204 118)\n\nDecision : Upheld\n\nThe Ombudsman\u2019s final decision:\n\n' +
        'Summary: The Council delayed in assessing Mr R\u2019s needs and did not tell him how his charges were worked out. ' +
        'The Council accepts these findings and has agreed to provide a remedy for the injustice caused by these faults.\n\n' +
        'The complaint\n\n  1. Mr R complains that the Council took eight months to assess his needs.\n',
    );
    expect(texts(r)).toEqual([]);
  });

  it('drops a summary that only says the recommendations were agreed ("agreed with our recommendations to remedy ...")', () => {
    const summary = (sentence: string): string[] =>
      texts(
        upheld(
          'Fenwick Borough Council (19 204 377)',
          `Mr R said the Council kept his parking permit. ${sentence}\n\nThe complaint\n\n  1. Mr R complains about his permit.`,
        ),
      );
    expect(
      summary(
        'There was fault and the Council has agreed with our recommendations to remedy Mr R\u2019s injustice.',
      ),
    ).toEqual([]);
    expect(
      summary('The Council has agreed the Ombudsman\u2019s recommendations to resolve the complaint.'),
    ).toEqual([]);
    expect(summary('The Council and the Trust have agreed to take action to remedy the impact.')).toEqual([]);
    expect(
      summary(
        'The Council has already offered a reassessment but it has now agreed to complete some extra remedies.',
      ),
    ).toEqual([]);
    // (what the recommendations are, when the sentence says it, is the action)
    expect(summary('The Council has agreed our recommendation to address the delays.')).toEqual([
      'The Council has agreed our recommendation to address the delays.',
    ]);
    expect(
      summary(
        'The Council has agreed to our recommendations to remedy the injustice by apologising to Mr R.',
      ),
    ).toEqual([
      'The Council has agreed to our recommendations to remedy the injustice by apologising to Mr R.',
    ]);
  });

  it('reads a care provider named with a reporting verb ("Think Homecare Ltd will reimburse ...") as the organisation, not hearsay', () => {
    const r = upheld(
      'Believe Care Services Ltd (21 016 135)',
      'Mrs C complained the care provider charged her father for cancelled visits. ' +
        'Believe Care Services Ltd was at fault. Believe Care Services Ltd will reimburse Mr B.',
    );
    expect(texts(r)).toEqual(['Believe Care Services Ltd will reimburse Mr B.']);
  });

  it('drops what the Ombudsman asked for and was done during the investigation ("This has now been done."), not what was agreed', () => {
    const summary = (sentences: string): string[] =>
      texts(
        upheld(
          'Fenwick Borough Council (18 204 940)',
          `The complainant says the Council wrongly recorded a finding against her as a foster carer. ${sentences}`,
        ),
      );
    expect(
      summary(
        'The Ombudsman asked the Council to refer the matter to its designated officer. This has now been done.',
      ),
    ).toEqual([]);
    expect(summary('The Council has agreed to remove the finding from its records. It has done so.')).toEqual(
      ['The Council has agreed to remove the finding from its records.'],
    );
  });

  it('takes an offer made to the person by name that the decision takes as the remedy ("has offered Ms X £300 ... which remedies the injustice")', () => {
    const r = upheld(
      'Fenwick Borough Council (20 013 467)',
      'We will not investigate Ms X\u2019s complaint about the Council\u2019s communication with her. ' +
        'The Council has offered Ms X £250 for the communication failings which remedies the injustice.',
    );
    expect(texts(r)).toEqual([
      'The Council has offered Ms X £250 for the communication failings which remedies the injustice.',
    ]);
    expect(r.remedyTotal).toBe(250);
  });

  it('takes an offer of "some financial recompense" that the decision takes as the remedy, as a payment', () => {
    const r = upheld(
      'Fenwick Borough Council (20 012 468)',
      'Mr D complained the Council ignored his objections to a planning application. We find some fault in how it recorded them. ' +
        'The Council offered some financial recompense to Mr D, providing an appropriate remedy.',
    );
    expect(texts(r)).toEqual([
      'The Council offered some financial recompense to Mr D, providing an appropriate remedy.',
    ]);
    expect(r.recommendations[0].category).toBe('payment');
  });

  it('reads "has also committed to <verb>ing" after an agreed remedy as a commitment of its own, and "reclaim" as an action', () => {
    const r = upheld(
      'Fenwick County Council (23 006 829)',
      'The Council was at fault because of a long delay in issuing an education, health and care plan for Mrs K\u2019s son. ' +
        'This caused uncertainty, for which the Council has agreed to offer a small financial remedy. ' +
        'It has also committed to issuing the plan within one month.',
    );
    expect(texts(r)).toEqual([
      'This caused uncertainty, for which the Council has agreed to offer a small financial remedy.',
      'It has also committed to issuing the plan within one month.',
    ]);
    const reclaim = upheld(
      'Fenwick County Council (24 017 962)',
      'Mr T complained the Council chased him for his late mother\u2019s care fees. The Council failed to tell him whom to pay. ' +
        'The Council agreed to reclaim any balance owed from the care home.',
    );
    expect(texts(reclaim)).toEqual(['The Council agreed to reclaim any balance owed from the care home.']);
  });

  it('does not read what the complainant "was asked to" do, or a regulation quoted under a label, as an action', () => {
    const story = run(
      [
        'Case study: anti-social behaviour',
        '',
        'Ms J complained about her landlord\u2019s response to noise from a neighbour.',
        '',
        'The landlord, a housing association, provided diary sheets to Ms J which she was asked to complete.',
        '',
        'We found maladministration.',
        '',
      ].join('\n'),
    );
    expect(texts(story)).toEqual([]);
    const standards = run(
      [
        'Northvale Care Homes Limited (22 014 019)',
        '',
        'The Ombudsman\u2019s final decision',
        '',
        'Summary: Mrs D complains about the care of her mother.',
        '',
        'What I found',
        '',
        'Regulations',
        '',
        'The Care Quality Commission sets out fundamental standards:',
        '- Person-centred care: people must have care or treatment that is tailored to them and meets their needs.',
        '- Dignity and respect: people must be treated with dignity and respect.',
        '',
      ].join('\n'),
    );
    expect(texts(standards)).toEqual([]);
  });

  it('keeps "service users will be given ..." and items led by a deadline and a colon ("Within six weeks: she will be offered ...")', () => {
    const r = upheld(
      'Ashgrove Care Homes Limited (23 004 121)',
      'The Care Provider did not tell Mrs X about the fee increase. The Care Provider has agreed to apologise. In future, service users will be given three months\u2019 notice of any fee increase.',
    );
    expect(texts(r)).toContain(
      'In future, service users will be given three months\u2019 notice of any fee increase.',
    );
    const items = run(
      [
        'Fenwick Borough Council (21 004 322)',
        '',
        'Decision : Upheld',
        '',
        "The Ombudsman's final decision:",
        '',
        'Summary: The Council delayed assessing Mrs X.',
        '',
        'Agreed action',
        '',
        '20. The Council has agreed to apologise to Mrs X within one month.',
        '',
        '21. Within six weeks: she will be offered a fresh assessment of her care needs by a different social worker.',
        '',
        'Final decision',
        '',
        '22. I have completed my investigation.',
        '',
      ].join('\n'),
    );
    expect(texts(items)).toContain(
      'Within six weeks: she will be offered a fresh assessment of her care needs by a different social worker.',
    );
  });

  it('reads the task before "... and:" as an action of its own beside the tasks listed after it, and "provide evidence that it is ...ing" as a task', () => {
    const r = run(
      [
        'Fenwick Borough Council (17 018 700)',
        '',
        'Summary',
        '',
        'To remedy the failures identified in this report the Council should review its procedures and:',
        '- tell us what action it will take to ensure it takes a homelessness application when someone approaches it;',
        '- provide evidence that it is fulfilling its duties to homeless applicants who approached it after 3 April 2018.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'To remedy the failures identified in this report the Council should review its procedures',
      'tell us what action it will take to ensure it takes a homelessness application when someone approaches it',
      'provide evidence that it is fulfilling its duties to homeless applicants who approached it after 3 April 2018.',
    ]);
  });

  it('reads "agreed to clean the drains" as an action, and not "the action it should take" in a finding', () => {
    const r = upheld(
      'Fenwick County Council (18 013 901)',
      'Mr K complains the Council has not cleared blocked drains near his home. The Council failed to properly record its consideration of the action it should take. ' +
        'To remedy this, the Council has agreed to clean the drains within two months.',
    );
    expect(texts(r)).toEqual([
      'To remedy this, the Council has agreed to clean the drains within two months.',
    ]);
  });

  it('splits "apologise and repeat its offer of ..." into two actions', () => {
    const r = upheld(
      'Fenwick County Council (23 018 645)',
      'Mrs K complained the Council stopped her allowance. There was fault in how the Council delayed its response. The Council will apologise and repeat its offer of completing the statutory process.',
    );
    expect(texts(r)).toEqual([
      'The Council will apologise',
      'repeat its offer of completing the statutory process.',
    ]);
  });

  it('keeps what the landlord "was also ordered to" do after the order the Ombudsman made', () => {
    const r = run(
      [
        'Case study: repairs',
        '',
        'Mr R complained about the landlord\u2019s refusal to pay for his extra water charges.',
        '',
        'We ordered the landlord to pay compensation of £616 for the loss. In addition, the landlord was also ordered to review its repairs procedure.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'We ordered the landlord to pay compensation of £616 for the loss.',
      'In addition, the landlord was also ordered to review its repairs procedure.',
    ]);
  });

  it('reads "We recommend a further apology and a symbolic payment" as two recommended remedies', () => {
    expect(
      texts(
        upheld(
          'Brookside Home Care Ltd (24 010 552)',
          'We uphold Mrs K’s complaint about missed calls. The Care Provider has already apologised and this is a partial remedy. We recommend a further apology and a symbolic payment for the distress caused.',
        ),
      ),
    ).toEqual(['We recommend a further apology', 'a symbolic payment for the distress caused.']);
  });

  it('keeps the remedy an NHS Trust will give in a joint decision not upheld against the council', () => {
    const r = run(
      [
        'Ashvale Borough Council (25 004 118)',
        '',
        'Decision : Not upheld',
        '',
        'The Ombudsman’s final decision:',
        '',
        'Summary: We found fault with Ashvale Hospitals NHS Trust’s handling of Mrs D’s discharge. The Trust will apologise to her son and pay him a financial remedy. It will also take action to prevent similar problems in future. We found no fault by Ashvale Borough Council.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Trust will apologise to her son',
      'pay him a financial remedy.',
      'It will also take action to prevent similar problems in future.',
    ]);
  });

  it('reads "agreed a remedy to <verb>" as the remedy agreed', () => {
    const r = upheld(
      'Fenwick County Council (22 003 252)',
      'Mr K complains the Council refused his residents parking permit without considering his points. We find fault causing him frustration. ' +
        'We have agreed a remedy to reconsider the application.',
    );
    expect(texts(r)).toEqual(['We have agreed a remedy to reconsider the application.']);
    expect(r.recommendations[0].category).toBe('reconsider_decision');
  });

  it('takes "accepts this finding and has arranged ..." as the remedy agreed and done', () => {
    const r = upheld(
      'Fenwick Academy Trust (19 009 756)',
      'Mrs D complains she could not present her case in person to an appeal panel. We uphold the complaint. ' +
        'The School accepts this finding and has arranged for Mrs D to receive a fresh appeal.',
    );
    expect(texts(r)).toEqual([
      'The School accepts this finding and has arranged for Mrs D to receive a fresh appeal.',
    ]);
  });

  it('drops evidence requests, remedies already given, reported speech and "set up" is an action', () => {
    const r = run(
      LGSCO_HEAD +
        [
          'What I found',
          '3. In its reply the Council apologised. It also told its contractor that reports must now be answered within two days.',
          '4. The action it has already taken is in line with what we would have recommended.',
          '',
          'Action',
          '5. Within three months of the date of our final decision, the Council will:',
          '• set up a weekly check of open housing applications;',
          '• remind housing officers to log every application on the day it arrives.',
          '6. The Council should provide evidence to the Ombudsman once each action is complete.',
          '',
        ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'set up a weekly check of open housing applications',
      'remind housing officers to log every application on the day it arrives.',
    ]);
    expect(r.recommendations.every((x) => x.evidenceRequired)).toBe(true);
  });

  it('drops "and tell us what it will change" from the task it reports on', () => {
    const r = run(
      LGSCO_HEAD +
        [
          'Agreed action',
          '7. Within two months of my final decision, the Council has agreed to review how it handles repair requests left open for over 20 days, and tell us what it will do as a result.',
          '',
        ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Within two months of my final decision, the Council has agreed to review how it handles repair requests left open for over 20 days',
    ]);
    expect(r.recommendations[0].evidenceRequired).toBe(true);
  });

  it('does not take reported speech or a hypothetical recommendation for an action without an action section', () => {
    const r = run(
      'Heathfield Borough Council (24 003 211)\nDecision : Upheld\n\n' +
        'What I found\n' +
        'The Council told Mr N that officers must visit within five days. The remedy it offered is what we would have recommended.\n',
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('annual-report statistics and learning lists', () => {
  it('takes statistics about payments for no action, and revised letters for a learning action', () => {
    const r = run(
      [
        'Annual Complaints Report 2024/25',
        'Kelbrook District Council',
        'Ombudsman complaints',
        '7.1 Across all upheld cases the Council paid a total of £8,150 in remedies, compared with £6,400 the year before. The largest single payment was £1,900. Payments for distress averaged £260.',
        '7.2 In addition, 27 complaints resolved at Stage 2 led to goodwill payments totalling £2,480.',
        '7.3 Learning this year has included:',
        '• revised reminder letters for parking permits, written in plain English;',
        '• a new checklist for home visits.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'revised reminder letters for parking permits, written in plain English',
      'a new checklist for home visits.',
    ]);
    expect(r.recommendations.every((x) => x.learning)).toBe(true);
    expect(r.remedyTotal).toBe(0);
  });
});

describe('wrapped PDF lines around an unmarked list', () => {
  it('keeps lower-case items under "has agreed to:" in their list, not in the wrapped summary before it', () => {
    const r = run(
      [
        'Decision : Upheld',
        'Decision date : 12 Mar 2018',
        'Summary',
        'Three parents complain about the way Fenbury District',
        'Council handled their appeals for home to school transport for their',
        'children.',
        'Recommendations',
        'To remedy the injustice caused, the council has agreed to:',
        'apologise to the three families for the faults.',
        'pay the first family £200, the second £150 and the third £400 for the distress',
        'and uncertainty caused.',
        'review the decisions it made on four other appeals heard on the same day.',
        '',
      ].join('\n'),
    );
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual([
      'apologise to the three familie',
      'pay the first family £200, the',
      'review the decisions it made o',
    ]);
    expect(r.remedyTotal).toBe(750);
  });

  it('reads a short line with a sentence ending inside it as prose, not a heading', () => {
    const r = run(
      [
        'Summary of Ombudsman cases where fault was found',
        '',
        'NOTE: None of these cases resulted in a public report. · 4.',
        'Housing repairs complaint – fault and injustice found. £250 settlement',
        '',
      ].join('\n'),
    );
    expect(r.recommendations.map((x) => x.payments.map((p) => p.amount))).toEqual([[250]]);
    expect(r.remedyTotal).toBe(250);
  });

  it('starts a new row at a line that opens with an imperative, when the line before is whole', () => {
    const r = run(
      [
        'Summary of Ombudsman Investigations Where Fault Was Found 2023/24',
        '',
        'Report issued: maladministration and injustice',
        '',
        'Remedy',
        '',
        'Council failed to review a care charge after a change in its policy, leaving a resident with the full cost.',
        'Send the resident a copy of the charging policy',
        'Explain when the approach to property in the policy changed and who authorised the change',
        'Review the decision not to apply the discount to this case',
        'Confirm whether the deferred payment agreement was signed',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Send the resident a copy of the charging policy',
      'Explain when the approach to property in the policy changed and who authorised the change',
      'Review the decision not to apply the discount to this case',
      'Confirm whether the deferred payment agreement was signed',
    ]);
  });

  it('keeps a name in capitals wrapped across two lines in its sentence ("... in the Annual" / "Report to tenants ...")', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Housing complaints',
        '',
        'Minutes:',
        '',
        'The Housing Manager’s report gave the Board the number of formal complaints received this year.',
        'Residents were told how complaints were handled in the Tenants’ Annual',
        'Report to residents each spring.',
        '',
        'The Board noted the report.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('Housing Ombudsman orders written one per paragraph', () => {
  const r = run(
    HOS_HEAD +
      [
        'Orders and recommendations',
        'Orders',
        '4. The landlord is ordered to pay the resident £275 for the distress caused by its handling of the leak.',
        '5. The landlord is ordered to carry out a senior management review of this case. The review should include:',
        'a. why the leak was not traced for five months;',
        'b. how it will keep residents informed while repairs are outstanding.',
        '6. The landlord must comply with the above orders within six weeks of the date of this report and provide evidence of compliance to this Service.',
        '',
      ].join('\n'),
  );

  it('keeps the points a review must cover inside the review', () => {
    expect(r.recommendations).toHaveLength(2);
    expect(r.recommendations[1].text).toMatch(
      /^The landlord is ordered to carry out a senior management review .* b\. how it will keep residents informed/,
    );
    expect(r.recommendations[1].learning).toBe(true);
  });

  it('gives every order the time limit of a closing "comply with the above orders within ..." sentence', () => {
    for (const x of r.recommendations) {
      expect(x.deadline?.within).toEqual({ count: 6, unit: 'weeks' });
      expect(x.evidenceRequired).toBe(true);
    }
  });
});

describe('panel reports', () => {
  const PANEL = [
    'Ashcombe Borough Council',
    'Stage 3 Review Panel Report',
    'Complainant: Mr and Mrs T',
    'Panel date: 9 September 2024',
    '',
    'Panel recommendations',
    'The panel recommends:',
    '1. The Council apologises to Mr and Mrs T for the failure to assess Mrs T as a carer.',
    '2. The Council completes a carer’s assessment for Mrs T within 28 days.',
    '3. The Council reminds all social workers in the Sensory Team of their duty to offer a carer’s assessment.',
    '',
    'Response of the Director',
    'I accept recommendations 1 and 2.',
    'I accept recommendation 3. The Head of Service will send a reminder to all social workers by 30 September 2024.',
    '',
  ].join('\n');
  const r = run(PANEL);

  it('reads a short "The panel recommends:" line as the lead-in of its list, so its items stay apart', () => {
    expect(texts(r).slice(0, 3)).toEqual([
      'The Council apologises to Mr and Mrs T for the failure to assess Mrs T as a carer.',
      'The Council completes a carer’s assessment for Mrs T within 28 days.',
      'The Council reminds all social workers in the Sensory Team of their duty to offer a carer’s assessment.',
    ]);
  });

  it('takes "I accept recommendation 3. ..." as how recommendation 3 will be done, with its date', () => {
    expect(r.recommendations).toHaveLength(3);
    expect(r.recommendations[2].deadline?.date).toBe('2024-09-30');
  });
});

describe('a list whose markers were lost', () => {
  it('gives the lead-in deadline to unmarked lines that start with a verb after "the landlord:"', () => {
    const r = run(
      HOS_HEAD +
        [
          'Orders',
          '2. The Ombudsman orders that, within six weeks of the date of this report, the landlord:',
          '   Apologises to the resident in writing for the failures identified in this report.',
          '   Pays the resident £420 for the distress caused by the loss of heating.',
          '3. The landlord should consider reviewing its out-of-hours repairs service.',
          '',
        ].join('\n'),
    );
    expect(r.recommendations.map((x) => [x.text.slice(0, 20), x.deadline?.within ?? null])).toEqual([
      ['Apologises to the re', { count: 6, unit: 'weeks' }],
      ['Pays the resident £4', { count: 6, unit: 'weeks' }],
      ['The landlord should ', null],
    ]);
  });
});

describe('inline lists and "the following" lead-ins', () => {
  const r = run(
    [
      'Fenbury District Council (23 007 118)',
      'Decision : Upheld',
      'Decision date : 6 Mar 2024',
      '',
      'Agreed action',
      '9. The Council has agreed that, within one month of my final decision, it will: apologise to Mr J; pay him £180 for the uncertainty caused; and backdate his band A priority to 2 October 2023.',
      '10. The Council has also agreed to the following service improvements, to be completed within three months of my final decision:',
      '- review how it records medical evidence so that officers can see what was considered; and',
      '- remind officers to send every decision in writing.',
      '',
    ].join('\n'),
  );

  it('splits a list written inline after "it will:"', () => {
    expect(texts(r).slice(0, 3)).toEqual([
      'The Council has agreed that, within one month of my final decision, it will: apologise to Mr J',
      'pay him £180 for the uncertainty caused',
      'backdate his band A priority to 2 October 2023.',
    ]);
  });

  it('takes "has agreed to the following service improvements ...:" as a lead-in, not an action', () => {
    expect(texts(r).slice(3)).toEqual([
      'review how it records medical evidence so that officers can see what was considered',
      'remind officers to send every decision in writing.',
    ]);
    expect(r.recommendations[4].deadline?.within).toEqual({ count: 3, unit: 'months' });
  });
});

describe('checking other cases', () => {
  it('is an audit of similar cases (learning), with its letters to those affected as part of it', () => {
    const r = run(
      LGSCO_HEAD +
        [
          'Agreed action',
          '8. Within two months of my final decision, the Council will check all applications where a medical form was received in the last year and no decision was sent, and write to anyone affected to explain what it will do.',
          '',
        ].join('\n'),
    );
    expect(r.recommendations).toHaveLength(1);
    expect(r.recommendations[0].category).toBe('audit_similar_cases');
    expect(r.recommendations[0].learning).toBe(true);
  });

  it('keeps a remedy offered to the others it finds as a personal action of its own', () => {
    const r = run(
      LGSCO_HEAD +
        [
          'Agreed action',
          '9. Within three months of my final decision, the Council will identify any other tenants whose repairs were closed without a visit in 2024, and offer each of them a suitable remedy.',
          '',
        ].join('\n'),
    );
    expect(r.recommendations.map((x) => [x.text, x.learning])).toEqual([
      [
        'Within three months of my final decision, the Council will identify any other tenants whose repairs were closed without a visit in 2024',
        true,
      ],
      ['offer each of them a suitable remedy.', false],
    ]);
  });
});

describe('sentences ending in a statute cited in brackets', () => {
  it('end at "(... Act 1974, section 31(2), as amended)" when a new line starts, not inside a sentence', () => {
    const text =
      'We will require evidence of this. (Local Government Act 1974, section 31(2), as amended)\nTo remedy the injustice, we recommend the Council pay Mr K £200. It may (under the Care Act 2014) charge for care.';
    expect(splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end))).toEqual([
      'We will require evidence of this.',
      '(Local Government Act 1974, section 31(2), as amended)',
      'To remedy the injustice, we recommend the Council pay Mr K £200.',
      'It may (under the Care Act 2014) charge for care.',
    ]);
  });
});

describe('sentences ending in a pseudonym', () => {
  it('end at "Z." before "We ...", while initials stay inside their sentence', () => {
    const text =
      'apologise to Miss V and Z. We publish guidance on remedies. Dr J. Smith wrote to Mr K. He replied.';
    expect(splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end))).toEqual([
      'apologise to Miss V and Z.',
      'We publish guidance on remedies.',
      'Dr J. Smith wrote to Mr K.',
      'He replied.',
    ]);
  });

  it('end at a pseudonym that is also an abbreviation ("Mrs P.", "Mr V."), but not at "p. 12"', () => {
    const text =
      'The Council agreed to apologise to Mrs P.\nThe complaint\nIt wrote to Mr V. The letter is at p. 12 of the file.';
    expect(splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end))).toEqual([
      'The Council agreed to apologise to Mrs P.',
      'The complaint\nIt wrote to Mr V.',
      'The letter is at p. 12 of the file.',
    ]);
  });

  it('end at a pseudonym before "And, ..." too', () => {
    const text =
      'The Council agreed to send a copy of the file to Mrs R. And, it agreed to remind staff. It wrote to Mr T. Also, it met him.';
    expect(splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end))).toEqual([
      'The Council agreed to send a copy of the file to Mrs R.',
      'And, it agreed to remind staff.',
      'It wrote to Mr T.',
      'Also, it met him.',
    ]);
  });
});

describe('sub-numbered paragraphs under a numbered lead-in', () => {
  it('are its items and take its deadline ("9." then "9.1", "9.2")', () => {
    const r = run(
      [
        'Westmoor Council (23 004 001)',
        'Decision : Upheld',
        'Decision date : 2 May 2024',
        '',
        'Agreed action',
        '9. Within one month of my final decision, the Council will:',
        '9.1 apologise to Mrs F for the delay;',
        '9.2 pay Mrs F £250 for the distress caused.',
        '10. Within three months of my final decision, the Council will:',
        '10.1 remind staff to acknowledge every application within five working days.',
        '',
      ].join('\n'),
    );
    expect(r.recommendations.map((x) => x.deadline?.date)).toEqual([
      '2024-06-02',
      '2024-06-02',
      '2024-08-02',
    ]);
  });
});

describe('remedies given before the decision', () => {
  it('are not actions of an Ombudsman decision, even under its action heading', () => {
    const r = run(
      [
        'Westmoor Council (23 004 002)',
        'Decision : Upheld',
        'Decision date : 2 May 2024',
        '',
        'Agreed action',
        '8. The Council has already apologised to Mr T and refunded the £45 he paid for the replacement bin.',
        '9. Within one month of my final decision, the Council has agreed to pay Mr T £100 for his time and trouble.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Within one month of my final decision, the Council has agreed to pay Mr T £100 for his time and trouble.',
    ]);
    expect(r.remedyTotal).toBe(100);
  });
});

describe('action section headings', () => {
  it('knows other names for the action section, but not statistics about recommendations', () => {
    for (const h of [
      'Conclusions and recommendations',
      'Remedies and recommendations',
      'Our recommendations',
      'How the Council will put things right',
      'Agreed actions and remedies',
    ])
      expect(classifyHeading(h)).toBe('action');
    expect(classifyHeading('Compliance with Ombudsman recommendations')).not.toBe('action');
    expect(classifyHeading('Recommendations to the Committee')).toBe('committee');
  });

  it('does not read a running page header or a file name as a heading', () => {
    expect(classifyHeading('Redress bench odd-02-remedy-in-conclusions')).toBeNull();
    expect(classifyHeading('council-remedies-report-final.pdf')).toBeNull();
    expect(classifyHeading('Face-to-face recommendations')).toBe('action');
    expect(classifyHeading('Recommendations made on 2024-11-04')).toBe('action');
  });

  it('does not open an action section at a page header that holds an action word and repeats', () => {
    const header = 'Fenbury complaints remedies report 2025';
    const r = run(
      [
        header,
        '',
        'Fenbury District Council (24 003 118)',
        '',
        'Summary: Mr P complained the Council did not reply to his emails. We found fault.',
        '',
        'Conclusions',
        header,
        '',
        'The Council should apologise to Mr P for not replying. It has also agreed to remind its officers to reply to emails within ten working days.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Council should apologise to Mr P for not replying.',
      'It has also agreed to remind its officers to reply to emails within ten working days.',
    ]);
  });

  it('keeps a list whole across a running page header, and actions outside a header that repeats', () => {
    const header = 'Case file 24-017-remedy-review';
    const r = run(
      [
        ...LGSCO_HEAD,
        header,
        '',
        'Final decision',
        'I found fault. Within four weeks, the Council will:',
        '   a. apologise to Mr T in writing;',
        '   b. pay Mr T £350, made up of:',
        '      i. £250 for his distress;',
        header,
        '',
        '      ii. £100 for his time and trouble;',
        '   c. remind its officers to reply to emails within ten working days.',
        header,
        '',
      ].join('\n'),
    );
    expect(r.recommendations.map((x) => x.payments.map((p) => p.amount))).toEqual([[], [350], []]);
    expect(r.remedyTotal).toBe(350);
  });
});

describe('categories of learning actions', () => {
  const one = (sentence: string) =>
    run(
      LGSCO_HEAD +
        'Agreed action\n8. Within three months of my final decision, the Council will ' +
        sentence +
        '\n',
    ).recommendations[0];

  it('reports to a board or committee by name', () => {
    expect(one('report its findings to the Safer Homes Partnership Board.').category).toBe('report_back');
  });

  it('writes to all the people affected', () => {
    const x = one('write to all tenants whose rent accounts were wrongly charged in 2024.');
    expect([x.category, x.learning]).toEqual(['audit_similar_cases', true]);
  });

  it('reviews its tracking or monitoring', () => {
    expect(one('review its complaint tracking so that responses are not missed.').category).toBe(
      'procedure_review',
    );
  });
});

describe('implemented learning in an annual report', () => {
  it('takes "Staff have been asked to request ..." for an action though "request" is no action verb', () => {
    const r = run(
      'Annual Complaints Report 2024/25\nLearning from complaints\n- Staff have been asked to request missing documents at the first visit.\n',
    );
    expect(r.recommendations.map((x) => [x.category, x.learning])).toEqual([['staff_reminder', true]]);
  });

  it('takes "(staff) have been asked to ..." for a staff reminder', () => {
    const first = CATEGORY_RULES.find((rule) =>
      rule.test.test('have been asked to request further details immediately'),
    );
    expect(first?.category).toBe('staff_reminder');
  });

  it('reads the kind of a passive action from its subject to split it from the next task', () => {
    const r = run(
      [
        'Annual Complaints Report 2024/25',
        'Learning from complaints',
        '12. Examples of learning this year include:',
        ' - A new escalation protocol was agreed with the care provider and the Council’s Contracts Team works with the provider through monitoring its action plan every month.',
        '',
      ].join('\n'),
    );
    // two tasks with their own subjects: the split needs the first one's kind, named in its subject
    expect(texts(r)).toEqual([
      'A new escalation protocol was agreed with the care provider',
      'the Council’s Contracts Team works with the provider through monitoring its action plan every month.',
    ]);
  });
});

describe('layouts from Word and PDF readers', () => {
  it('keeps the parts of a total in their order when the reader renumbered them ("c) £900 ...")', () => {
    const r = run(
      HOS_HEAD +
        [
          'Orders',
          '2. Within 4 weeks of the date of this report, the landlord is ordered to:',
          '  a) Apologise to the resident in writing.',
          '  b) Pay the resident £640, made up of:',
          '  c) £400 for the distress caused by the leak. ii. £240 for its complaint handling.',
          'This amount replaces the £50 offered at stage 2.',
          'c) Repair the roof over the kitchen.',
          '',
        ].join('\n'),
    );
    expect(texts(r).map((t) => t.slice(0, 24))).toEqual([
      'Apologise to the residen',
      'Pay the resident £640, m',
      'Repair the roof over the',
    ]);
    expect(r.remedyTotal).toBe(640);
  });

  it('takes a "Recommendation" column header over finding and yes/no cells for no action section', () => {
    const r = run(
      [
        'Stage 2 Investigation Report',
        'Summary table Complaint Finding',
        '',
        'Recommendation',
        '',
        '1. Contact with J was cancelled without notice on four occasions.',
        '',
        'Upheld',
        '',
        'Yes',
        '',
        '2. The foster carer made unkind remarks about Mr B.',
        '',
        'Not upheld',
        '',
        'No',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('instructions to someone else', () => {
  it('reads "ask the provider to ..." and "require its contractor to ..." as actions', () => {
    const r = run(
      [
        'Stage 2 report',
        'Council: Hartmoor County Council',
        '',
        'Recommendations',
        '1. The Council should ask the care provider to improve how it records missed visits, and audit the records for three months.',
        '2. The Council should require its contractor to attend within 24 hours of an emergency repair report.',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Council should ask the care provider to improve how it records missed visits',
      'audit the records for three months.',
      'The Council should require its contractor to attend within 24 hours of an emergency repair report.',
    ]);
  });

  it('splits a task given to someone else from the next task ("arrange for X to ... and provide ...")', () => {
    const r = run(
      [
        HOS_HEAD,
        '',
        'Orders',
        '12. Within four weeks of this report, the landlord must:',
        'a. arrange for a gas engineer to test the boiler and send Mr T a written report of any repairs needed;',
        "b. ask its cleaning contractor to show how it will make sure communal areas are cleaned at every visit, and audit the contractor's cleaning logs for three months.",
        'c. arrange for an interpreter to attend the next meeting with Mr T.',
      ].join('\n'),
    );
    expect(r.recommendations.map((x) => [x.text, x.learning])).toEqual([
      ['arrange for a gas engineer to test the boiler', false],
      ['send Mr T a written report of any repairs needed', false],
      [
        'ask its cleaning contractor to show how it will make sure communal areas are cleaned at every visit',
        true,
      ],
      ["audit the contractor's cleaning logs for three months.", true],
      ['arrange for an interpreter to attend the next meeting with Mr T.', false],
    ]);
  });
});

describe('guards that no fixture held until a rule-by-rule check (each disabled alone changed nothing else)', () => {
  it('"No compensation has been paid", "Neither apology was sent on time" in a learning section are not actions done (NOTHING_DONE)', () => {
    const r = run(
      [
        'Annual complaints report 2023/24',
        '',
        'Learning from complaints',
        '',
        'No compensation has been paid in these cases.',
        'Neither apology was sent on time.',
        'Staff have been reminded to record calls.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual(['Staff have been reminded to record calls.']);
  });

  it('after a comment on the previous action, a clause with the Council as subject and its own agreed verb is an action (OWN_CLAUSE)', () => {
    const r = run(
      `${LGSCO_HEAD}Agreed action\n  1. The Council will apologise to Mr J. This did not go far enough, so the Council has agreed to reassess Mr J’s needs within six weeks.\n`,
    );
    expect(texts(r)).toEqual([
      'The Council will apologise to Mr J.',
      'This did not go far enough, so the Council has agreed to reassess Mr J’s needs within six weeks.',
    ]);
  });

  it('a payment after the items of a reminder is a task of the Council, not one more thing staff are reminded of (REMEDY_VERB)', () => {
    const r = run(
      `${LGSCO_HEAD}Agreed action\n  1. Within one month the Council will remind its officers to record all calls, to reply within ten days and to pay her £150.\n`,
    );
    expect(texts(r)).toEqual([
      'Within one month the Council will remind its officers to record all calls, to reply within ten days',
      'pay her £150.',
    ]);
  });
});

describe('an action under a condition that names the organisation', () => {
  it('reads "If the Council is ready to decide ... it should write", not a condition about something else', () => {
    const r = upheld(
      'Fenbury District Council (24 017 305)',
      'Mr J complained the Council has not decided his enforcement complaint. We found fault. If the Council is ready to decide the enforcement case it should write to Mr J explaining how it reached that view. If a new assessment finds a higher need it should backdate the extra support to March.',
    );
    expect(texts(r)).toEqual([
      'If the Council is ready to decide the enforcement case it should write to Mr J explaining how it reached that view.',
    ]);
  });
});

describe('the organisation’s agreement given as the reason the Ombudsman stops', () => {
  it('reads "we will not start an investigation as the Council has now agreed to hold a fresh appeal"', () => {
    const r = run(
      [
        'Westmoor County Council (22 104 881)',
        "The Ombudsman's final decision:",
        'Summary: A father complained about the way the school admission appeal panel dealt with his appeal. But we will not start an investigation in this case as the Council has now agreed to hold a fresh appeal.',
        'The complaint',
        '- The complainant, who I shall call Mr K, complained about the appeal panel.',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'But we will not start an investigation in this case as the Council has now agreed to hold a fresh appeal.',
    ]);
  });
});

describe('a "where ... might be" clause says when a task applies, not that it is hypothetical', () => {
  it('reads "introduce a policy that it will review footage where this is available and might be relevant"', () => {
    const r = run(
      `${LGSCO_HEAD}Agreed action\n\n- introduce a policy that it will review body-camera footage from its enforcement agents where this is available and might be relevant to a complaint;\n- apologise to Mr J.\n`,
    );
    expect(texts(r)).toEqual([
      'introduce a policy that it will review body-camera footage from its enforcement agents where this is available and might be relevant to a complaint',
      'apologise to Mr J.',
    ]);
  });
});

describe('a listed task whose points are quoted ("..., which include that:")', () => {
  it('keeps the task itself and reads none of the quoted points as actions', () => {
    const r = run(
      `${LGSCO_HEAD}Agreed action\n\nThe Council should:\n\n  \u2022 apologise to Mr J; and\n  \u2022 circulate guidance to all relevant staff correcting the errors we have identified in this case, which include that:\n    \u2022 a noise nuisance can affect a business as well as a home. Officers should investigate it in the same way.\n`,
    );
    expect(texts(r)).toEqual([
      'apologise to Mr J',
      'circulate guidance to all relevant staff correcting the errors we have identified in this case, which include that:',
    ]);
    expect(r.recommendations[1].category).toBe('staff_reminder');
  });
});

describe('review findings on the rules of this round (sentences written by a reviewer to test reach)', () => {
  const summary = (s: string): ExtractionResult => upheld('Council of Xshire (24 100 200)', s);
  const minute = (s: string): ExtractionResult => run(`Agenda item\nMinutes:\n${s}`);

  it('does not read services called appropriate responses, or the organisation’s actions called reasonable, as remedies', () => {
    expect(
      texts(
        summary(
          'Mrs X complains about her mother’s care. The review of the care plan and the reassessment were appropriate responses to her changing needs. But the Council delayed in replying to her complaint and has agreed to apologise.',
        ),
      ),
    ).toEqual(['But the Council delayed in replying to her complaint and has agreed to apologise.']);
    expect(
      texts(
        summary(
          'Mrs X complains. The Council’s actions including reviewing the placement and offering respite care were reasonable. But it delayed in assessing her needs and has agreed to apologise.',
        ),
      ),
    ).toEqual(['But it delayed in assessing her needs and has agreed to apologise.']);
  });

  it('keeps a payment recommended beside reporting the findings to a committee', () => {
    expect(
      minute(
        'The Ombudsman had recommended that the findings be reported to the Cabinet and that the Council pay Mr X £500.',
      ).remedyTotal,
    ).toBe(500);
  });

  it('reads no payment that is only a possibility inside a condition', () => {
    expect(
      summary(
        'We found fault. If the Council decides it should pay Mr X £500 it will write to him with its reasons.',
      ).remedyTotal,
    ).toBe(0);
  });

  it('keeps the complainant’s own complaints, a policy beside guidance, and "evidence" as a noun in one action', () => {
    expect(
      texts(
        summary(
          'We found fault. The Council has agreed to review all complaints that Mr X made in 2023 and respond to each of them.',
        ),
      ),
    ).toHaveLength(1);
    expect(
      texts(
        summary(
          'We found fault. The Council has agreed to review its charging policy alongside the guidance issued by the Department of Health.',
        ),
      ),
    ).toHaveLength(1);
    expect(
      texts(
        summary(
          'We found fault. The Council should reconsider Mr X’s application, taking account of any further information and evidence he provides.',
        ),
      ),
    ).toHaveLength(1);
    expect(
      texts(
        summary(
          'We found fault. The Council should review its procedures to ensure that children are properly safeguarded and attend school.',
        ),
      ),
    ).toHaveLength(1);
  });

  it('reads no action in "agreed to by the family", and counts a sum after a deduction', () => {
    expect(
      texts(
        summary(
          'Mrs X complains. The move to a nursing home was agreed to by the family to keep him safe. But the Council delayed and has agreed to apologise.',
        ),
      ),
    ).toEqual(['But the Council delayed and has agreed to apologise.']);
    expect(
      run(
        `${LGSCO_HEAD}Agreed action\n\n- pay Ms B the fostering allowance from June 2021, less any benefits she received for D, plus £500 for her distress.\n`,
      ).remedyTotal,
    ).toBe(500);
  });

  it('keeps the actions a second review found lost by the fixes above', () => {
    // a second task after "and" ends the condition
    expect(
      summary(
        'If the Council has not yet done so it should apologise to Mr X and it should also pay him £200.',
      ).remedyTotal,
    ).toBe(200);
    // a deadline by a date between "agreed to" and its verb
    expect(
      summary('The Council has agreed to no later than 30 June to pay Mrs Y £400 for her distress.')
        .remedyTotal,
    ).toBe(400);
    // "and" in a committee's name does not make reporting to it an action
    expect(
      texts(
        minute(
          'It was recommended that the findings of the Ombudsman be reported to the Audit and Governance Committee.',
        ),
      ),
    ).toEqual([]);
    // a task after a passive purpose clause that only the organisation does
    expect(
      texts(
        summary(
          'We found fault. The Council should monitor her collections to make sure the issues are resolved and provide Mrs Y with a monthly update.',
        ),
      ),
    ).toHaveLength(2);
    // a refusal in an earlier clause does not cancel the recommendation that governs the list
    expect(
      texts(
        minute(
          'Although the Council declined to meet Mrs Y, it has agreed to a) apologise to her and b) review its procedures.',
        ),
      ),
    ).toEqual(['apologise to her', 'review its procedures.']);
    // an audit of other complaints named by when they came in
    expect(
      summary(
        'We found fault. The Council has agreed to review all complaints received since April 2023 where it did not respond within 20 days.',
      ).recommendations[0].category,
    ).toBe('audit_similar_cases');
    // a payment step of a bulleted task after the condition it waits on
    expect(
      run(
        `${LGSCO_HEAD}Agreed action\n\n- reassess Mr J’s needs. If the reassessment finds he was eligible, the Council should refund the £900 care costs he paid.\n`,
      ).remedyTotal,
    ).toBe(900);
  });

  it('reads no remedy the complainant rejected', () => {
    const r = summary(
      'We found fault. Mrs X rejected the remedy the landlord had offered of a £100 payment and an apology.',
    );
    expect(texts(r)).toEqual([]);
    expect(r.remedyTotal).toBe(0);
  });

  it('reads the agreed actions a report summary lists after "This included ..."', () => {
    expect(
      texts(
        summary(
          'Mr B complained about a safeguarding enquiry. We found fault. The Council accepted these findings. At the end of this statement, we set out a series of actions it agreed to take to remedy Mr B’s injustice. This included providing him with an apology, a symbolic payment, a review and correction of its records.',
        ),
      ),
    ).toEqual([
      'This included providing him with an apology',
      'a symbolic payment',
      'a review and correction of its records.',
    ]);
    // (not after what someone else said or recommended, a remedy given at a stage of the complaints
    // procedure, nor the breakdown of an amount already named)
    for (const before of [
      'The clerk said the panel will consider all the evidence. This included a review of the admission figures.',
      'The social worker recommended changes to the plan. This included a review of the respite allowance.',
      'The Council agreed to remedy the injustice at stage two of its complaints process. This included a payment of £400 and a review of its procedures.',
    ])
      expect(
        texts(summary(`Mr B complained about his care. ${before}`)).filter((t) => /This included/.test(t)),
      ).toEqual([]);
    expect(
      texts(
        summary(
          'Mr B complained about his care. The Council agreed to pay him £150. This included £100 for his distress and £50 for his time and trouble.',
        ),
      ),
    ).toEqual(['The Council agreed to pay him £150.']);
    // ("These included ...", across a paragraph break, and a joint apology)
    expect(
      texts(
        summary(
          'Mr B complained about his care. We set out the actions the Council agreed to take to remedy the injustice. These included an apology and a payment of £300.',
        ),
      ),
    ).toEqual(['These included an apology', 'a payment of £300.']);
    // (the complaint named in that sentence is not someone complaining)
    expect(
      texts(
        summary(
          'Mr B complained about his care. The Council agreed to take several actions to resolve the complaint. This included an apology and a payment of £250.',
        ),
      ),
    ).toEqual(['This included an apology', 'a payment of £250.']);
    expect(
      texts(
        run(
          `${LGSCO_HEAD}Agreed action\n\nThe Council and the Trust have agreed to our recommendations.\n\nThis included providing Mr B with a joint apology and a payment of £500.\n`,
        ),
      ),
    ).toEqual(['This included providing Mr B with a joint apology', 'a payment of £500.']);
  });

  it('reads a modal set off by a stray comma ("the Council will, apologise ..., make symbolic payments ...")', () => {
    expect(
      texts(
        summary(
          'Ms D complained about her care. To remedy the complaint the Council will, apologise to Ms D and her family, make symbolic payments and service improvements.',
        ),
      ),
    ).toEqual([
      'To remedy the complaint the Council will, apologise to Ms D and her family',
      'make symbolic payments',
      'service improvements.',
    ]);
    // (not a condition in the findings: "will, if asked, review a decision")
    expect(
      texts(run(`${LGSCO_HEAD}What I found\n\nThe Council will, if asked, review a decision.\n`)),
    ).toEqual([]);
  });

  it('reads what two bodies "should each" do as their actions, not a process', () => {
    expect(
      texts(
        run(
          `${LGSCO_HEAD}Agreed action\n\nThe Council and the Trust should each pay Mrs B £150 and should each apologise to her.\n`,
        ),
      ),
    ).toEqual(['The Council and the Trust should each pay Mrs B £150', 'apologise to her.']);
    expect(
      texts(run(`${LGSCO_HEAD}What I found\n\nApplications will each be assessed by a panel.\n`)),
    ).toEqual([]);
    // (any action verb after "each", as verbs.ts knows them; not what others each do)
    expect(
      texts(
        run(
          `${LGSCO_HEAD}Agreed action\n\nThe Council and the Trust should each arrange a meeting with Mrs B.\n`,
        ),
      ),
    ).toEqual(['The Council and the Trust should each arrange a meeting with Mrs B.']);
    expect(
      texts(
        run(
          `${LGSCO_HEAD}What I found\n\nThe IIO and IP will each prepare a report for the service to consider.\n`,
        ),
      ),
    ).toEqual([]);
  });

  it('splits a task done as part of the remedy from the one still to do ("has reminded staff ... and will pay")', () => {
    expect(
      texts(
        summary(
          'Miss K complained about delay in her complaint. The Council has reminded staff of the timescales for children’s complaints, and will pay Miss K £150 for her frustration.',
        ),
      ),
    ).toEqual([
      'The Council has reminded staff of the timescales for children’s complaints',
      'pay Miss K £150 for her frustration.',
    ]);
    // (a remedy given "already", before the decision, starts nothing)
    expect(
      texts(
        summary(
          'Miss K complained about delay. The Council has already apologised and will pay Miss K £150.',
        ),
      ),
    ).toEqual(['The Council has already apologised and will pay Miss K £150.']);
  });

  it('reads what "the Ombudsman ordered" a landlord to do in a case study, a cap on a charge among it', () => {
    const r = run(
      [
        'Case Study 8: Leaseholder charge for major works',
        '',
        'A leaseholder (Mr P) complained about the consultation before the landlord replaced the roof of his block. We found maladministration.',
        'The Ombudsman ordered the local authority to limit Mr P’s contribution to the works to £250 (the most the law allows where consultation failed). The Ombudsman also ordered the landlord to pay Mr P £150 compensation for its delays.',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Ombudsman ordered the local authority to limit Mr P’s contribution to the works to £250 (the most the law allows where consultation failed).',
      'The Ombudsman also ordered the landlord to pay Mr P £150 compensation for its delays.',
    ]);
    expect(r.remedyTotal).toBe(150);
  });

  it('reads more ways a summary states the remedy (pages84-85 shapes)', () => {
    const first = (s: string): string[] => texts(summary(`Mr L complained about his care charges. ${s}`));
    expect(
      first(
        'It has agreed the Ombudsman’s recommendations that it refund Mr L’s extra costs plus interest and make a payment for his distress.',
      ),
    ).toEqual([
      'It has agreed the Ombudsman’s recommendations that it refund Mr L’s extra costs plus interest',
      'make a payment for his distress.',
    ]);
    expect(first('The Council will, however, review how it records best interest decisions.')).toEqual([
      'The Council will, however, review how it records best interest decisions.',
    ]);
    expect(first('It now offers to reimburse the charges he paid, which will remedy the injustice.')).toEqual(
      ['It now offers to reimburse the charges he paid, which will remedy the injustice.'],
    );
    expect(
      first(
        'The Ombudsman found fault. He recommended the Council reiterates its apology to Mr L. The Council agreed.',
      ),
    ).toEqual(['He recommended the Council reiterates its apology to Mr L.']);
    expect(
      first(
        'An apology, payment to Mr L, a further financial assessment and training for officers is a suitable remedy.',
      ),
    ).toEqual([
      'An apology',
      'payment to Mr L',
      'a further financial assessment',
      'training for officers is a suitable remedy.',
    ]);
  });

  it('reads a joint remedy ("the organisations should jointly apologise"), and no questions asked of the council', () => {
    expect(
      texts(
        summary(
          'The Council and the ICB should have reviewed Mr D’s aftercare before he left hospital. That caused him distress, and the organisations should jointly apologise for that. We asked the Council questions about how it reviews aftercare.',
        ),
      ),
    ).toEqual(['That caused him distress, and the organisations should jointly apologise for that.']);
    // (but a remedy asked for in the same sentence stays)
    expect(
      texts(
        summary(
          'Mr D complained about his aftercare. We asked the Council for information about its policy and to apologise to Mr D.',
        ),
      ).pop(),
    ).toBe('apologise to Mr D.');
  });

  it('splits a personal remedy from a learning one in a list of nouns ("an apology and review of procedure")', () => {
    expect(
      texts(
        summary(
          'The Ombudsman has found fault by the Council but considers the agreed actions of an apology and review of procedure are a suitable remedy.',
        ),
      ),
    ).toEqual([
      'The Ombudsman has found fault by the Council but considers the agreed actions of an apology',
      'review of procedure are a suitable remedy.',
    ]);
    expect(
      texts(
        summary(
          'We found fault but consider the agreed action of an apology and a payment of £150 is a suitable remedy.',
        ),
      ),
    ).toEqual([
      'We found fault but consider the agreed action of an apology',
      'a payment of £150 is a suitable remedy.',
    ]);
  });

  it('keeps "a full and sincere apology" one remedy', () => {
    expect(
      texts(
        summary(
          'We have found fault but consider the agreed action of a full and sincere apology and a payment of £200 provides a suitable remedy.',
        ),
      ),
    ).toEqual([
      'We have found fault but consider the agreed action of a full and sincere apology',
      'a payment of £200 provides a suitable remedy.',
    ]);
  });
});
