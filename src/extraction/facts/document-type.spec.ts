import { findFacts } from './find-facts';

/** The Ombudsman's printed decision header, then a decision about an EHC plan's annual review. */
const SEND_DECISION = [
  '3 June 2025',
  '',
  'Complaint reference:',
  '24 017 882',
  '',
  'Complaint against:',
  'Ashby Vale Council',
  '',
  "The Ombudsman's final decision",
  'Summary: Mr T complained about delay after his daughter’s annual review. We found fault causing injustice.',
  '',
  'The complaint',
  '1. Mr T says the Council did not amend the plan after the annual review held in March.',
  'What I found',
  '2. The Council must finalise an amended plan within 12 weeks of an annual review meeting.',
  '3. There was no amended plan until the next annual review, which was fault.',
  '',
  'Action',
  '4. Within one month of the date of our final decision, the Council will apologise to Mr T.',
].join('\n');

describe('document type', () => {
  it('an annual review of an EHC plan does not make a single decision an annual report', () => {
    const f = findFacts(SEND_DECISION);
    expect(f).toMatchObject({
      documentType: 'lgsco_decision',
      reference: '24 017 882',
      organisation: 'Ashby Vale Council',
      decisionDate: '2025-06-03',
      finding: 'upheld',
    });
  });

  it('types an old decision page by its labelled lines ("Category :", "Decision :") when no title names the body', () => {
    const page = [
      '16 004 219',
      '',
      'Category : Education > School transport',
      '',
      'Decision : Upheld',
      '',
      'Decision date : 12 Sep 2016',
      '',
      'Summary',
      '',
      'A woman complains that a transport appeal panel did not consider her son’s medical evidence.',
      '',
      'Finding',
      '',
      'Fault found causing injustice and recommendations made.',
      '',
      'Recommendations',
      '',
      'The council should arrange a fresh appeal within one month.',
    ].join('\n');
    expect(findFacts(page)).toMatchObject({ documentType: 'lgsco_decision', finding: 'upheld' });
  });

  it('types a page that lists several Housing Ombudsman cases as a report about many cases, not one decision', () => {
    const page = [
      'Learning from severe maladministration – March 2026',
      '',
      'This report highlights cases where landlords failed to deal with damp.',
      'Cases highlighted in the full report:',
      '  • Riverside Homes 202311111 and 202322222*',
      '  • Fenmoor Council 202333333',
      'Key learning: landlords should inspect within ten working days.',
    ].join('\n');
    expect(findFacts(page)).toMatchObject({ documentType: 'annual_report', reference: null });
    // (a determination's own header may name two complaints and cite an earlier case)
    const report = [
      'Riverside Homes Limited (202344444)',
      'REPORT',
      'COMPLAINTS 202344444 and 202355555',
      'Riverside Homes Limited',
      '30 June 2025',
      'The complaint is about the landlord’s handling of damp. In an earlier case (202111111) the landlord was ordered to inspect.',
    ].join('\n');
    expect(findFacts(report)).toMatchObject({
      documentType: 'housing_ombudsman_decision',
      reference: '202344444',
    });
    // (nor a determination whose header is in other words, with its decision and orders)
    const other = [
      'Complaint reference: 202366666',
      'Sanctuary Housing Association',
      'The resident had made earlier complaints 202077777 and 202188888.',
      'Determination',
      'There was maladministration in the landlord’s handling of repairs.',
      'Orders',
      'The landlord must pay the resident £600 within four weeks.',
    ].join('\n');
    expect(findFacts(other)).toMatchObject({ documentType: 'housing_ombudsman_decision', finding: 'upheld' });
  });

  it('types the Housing Ombudsman’s case studies by their landlord and its finding', () => {
    const study = (title: string, body: string) => findFacts([title, '', body].join('\n'));
    expect(
      study(
        'Case Study 9: Damp and compensation',
        'Mr D complained about his landlord’s delay in treating damp. The landlord offered £75. We found that there had been maladministration by the landlord and ordered it to pay Mr D £400.',
      ),
    ).toMatchObject({ documentType: 'housing_ombudsman_decision', finding: 'upheld', faultFound: true });
    expect(
      study(
        'CASE STUDY\nService charges',
        'A leaseholder complained about the service charge for a new door entry system. The tenants’ association had asked for it. We determined that the landlord was responsible for service failure in its reply to the leaseholder.',
      ),
    ).toMatchObject({ documentType: 'housing_ombudsman_decision', finding: 'upheld', faultFound: true });
    // (what a resident felt, or whether the landlord was responsible, is no finding)
    expect(
      study(
        'Case Study 4: Anti-social behaviour',
        'The resident told the landlord she felt there had been maladministration by its ASB team. We considered whether the landlord was responsible for maladministration. We found it followed its policy and there was no maladministration.',
      ),
    ).toMatchObject({ documentType: 'housing_ombudsman_decision', finding: 'not_upheld', faultFound: false });
    // (a case study of the Local Government Ombudsman, about a private landlord, finds fault)
    expect(
      study(
        'Case study: Licensing of a shared house',
        'Mr E complained the Council did not act on his reports about his landlord. The landlord had not licensed the house. We found the Council at fault and it agreed to apologise.',
      ).documentType,
    ).not.toBe('housing_ombudsman_decision');
  });

  it('types a panel report by the panel speaking throughout when its title does not name the panel', () => {
    const report = [
      'Children Act 1989 representations procedure',
      'Complaint by Mrs D',
      '',
      "The review panel met on 3 May 2024 to consider Mrs D's complaint, investigated at Stage 2 by an investigating officer.",
      'The panel heard from Mrs D and from the service manager.',
      'The panel found that the Council did not assess the family in time.',
      'The panel recommends that the Council apologises to Mrs D.',
    ].join('\n');
    expect(findFacts(report).documentType).toBe('stage3_panel');
  });

  it('still reads the Ombudsman’s annual review letter as a report about many cases', () => {
    const letter =
      'Annual review letter 2024\n\nDear Chief Executive,\n\nThis letter summarises the complaints we decided about your council in the year ending 31 March 2024. ' +
      'We upheld 14 of the 19 complaints we investigated. In the reporting year we recommended remedies in 12 cases.\n';
    expect(findFacts(letter).documentType).toBe('annual_report');
  });

  it('a committee item on one Ombudsman report, reference printed, is a committee paper', () => {
    const f = findFacts(
      "Agenda item\n\nReport from the Local Government and Social Care Ombudsman (Reference number 23 456 789)\n\nReport of the Chief Executive.\n\nTo consider the report of the Local Government and Social Care Ombudsman (23 456 789) and agree the Council's response.\n\nMinutes:\n\nThe Leader apologised to Mrs Y. The Council had paid her £300.\n",
    );
    expect(f).toMatchObject({
      documentType: 'annual_report',
      reference: null,
      decisionDate: null,
      finding: null,
      faultFound: null,
    });
  });

  it('a report to a committee headed in capitals is a committee paper', () => {
    const f = findFacts(
      'BOROUGH OF FENWICK\nREPORT TO POLICY & AUDIT COMMITTEE\n3 MARCH 2006\nREPORT OF MONITORING OFFICER ON OMBUDSMAN COMPLAINTS\n1 Purpose\nTo report the complaints the Ombudsman decided.\n2 Background\nThe Ombudsman considers complaints of maladministration.\n',
    );
    expect(f).toMatchObject({
      documentType: 'annual_report',
      organisation: 'BOROUGH OF FENWICK',
      reference: null,
      decisionDate: null,
      finding: null,
    });
  });

  it('a decision record with its decision maker and its "Is Key Decision?" questions is a committee paper', () => {
    expect(
      findFacts(
        'Decision\n\nDecision Maker: Deputy City Mayor - Housing\n\nIs Key Decision?: No\n\nIs Callable In?: Yes\n\nContent: To decline to comply with two of the seven recommendations of the LGSCO regarding payment of compensation to Ms X.\n',
      ).documentType,
    ).toBe('annual_report');
  });

  it('a committee item page is a committee paper when a PDF runs "Additional documents:" into the line before', () => {
    expect(
      findFacts(
        'Council and democracy\n\nHome > Council and Democracy > Issue 43 Local Government Ombudsman Maladministration Finding: Homelessness PDF 198 KB Additional documents:\n\nMatter for Decision\n\nThe report referred to the Local Government Ombudsman findings of maladministration following a complaint.\n',
      ).documentType,
    ).toBe('annual_report');
  });

  it('a minute of an agenda item in which an officer presented the report is a committee paper', () => {
    expect(
      findFacts(
        'Agenda item\n\nStatutory Children’s Complaints Report: Quarter 3\n\nThe Complaints Manager presented the report which included the following:\n\n• Communication and delays were the most common reasons for complaints.\n',
      ).documentType,
    ).toBe('annual_report');
    expect(
      findFacts(
        'Agenda item\n\nThe Safeguarding Manager outlined the annual complaints figures for children’s services. Members were informed that most complaints had been resolved early.\n',
      ).documentType,
    ).toBe('annual_report');
  });
});

