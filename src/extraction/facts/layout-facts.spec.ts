/** Fact rules for real layouts: our own texts in the shape of the published pages. */
import { findFacts } from './find-facts';

describe('facts from real layouts', () => {
  it('reads a committee minute about one decision as a committee paper, not a decision', () => {
    const f = findFacts(
      'Issue - meetings\n\nOmbudsman finding on a planning complaint\n\nMeeting: 14/03/2024 - Cabinet (Item 12)\n\nMinutes:\n\nCabinet received a report on a decision of the Ombudsman about a planning complaint.\n\nRESOLVED that the report be noted.\n',
    );
    expect(f.documentType).toBe('annual_report');
    expect(f.finding).toBeNull();
  });

  it('reads an executive’s numbered resolutions on an Ombudsman report as a committee paper', () => {
    const f = findFacts(
      "Report by the Local Government and Social Care Ombudsman\n\n(To receive a report from the Director of Adult Care, which invites the Executive to consider the Ombudsman's report on a complaint about care charges)\n\n(1)  That the report of the Ombudsman be received.\n\n(2)  That the actions already taken by the Council be noted.\n",
    );
    expect(f.documentType).toBe('annual_report');
    expect(f.finding).toBeNull();
  });

  it("reads an executive councillor's decision record on an Ombudsman finding as a committee paper", () => {
    const f = findFacts(
      '43 Local Government Ombudsman Maladministration Finding: Planning PDF 198 KB\nAdditional documents:\nMatter for Decision\nThe report referred to the Ombudsman’s findings of maladministration following a complaint.\nDecision of Executive Councillor for Planning\nThe Executive Councillor noted the findings.\n',
    );
    expect(f.documentType).toBe('annual_report');
  });

  it('reads a table of several Ombudsman decisions (one reference a row) as a report on many cases', () => {
    const f = findFacts(
      'Annex 2\n\nLGSCO Ref\n\nService Area\n\nDate of Final Decision\n\nOutcome\n\n21004417\n\nCouncil Tax\n\n04/05/2021\n\nClosed after initial enquiries\n\nMr A complains about a summons. We will not investigate.\n\n21006120\n\nWaste\n\n18/06/2021\n\nUpheld\n\nMrs B complains about missed bins. The Council agreed to apologise.\n\n21009932\n\nParking\n\n02/08/2021\n\nNot upheld\n\nMr C complains about a parking fine.\n',
    );
    expect(f.documentType).toBe('annual_report');
  });

  it('reads a mirror header line: reference with hyphens, "Decided" date, label and title', () => {
    const f = findFacts(
      "Source · LGO (Local Government & Social Care Ombudsman)\n\nFenwick, Haldon and Brack Council\n\nLGO (Local Government & Social Care Ombudsman) Not Upheld Reference 23-104-556 Sector Housing Category Allocations Decided 4 March 2024\n\nFull decision\n\nThe Ombudsman's final decision\n\nSummary: Mr D complained about his housing band. We find no fault.\n",
    );
    expect(f.reference).toBe('23-104-556');
    expect(f.decisionDate).toBe('2024-03-04');
    expect(f.organisation).toBe('Fenwick, Haldon and Brack Council');
    expect(f.finding).toBe('not_upheld');
  });

  it('reads a reference printed "23-104-556 · ... · Decision date:"', () => {
    const f = findFacts(
      "Haldon District Council\n\n23-104-556 · Housing › Allocations · Decision date: 4 March 2024\n\nThe Ombudsman's final decision\n\nSummary: We will not investigate this complaint about a housing band.\n",
    );
    expect(f.reference).toBe('23-104-556');
    expect(f.finding).toBe('closed_after_initial_enquiries');
  });

  it('takes the finding from the summary, not from the stock words about fault', () => {
    const f = findFacts(
      "Brack Council (23 104 556)\nThe Ombudsman's final decision:\nSummary: Ms P complained about a blue badge refusal. A suitable remedy is agreed.\nThe Ombudsman's role and powers\nIf there has been fault which has caused an injustice, we may suggest a remedy. We will not investigate late complaints.\n",
    );
    expect(f.finding).toBe('upheld');
    expect(f.faultFound).toBe(true);
  });

  const HOS = (determination: string): string =>
    `Fenbury Homes (202512345)\nCase ID\n202512345\nDecision type\nInvestigation\nLandlord\nFenbury Homes\nDate\n12 May 2026\nOur approach\nWe consider whether there was any 'maladministration'.\nOur decision (determination)\nWe have found:\n${determination}\nSummary of reasons\nThe landlord acted.\n`;

  it('reads a Housing Ombudsman determination: any maladministration or service failure upholds', () => {
    const f = findFacts(
      HOS('a) Reasonable redress for the repairs.\nb) A service failure in its complaint handling.'),
    );
    expect(f.finding).toBe('upheld');
    expect(f.faultFound).toBe(true);
    expect(f.organisation).toBe('Fenbury Homes');
  });

  it('reads reasonable redress on every point as not upheld with fault put right', () => {
    const f = findFacts(HOS('There was reasonable redress by the landlord in its handling of the repairs.'));
    expect(f.finding).toBe('not_upheld');
    expect(f.faultFound).toBe(true);
  });

  it('reads a jurisdiction decision as closed, and stock words alone as no finding', () => {
    const j = findFacts(
      HOS(
        'After considering the evidence, we have found that the complaint is outside our jurisdiction.',
      ).replace('Decision type\nInvestigation', 'Decision type\nJurisdiction'),
    );
    expect(j.finding).toBe('closed_after_initial_enquiries');
    expect(j.faultFound).toBeNull();
    const none = findFacts(
      "Fenbury Homes (202512345)\n\nREPORT\n\nCOMPLAINT 202512345\n\nFenbury Homes\n\n12 May 2026\n\nOur approach\n\nWe decide whether there has been any 'maladministration', for example whether the landlord kept to the law.\n",
    );
    expect(none.finding).toBeNull();
    expect(none.faultFound).toBeNull();
  });

  it('reads an older jurisdictional determination ("is not within the Ombudsman\u2019s jurisdiction") as closed', () => {
    const f = findFacts(
      "Fenbury Homes (202012345)\n\nREPORT\n\nCOMPLAINT 202012345\n\nFenbury Homes\n\n2 March 2021\n\nOur approach\n\nWhat we can and cannot consider is called the Ombudsman's jurisdiction. We cannot investigate complaints that fall outside of this.\n\nThe complaint\n\n  1. The complaint is about the landlord's handling of a transfer request.\n\nDetermination (jurisdictional decision)\n\n  1. There are sometimes reasons why a complaint will not be investigated.\n  2. Having considered the evidence, I have determined that the complaint, as set out above, is not within the Ombudsman's jurisdiction.\n\nSummary of events\n\n  1. The landlord said the resident's request would be reviewed.\n",
    );
    expect(f.documentType).toBe('housing_ombudsman_decision');
    expect(f.finding).toBe('closed_after_initial_enquiries');
    expect(f.faultFound).toBeNull();
  });

  it('one aspect of a complaint outside jurisdiction does not close the rest: no finding yet', () => {
    const f = findFacts(
      "Fenbury Homes (202312345)\n\nREPORT\n\nCOMPLAINT 202312345\n\nFenbury Homes\n\n3 June 2024\n\nThe complaint\n\n- The complaint is about the landlord's:\n- handling of a transfer request;\n- handling of reports of damp.\n\nJurisdiction\n\n- After carefully considering all the evidence, the following aspect of the complaint is outside of the Ombudsman's jurisdiction:\n- The landlord's handling of the transfer request.\n",
    );
    expect(f.documentType).toBe('housing_ombudsman_decision');
    expect(f.finding).toBeNull();
  });
});

