/**
 * A decision saved from the Ombudsman's web site: the page's own text (a site banner, "Back to
 * Top") stands before the decision's title line. Our own texts, in the shape of the saved pages.
 */
import { explainFromText } from './extract-text';
import { ExtractionResult } from './types';

const SOURCE = { fileName: 't.html', mediaType: 'text/html', sha256: '0', pages: null, characters: 0 };
const run = (text: string): ExtractionResult => explainFromText({ text, pageStarts: null }, SOURCE).result;
/** A decision page from its title line and "Decision : Upheld" label down. */
const upheldPage = (title: string, lines: string[]): string =>
  [title, '', 'Decision : Upheld', '', ...lines].join('\n');

const page = (banner: string, orders: string): string =>
  [
    banner,
    '',
    'Fenmoor Homes (202301234)',
    '',
    'Back to Top',
    '',
    'REPORT',
    '',
    'COMPLAINT 202301234',
    '',
    'Fenmoor Homes',
    '',
    '3 March 2024',
    '',
    'The complaint',
    '',
    '1. The complaint is about the landlord’s handling of reports of a leaking roof.',
    '2. The landlord is a housing association.',
    '',
    orders,
  ].join('\n');

describe('a saved web page of a decision', () => {
  it('proposes nothing from the site banner before the title line', () => {
    const r = run(
      page('Tell us about your repairs service! Respond by 30 June 2024. Take the survey online.', ''),
    );
    expect(r.documentType).toBe('housing_ombudsman_decision');
    expect(r.recommendations).toEqual([]);
  });

  it('still reads the orders of the decision after it', () => {
    const r = run(
      page(
        'Tell us about your repairs service! Respond by 30 June 2024. Take the survey online.',
        'Orders\n\n3. Within four weeks of this report the landlord must pay the resident £250 for the distress caused.\n',
      ),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'Within four weeks of this report the landlord must pay the resident £250 for the distress caused.',
    ]);
    expect(r.remedyTotal).toBe(250);
  });
});

describe('an old short decision page: the remedy stated under "The complaint"', () => {
  const text = [
    '15 004 871',
    '',
    'Category : Adult care services > Charging',
    '',
    'Decision : Upheld',
    '',
    'Decision date : 4 Mar 2016',
    '',
    'A man complains the council charged his father for care it should have funded.',
    '',
    'The complaint',
    '',
    'The man says the council should have assessed his father before he moved into the care home, and wants the council to refund the fees.',
    '',
    'The Ombudsman upheld the complaint and found fault causing injustice.',
    '',
    'To remedy the injustice caused, the council has agreed to:',
    '',
    '  • settles the outstanding care home account from 3 March 2015 to 9 June 2015. This is £4,350. The care home has agreed to return the man’s own payments to the estate.',
    '  • pays the man £200 for his time and trouble. The man should send the council his receipts.',
    '',
  ].join('\n');

  it("proposes the listed remedies, with an amount given in the item's next sentence, and not the notes about others", () => {
    const r = run(text);
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'settles the outstanding care home account from 3 March 2015 to 9 June 2015. This is £4,350.',
      'pays the man £200 for his time and trouble.',
    ]);
    expect(r.remedyTotal).toBe(4550);
  });

  it('still proposes nothing from what the complainant wants', () => {
    const r = run(text.split('The Ombudsman upheld')[0]);
    expect(r.recommendations).toEqual([]);
  });

  it('reads the paragraph after the list as more of the remedy, not the complaint', () => {
    const r = run(
      text +
        [
          '',
          'The council should send the payment within one month of this report; review how its new assessment procedure is working and report to its adult care committee.',
          '',
          'Ombudsman satisfied with council’s actions',
          '',
        ].join('\n'),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'settles the outstanding care home account from 3 March 2015 to 9 June 2015. This is £4,350.',
      'pays the man £200 for his time and trouble.',
      'review how its new assessment procedure is working',
      'report to its adult care committee.',
    ]);
  });
});

describe('an old report summary with a second list "to remedy the service failures"', () => {
  it('reads the items after "should review its procedures and:" as tasks of their own', () => {
    const r = run(
      [
        'Fenmoor District Council (17 004 221)',
        'Mr T complains the Council did not help him when he became homeless.',
        'The Ombudsman upheld the complaint and found fault causing injustice.',
        'To remedy the injustice caused to Mr T, the Council has agreed to:',
        '- apologise to Mr T;',
        '- pay Mr T £900 for the months he spent without a home.',
        'To remedy the service failures identified in this report the Council should review its procedures and:',
        '- tell us what it will do to make sure it gives applicants interim accommodation the same day; and',
        '- train its housing options officers on the duty to take an application.',
        'Ombudsman satisfied with Council’s response: 2 May 2018.',
        '',
      ].join('\n'),
    );
    // (the review before "and:" is a task of its own too, as a real page's labels count it)
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'apologise to Mr T',
      'pay Mr T £900 for the months he spent without a home.',
      'To remedy the service failures identified in this report the Council should review its procedures',
      'tell us what it will do to make sure it gives applicants interim accommodation the same day',
      'train its housing options officers on the duty to take an application.',
    ]);
  });
});