describe('a Housing Ombudsman jurisdiction decision about a council as landlord', () => {
  it('is typed by the report header (COMPLAINT and its number) though the text never says "landlord"', () => {
    const text = [
      'Brackwell Borough Council (202217654)',
      '',
      'REPORT',
      '',
      'COMPLAINT 202217654',
      '',
      'Brackwell Borough Council',
      '',
      '14 March 2023',
      '',
      'Our approach',
      '',
      'What we can and cannot consider is called the Ombudsman’s jurisdiction and is governed by the Housing Ombudsman Scheme.',
      '',
      'The complaint',
      '',
      '  1. The resident complained about the condition of the temporary accommodation the council placed her in.',
      '',
      'Determination (jurisdictional decision)',
      '',
      '  1. After carefully considering all the evidence, I have determined that the complaint is not within the Ombudsman’s jurisdiction.',
    ].join('\n');
    expect(findFacts(text)).toMatchObject({
      documentType: 'housing_ombudsman_decision',
      finding: 'closed_after_initial_enquiries',
      organisation: 'Brackwell Borough Council',
    });
  });
});

describe('a council meeting amending its response to an Ombudsman public report', () => {
  it('is a committee paper although it prints the Ombudsman reference', () => {
    const f = findFacts(
      'Agenda item\n\nReport by the Local Government and Social Care Ombudsman Reference Number: 22 001 947\n\nThe Leader proposed to delete recommendations 1-2 of the report and insert the following:\n\n1. The Council apologises to Mr V.\n',
    );
    expect(f.documentType).toBe('annual_report');
    expect(f.reference).toBeNull();
  });
});
