import { findFacts } from './find-facts';

describe('document facts', () => {
  it('reads an LGSCO decision header', () => {
    const f = findFacts(
      'Blackmere Borough Council (22 010 680)\nCategory : Adult care services > Charging\nDecision : Upheld\nDecision date : 14 Mar 2025\n\nSummary: Mrs X and Mr B complained. We found fault causing injustice.\n',
    );
    expect(f).toMatchObject({
      documentType: 'lgsco_decision',
      reference: '22 010 680',
      organisation: 'Blackmere Borough Council',
      decisionDate: '2025-03-14',
      finding: 'upheld',
      faultFound: true,
      complainants: ['Mrs X', 'Mr B'],
    });
  });

  it('reads the lettered reference of a joint investigation, and the body named before it', () => {
    const f = findFacts(
      'Northvale Hospitals NHS Foundation Trust (18 004 211b)\n\nCategory : Health > Other\n\nDecision : Not upheld\n\nDecision date : 12 Jun 2019\n',
    );
    expect(f).toMatchObject({
      documentType: 'lgsco_decision',
      reference: '18 004 211b',
      organisation: 'Northvale Hospitals NHS Foundation Trust',
    });
  });

  it('reads closed and not upheld decisions', () => {
    expect(
      findFacts('Cranford Council (24 001 002)\nDecision : Closed after initial enquiries\n').finding,
    ).toBe('closed_after_initial_enquiries');
    const n = findFacts(
      'Cranford Council (24 001 003)\nDecision : Not upheld\n\nSummary: We found no fault.\n',
    );
    expect(n.finding).toBe('not_upheld');
    expect(n.faultFound).toBe(false);
  });

  it('reads "the Council is not at fault" in a summary without a decision line as not upheld', () => {
    const f = findFacts(
      "Ashvale District Council (24 001 900)\nThe Ombudsman's final decision:\nSummary: Mr K complains the Council has not properly considered his housing priority. The Council is not at fault.\nThe complaint\n- Mr K complains about his priority.\n",
    );
    expect(f.finding).toBe('not_upheld');
    expect(f.faultFound).toBe(false);
  });

  it('keeps a summary upheld when the Council "is not at fault" on one point only', () => {
    const f = findFacts(
      "Ashvale District Council (24 001 901)\nThe Ombudsman's final decision:\nSummary: Mrs X complains about her housing application. The Council is not at fault for how it assessed her medical priority, but it took six months to review her banding. The Council has agreed to apologise and pay Mrs X £150.\nThe complaint\n- Mrs X complains about her banding.\n",
    );
    expect(f.finding).not.toBe('not_upheld');
    expect(f.faultFound).not.toBe(false);
  });

  it('reads fault in other words beside a finding of none ("there has been fault", "affected by fault", "acknowledges its error")', () => {
    const upheld = (summary: string) =>
      findFacts(`Cranford Council (22 004 118)\nDecision : Upheld\n\nSummary: ${summary}\n`).faultFound;
    expect(
      upheld(
        'While there is no fault in the assessment process there has been fault in how it considered her expenses.',
      ),
    ).toBe(true);
    expect(
      upheld(
        'We find the handling of her application was affected by fault. She is unsure what would have happened had there been no fault by the Council.',
      ),
    ).toBe(true);
    // the stock sentence "If there has been fault which has caused an injustice, we may suggest a remedy"
    expect(
      findFacts(
        'Cranford Council (22 004 120)\n\nWe investigate complaints about fault. If there has been fault which has caused an injustice, we may suggest a remedy.\n',
      ).faultFound,
    ).toBeNull();
    const unlabelled = findFacts(
      'Cranford Council (22 004 119)\n\nSummary: The Council gave Mr X wrong advice about a debt. The Council acknowledges that its error led to injustice to Mr X and will make a payment.\n',
    );
    expect(unlabelled.finding).toBe('upheld');
    expect(unlabelled.faultFound).toBe(true);
  });

  it('reads "has accepted fault" and "It was, however, at fault" as fault found', () => {
    const accepted = findFacts(
      'Cranford Council (23 001 442)\n\nSummary: Mr T complained the Council charged him for aftercare. The Council has accepted fault. It has agreed to refund the charges.\n',
    );
    expect(accepted.finding).toBe('upheld');
    expect(accepted.faultFound).toBe(true);
    expect(
      findFacts(
        'Cranford Council (21 001 443)\nDecision : Upheld\n\nSummary: The Council was not at fault for how it ended the placement. It was, however, at fault for how it dealt with his complaint. The Council has agreed to apologise.\n',
      ).faultFound,
    ).toBe(true);
  });

  it('reads fault found on one point after none on another, and a remedy called satisfactory, without a label', () => {
    const split = findFacts(
      'Lowmoor Borough Council (23 400 120)\nThe Ombudsman\u2019s final decision:\nSummary: Mr D complained about his school transport appeal. We do not find fault in how the panel reached its decision. But we find it failed to send Mr D the route it measured, which caused him uncertainty. The Council should apologise and remind its staff.\n',
    );
    expect(split).toMatchObject({ finding: 'upheld', faultFound: true });
    const satisfactory = findFacts(
      'Lowmoor Borough Council (24 400 121)\nThe Ombudsman\u2019s final decision:\nSummary: Mrs E says the Council delayed her housing priority. The Council delayed backdating her priority. An apology, a payment and a reminder to officers is a satisfactory remedy.\n',
    );
    expect(satisfactory).toMatchObject({ finding: 'upheld', faultFound: true });
    const alsoAgreed = findFacts(
      'Lowmoor Borough Council (24 400 122)\nThe Ombudsman\u2019s final decision:\nSummary: Mr F complained about his son\u2019s transport appeal. The Council has also agreed to apologise to him.\n',
    );
    expect(alsoAgreed).toMatchObject({ finding: 'upheld', faultFound: true });
  });

  it('reads "we consider the care home to be at fault" and "found that both councils ... caused delays" as fault, not "do not consider"', () => {
    const provider = findFacts(
      'Lowmoor Borough Council (24 400 130)\nThe Ombudsman\u2019s final decision:\nSummary: Mr P complained about his father\u2019s care home fees. We have not found fault with the fees charged. However, we consider the care home to be at fault as it did not explain its charges.\n',
    );
    expect(provider).toMatchObject({ finding: 'upheld', faultFound: true });
    const both = findFacts(
      'Lowmoor Borough Council (24 400 131)\nThe Ombudsman\u2019s final decision:\nSummary: We have found that both councils \u2013 Lowmoor and Highmoor \u2013 caused delays in answering Ms R\u2019s complaints. Both will now apologise to her.\n',
    );
    expect(both).toMatchObject({ finding: 'upheld', faultFound: true });
    const none = findFacts(
      'Lowmoor Borough Council (24 400 132)\nThe Ombudsman\u2019s final decision:\nSummary: Mr S complained about a planning decision. We do not consider the Council to be at fault in how it made its decision.\n',
    );
    expect(none.finding).not.toBe('upheld');
  });

  it('leaves fault unsaid where the decision is labelled upheld but the Ombudsman did not investigate', () => {
    const f = findFacts(
      'Lowmoor City Council (24 003 770)\n\nCategory : Benefits and tax > Council tax\n\nDecision : Upheld\n\nDecision date : 3 Jul 2024\n\n' +
        'Summary: We will not investigate this complaint about the Council’s decision on council tax support. This is because the Council has already provided a satisfactory remedy.\n\n' +
        'The Ombudsman’s role and powers\n\n1. We cannot investigate late complaints unless we decide there are good reasons.\n',
    );
    expect(f).toMatchObject({ finding: 'upheld', faultFound: null });
    // (the powers text alone says nothing of this complaint)
    const g = findFacts(
      'Lowmoor City Council (21 008 544)\n\nDecision : Upheld\n\nThe complaint\n\n1. Miss Y complained about her support as a care leaver.\n\n' +
        'The Ombudsman’s role and powers\n\n4. We cannot investigate late complaints unless we decide there are good reasons.\n',
    );
    expect(g).toMatchObject({ finding: 'upheld', faultFound: true });
  });

  it('infers the finding from the summary when there is no label', () => {
    const f = findFacts(
      'Lowmoor City Council (23 004 001)\n\nSummary: We will not investigate this complaint because it is premature.\n',
    );
    expect(f.finding).toBe('premature');
    // "The Ombudsman finds fault", the third person of the older summaries
    const g = findFacts(
      "Lowmoor City Council (20 002 095)\nThe Ombudsman's final decision:\nSummary: Miss B complains about a planning permission. The Ombudsman finds fault in how the Council decided the application.\n",
    );
    expect(g).toMatchObject({ finding: 'upheld', faultFound: true });
  });

  it('reads a Housing Ombudsman reference, landlord and report date', () => {
    const f = findFacts(
      'REPORT\n\nCOMPLAINT 202524733\n\nRiverside Vale Housing Association\n\n3 March 2025\n\nThe landlord did not repair the roof. There was maladministration by the landlord.\n\nOrders\n1. The landlord must pay the resident £100.\n',
    );
    expect(f).toMatchObject({
      documentType: 'housing_ombudsman_decision',
      reference: '202524733',
      organisation: 'Riverside Vale Housing Association',
      decisionDate: '2025-03-03',
      finding: 'upheld',
    });
  });

  it('names the council, not a department or a place', () => {
    expect(
      findFacts('Staffordshire Childrens Services reviewed its practice in 2022/23.').organisation,
    ).toBeNull();
    expect(
      findFacts('the representation procedures that Worcestershire County Council (the Council) follows')
        .organisation,
    ).toBe('Worcestershire County Council');
    expect(findFacts('A complaint about the London Borough of Camden housing service.').organisation).toBe(
      'London Borough of Camden',
    );
  });

  it('does not invent facts for an annual report', () => {
    const f = findFacts(
      'Annual Complaints Report 2023/24\nThe Council received 612 complaints. The LGSCO letter was received on 22 July 2023. Mrs A, Mr B, Ms C and Miss D complained.\n',
    );
    expect(f).toMatchObject({
      documentType: 'annual_report',
      reference: null,
      decisionDate: null,
      finding: null,
      faultFound: null,
    });
  });

  it('keeps pseudonyms and leaves out real names and initials', () => {
    expect(
      findFacts(
        "Mr and Mrs X complained about Mrs X's mother. Panel chair Ms A. Hussain and Mr Jones attended.",
      ).complainants,
    ).toEqual(['Mr X', 'Mrs X']);
  });

  it('reads Stage 2 reports with findings per complaint point', () => {
    const f = findFacts(
      'Stage 2 Investigation Report\nIndependent Investigating Officer: A. Person\nDate of report: 2 May 2024\n\nComplaint point 1\nFinding: Upheld.\nComplaint point 2\nFinding: Not upheld.\n',
    );
    expect(f).toMatchObject({
      documentType: 'stage2_report',
      decisionDate: '2024-05-02',
      finding: null,
      faultFound: true,
    });
  });

  it('takes a Stage 2 overall finding only from an overall statement', () => {
    const f = findFacts(
      'Stage 2 Investigation Report\nInvestigating Officer: A. Person\n\nPoint 1\nFinding: Upheld.\nPoint 2\nFinding: Not upheld.\nOverall, the complaint is partly upheld.\n',
    );
    expect(f).toMatchObject({ documentType: 'stage2_report', finding: 'partly_upheld', faultFound: true });
  });

  it('types a review panel report as stage3_panel although it discusses the Stage 2 investigation', () => {
    const f = findFacts(
      'Greywater Council\nStage 3 Complaints Review Panel\nPanel members: A, B and C\n\nThe panel read the Stage 2 investigation report and the adjudication of the investigating officer findings.\nThe panel agrees with the Stage 2 finding. The panel recommends that the Council apologises.\n',
    );
    expect(f).toMatchObject({ documentType: 'stage3_panel', finding: null });
  });

  it('finds fault in a panel report that states failings without upholding points', () => {
    const text = (found: string) =>
      `Review Panel Report\nComplaint by Ms D about Eastfold Council\n\nThe panel's findings\n${found}\n\nThe panel recommends that the Council reviews its guidance.\n`;
    expect(
      findFacts(text('The panel found that the review in May was not a proper reassessment.')).faultFound,
    ).toBe(true);
    expect(findFacts(text('The panel found that the Council failed to consult Ms D.')).faultFound).toBe(true);
    // without any statement of a failing, fault stays unknown
    expect(findFacts(text('The panel heard from Ms D and the service manager.')).faultFound).toBeNull();
  });

  it('reads "I uphold the complaint in part" as partly upheld', () => {
    const f = findFacts(
      "Northfold Council (24 001 002)\n\nSummary: Mr T complained about repairs.\n\nFinal decision\nI uphold Mr T's complaint in part. There was fault causing injustice.\n",
    );
    expect(f.finding).toBe('partly_upheld');
  });

  it('reads the finding from the summary, not from the complaint as put', () => {
    const f = findFacts(
      "Westfold Borough Council (24 010 203)\nThe Ombudsman's final decision:\nSummary: Mrs K complains the Council was at fault in how it assessed her parking permit application. We have found no evidence of fault in the way the Council decided. So, we have completed our investigation.\nThe complaint\n- Mrs K complains about her permit.\n",
    );
    expect(f.finding).toBe('not_upheld');
    expect(f.faultFound).toBe(false);
    const did = findFacts(
      "Westfold Borough Council (24 010 204)\nThe Ombudsman's final decision:\nSummary: Mrs K complained about a permit refusal. We did not find fault in how the Council decided.\n",
    );
    expect(did.finding).toBe('not_upheld');
  });

  it('upholds a summary that finds no fault on one point but a failing with a remedy agreed on another', () => {
    const f = findFacts(
      "Westfold Borough Council (24 010 205)\nThe Ombudsman's final decision:\nSummary: Mr R complained the Council mishandled his school transport appeal. We found the Council was not at fault for refusing transport. However, it did not follow the correct procedure when it heard his appeal. There was an error in the appeal letter which the Council will correct.\nThe complaint\n- Mr R complained about the appeal.\n",
    );
    expect(f.finding).toBe('upheld');
    expect(f.faultFound).toBe(true);
    // the same failing without a remedy agreed stays as the summary put it
    const noRemedy = findFacts(
      "Westfold Borough Council (24 010 206)\nThe Ombudsman's final decision:\nSummary: Mr R complained about his appeal. We found the Council was not at fault for refusing transport. Mr R says it did not follow the correct procedure.\n",
    );
    expect(noRemedy.finding).toBe('not_upheld');
  });

  it('upholds a care provider summary: no fault on one point, "however, it should have ..." and a remedy recommended', () => {
    const f = findFacts(
      "Ashgrove Care Homes Limited (23 004 118)\nThe Ombudsman's final decision:\nSummary: There was no fault when Ashgrove Care Homes Limited gave notice to end Mrs P's placement. However, it should have considered her son's request to waive the notice period. The care provider should apologise to Mrs P's son and refund the notice fees.\nThe complaint\n- Mr P complains about the notice fees.\n",
    );
    expect(f.finding).toBe('upheld');
    expect(f.faultFound).toBe(true);
    // no remedy: the finding stays as the summary put it
    const noRemedy = findFacts(
      "Ashgrove Care Homes Limited (23 004 119)\nThe Ombudsman's final decision:\nSummary: There was no fault when Ashgrove Care Homes Limited gave notice to end Mrs P's placement. However, it should have written sooner, though that made no difference.\n",
    );
    expect(noRemedy.finding).toBe('not_upheld');
    // "should have" denied is no failing, and a remedy only "if" something changes is no remedy
    const denied = findFacts(
      "Ashgrove Care Homes Limited (23 004 120)\nThe Ombudsman's final decision:\nSummary: We found no fault by the care provider. However, we do not consider the care home should have waived the notice period. The care home has agreed to review the wording of its contract.\n",
    );
    expect(denied.finding).toBe('not_upheld');
    const cannotSay = findFacts(
      "Westfold Borough Council (24 010 207)\nThe Ombudsman's final decision:\nSummary: There was no fault in how the Council assessed Mr Y. But we cannot say the Council should have installed the stairlift sooner. The Council should consider Mr Y's new request when it receives his medical evidence.\n",
    );
    expect(cannotSay.finding).toBe('not_upheld');
    const ifOnly = findFacts(
      "Ashgrove Care Homes Limited (23 004 121)\nThe Ombudsman's final decision:\nSummary: Mrs P complained that the care home gave notice to end her mother's placement. The care home gave notice in line with the contract. The care provider will consider a new placement request if her mother's needs change.\n",
    );
    expect(ifOnly.finding).toBeNull();
  });

  it('leaves fault unknown where the labelled decision and the summary disagree', () => {
    // "Upheld", but the summary finds no fault; the failings are the complaint as put
    const up = findFacts(
      'Haldon District Council (21 000 301)\n\nCategory : Planning > Planning applications\n\nDecision : Upheld\n\nDecision date : 4 Feb 2022\n\nSummary: Mr and Mrs D complain the Council failed to consult them and failed to keep notes. There is no fault in how the Council decided the application.\n',
    );
    expect(up.finding).toBe('upheld');
    expect(up.faultFound).toBeNull();
    // "Not upheld" (no fault by the Council), but failings by the care provider and a remedy agreed
    const not = findFacts(
      'Haldon District Council (21 000 302)\n\nCategory : Adult care services > Residential care\n\nDecision : Not upheld\n\nDecision date : 4 Feb 2022\n\nSummary: Ms E complained about the care her mother received in a care home. We found failings in the care provided by the Home. We did not find fault in how the Council monitored the placement. The Council and the Home have agreed to our recommendations and will apologise to Ms E.\n',
    );
    expect(not.finding).toBe('not_upheld');
    expect(not.faultFound).toBeNull();
    // a plain "Not upheld" with no fault stays without fault
    const plain = findFacts(
      'Haldon District Council (21 000 303)\n\nDecision : Not upheld\n\nSummary: Ms E complained about care charges. We did not find fault in how the Council assessed them.\n',
    );
    expect(plain.faultFound).toBe(false);
    // "Upheld", no fault in the decision complained of, but poor complaint handling: a failing
    const poor = findFacts(
      'Haldon District Council (21 000 304)\n\nDecision : Upheld\n\nSummary: There was no fault in the Council’s decision to close its garden waste service for a month. Its handling of Mr F’s complaint was poor, but this did not cause him a significant injustice.\n',
    );
    expect(poor.faultFound).toBe(true);
    // "We have identified fault in ... We have not found fault in ...": fault on one point
    const identified = findFacts(
      'Haldon District Council (21 000 305)\n\nDecision : Upheld\n\nSummary: Ms G complains about the Council’s response to her request for a ramp. We have identified fault in the delay in progressing the application. We have not found fault in how the Council decided the scope of the works.\n',
    );
    expect(identified.faultFound).toBe(true);
    // "We do not uphold ... However, the Council should have reviewed ...": a fault on another point
    const shouldHave = findFacts(
      'Haldon District Council (21 000 306)\n\nDecision : Upheld\n\nSummary: We do not uphold Mr H’s complaint about the decision to end his aftercare. However, the Council should have reviewed his needs before he left hospital. That caused him distress.\n',
    );
    expect(shouldHave.faultFound).toBe(true);
    // an investigation discontinued "making no finding about fault"
    const none = findFacts(
      'Haldon District Council (21 000 307)\n\nDecision : Upheld\n\nSummary: The Ombudsman discontinued his investigation, making no finding about fault, as the Council made a suitable offer to resolve Mr J’s complaint.\n',
    );
    expect(none.faultFound).toBeNull();
    // what the summary denies, or reports someone else saying, is no failing of the Council's
    for (const x of [
      'We do not consider the Council should have offered a direct payment instead.',
      'Her daughter says the Council should have consulted the family.',
      'We do not find its communication was poor.',
    ])
      expect(
        findFacts(
          `Haldon District Council (21 000 308)\n\nDecision : Upheld\n\nSummary: We do not find fault in the Council’s decision. ${x}\n`,
        ).faultFound,
      ).toBeNull();
  });

  it('reads the landlord named before "(the landlord)" in a sentence, not the sentence before the name', () => {
    const f = findFacts(
      "Housing Ombudsman Service\nREPORT\nCOMPLAINT 202301234\nThe complaint is about the handling of repairs by Fenmoor Homes Limited (the landlord) to the resident's kitchen.\nBackground\n1. The resident is an assured tenant.\n",
    );
    expect(f.organisation).toBe('Fenmoor Homes Limited');
  });

  it('reads "outside our jurisdiction" as that finding, not a closure after initial enquiries', () => {
    const f = findFacts(
      "Fenwick Borough Council (23 300 180)\nThe Ombudsman's final decision:\nSummary: We cannot investigate Mr T's complaint about the Council's decision to prosecute him. This is because it is outside our jurisdiction.\nThe complaint\n1. Mr T complains about a prosecution.\n",
    );
    expect(f.finding).toBe('outside_jurisdiction');
  });

  it('reads a labelled reference of the council\'s own ("Our ref: CS-2024-00123") on a Stage 2 report', () => {
    const f = findFacts(
      'Stage 2 investigation report\nOur ref: CS-2024-00123\nInvestigating officer: J Smith\nIndependent person: K Jones\nThe complainant says the Council did not assess her needs.\n',
    );
    expect(f.reference).toBe('CS-2024-00123');
  });

  it("types a mirror site's decision page with no title line by its decision headings", () => {
    const f = findFacts(
      "LGO (Local Government & Social Care Ombudsman) Not Upheld Reference 22-002-520 Decided 3 May 2023\nChildren's care services\nSummary: Mrs B complained about the Council's handling of her son's care. We did not find fault.\nThe complaint\n1. Mrs B complains the Council did not assess her son.\n",
    );
    expect(f.documentType).toBe('lgsco_decision');
    expect(f.finding).toBe('not_upheld');
  });

  it("takes the finding from a mirror site's header label when the summary does not say it", () => {
    const f = findFacts(
      "LGO (Local Government & Social Care Ombudsman) Closed after initial enquiries Reference 23-301-442 Decided 9 May 2024\nPlanning applications\nSummary: Mr K complained about how the Council dealt with his neighbour's application for an extension.\nThe complaint\n1. Mr K complains the Council did not consult him.\n",
    );
    expect(f.finding).toBe('closed_after_initial_enquiries');
  });

  it('finds fault stated in a sentence of its own after no fault on another point', () => {
    const f = findFacts(
      "The Ombudsman's final decision:\nSummary: There was no fault in how the Council decided Mrs P's request for a dropped kerb. Its policy lets it weigh the road's safety, and it did so. There was some fault in how it told Mrs P of its decision, but it has already apologised.\nThe complaint\n1. Mrs P complains the Council refused her a dropped kerb.\n",
    );
    expect(f.finding).toBe('upheld');
    expect(f.faultFound).toBe(true);
  });

  it('keeps fault found on an upheld decision whose summary names a failing in other words than "fault"', () => {
    const f = findFacts(
      "Fenwick Borough Council (19 300 410)\n\nDecision : Upheld\n\nThe Ombudsman's final decision:\n\nSummary: Mr J complains about the Council's building control service. There was no fault in its inspections. The Council wrongly told Mr J it would refund his fees and delayed answering his complaint. It has already apologised, which remedies the injustice caused.\n",
    );
    expect(f.finding).toBe('upheld');
    expect(f.faultFound).toBe(true);
  });

  it('does not read the council not upholding a complaint as the Ombudsman finding no fault', () => {
    const f = findFacts(
      "Fenwick Borough Council (24 300 520)\n\nDecision : Upheld\n\nThe Ombudsman's final decision:\n\nSummary: Mr G complained about the support he had as a kinship carer. The Council upheld some of his complaints. We have investigated the parts which the Council did not uphold. The Council has agreed to pay Mr G £400 for the distress caused by the fault.\n",
    );
    expect(f.finding).toBe('upheld');
    expect(f.faultFound).toBe(true);
  });

  it('reads the decision label run into the other header labels, as a PDF rendering of the page reflows them', () => {
    const f = findFacts(
      'Fenwick Borough Council (23 300 190)\n\nCategory : Benefits and tax > Council tax Decision : Upheld Decision\ndate : 25 Oct 2024 The Investigation\n\nThe complaint\n\n1. Mr Y complained the Council took two years to refund his council tax.\n\nThe Ombudsman’s role and powers\n\n2. We cannot investigate late complaints unless we decide there are good reasons.\n',
    );
    expect(f.finding).toBe('upheld');
  });

  it('keeps fault found when the summary says "I also found fault" beside a point with no fault', () => {
    const f = findFacts(
      'Fenwick Borough Council (22 300 191)\n\nDecision : Upheld\n\nSummary: there was delay in the way the Council carried out a safeguarding enquiry. I also found fault in the way the Council handled Miss X\u2019s complaint. The Council was not at fault for the time it took to find another care agency.\n',
    );
    expect(f.faultFound).toBe(true);
  });

  it('takes a landlord name with "in" or "upon" in it whole, and no "Decision: Upheld" of another complaint', () => {
    expect(
      findFacts(
        'Housing Ombudsman Service\nREPORT\nCOMPLAINT 202301236\nHomes in Sedgemoor (the landlord) is the landlord of the property.\n',
      ).organisation,
    ).toBe('Homes in Sedgemoor');
    const f = findFacts(
      "Fenwick Borough Council (23 300 192)\nPrevious complaint (22 001 111) Decision: Upheld, remedy completed in 2023.\nThe Ombudsman's final decision:\nSummary: We will not investigate Mr F's complaint about a parking charge because he could appeal to the tribunal.\n",
    );
    expect(f.finding).not.toBe('upheld');
  });
});