describe('an old report summary whose lead-in is "To remedy the complaint, the Council should:"', () => {
  it('reads the items under "should:" as the remedy, though they stand under "The complaint"', () => {
    const r = run(
      [
        'Fenmoor District Council (16 005 118)',
        '',
        'Category : Housing > Homelessness',
        '',
        'Decision : Upheld',
        '',
        'Mr T complains that the Council: did not store his belongings; and did not offer him suitable accommodation.',
        '',
        'The complaint',
        '',
        'Mr T complained about the way the Council treated him when he became homeless.',
        '',
        'The Ombudsman upheld the complaint and found fault causing injustice.',
        '',
        'To remedy the complaint, the Council should:',
        '',
        '  • apologise to Mr T for the faults, and provide us with a copy of its letter;',
        '  • pay Mr T £900 for the three months he was without accommodation; and',
        '  • review its temporary accommodation offer letters and provide us with copies.',
        '',
      ].join('\n'),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'apologise to Mr T for the faults, and provide us with a copy of its letter',
      'pay Mr T £900 for the three months he was without accommodation',
      'review its temporary accommodation offer letters and provide us with copies.',
    ]);
    expect(r.remedyTotal).toBe(900);
  });
});

describe('an old report summary whose lead-in is "we recommend the council:"', () => {
  it('reads the items and the "should" paragraphs after them as the remedy, under "The complaint"', () => {
    const r = run(
      upheldPage('17 004 226', [
        'Decision date : 14 Sep 2017',
        '',
        'Mr D complains the council stopped his daughter’s direct payments without telling him.',
        '',
        'The complaint',
        '',
        'Mr D complains the council ended the direct payments without a review and did not answer his letters.',
        '',
        'The Ombudsman upheld the complaint and found fault causing injustice.',
        '',
        'To remedy the injustice caused, we recommend the council:',
        '',
        '  • apologise to Mr D for ending the payments without a review.',
        '  • pays Mr D £300 for his distress and £100 for his time and trouble.',
        '',
        'The council should also review its direct payments procedure so that a payment is not stopped before a review.',
        '',
        'The council should remind its social workers to write to a family before a package changes.',
        '',
        'The council should approach the day centre to ask whether it can offer the sessions Mr D’s daughter lost. It should then arrange for her to have one extra session for each one she missed.',
        '',
        'The council should also start a review of how it records decisions to end a care package.',
        '',
      ]),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'apologise to Mr D for ending the payments without a review.',
      'pays Mr D £300 for his distress',
      '£100 for his time and trouble.',
      'The council should also review its direct payments procedure so that a payment is not stopped before a review.',
      'The council should remind its social workers to write to a family before a package changes.',
      'The council should approach the day centre to ask whether it can offer the sessions Mr D’s daughter lost.',
      'It should then arrange for her to have one extra session for each one she missed.',
      'The council should also start a review of how it records decisions to end a care package.',
    ]);
    expect(r.remedyTotal).toBe(400);
  });
});

describe('a 2010 report page: everything under "The complaint", the recommendation in the last paragraph', () => {
  it('reads "The Ombudsman recommended the Council to pay ..." as the remedy, not the quotes before it', () => {
    const r = run(
      upheldPage('Fenmoor District Council (09 004 812)', [
        'Decision date : 12 May 2010',
        '',
        'The Council’s delay in adapting a bathroom left a disabled man unable to bathe for a year.',
        '',
        'The complaint',
        '',
        '‘Mr Hale’ (not his real name for legal reasons) complained that the Council delayed in providing a level-access shower.',
        '',
        'The Ombudsman found maladministration causing injustice because the Council:',
        '',
        '  • delayed in assessing his needs; and',
        '  • did not keep him informed.',
        '',
        'The Ombudsman said that “the Council should have acted with far more urgency”.',
        '',
        'The Ombudsman recommended the Council to pay Mr Hale £1,500 compensation, and welcomed the changes the Council has made to its adaptations process.',
        '',
      ]),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'The Ombudsman recommended the Council to pay Mr Hale £1,500 compensation, and welcomed the changes the Council has made to its adaptations process.',
    ]);
    expect(r.remedyTotal).toBe(1500);
  });
});