describe('findings stated in the summary of a decision page', () => {
  const page = (summary: string): string =>
    `Marlow Vale Council (23 014 552)\nThe Ombudsman's final decision:\nSummary: ${summary}\nThe complaint\n- Mr R complained about the Council.\n`;

  it('"We have upheld ... We will not investigate further because ..." is upheld', () => {
    const f = findFacts(
      page(
        'We have upheld Mr R’s complaint about a delay in reviewing his temporary accommodation. We will not investigate further because the Council has agreed to apologise.',
      ),
    );
    expect(f.finding).toBe('upheld');
    expect(f.faultFound).toBe(true);
  });

  it('"no fault in ..., but we found fault in ..." is upheld with fault', () => {
    const f = findFacts(
      page(
        'We found no fault in how the Council decided his grant application, but we found fault in how it kept him informed. We recommended the Council apologise.',
      ),
    );
    expect(f.finding).toBe('upheld');
    expect(f.faultFound).toBe(true);
  });
});

describe('fault stated in other words in a summary with no Decision line', () => {
  const page = (summary: string): string =>
    `Marlow Vale Council (23 014 553)\nThe Ombudsman's final decision:\nSummary: ${summary}\nThe complaint\n- Ms Q complained about the Council.\n`;

  it.each([
    'We uphold Ms Q’s complaint, as the Council delayed her stage two investigation.',
    'The Ombudsman upholds the complaint. The Council has agreed to our recommendations.',
    'We have found one area of fault because the Council took too long to reply.',
    'The Ombudsman intends to find fault with the Council for delaying its enquiries.',
    'We have concluded our investigation having made a finding of fault.',
    'The Council’s failure to carry out the agreed monitoring is fault.',
  ])('"%s" is upheld with fault', (summary) => {
    const f = findFacts(page(summary));
    expect(f.finding).toBe('upheld');
    expect(f.faultFound).toBe(true);
  });
});