describe('an old report page whose lead-in ends the paragraph of the complaint', () => {
  it('reads the lead-in and its items, not the complaint sentences before it in the same paragraph', () => {
    const r = run(
      upheldPage('Fenmoor District Council (16 004 551)', [
        'The complaint',
        'The family said they had no respite care for two years. The respite they were offered was too little, too late.',
        'The Ombudsman upheld the complaint and found fault causing injustice.',
        'To remedy the injustice caused, the council has agreed to:',
        '- apologise to the family;',
        '- pay the family £1,500 for the distress caused.',
      ]),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'apologise to the family',
      'pay the family £1,500 for the distress caused.',
    ]);
  });
});

describe('an old report page with no headings: the complaint, then the remedy under its lead-in', () => {
  it('does not read what the complainant complains the council did as something done', () => {
    const r = run(
      upheldPage('Fenmoor District Council (17 006 310)', [
        'Mrs H complains the Council has paid her the wrong fostering allowance for her grandson.',
        'The Ombudsman upheld the complaint and found fault causing injustice.',
        'To remedy injustice caused the Council has agreed to:',
        '- recalculate the allowance from April 2015 and pay Mrs H the difference;',
        '- apologise to Mrs H for the delay.',
      ]),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'recalculate the allowance from April 2015',
      'pay Mrs H the difference',
      'apologise to Mrs H for the delay.',
    ]);
  });
});

describe('a task that ends by sending us a copy', () => {
  it('is a task, not an evidence request, and the evidence sentence after a payment is not an action', () => {
    const r = run(
      upheldPage('Fenmoor District Council (16 005 118)', [
        'The Ombudsman upheld the complaint and found fault causing injustice.',
        '',
        'To remedy the complaint, the Council should:',
        '',
        '  • pay Mr T £250 for his time and trouble. The Council should provide proof it has made this payment;',
        '  • amend its offer letters so that each is correctly titled, and provide us with copies;',
        '  • create a separate letter for offers of temporary accommodation and provide us with a copy; and',
        '  • review its complaints handling.',
        '',
      ]),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'pay Mr T £250 for his time and trouble.',
      'amend its offer letters so that each is correctly titled, and provide us with copies',
      'create a separate letter for offers of temporary accommodation and provide us with a copy',
      'review its complaints handling.',
    ]);
  });
});

describe('an item with indented sub-bullets of the same glyph', () => {
  it('reads the sub-bullets as parts of the item (the amounts of a reimbursement)', () => {
    const r = run(
      upheldPage('Fenmoor County Council (18 004 552)', [
        'The Ombudsman upheld the complaint and found fault causing injustice',
        '',
        'To remedy the injustice to Mrs D and her son, the Council has agreed to:',
        '',
        '  • apologise to Mrs D;',
        '  • reimburse the costs Mrs D paid for taxis to her son’s schools (based on £18 a day for the days she paid, plus interest at the Retail Price Index):',
        '    • Primary school - £412',
        '    • Secondary school - £655;',
        '  • pay Mrs D £250 for her time and trouble.',
        '',
      ]),
    );
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual([
      'apologise to Mrs D',
      'reimburse the costs Mrs D paid for taxis',
      'pay Mrs D £250 for her time and trouble.',
    ]);
    expect(r.recommendations[1].payments.map((p) => p.amount)).toEqual([412, 655]);
    expect(r.remedyTotal).toBe(1317);
  });
});

describe("a public report's overview page", () => {
  it('reads the remedy, not the statutory citation, the lead-in sentence, the note on the task or "learn lessons"', () => {
    const r = run(
      upheldPage('Fenmoor District Council (22 007 318)', [
        'Overview:',
        '',
        'Summary',
        '',
        'Mr D says the Council did not follow its own process when it investigated a complaint about him.',
        '',
        'Finding',
        '',
        'Fault found causing injustice and recommendations made.',
        '',
        'Recommendations',
        '',
        'The Council must consider the report and confirm within three months the action it has taken or proposes to take. (Local Government Act 1974, section 31(2), as amended)',
        '',
        'To remedy this complaint the Council should take the following action.',
        '',
        '  • Apologise to Mr D, accepting the findings of this investigation.',
        '',
        '  • Withdraw its decision notice of 3 May 2021 and remove it from its website. In its place it should publish a statement saying the notice has been withdrawn and provide a link to this report.',
        '',
        'The Council should also learn lessons from this complaint. It should ensure it has a written procedure for officers who consider complaints about councillors.',
        '',
      ]),
    );
    expect(r.recommendations.filter((x) => !x.possible).map((x) => x.text)).toEqual([
      'Apologise to Mr D, accepting the findings of this investigation.',
      // (what it should do "in its place" is a note on the withdrawal, not a task of its own)
      'Withdraw its decision notice of 3 May 2021 and remove it from its website.',
      'It should ensure it has a written procedure for officers who consider complaints about councillors.',
    ]);
  });
});

describe('what a policy says the organisation will do, before a colon', () => {
  it('is not a remedy lead-in ("The policy says ... when noise is reported it will:")', () => {
    const r = run(
      [
        'REPORT',
        '',
        'COMPLAINT 202209917',
        '',
        'Fenmoor Homes',
        '',
        'Policies and Procedures',
        '',
        '  1. The landlord’s antisocial behaviour policy says it expects tolerance between neighbours, but when noise nuisance is reported it will:',
        '    1. give advice on, but not investigate, noise from the everyday use of a home;',
        '    2. aim to respond to the report within five working days.',
        '',
      ].join('\n'),
    );
    expect(r.recommendations.filter((x) => !x.possible).map((x) => x.text)).toEqual([]);
  });
});

describe('an old further report: the remedy in sentences after "To remedy the injustice caused"', () => {
  it('reads the remedy sentences and not the statutory process around them', () => {
    const r = run(
      upheldPage('Fenmoor District Council (16 002 310)', [
        'A couple complain the Council has not provided the remedy recommended in an earlier report.',
        '',
        'The complaint',
        '',
        'The Council has not complied with the recommendations of our earlier report.',
        '',
        'The Ombudsman upheld the complaint and found fault causing injustice.',
        '',
        'To remedy the injustice caused to Mr and Mrs P, the Council should ensure full compliance with the recommendations set out in the original report and provide evidence of this without delay.',
        'The Council should also pay an additional £300 to Mr and Mrs P for the need to issue a further report. If it is minded not to comply with our recommendations, this report is required to be considered by full Council.',
        '',
        'Ombudsman satisfied with Council’s response: 2 May 2018.',
        '',
      ]),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'To remedy the injustice caused to Mr and Mrs P, the Council should ensure full compliance with the recommendations set out in the original report and provide evidence of this without delay.',
      'The Council should also pay an additional £300 to Mr and Mrs P for the need to issue a further report.',
    ]);
    expect(r.remedyTotal).toBe(300);
  });
});

describe('a copy of a decision that prints its reference after the summary', () => {
  it('still reads the summary', () => {
    const r = run(
      [
        "The Ombudsman's final decision",
        'Summary: Mr L complained about his council tax bill. The Council has agreed to apologise to Mr L.',
        '',
        'Reference 23-104-557 · Decided 4 March 2024',
        '',
        'The complaint',
        'Mr L complained about his bill.',
        '',
      ].join('\n'),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual(['The Council has agreed to apologise to Mr L.']);
  });
});

describe('a decision page whose headings have no blank line around them and whose paragraphs are "- " items', () => {
  const text = [
    'Fenwick Borough Council (24 300 151)',
    "The Ombudsman's final decision:",
    'Summary: Mr R complained the Council sent him reminders for a debt he had already paid. We uphold the complaint. The Council has made an offer for the distress caused to Mr R which is appropriate.',
    'The complaint',
    '- Mr R complains the Council sent him reminders for a parking debt he had paid in 2022.',
    '- Mr R asked that the Council cancels the debt and also pays him £200 for his distress.',
    'The Ombudsman’s role and powers',
    '- We investigate complaints about ‘maladministration’ and ‘service failure’.',
    '',
  ].join('\n');

  it('reads "The complaint" after the summary as a heading, so what Mr R asked for is not proposed', () => {
    const r = run(text);
    expect(r.recommendations.map((x) => x.text)).toEqual([
      'The Council has made an offer for the distress caused to Mr R which is appropriate.',
    ]);
    expect(r.remedyTotal).toBe(0);
  });
});

describe('a lead-in sentence of six words or fewer on a paragraph of its own, as a Word file gives it', () => {
  it('is a lead-in to the items after it, not a heading of a section of its own', () => {
    const r = run(
      [
        'Fenmoor Care Home (14 300 120)',
        '',
        'Residential care Adverse Findings Notice',
        '',
        'Fenmoor Care Home failed to respond to a recommendation, so an Adverse Findings Notice has been issued.',
        '',
        'The Ombudsman recommended that Fenmoor:',
        '',
        '- repay the family the £2,400 it wrongly charged them;',
        '- pay the family £300 for their distress; and',
        '- ensure that its staff know the charging rules.',
        '',
      ].join('\n'),
    );
    expect(r.recommendations).toHaveLength(3);
    expect(r.remedyTotal).toBe(2700);
  });
});
