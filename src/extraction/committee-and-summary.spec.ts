/**
 * Shapes seen in committee pages about Ombudsman complaints and in the short summaries of decisions
 * (our own texts, written in the shape of the real ones): the sentence after an action that
 * comments on it, counts of decisions, a second recommendation reported in the passive, and the
 * remedy restated in a summary.
 */
import { explainFromText } from './extract-text';
import { ExtractionResult } from './types';

const SOURCE = { fileName: 't.txt', mediaType: 'text/plain', sha256: '0', pages: null, characters: 0 };
const run = (text: string): ExtractionResult => explainFromText({ text, pageStarts: null }, SOURCE).result;
const texts = (r: ExtractionResult): string[] =>
  r.recommendations.filter((x) => !x.possible).map((x) => x.text);

/** The head of an LGSCO upheld decision down to its summary (the first lines our own cases share). */
function lgscoDecision(council: string, category: string, date: string, summary: string): string {
  return [
    council,
    '',
    `Category : ${category}`,
    '',
    'Decision : Upheld',
    '',
    `Decision date : ${date}`,
    '',
    "The Ombudsman's final decision:",
    '',
    `Summary: ${summary}`,
    '',
  ].join('\n');
}

/** A Housing Ombudsman report down to its "Our recommendations" heading. */
function housingOmbudsmanRecommendations(complaint: string, landlord: string, date: string): string {
  return ['REPORT', '', `COMPLAINT ${complaint}`, '', landlord, '', date, '', 'Our recommendations', ''].join(
    '\n',
  );
}

describe('committee pages: what a report is for, what its figures hold and what the law did', () => {
  it('reads none of these as the council acting; the council’s own change and a resolution to act stay', () => {
    const r = run(
      [
        'Corporate Governance Committee',
        'To consider a report of the Head of Legal and Democratic Services on complaints.',
        '(Report attached) Additional documents:',
        '',
        'Background',
        '',
        'The aim of this report is to set out the complaints received in 2023/24 and to review how quickly the Council responded.',
        'Its purpose is to support our improvement work and ensure that what residents tell us is used to shape services.',
        'Note: these figures will include complaints the Ombudsman referred back to the Council as premature.',
        'Handling complaints well can highlight areas where changes to procedures need to be made.',
        'The statutory procedure was amended from 1 April 2019 by the Social Care Complaints Regulations 2018.',
        'Some decisions took several months to arrive, so there may be cases received before the new procedures were put in place.',
        'This report is also relevant to the review of the complaints policy, and it is therefore proposed that it should be referred to the Scrutiny Committee.',
        'The presentation covered:',
        '• Examples of learning shared across the service.',
        '',
        'Learning from complaints',
        '',
        'After an upheld complaint about blue badges, the Council changed its assessment letters.',
        '',
        'RESOLVED –',
        '(1) That the annual letter be noted.',
        '(2) That no comments be made to the Ombudsman on the form of the letter.',
        '(3) That the Council review its complaints procedure by March 2025.',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'After an upheld complaint about blue badges, the Council changed its assessment letters.',
      'That the Council review its complaints procedure by March 2025.',
    ]);
  });

  it('reads a resolution run in after its label ("RESOLVED: That the Council apologise ...")', () => {
    const r = run(
      [
        'Cabinet',
        'Issue - decisions',
        'Minutes:',
        'The Cabinet considered the Ombudsman’s report on a complaint about a care assessment.',
        'RESOLVED: That the Council apologise to the complainant and pay £500.',
      ].join('\n'),
    );
    expect(texts(r)).toEqual(['RESOLVED: That the Council apologise to the complainant', 'pay £500.']);
    expect(r.remedyTotal).toBe(500);
  });

  it('keeps commitments near those shapes (review findings): figures to be published, "In cases where ...", a time taken to do a task', () => {
    const r = run(
      [
        'Audit and Governance Committee',
        'Report of the Head of Legal Services',
        '',
        'Learning from complaints',
        '',
        'The figures will be published on the Council’s website each quarter.',
        'In any case where a refund is due the Council will pay it within 28 days.',
        'The Council took six weeks to review every open case and wrote to each family.',
        'It took too long to arrange the adaptations.',
        'The complaints policy was updated by the Council to reflect the Care Act 2014.',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The figures will be published on the Council’s website each quarter.',
      'In any case where a refund is due the Council will pay it within 28 days.',
      'The Council took six weeks to review every open case and wrote to each family.',
      'The complaints policy was updated by the Council to reflect the Care Act 2014.',
    ]);
  });
});

describe('committee pages: the sentences after an action', () => {
  it('keeps questions, conditions and report purposes out, and resolutions that instruct or approve in (review findings)', () => {
    const r = run(
      [
        'Issue - decisions',
        '',
        'Minutes:',
        '',
        'To outline the findings of the Ombudsman’s investigation and the Council’s response.',
        '',
        'Councillor Jones asked whether the council would apologise to the family. If the complaint were upheld, the council would pay compensation.',
        '',
        'The Council had agreed to implement the Ombudsman’s recommendations and would provide the family with a formal apology.',
        '',
        'RESOLVED:',
        '',
        'That Cabinet approve a payment of £500 to the complainant.',
        'That the Executive instruct the Director of Adult Services to review the charging policy.',
        'That Cabinet notes the Ombudsman’s report.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Council had agreed to implement the Ombudsman’s recommendations and would provide the family with a formal apology.',
      'That Cabinet approve a payment of £500 to the complainant.',
      'That the Executive instruct the Director of Adult Services to review the charging policy.',
    ]);
  });

  it('splits a second clause with its own subject and "would" ("... had been reviewed and a procedural timeline would be introduced")', () => {
    const r = run(
      [
        'Issue - meetings',
        '',
        'Complaint upheld by the Local Government Ombudsman',
        '',
        'Minutes:',
        '',
        'The Cabinet Member said the policies had been reviewed and a new procedural checklist would be introduced to ensure the delays would not happen again.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Cabinet Member said the policies had been reviewed',
      'a new procedural checklist would be introduced to ensure the delays would not happen again.',
    ]);
  });

  it('reads what the Ombudsman ordered or asked the council to do, after an opening clause and with "HOS" for its name', () => {
    const r = run(
      [
        'Housing complaints annual report 2024/25',
        '',
        'Housing Ombudsman determinations',
        '',
        'In all cases where maladministration or service failure was found, the HOS ordered the council to pay compensation to the resident.',
        '',
        'In one case the Housing Ombudsman directed the council to apologise to the resident.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'In all cases where maladministration or service failure was found, the HOS ordered the council to pay compensation to the resident.',
      'In one case the Housing Ombudsman directed the council to apologise to the resident.',
    ]);
  });

  it('reads the items of a resolution written in the present without "That" ("and agrees: 1. The Council apologises ...")', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Report by the Local Government and Social Care Ombudsman Reference Number: 22 014 771',
        '',
        'The Council notes and accepts the recommendations of the Ombudsman Report, and agrees:',
        '',
        '1.     The Council apologises to Mrs T for the delay in dealing with her complaint.',
        '',
        '2.     A programme of training on the complaints process is provided for all councillors and senior managers within 3 months.',
        '',
        '3.     A report is published within 4 weeks on the Council website setting out how the procedures have been updated.',
        '',
        '4.     Any further changes to the procedures are conducted under the oversight of the Standards Committee.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Council apologises to Mrs T for the delay in dealing with her complaint.',
      'A programme of training on the complaints process is provided for all councillors and senior managers within 3 months.',
      'A report is published within 4 weeks on the Council website setting out how the procedures have been updated.',
      'Any further changes to the procedures are conducted under the oversight of the Standards Committee.',
    ]);
  });

  it('reads what the Leader "wanted" as no hearsay, and a step the Leader "had also" taken after a task asked of an officer', () => {
    const r = run(
      [
        'Issue - decisions',
        '',
        'Report of the Local Government and Social Care Ombudsman: purchase of a property',
        '',
        'Minutes:',
        '',
        'The Leader wanted to make sure that nothing like this happened again and had asked the new Chief Executive to review how property decisions are taken. The Leader had also commissioned an independent review of past property transactions.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Leader wanted to make sure that nothing like this happened again and had asked the new Chief Executive to review how property decisions are taken.',
      'The Leader had also commissioned an independent review of past property transactions.',
    ]);
  });

  it('splits two remedies given by one passive verb ("A financial remedy and formal apology were also issued")', () => {
    const r = run(
      [
        'Issue - decisions',
        '',
        'Local Government and Social Care Ombudsman report: child protection',
        '',
        'Minutes:',
        '',
        'The Council accepted the findings and completed a learning review with its safeguarding partnership. A financial remedy and formal apology were also issued to Miss K.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Council accepted the findings and completed a learning review with its safeguarding partnership.',
      'A financial remedy',
      'formal apology were also issued to Miss K.',
    ]);
  });

  it('reads the list after "the actions already taken, namely" as the actions', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Report of the Monitoring Officer on a report of the Local Government and Social Care Ombudsman',
        '',
        'Decision:',
        '',
        'Recommendation to Council: That',
        '',
        '3)    Council endorse the actions already taken, namely the written apology to the applicant and the procedural change to the published allocations scheme.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Council endorse the actions already taken, namely the written apology to the applicant',
      'the procedural change to the published allocations scheme.',
    ]);
  });

  it('reads shorthand items of an adopted list ("i. Planning officers to make a written log of all site visits")', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Local Government Ombudsman Complaint',
        '',
        'The officer recommendations were moved, seconded, put to the vote and carried.',
        '',
        '1.         To note and adopt the findings of the report and recommendations, as follows:',
        '',
        'i.     Planning officers to make a written log of all site visits and include photos.',
        '',
        'ii.    Planning officers to erect the site notices and consider the best position for them.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Planning officers to make a written log of all site visits and include photos.',
      'Planning officers to erect the site notices and consider the best position for them.',
    ]);
  });

  it('reads "the Council offering a £100 payment" in a committee report as the remedy payment', () => {
    const r = run(
      [
        'Children’s social care complaints annual report 2023/24',
        '',
        'Ombudsman enquiries',
        '',
        'One case resulted in a finding of maladministration and injustice, due to a delay in completing a Stage 2 investigation, which led to the Council offering a £150 payment. The other case was not investigated.',
        '',
      ].join('\n'),
    );
    expect(r.remedyTotal).toBe(150);
    expect(texts(r)).toHaveLength(1);
  });

  it('reads a numbered list run into one paragraph after "recommended the following action be taken."', () => {
    const r = run(
      [
        'Decision details',
        '',
        'Content: RESOLVED: 1. Noted the findings and recommendations of the Ombudsman in the public interest report. 2. Endorsed the steps to implement the recommendations. REASONS FOR DECISION The Ombudsman made a finding of fault causing injustice and has recommended the following action be taken. 1. Apologise to Mr K; 2. Make a symbolic payment of £400 to Mr K; 3. To reassess Mr K’s eligibility for a parking permit; 4. To review the guidance the Council gives to its assessors; 5. Once the review has been completed, write to all applicants refused a permit since 1 January 2024.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Apologise to Mr K',
      'Make a symbolic payment of £400 to Mr K',
      'To reassess Mr K’s eligibility for a parking permit',
      'To review the guidance the Council gives to its assessors',
      'Once the review has been completed, write to all applicants refused a permit since 1 January 2024.',
    ]);
  });

  it('reads "a broader review of how the service responds to complaints" as a change, in a committee paper', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Self-assessment against the Housing Ombudsman’s Complaint Handling Code',
        '',
        'The Housing Service Lead introduced the report concerning the self-assessment.',
        '',
        'A broader review of how the Housing Service responds to complaints will be beginning shortly, with a consultation session at the tenants’ panel.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'A broader review of how the Housing Service responds to complaints will be beginning shortly, with a consultation session at the tenants’ panel.',
    ]);
  });

  it('reads an officer named with a bracketed title introducing the report as the meeting, and "She added that ..." as the record of a change', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Ombudsman outcomes 2019/20',
        '',
        'Jane Holt (Assistant Director – Governance and Policy) introduced the Report which presented a summary of the outcomes of Ombudsman complaints for the year.',
        '',
        'She added that Legal Services had enacted measures to promote an awareness across the organisation of good practice and lessons learned.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'She added that Legal Services had enacted measures to promote an awareness across the organisation of good practice and lessons learned.',
    ]);
  });

  it('keeps a capitalised noun of a title ("Director of Customer Experience and Change") in its action', () => {
    const r = run(
      [
        'Annual complaints report 2023/24',
        '',
        'Improvements to managing Ombudsman complaints',
        '',
        '12. In addition there will be automated reminders sent to service managers, as well as escalations to the Director of Customer Experience and Change and the Chief Executive when 75% of the time for a remedy has passed.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'In addition there will be automated reminders sent to service managers, as well as escalations to the Director of Customer Experience and Change and the Chief Executive when 75% of the time for a remedy has passed.',
    ]);
  });

  it('reads what an officer "continued" was done, what the Ombudsman asked the council to do, and compensation paid after ", and"', () => {
    const r = run(
      [
        'Issue - decisions',
        '',
        'Minutes:',
        '',
        'The Director commented that a decision letter had been received. The Ombudsman found that the council did not take the medical evidence into account and asked the council to review the applicant’s banding.',
        '',
        'Following a question, the Director continued that procedures in housing had been reviewed and there was now a second check by a senior officer.',
        '',
        'One case went to the Housing Ombudsman, which was partly upheld, and compensation was paid as a result.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Ombudsman found that the council did not take the medical evidence into account and asked the council to review the applicant’s banding.',
      'Following a question, the Director continued that procedures in housing had been reviewed and there was now a second check by a senior officer.',
      'One case went to the Housing Ombudsman, which was partly upheld, and compensation was paid as a result.',
    ]);
  });

  it("reads an approved review in a resolution, and not the agenda's description of the item", () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Report by the Local Government and Social Care Ombudsman',
        '',
        '(To receive a report from the Director of Adult Care, which invites the Executive to consider the Ombudsman’s report and the actions taken and proposed to be taken by the Council)',
        '',
        '(1)  That the report of the Ombudsman be received.',
        '',
        '(2)  That approval be given to the carrying out of a full review of the Council’s care home payment arrangements.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'That approval be given to the carrying out of a full review of the Council’s care home payment arrangements.',
    ]);
  });

  it('reads a minute\'s reported future ("the council would provide ... compensation and a formal apology"), not "That Cabinet considers the report"', () => {
    const r = run(
      [
        'Minutes:',
        '',
        'The Cabinet Member explained that the council had been found at fault over a child’s plan. The council had accepted the recommendations of the Ombudsman and would provide the family with financial compensation and a formal apology.',
        '',
        'RESOLVED:',
        '',
        'That Cabinet considers the Ombudsman’s report and the steps the service will take.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The council had accepted the recommendations of the Ombudsman and would provide the family with financial compensation',
      'a formal apology.',
    ]);
  });

  it('reads new criteria created and staff recruited, reported in a minute, as changes made', () => {
    const r = run(
      [
        'Minutes:',
        '',
        'The Monitoring Officer presented the Ombudsman\u2019s annual letter. Lessons had been taken from the complaints that reached a hearing. The initial assessment criteria had been created which included tests on bullying. The Head of Planning said that additional planning officers had been recruited to clear the backlog.',
        '',
        'RESOLVED: That the report be noted.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The initial assessment criteria had been created which included tests on bullying.',
      'The Head of Planning said that additional planning officers had been recruited to clear the backlog.',
    ]);
  });

  it("keeps a resolution that pays or reviews before it notes a report or sends one on, and the council's own clause after what the Ombudsman recognised", () => {
    const r = run(
      [
        'Minutes:',
        '',
        'The Cabinet Member introduced the Ombudsman\u2019s report on a care home placement.',
        '',
        'The Ombudsman recognised the Council\u2019s apology to Mrs B, and the Council will also pay her £300 for her time and trouble.',
        '',
        'RESOLVED:',
        '',
        '(a) that the Council pays Mrs B £500 as recommended by the Ombudsman and that the report be noted;',
        '',
        '(b) that the Director of Adult Social Care review the charging policy and that a report on the outcome be submitted to the next meeting of the Cabinet.',
        '',
      ].join('\n'),
    );
    expect(r.remedyTotal).toBe(800);
    expect(texts(r).some((t) => /review the charging policy/.test(t))).toBe(true);
  });

  it('reads training arranged for officers, told at length, and procedures put in place as changes made', () => {
    const r = run(
      [
        'Minutes:',
        '',
        'The Monitoring Officer presented the six-monthly complaints report. Training for officers responsible for complaints investigation had been arranged with the Ombudsman. New complaint procedures had been put in place in the autumn.',
        '',
        'RESOLVED: That the report be noted.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Training for officers responsible for complaints investigation had been arranged with the Ombudsman.',
      'New complaint procedures had been put in place in the autumn.',
    ]);
  });

  it('keeps the remedies a named committee resolved beside its noting, and reads "Clean and Green" as a name', () => {
    const r = run(
      [
        'Minutes:',
        '',
        'The Monitoring Officer presented the Ombudsman\u2019s report on a housing application. Clean and Green services received the most complaints during the year.',
        '',
        'RESOLVED:',
        'That the Audit and Governance Committee:',
        '(1) Noted the Ombudsman\u2019s findings;',
        '(2) Agreed that the Council pay Mrs X £500 and apologise to her in writing.',
        '',
        'RESOLVED: That the Cabinet noted the Ombudsman\u2019s findings and agreed to pay Mr Y £300.',
        '',
      ].join('\n'),
    );
    expect(r.remedyTotal).toBe(800);
    expect(texts(r).some((t) => /apologise to her in writing/.test(t))).toBe(true);
    expect(texts(r).some((t) => /Clean and Green/.test(t))).toBe(false);
  });

  it('reads no action in what a named committee resolved about its own business', () => {
    const r = run(
      [
        'Minutes:',
        '',
        'The Head of Customer Services presented the six-monthly complaints report.',
        '',
        'RESOLVED:',
        'That the Audit and Governance Committee:',
        '(1) Noted the content of the report and acknowledged the Council\u2019s compliance with the complaints policy;',
        '(2) Agreed for this report be provided to the Chair of each Service Committee.',
        '',
        'RESOLVED: That the Standards and Audit Committee noted the statistics and performance for the period.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });

  it('reads no action in a resolution that notes a report and sends figures on to another committee', () => {
    const r = run(
      [
        'Annual Ombudsman Statistics',
        '',
        'Minutes:',
        '',
        'A report setting out the annual statistics of complaints recorded against the Council by the Local Government Ombudsman was submitted. It was noted that the figures for neighbouring authorities had not been published yet.',
        '',
        'RESOLVED:',
        '',
        '(a)       that the report be noted; and',
        '',
        '(b)       that the Ombudsman statistics relating to neighbouring authorities be referred to the Standards Committee once these are available.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });

  it('reads the items a committee resolved to implement, not its noting or its reasons', () => {
    const r = run(
      [
        'Decision Maker: The Executive',
        'Decision status: Recommendations Approved',
        'It was RESOLVED:-',
        '· To note the Ombudsman’s annual letter.',
        '· To implement, as soon as possible: -',
        '· the introduction of a dashboard of complaints for each Head of Service;',
        '· training for complaints officers on customer care.',
        'Reasons for the decision In accordance with the Act the letter had to be reported to the Executive.',
        'Publication date: 21/10/2025',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'To implement, as soon as possible: -',
      'the introduction of a dashboard of complaints for each Head of Service',
      'training for complaints officers on customer care.',
    ]);
  });

  it('keeps a resolution whose subject is set off by commas whole ("That the Chief Executive, on behalf of the Council, apologises ..."), and not the financial implications', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Report by the Local Government and Social Care Ombudsman Reference Number: 22 004 871',
        '',
        'The Leader proposed the following recommendations that:-',
        '',
        'The Council accepts the content and recommendations of the Ombudsman Report, and agrees:',
        '',
        '1.     That the Chief Executive, on behalf of the Council, apologises to Mrs K within 10 working days.',
        '',
        '2.     That the Council reviews its procedure for handling standards complaints.',
        '',
        'The report itself has no immediate financial implications although it notes the amount (£1,200) paid by the council in compensation last year. It should be noted that there is no central budget for such payments.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'That the Chief Executive, on behalf of the Council, apologises to Mrs K within 10 working days.',
      'That the Council reviews its procedure for handling standards complaints.',
    ]);
    expect(r.remedyTotal).toBe(0);
  });

  it('reads a noun before "had been" or a name ("Processes had been put in place", "Commission for Local Administration") as no imperative', () => {
    const r = run(
      [
        'Audit and Governance Committee',
        '',
        'Report of the Head of Legal Services',
        '',
        'Recommendations',
        '',
        'Processes are explained to residents when a complaint is made.',
        '',
        'Commission for Local Administration report into complaint 08/B/01234 (Report of the Monitoring Officer).',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });

  it('reads no action from a decision record\'s labels ("Report author: ...")', () => {
    const r = run(
      [
        'Decision details',
        '',
        'Ombudsman Decision',
        '',
        'Decision status: Recommendations Approved',
        '',
        'Decisions:',
        '',
        'The Director reported that the Ombudsman had found fault in a housing decision.',
        '',
        'RESOLVED',
        '',
        'That Cabinet notes the Ombudsman’s decision.',
        '',
        'Report author: Jo Marsh',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });

  it('reads a resolution that notes a future review as the review, and "Considered the report" as none', () => {
    const r = run(
      [
        'Minutes:',
        '',
        'RESOLVED: That Cabinet:',
        '(1) Considered the Ombudsman’s report.',
        '(2) Noted that the complaints procedure will be reviewed in 2026 and that guidance will be issued for officers.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Noted that the complaints procedure will be reviewed in 2026',
      'guidance will be issued for officers.',
    ]);
  });

  it('reads a payment a committee agreed, and not the part of it already paid', () => {
    const r = run(
      [
        'Issue - decisions',
        '',
        'Minutes:',
        '',
        'RESOLVED',
        '',
        '1. That it be noted that the Licensing Committee had agreed a payment to Mrs Hale of £400 compensation and £120 for her time and trouble (£20 of which had already been paid under the complaints procedure).',
        '',
      ].join('\n'),
    );
    expect(r.remedyTotal).toBe(520);
  });

  it('reads work a minute says is "underway to review" as a task in progress', () => {
    const r = run(
      [
        'Audit and Standards Committee',
        '',
        'Agenda item',
        '',
        'Housing Ombudsman determination: repairs',
        '',
        'Minutes:',
        '',
        'The Cabinet Member reported that as a result of the complaint work was underway to review the terms of the Council’s tenancy agreement.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Cabinet Member reported that as a result of the complaint work was underway to review the terms of the Council’s tenancy agreement.',
    ]);
  });

  it('reads "To note and approve officers\u2019 compensatory payments to Ms B totalling £4,120.50" as the payment', () => {
    const r = run(
      [
        'Cabinet',
        '',
        'Report of the Director of Housing',
        '',
        'RESOLVED',
        '',
        '  1. To adopt this report as the Council’s formal response under s.31 Local Government Act 1974.',
        '  2. To note and approve officers’ compensatory payments to Ms B totalling £4,120.50, as set out in paragraph 6.14 below.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'To note and approve officers’ compensatory payments to Ms B totalling £4,120.50, as set out in paragraph 6.14 below.',
    ]);
    expect(r.remedyTotal).toBe(4120.5);
  });

  it('reads a decision record\'s "Decision: To make a payment of £900 ..." as the payment', () => {
    const r = run(
      [
        'Decision details',
        '',
        'PAYMENT FOLLOWING OMBUDSMAN DECISION',
        '',
        'Decision Maker: Monitoring Officer',
        '',
        'Decision:',
        '',
        'To make a payment of £900 in place of the repairs recommended by the Ombudsman.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'To make a payment of £900 in place of the repairs recommended by the Ombudsman.',
    ]);
    expect(r.remedyTotal).toBe(900);
  });

  it('"it was noted that an apology had been sent ... and that staff had been briefed": two remedies done; a question "whether ... should be" is none', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Local Government Ombudsman complaint about a planning application',
        '',
        'Minutes:',
        '',
        'The Chair said that members had discussed whether or not the matter should be referred to the full Council.',
        '',
        'In answer to a question it was noted that an apology had been sent to the complainant as the Ombudsman asked and that staff had been briefed on the lessons learnt.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'In answer to a question it was noted that an apology had been sent to the complainant as the Ombudsman asked',
      'staff had been briefed on the lessons learnt.',
    ]);
  });

  it('reads "agreed with the request from the Ombudsman for X to be done" as the action, and "This had been done" as its note', () => {
    const r = run(
      [
        'Minutes:',
        '',
        'It was reported that the Ombudsman had found fault in how neighbours were told about a licensing application, but no injustice. The Council had agreed with the request from the Ombudsman for guidance to be issued to licensing officers on consultation. This guidance had been issued and the Ombudsman had closed the complaint.',
        '',
        'RESOLVED that the report be noted.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Council had agreed with the request from the Ombudsman for guidance to be issued to licensing officers on consultation.',
    ]);
  });

  it('takes "It was also recommended that ..." as a new recommendation, not a comment on the last', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Annual Review Letter of the Local Government and Social Care Ombudsman',
        '',
        'The Committee considered the report on the Ombudsman’s annual review letter for the year ending 31 March 2025. The Ombudsman made decisions on 9 complaints about the Council. One complaint was upheld. The Ombudsman recommended that the Council apologise to the complainant in writing. This was done by the Council. It was also recommended that the Council review how it checks direct debit mandates before it takes a payment, which the Council was already doing.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Ombudsman recommended that the Council apologise to the complainant in writing.',
      'It was also recommended that the Council review how it checks direct debit mandates before it takes a payment, which the Council was already doing.',
    ]);
  });

  it('reads "The measures included ..." as part of the measures before it', () => {
    const r = run(
      [
        'Issue - decisions',
        '',
        '14/05/2025 - Ombudsman Complaint',
        '',
        'Cabinet received a report which set out a decision received from the Ombudsman.',
        '',
        'Following a question from a Member, the Managing Director confirmed that measures had been put in place to stop the problems in the report happening again.  The measures included briefing the planning team on how to record site visits.',
        '',
        'RESOLVED –',
        '',
        'that the decision be noted.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Following a question from a Member, the Managing Director confirmed that measures had been put in place to stop the problems in the report happening again.',
    ]);
  });

  it('takes a count of decisions after a paragraph number for statistics', () => {
    const r = run(
      [
        'Westmarch County Council',
        '',
        'Annual Report on Complaints and Compliments',
        '',
        '3.0 Local Government and Social Care Ombudsman',
        '',
        '3.1 The annual letter from the Ombudsman was published on 20 July 2025.',
        '',
        '3.2 31 decisions were made this year following investigation and 18 cases were upheld, though for three a satisfactory remedy had already been provided by the Council.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('Housing Ombudsman recommendations written as a paragraph', () => {
  const HOS = housingOmbudsmanRecommendations('202512345', 'Brookfield Homes Limited', '2 April 2026');

  it('keeps a further step on "this" or "these" inside the recommendation before it', () => {
    const r = run(
      HOS +
        'The landlord should review the notes about neighbouring homes it included in its complaint response. It should check these against its data protection policy and decide if they should be removed.\n',
    );
    expect(texts(r)).toEqual([
      'The landlord should review the notes about neighbouring homes it included in its complaint response.',
    ]);
  });

  it('still takes a new task that starts "It should ensure that ..."', () => {
    const r = run(
      HOS +
        'The landlord should apologise to the resident for the missed appointments. It should ensure that its repairs staff confirm each appointment the day before.\n',
    );
    expect(texts(r)).toHaveLength(2);
  });
});

describe('a heading run into the first sentence under it', () => {
  it('does not read the law ("Housing allocations Every local housing authority must publish ...") as an action', () => {
    const r = run(
      [
        'Fenmoor District Council (21 004 902)',
        "The Ombudsman's final decision:",
        'Summary: Mr X complains about how the Council dealt with his housing application. We found fault and the Council has agreed to apologise.',
        'What I found',
        'Housing allocations Every local housing authority must publish an allocations scheme that sets out how it prioritises applicants.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual(['We found fault and the Council has agreed to apologise.']);
  });

  it('nor what the law goes on to say of the same duty ("Local authorities must ... This transport must be provided ...")', () => {
    const r = run(
      [
        'Fenmoor District Council (20 003 418)',
        "The Ombudsman's final decision:",
        'Summary: Mrs X complains about the Council’s decision on school transport. There was fault and the Council should review its appeal letters.',
        'What I found',
        '1. Local authorities must arrange suitable transport for eligible children to attend their nearest suitable school. This transport must be provided free of charge. Such arrangements must be safe.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual(['There was fault and the Council should review its appeal letters.']);
  });

  it('and "pay Mrs X £200 for not being able to challenge minutes and reports in meetings" is one action', () => {
    const r = run(
      lgscoDecision(
        'Fenmoor District Council (18 006 117)',
        "Children's care services > Child protection",
        '3 Apr 2019',
        'Mrs X complains about the child protection process. The Council is at fault for not sharing reports before meetings. It should apologise and pay Mrs X £200 for distress caused by not being able to challenge minutes and reports in relevant meetings.',
      ),
    );
    expect(texts(r)).toEqual([
      'It should apologise',
      'pay Mrs X £200 for distress caused by not being able to challenge minutes and reports in relevant meetings.',
    ]);
  });
});

describe('the remedy restated in a decision summary', () => {
  const head = (summary: string): string =>
    lgscoDecision(
      'Eastleigh Vale District Council (24 003 118)',
      'Benefits and tax > Council tax',
      '12 Feb 2025',
      summary,
    ) +
    [
      '',
      'The complaint',
      '',
      '  1. Mrs P complained the Council took her to court for arrears she did not owe. She wants the Council to apologise and pay her compensation.',
      '',
    ].join('\n');

  it('takes what an agreed remedy includes as the action', () => {
    const r = run(
      head(
        'Mrs P complained about how the Council assessed her council tax support. We found fault causing her distress. The Council has agreed action to remedy this injustice including carrying out a fresh assessment of her entitlement from April 2023.',
      ),
    );
    expect(texts(r)).toEqual([
      'The Council has agreed action to remedy this injustice including carrying out a fresh assessment of her entitlement from April 2023.',
    ]);
    expect(r.recommendations[0].category).toBe('reassessment');
  });

  it('takes a remedy named as "sufficient to remedy the injustice" as the action, where fault is found after findings of none', () => {
    // no "Decision :" line: the summary alone says fault was found
    const r = run(
      [
        'Eastleigh Vale District Council (24 003 118)',
        "The Ombudsman's final decision:",
        'Summary: Mrs P complains about how the Council dealt with her neighbour’s extension and its offer of £600. There is no fault in how the Council decided not to take enforcement action and no fault in its decision to invite a new planning application. There is also no evidence of fault in how it decided the permission is valid. The payment of £600 is sufficient to remedy the injustice caused by its delay with an earlier application. However, the Council is at fault for failing to explain the payment. The Council has agreed to apologise to Mrs P.',
        'The complaint',
        '- Mrs P complains that the offer of £600 is too little.',
        '',
      ].join('\n'),
    );
    expect(r.finding).toBe('upheld');
    expect(r.faultFound).toBe(true);
    expect(texts(r)).toEqual([
      'The payment of £600 is sufficient to remedy the injustice caused by its delay with an earlier application.',
      'The Council has agreed to apologise to Mrs P.',
    ]);
    expect(r.remedyTotal).toBe(600);
  });

  it('does not take the money the complainant complains about for a remedy', () => {
    const r = run(
      head(
        'Mrs P complains about how the Council dealt with her appeal and its offer of £400 to remedy its delay. We found fault. The Council has agreed to apologise to Mrs P and pay her £250 for her distress.',
      ),
    );
    expect(texts(r)).toEqual([
      'The Council has agreed to apologise to Mrs P',
      'pay her £250 for her distress.',
    ]);
    expect(r.remedyTotal).toBe(250);
  });

  it('takes the remedies after "The agreed action to" as actions when the sentence says they remedy the injustice', () => {
    const r = run(
      head(
        'The Council delayed its assessment by two months. The agreed action to make procedural changes, send a written apology to Mrs P, and pay £250 remedies the avoidable injustice caused.',
      ),
    );
    expect(texts(r)).toEqual([
      'The agreed action to make procedural changes',
      'send a written apology to Mrs P',
      'pay £250 remedies the avoidable injustice caused.',
    ]);
    expect(r.remedyTotal).toBe(250);
  });

  it('takes "The Ombudsman finds ... and recommends it apologises and pays" and "should process this notification"', () => {
    expect(
      texts(
        run(
          head(
            'Mrs P complains about a delay in her assessment. The Ombudsman finds the Council was at fault and recommends it apologises and pays Mrs P £400. The Council has already taken action to prevent similar faults.',
          ),
        ),
      ),
    ).toEqual([
      'The Ombudsman finds the Council was at fault and recommends it apologises',
      'pays Mrs P £400.',
    ]);
    expect(
      texts(
        run(
          head(
            'The Council delayed dealing with a blocked footpath. The Council should process Mrs P’s notification of the obstruction and also register the path on its list of streets.',
          ),
        ),
      ),
    ).toEqual([
      'The Council should process Mrs P’s notification of the obstruction',
      'register the path on its list of streets.',
    ]);
  });

  it('takes what "This includes ..." names after a remedy the Council proposed, and "accepts it did not act" as fault', () => {
    const r = run(
      [
        'Eastleigh Vale District Council (23 014 702)',
        "The Ombudsman's final decision:",
        'Summary: Mrs P complained the Council charged her for longer care visits than she received. The Council accepts it did not act in a timely manner and has proposed a suitable remedy. This includes refunding the cost of the shorter visits and making a symbolic payment to Mrs P to recognise her inconvenience.',
        'The complaint',
        '- Mrs P complains she was charged for 45 minute visits.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'This includes refunding the cost of the shorter visits',
      'making a symbolic payment to Mrs P to recognise her inconvenience.',
    ]);
    expect(r.finding).toBe('upheld');
  });

  it('does not read "as agreed" in a finding as an agreement ("It failed to call her as agreed to discuss ...")', () => {
    expect(
      texts(
        run(
          head(
            'The Council was at fault. It failed to call Mrs P as agreed to discuss the conference and her concerns. The Council has agreed to apologise to Mrs P.',
          ),
        ),
      ),
    ).toEqual(['The Council has agreed to apologise to Mrs P.']);
  });

  it('does not read "how ... should" in a finding as an action, and keeps "update its website and process so that ..." whole', () => {
    expect(
      texts(
        run(
          head(
            'The Council failed to properly consider how its rules should apply to the older part of the cemetery. The Council has agreed to update its website and process so that the rules it follows are clear.',
          ),
        ),
      ),
    ).toEqual([
      'The Council has agreed to update its website and process so that the rules it follows are clear.',
    ]);
  });

  it('takes an agreement not to act ("agreed not to withhold payments ...") as an action', () => {
    expect(
      texts(
        run(
          head(
            'Mrs P complained the Council stopped paying her mother\u2019s care home during a dispute about fees. In 2019 it realised a charge was wrong and agreed not to recover it. The Council was at fault. The Council has agreed to pay Mrs P £300. It has also agreed not to withhold payments to care homes while a dispute about fees is resolved.',
          ),
        ),
      ),
    ).toEqual([
      'The Council has agreed to pay Mrs P £300.',
      'It has also agreed not to withhold payments to care homes while a dispute about fees is resolved.',
    ]);
  });

  it('takes the remedies named as gerunds before "remedies the injustice"', () => {
    expect(
      texts(
        run(
          head(
            'There was fault in how the Council worked out Mrs P\u2019s charges. Carrying out a new financial assessment and refunding any overcharge to Mrs P remedies the injustice.',
          ),
        ),
      ),
    ).toEqual([
      'Carrying out a new financial assessment',
      'refunding any overcharge to Mrs P remedies the injustice.',
    ]);
  });

  it('takes what "This will include ..." names after a remedy agreed "as we recommended", not the agreement alone', () => {
    expect(
      texts(
        run(
          head(
            'We found the Council wrongly refused Mrs P\u2019s application. The Council accepted these findings and agreed to remedy Mrs P\u2019s injustice as we recommended. This will include reconsidering her application. It will also improve its guidance for officers on such applications.',
          ),
        ),
      ),
    ).toEqual([
      'This will include reconsidering her application.',
      'It will also improve its guidance for officers on such applications.',
    ]);
  });

  it('splits sharing the decision with staff from an apology', () => {
    expect(
      texts(
        run(
          head(
            'The Council did not record its reasons. The Council should apologise to Mrs P and share this decision with its planning officers, reminding them that reasons for decisions must be recorded.',
          ),
        ),
      ),
    ).toEqual([
      'The Council should apologise to Mrs P',
      'share this decision with its planning officers, reminding them that reasons for decisions must be recorded.',
    ]);
  });

  it('does not take a remedy the organisation "had agreed" in the past for an action', () => {
    expect(
      texts(
        run(
          head(
            'Mrs P complained the Council had not kept to an earlier agreement. In 2020 the Council had agreed a remedy including paying for a cleaner, which it later stopped. We found no fault in its reasons.',
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('takes the organisation’s offer as the remedy, but not an offer that was refused', () => {
    expect(
      texts(
        run(
          head(
            'Mrs P complained the Council pursued a council tax debt she had already paid. We found fault. The Council offered to cancel the summons costs. The Council has agreed to the further remedies we recommended.',
          ),
        ),
      ),
    ).toEqual(['The Council offered to cancel the summons costs.']);
    expect(
      texts(
        run(
          head(
            'Mrs P complained the Council pursued a council tax debt she had already paid. We found fault. The Council offered to meet Mrs P but she declined.',
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('keeps a reminder with its list of what staff are to do as one action', () => {
    const r = run(
      head(
        'We found fault in how the Council handled Mrs P’s account. The Council agreed to apologise to Mrs P and to remind staff to check payments before issuing a summons, to record calls with residents and to provide early information about summons costs to residents.',
      ),
    );
    expect(texts(r)).toEqual([
      'The Council agreed to apologise to Mrs P',
      'remind staff to check payments before issuing a summons, to record calls with residents and to provide early information about summons costs to residents.',
    ]);
  });

  it('does not keep a payment, an apology or a dated task in a reminder’s list', () => {
    const r = run(
      head(
        'We found fault in how the Council handled Mrs P’s account. The Council agreed to remind its recovery officers to check payments before issuing a summons, to pay Mrs P £120 for her time and trouble, and to apologise to her.',
      ),
    );
    expect(texts(r)).toEqual([
      'The Council agreed to remind its recovery officers to check payments before issuing a summons',
      'pay Mrs P £120 for her time and trouble',
      'apologise to her.',
    ]);
    expect(r.remedyTotal).toBe(120);
    const dated = run(
      head(
        'We found fault. The Council agreed to remind staff to log every call about arrears, and to update its recovery policy by June 2025.',
      ),
    );
    expect(texts(dated)).toHaveLength(2);
  });

  it('splits a reminder from a single task after it ("and to ensure ...")', () => {
    const r = run(
      head(
        'We found fault but it did not cause Mrs P an injustice. The Council agreed to remind its officers to properly record telephone calls and to ensure recovery letters are sent in line with its policy.',
      ),
    );
    expect(texts(r)).toHaveLength(2);
  });
});

describe('recommendations reported in a committee page', () => {
  it('splits a written apology from a payment after "recommended that in this case the Council"', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Annual Review Letter of the Ombudsman',
        '',
        'One complaint was upheld. The Ombudsman recommended that in this case the Council provide a written apology and a payment of £200 to the complainant.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Ombudsman recommended that in this case the Council provide a written apology',
      'a payment of £200 to the complainant.',
    ]);
    expect(r.remedyTotal).toBe(200);
  });
});

describe('a scrutiny minute on the council’s response to a public interest report', () => {
  const minute = (paragraphs: string[]): string =>
    [
      'Agenda item',
      '',
      'Response to the Ombudsman Public Interest Report',
      '',
      'Minutes:',
      '',
      ...paragraphs.flatMap((x) => [x, '']),
    ].join('\n');

  it('reads the apology given at the meeting and the changes reported as made', () => {
    expect(
      texts(
        run(
          minute([
            'The Director of Adult Services introduced the item. She said that what had happened to the family was unacceptable and she offered sincere and unreserved apologies to the family.',
            'Since the complaint, new working practices had been introduced so that carers in one household were assessed together.',
            'The Director told the Panel that a named officer had been assigned to monitor the quality of home care.',
            'It had been reiterated to staff that reviews must be completed within 28 days.',
            'The Panel asked about the number of complaints received in the year.',
          ]),
        ),
      ),
    ).toEqual([
      'She said that what had happened to the family was unacceptable and she offered sincere and unreserved apologies to the family.',
      'Since the complaint, new working practices had been introduced so that carers in one household were assessed together.',
      'The Director told the Panel that a named officer had been assigned to monitor the quality of home care.',
      'It had been reiterated to staff that reviews must be completed within 28 days.',
    ]);
  });

  it('does not read "the report highlighted the need to ..." as an action; "accepted the need to" is one', () => {
    expect(
      texts(
        run(
          minute([
            'Councillor Reid commented that the Ombudsman’s report also highlighted the need to ensure that officers kept families informed.',
            'The Director said the Council accepted the need to review how it recorded contact with families.',
          ]),
        ),
      ),
    ).toEqual([
      'The Director said the Council accepted the need to review how it recorded contact with families.',
    ]);
  });

  it('does not read the story of the case, what others said or asked, or a refusal as things done', () => {
    expect(
      texts(
        run(
          minute([
            'In March 2021 a social worker was allocated to Mrs X’s case, but no assessment took place for six months.',
            'During 2021 the social work teams had been reorganised, which contributed to the delay in the assessment.',
            'An audit had been carried out in 2019, which identified the same failings that the Ombudsman later found.',
            'At the time of the complaint, the family’s direct payments were being reviewed by a social worker who then left the Council.',
            'The family’s solicitor told the Panel that no compensation had been paid to the family.',
            'Mrs X’s daughter told the Panel that the Council had apologised only after the Ombudsman became involved.',
            'Councillor Patel expressed her disappointment that no apology had been given to the family for over a year.',
            'Councillor Brown asked the Chair why the Council had not formally offered an apology.',
            'Mrs X accepted the findings and asked that the payment be made to her son.',
            'The Council accepted the findings and explained that its procedures had been followed in all other cases.',
            'Since the complaint, a named officer had been assigned to monitor the quality of home care.',
          ]),
        ),
      ),
    ).toEqual([
      'Since the complaint, a named officer had been assigned to monitor the quality of home care.',
    ]);
  });

  it('does not read recommendations the council did not agree with as its actions', () => {
    expect(
      texts(
        run(
          minute([
            'Cabinet resolved that no further action be taken.',
            'The Council did not agree with all the findings and recommendations, which were:',
            '- Apologise to Mr R for the lack of accommodation;',
            '- Pay Mr R £500 to recognise his distress.',
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it('reads a learning review completed, remedies issued, audit work under way and services reorganised', () => {
    expect(
      texts(
        run(
          minute([
            'The committee received a report on the Ombudsman’s findings in a complaint about a child protection case.',
            'The Council accepted the findings and completed a learning review with the safeguarding partnership. A financial remedy and formal apology were also issued to Mrs Y.',
            'All the recommendations had been actioned, and audit work was being undertaken to check that the learning was embedded.',
            'The director reported that the duty teams had been reorganised into locality teams.',
            'Care pathways had been redesigned for young people leaving care.',
            'It had been reiterated to staff that there must be a named worker for each child.',
          ]),
        ),
      ),
    ).toEqual([
      'The Council accepted the findings and completed a learning review with the safeguarding partnership.',
      // (a payment and an apology: two remedies, as everywhere else)
      'A financial remedy',
      'formal apology were also issued to Mrs Y.',
      'All the recommendations had been actioned, and audit work was being undertaken to check that the learning was embedded.',
      'The director reported that the duty teams had been reorganised into locality teams.',
      'Care pathways had been redesigned for young people leaving care.',
      'It had been reiterated to staff that there must be a named worker for each child.',
    ]);
  });
});

describe('committee pages about Ombudsman cases', () => {
  it('takes a case row’s "Apology given." for a remedy done', () => {
    const r = run(
      [
        'Agenda Item No. 9 Summary of Ombudsman cases received 2024/2025 where the outcome was upheld and fault was found. Section one – details of Ombudsman cases received 2024/2025. 1. Housing complaint - £250 local settlement – no fault found. 2. Highways complaint – fault and injustice found. Apology given. Ombudsman “The Council did not tell Mr K when the road would reopen, causing him avoidable frustration.”',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Housing complaint - £250 local settlement – no fault found.',
      'Apology given.',
    ]);
    expect(r.recommendations[1].category).toBe('apology');
  });

  it('takes a remedy done with a complement, but not a clause with its own verb, the Ombudsman’s apology or an offer', () => {
    const page = (rows: string[]): string =>
      [
        'Agenda Item 11',
        '',
        'Summary of upheld Ombudsman complaints 2024/25',
        '',
        ...rows.flatMap((x) => [x, '']),
      ].join('\n');
    expect(
      texts(
        run(
          page([
            '1. Parking – fault and injustice found. Apology given to Ms V on 4 March 2025.',
            '2. Housing – fault found. Written apology sent and £150 paid.',
          ]),
        ),
      ),
    ).toEqual([
      'Apology given to Ms V on 4 March 2025.',
      // an apology and a payment are remedies of different kinds: two actions, as when each has its verb
      'Written apology sent',
      '£150 paid.',
    ]);
    expect(
      texts(
        run(
          page([
            '3.1 Apologies given within ten days were counted towards the service standard.',
            '3.2 Apology given by the Ombudsman’s office for its own delay in 2023.',
            '3.3 Council tax – fault found. Payment offered.',
            '3.4 Payment made in error to a supplier was recovered in May.',
            '3.5 Refund made through the online form is now the usual route.',
            '3.6 Refunds issued late are the main cause of repeat complaints.',
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it('reads a table cell that names a remedy as an action, not as a new heading', () => {
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
        'Highways',
        '',
        'Council failed to repair a footway defect for eight months after it was reported.',
        '',
        'Apologise to the complainant',
        '',
        'Financial remedy for distress and time and trouble',
        '',
        'Review how footway inspections are recorded',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Apologise to the complainant',
      'Financial remedy for distress and time and trouble',
      'Review how footway inspections are recorded',
    ]);
    expect(r.recommendations[2].rule).not.toContain('heading.remedy-loose');
  });

  it('reads a loose remedy heading before prose as a heading, not as an action cell', () => {
    for (const heading of ['Remedy and redress', 'Payment of remedies', 'Compensation and other remedies']) {
      const r = run(
        [
          'Ombudsman Annual Review 2024/25',
          '',
          'Recommended actions',
          '',
          'Review the decision on the disabled facilities grant.',
          '',
          heading,
          '',
          'Most remedies this year were apologies, with some payments for distress.',
          '',
        ].join('\n'),
      );
      expect(texts(r)).not.toContain(heading);
      expect(texts(r)[0]).toBe('Review the decision on the disabled facilities grant.');
    }
  });

  it('still reads a remedy cell followed by another short cell as an action', () => {
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
        'Waste',
        '',
        'Council missed an assisted collection for six weeks.',
        '',
        'Apologise to the resident',
        '',
        'Payment of remedy agreed',
        '',
        'Remind crews of assisted collections',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toContain('Payment of remedy agreed');
    expect(texts(r)).toContain('Remind crews of assisted collections');
  });

  it('does not take a participle inside the subject for the verb', () => {
    const r = run(
      [
        'Issue - meetings',
        '',
        'Statutory Report of the Monitoring Officer',
        '',
        'Minutes:',
        '',
        'The full report of the Ombudsman, attached at Annex 2 to the report, found that repairs to a tenant’s home had been delayed for a year.',
        '',
        'The steps already taken have been accepted by the Ombudsman as a suitable remedy.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });

  it('does not take what a resolution notes for actions', () => {
    const r = run(
      [
        'Issue - meetings',
        '',
        'Ombudsman Public Interest Report',
        '',
        'RESOLVED:',
        '',
        '(a) To note the following:',
        '',
        '(i) the Ombudsman’s public report and its recommendations, as set out in Appendix 1 to the report.',
        '',
        '(ii) the remedial actions already taken by officers in response to the recommendations.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });

  it('ends the noted list at the next marker of the lead-in’s own kind', () => {
    const r = run(
      [
        'Issue - meetings',
        '',
        'Ombudsman Report on Home to School Transport',
        '',
        'RESOLVED:',
        '',
        '(a) To note the following:',
        '',
        '(i) the Ombudsman’s report and its findings, set out in Appendix A;',
        '',
        '(ii) the Council will apologise to Mrs T and pay her £300, as already agreed.',
        '',
        '(b) To agree that the Head of Transport will review the transport appeals process by 31 March 2026.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'To agree that the Head of Transport will review the transport appeals process by 31 March 2026.',
    ]);
    expect(r.remedyTotal).toBe(0);
  });

  it('reads "As a result, they ..." after the Ombudsman as the Ombudsman acting', () => {
    const r = run(
      [
        'Local Government and Social Care Ombudsman',
        '',
        'Annual Complaints Data 2024/2025',
        '',
        'Findings',
        '',
        'The Ombudsman has updated its guidance for councils. As a result, they have replaced the word maladministration with fault in their decisions.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('a committee table read from a PDF', () => {
  it('takes the action when the outcome cell ran into it ("Maladministration Apologise ...; b)")', () => {
    const r = run(
      [
        'Ombudsman complaints upheld 2024/25',
        '',
        'Service',
        'Outcome',
        'Recommendations',
        '',
        'Highways',
        'Team',
        '',
        'Maladministration Apologise to Mr R for the faults I have identified; b)',
        'and Injustice',
        'Review how the Council records reports of potholes.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Apologise to Mr R for the faults I have identified',
      'Review how the Council records reports of potholes.',
    ]);
    expect(r.recommendations[0].category).toBe('apology');
  });

  it('leaves the outcome words out of the action ("Upheld Apologise ...")', () => {
    const r = run(
      [
        'Appendix C - Upheld complaints and actions',
        '',
        'Service Area',
        '',
        'Outcome',
        '',
        'Recommended Action',
        '',
        'Libraries',
        '',
        'Upheld Apologise to Ms K and refund the £12 late fee within 4 weeks.',
        '',
        'Parks',
        '',
        'Partly upheld Remind staff to lock the play area gates at dusk.',
        '',
      ].join('\n'),
    );
    expect(texts(r)[0]).toBe('Apologise to Ms K');
    expect(texts(r)).toContain('Remind staff to lock the play area gates at dusk.');
    expect(texts(r).some((t) => /upheld/i.test(t))).toBe(false);
  });
});

describe('a sentence after an action that has its own remedy', () => {
  const HO = housingOmbudsmanRecommendations('202598765', 'Millbrook Housing Trust', '9 May 2026');

  it('does not fold "It must also pay these amounts ..." into the apology before it', () => {
    const r = run(
      HO +
        'The landlord should apologise to the tenant for the delays. It should also pay these amounts straight to the tenant: £150 for the distress caused and £75 for time and trouble.\n',
    );
    expect(texts(r)[0]).toBe('The landlord should apologise to the tenant for the delays.');
    expect(r.remedyTotal).toBe(225);
  });

  it('still folds "It should then send these to ..." into the action before it', () => {
    const r = run(
      HO +
        'The landlord should inspect the loft insulation and record what it finds. It should then send these to the tenant with a timetable for the work.\n',
    );
    expect(texts(r)).toEqual(['The landlord should inspect the loft insulation and record what it finds.']);
  });

  it('does not fold "These ..." when a noun follows and the verb is its own ("will refund these charges")', () => {
    const r = run(
      HO +
        'The landlord should review the service charges it applied in 2025. It should refund these charges where they were wrong.\n',
    );
    expect(texts(r)).toHaveLength(2);
  });
});

describe('an offer and what happened to it', () => {
  const head = (summary: string): string =>
    lgscoDecision('Ashcombe Borough Council (24 011 562)', 'Housing > Allocations', '3 Jun 2025', summary);

  it('takes the new agreement after "This did not go far enough, so ..." and drops the offer', () => {
    const r = run(
      head(
        'Ms L complained about her housing register priority. The Council offered to look again at her priority. This did not go far enough, so the Council has agreed to reassess her application and apologise.',
      ),
    );
    expect(texts(r).join(' | ')).toMatch(/has agreed to reassess her application/);
    expect(texts(r).join(' | ')).not.toMatch(/offered/);
  });

  it('counts only the larger sum when the agreement replaces the offer ("... instead")', () => {
    const r = run(
      head(
        'Mr N complained about a parking permit refusal. The Council offered to pay Mr N £60. The Council has agreed to pay him £200 instead.',
      ),
    );
    expect(texts(r)).toEqual(['The Council has agreed to pay him £200 instead.']);
    expect(r.remedyTotal).toBe(200);
  });

  it('counts the raised sum when the Ombudsman asks for the offer to be increased', () => {
    const r = run(
      head(
        'Mrs E complained about delays in her care assessment. The Council offered to pay Mrs E £80. We recommended it increase this to £250, which it has agreed to do.',
      ),
    );
    expect(texts(r)).toEqual(['We recommended it increase this to £250, which it has agreed to do.']);
    expect(r.remedyTotal).toBe(250);
  });

  it('drops an offer made and carried out before the complaint came to the Ombudsman', () => {
    const r = run(
      head(
        'Mrs H complained about a licensing decision. The Council offered to review the decision before she came to us, which it did. We will not investigate further.',
      ),
    );
    expect(texts(r)).toEqual([]);
  });

  it('keeps an offer when a later sentence increases something else ("increase the frequency of ...")', () => {
    const r = run(
      head(
        'Mr A complained about missed waste collections. The Council offered to pay Mr A £150. It has also agreed to increase the frequency of its crew checks instead of relying on reports.',
      ),
    );
    expect(texts(r)[0]).toBe('The Council offered to pay Mr A £150.');
    expect(r.remedyTotal).toBe(150);
  });

  it('keeps an offer the Ombudsman accepts as the remedy', () => {
    const r = run(
      head(
        'Mr S complained the Council charged him twice for garden waste. The Council offered to refund the £45 he paid twice. We consider this a suitable remedy.',
      ),
    );
    expect(texts(r)).toEqual(['The Council offered to refund the £45 he paid twice.']);
    expect(r.remedyTotal).toBe(45);
  });
});

describe('"As a result, they ..." after a team of the organisation', () => {
  const page = (body: string): string =>
    ['Agenda Item 7', '', 'Ombudsman Complaints Update 2024/25', '', body, ''].join('\n');

  it('takes what the team did as the organisation acting', () => {
    const r = run(
      page(
        '4.2 The Revenues team accepted the Ombudsman’s findings. As a result, they have apologised to Mr G and paid him £180.',
      ),
    );
    expect(r.remedyTotal).toBe(180);
    // an apology and a payment are remedies of different kinds: two actions
    expect(texts(r)).toEqual(['As a result, they have apologised to Mr G', 'paid him £180.']);
  });

  it('does not take it when the sentence before is about the Ombudsman', () => {
    const r = run(
      page(
        '4.2 The Ombudsman has changed how it publishes decisions. As a result, they have replaced case numbers with references in their reports.',
      ),
    );
    expect(texts(r)).toEqual([]);
    // "reviewed" is an organisation's action verb: only who the sentence before is about says it is not ours
    for (const body of [
      '4.2 The Ombudsman has changed how it publishes decisions. As a result, they have reviewed their guidance on remedies.',
      '4.2 The complainants asked the Ombudsman to look again. As a result, they have reviewed the case and issued a new decision.',
    ])
      expect(texts(run(page(body)))).toEqual([]);
  });
});

describe("a committee page's own business around the Ombudsman's letter", () => {
  it("proposes the council's action, not the meeting's items, members' discussion or the letter's contents", () => {
    const page = [
      'Issue - decisions',
      '',
      'Ombudsman annual review letter 2024/25',
      '',
      'Meeting: 12/06/2025 - Audit and Governance Committee (Item 9)',
      '',
      'To consider an update on the decisions of the Ombudsman in the last year.',
      '',
      'The letter provided a summary of the nine complaints decided, of which two were upheld.',
      'Some complaints were made straight to the Ombudsman before the Council had replied.',
      'In the second case, the Ombudsman felt the Council had already done enough.',
      'Members discussed the report and raised these points.',
      'Members were reminded that the constitution requires a report on every finding of fault.',
      'Since the decision, the Revenues team has introduced a weekly check of all open refund requests.',
      '',
      'Minutes of the meeting held on 3 March 2025 to be approved and signed.',
      '',
    ].join('\n');
    expect(texts(run(page))).toEqual([
      'Since the decision, the Revenues team has introduced a weekly check of all open refund requests.',
    ]);
  });
});

describe('a remedy given before the decision, as the subject of a summary sentence', () => {
  it('is not proposed again, and its payment is not counted', () => {
    const r = run(
      lgscoDecision(
        'Eastmoor District Council (24 010 222)',
        'Benefits and tax > Council tax',
        '03 Feb 2025',
        'Mr V complained the Council billed him for the wrong property. The Council was at fault. The action already taken by the Council, which included an apology, correcting Mr V’s account and a payment of £150 for his time and trouble, put matters right.',
      ),
    );
    expect(texts(r)).toEqual([]);
    expect(r.remedyTotal).toBe(0);
  });

  it('still proposes what is agreed beside it', () => {
    const r = run(
      lgscoDecision(
        'Eastmoor District Council (24 010 223)',
        'Benefits and tax > Council tax',
        '03 Feb 2025',
        'Mr W complained about his council tax bill. In addition to the action already taken, the Council has agreed to pay Mr W £100 for his time and trouble.',
      ),
    );
    expect(r.remedyTotal).toBe(100);
    expect(texts(r)).toHaveLength(1);
  });
});

describe("a committee's resolution on an Ombudsman report", () => {
  it('proposes what the council is resolved to do, not what the committee notes or adopts', () => {
    const page = [
      'Cabinet - 14 March 2025',
      '',
      'Item 7: Ombudsman report on a housing complaint',
      '',
      'RESOLVED:',
      '',
      '1. That the findings of the Ombudsman be noted.',
      '2. That the Council pay Mrs C £500 within one month to recognise the distress caused.',
      '3. That the Council review its housing allocations procedure within three months.',
      '4. That Cabinet adopt this report as its formal response.',
      '',
    ].join('\n');
    const r = run(page);
    expect(texts(r)).toEqual([
      'That the Council pay Mrs C £500 within one month to recognise the distress caused.',
      'That the Council review its housing allocations procedure within three months.',
    ]);
    expect(r.remedyTotal).toBe(500);
  });
});

describe('a committee report in the council template, reporting one decision in reported speech', () => {
  const report = (discussion: string): string =>
    [
      'Audit and Standards Committee',
      '',
      'Report of the Head of Customer Services',
      '',
      'Purpose of the report',
      'To tell members about a decision of the Local Government and Social Care Ombudsman.',
      '',
      'The Ombudsman’s decision',
      discussion,
      '',
      'Recommendation',
      'That the Committee notes the report.',
      '',
    ].join('\n');

  it('reads the template (purpose of the report, recommendation to the meeting) as a committee paper', () => {
    const r = run(report('The Ombudsman found fault in how a council tax reminder was sent.'));
    expect(r.documentType).toBe('annual_report');
  });

  it("proposes what the council would do, even with a hypothesis in the action's purpose", () => {
    const r = run(
      report(
        'Officers explained that the letter was on the system but no proof of posting was kept. The Council would work with its print contractor to ensure that letters sent could be traced.',
      ),
    );
    expect(texts(r)).toEqual([
      'The Council would work with its print contractor to ensure that letters sent could be traced.',
    ]);
  });

  it('does not propose what an officer said "they would" do, or what would have happened', () => {
    const r = run(
      report(
        'The manager said they would consult the complaints team about themes. The Council would have apologised sooner had it known. A written answer would be sent to members.',
      ),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('a decision not upheld against the council, with remedies agreed for a provider’s failings', () => {
  const decision = (summary: string): string =>
    lgscoDecision(
      'Marsh Vale Council (21 004 118)',
      'Adult care services > Residential care',
      '12 May 2022',
      summary,
    ).replace('Decision : Upheld', 'Decision : Not upheld');

  it('proposes what the council agreed and the commitments after it, not the findings before', () => {
    const r = run(
      decision(
        'Mrs F complained about the care her father received in a care home the Council arranged. We found failings in the home’s care. We did not find fault in how the Council monitored the home. The Council and the home have agreed to our recommendations and will apologise to Mrs F and pay her £400 for her distress. The Council will also remind its reviewing officers to check care plans at each visit.',
      ),
    );
    expect(texts(r)).toEqual([
      'The Council and the home have agreed to our recommendations and will apologise to Mrs F',
      'pay her £400 for her distress.',
      'The Council will also remind its reviewing officers to check care plans at each visit.',
    ]);
    expect(r.remedyTotal).toBe(400);
  });

  it('proposes a remedy the provider "will" give for a slip, though there was no fault', () => {
    const r = run(
      decision(
        'Mrs F complains the care provider charged for a notice period. There is no fault in charging for the notice period. However, the provider miscalculated the refund by three days and it will refund this to Mrs F.',
      ),
    );
    expect(texts(r)).toEqual([
      'However, the provider miscalculated the refund by three days and it will refund this to Mrs F.',
    ]);
  });

  it('still proposes nothing when nothing is agreed', () => {
    const r = run(
      decision(
        'Mrs F complained about the care home fees. We found no fault in how the Council charged for her care. The Council should continue to review the fees each year, as it does.',
      ),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('the law stated under "What I found"', () => {
  it('does not propose what every authority must do, but still the remedy this council agreed', () => {
    const r = run(
      lgscoDecision(
        'Harrowden Borough Council (24 011 902)',
        'Housing > Allocations',
        '2 October 2024',
        'Mr J complained the Council did not award him the right housing priority. The Council has agreed to apologise to Mr J and reassess his application.',
      ) +
        [
          'What I found',
          'Housing allocations',
          '- Every local housing authority must publish a scheme that explains how it decides priority. All allocations must follow the published scheme.',
          '- Councils must consider medical evidence when they decide priority.',
          '',
        ].join('\n'),
    );
    expect(texts(r)).toEqual(['The Council has agreed to apologise to Mr J', 'reassess his application.']);
  });
});

describe("a committee minute: officers presenting, the meeting's assent and the year's totals", () => {
  it('proposes none of them, but still what an officer confirmed was done', () => {
    const r = run(
      [
        'Issue - meetings',
        '',
        'Annual letter of the Local Government and Social Care Ombudsman',
        '',
        'Meeting: 12/07/2023 - Audit Committee (Item 6)',
        '',
        'Minutes:',
        '',
        'The Customer Services Manager introduced the report which summarised the Ombudsman’s annual letter. The Assistant Director – Legal Services gave a summary of the two upheld complaints. Both cases concerned the Planning Service and had resulted in the Council paying out £2,450 in compensation. The Head of Planning confirmed that a new checklist had been introduced for officers deciding householder applications. A member proposed that the report be noted. This was agreed.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Head of Planning confirmed that a new checklist had been introduced for officers deciding householder applications.',
    ]);
    expect(r.remedyTotal).toBe(0);
  });
});

describe('a fault with money named but no remedy warranted', () => {
  it('proposes no payment and no action', () => {
    const r = run(
      lgscoDecision(
        'Ellerby District Council (23 007 415)',
        'Environmental services > Licensing',
        '6 June 2024',
        'Mr K complained about the Council’s handling of his taxi licence renewal. The Council was slow to refund the £45 renewal fee but this did not cause enough injustice to Mr K to warrant a remedy.',
      ),
    );
    expect(texts(r)).toEqual([]);
    expect(r.remedyTotal).toBe(0);
  });
});

describe('a remedy named as nouns in a summary', () => {
  const summary = (s: string): ExtractionResult =>
    run(
      lgscoDecision(
        'Sefton Vale Council (22 013 448)',
        'Education > Special educational needs',
        '3 Nov 2023',
        s,
      ),
    );

  it('proposes "Service improvements are recommended."', () => {
    expect(
      texts(
        summary(
          'Mrs R complained about delay in issuing her son’s plan. The Council was at fault. Service improvements are recommended.',
        ),
      ),
    ).toEqual(['Service improvements are recommended.']);
  });

  it('proposes what "This comprises ..." names after the remedy is said to be set out below', () => {
    const r = summary(
      'Mrs R complained about delay in issuing her son’s plan. The Council accepted our findings and at the end of this statement we set out the action it has agreed. This comprises an apology and a symbolic payment to Mrs R.',
    );
    expect(texts(r).join(' | ')).toMatch(/an apology/);
    expect(texts(r).join(' | ')).toMatch(/a symbolic payment to Mrs R/);
  });

  it('proposes the agreed actions named "of" a list that is a suitable remedy', () => {
    const r = summary(
      'Mrs R complained about delay in issuing her son’s plan. There was fault, but the Council’s agreed actions of an apology and a review of its tracking system are a suitable remedy.',
    );
    expect(texts(r).join(' | ')).toMatch(/an apology/);
    expect(texts(r).join(' | ')).toMatch(/a review of its tracking system/);
  });

  it('does not propose a remedy the summary says was included in what was given before', () => {
    expect(
      texts(
        summary(
          'Mrs R complained about delay in issuing her son’s plan. The Council gave her a remedy before she came to us. This included an apology and a payment.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a committee minute on an Ombudsman report: what the leader asked for, and the law', () => {
  it('proposes what an officer was asked to do, not how the Ombudsman was established', () => {
    const r = run(
      [
        'Issue - meetings',
        '',
        'Report of the Local Government and Social Care Ombudsman',
        '',
        'Meeting: 03/02/2022 - Cabinet (Item 9)',
        '',
        'Minutes:',
        '',
        'The Commission for Local Administration in England was established by the Local Government Act 1974 to investigate complaints.',
        'The Leader accepted the findings in full and had asked the new Director of Housing to review how repair contracts are let.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Leader accepted the findings in full and had asked the new Director of Housing to review how repair contracts are let.',
    ]);
  });
});

describe('a committee minute reporting what officers said was done or will happen', () => {
  it('proposes the remedy paid and the training promised, not what the complainant said or the information for members', () => {
    const r = run(
      [
        'Issue - meetings',
        '',
        'Local Government and Social Care Ombudsman annual review letter',
        '',
        'Meeting: 21/06/2022 - Governance Committee (Item 5)',
        '',
        'Minutes:',
        '',
        'The Head of Legal Services said compensation of £900 had been paid to the complainant. The complainant said the Council had ignored her letters. Refresher training on handling complaints would take place for all services. A summary of the upheld cases had been sent to all Members.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'The Head of Legal Services said compensation of £900 had been paid to the complainant.',
      'Refresher training on handling complaints would take place for all services.',
    ]);
    expect(r.remedyTotal).toBe(900);
  });
});

describe('summary sentences that state the agreed remedy in other words', () => {
  const summary = (s: string): ExtractionResult =>
    run(
      lgscoDecision(
        'Corrin Bay Council (23 004 615)',
        'Adult care services > Direct payments',
        '9 Feb 2024',
        `Mr T complained about his direct payments. ${s}`,
      ),
    );

  it('reads "has accepted our recommendation to ..." as the agreement, each remedy its own action', () => {
    expect(
      texts(
        summary(
          'The Council has accepted our recommendation to apologise, pay Mr T £150 and remind its staff of the guidance.',
        ),
      ),
    ).toEqual([
      'The Council has accepted our recommendation to apologise',
      'pay Mr T £150',
      'remind its staff of the guidance.',
    ]);
  });

  it('reads "has agreed apologise and ..." (the "to" left out)', () => {
    expect(
      texts(summary('It has agreed apologise and make a payment to Mr T for his time and trouble.')),
    ).toEqual(['It has agreed apologise', 'make a payment to Mr T for his time and trouble.']);
  });

  it('reads the remedies a package "includes"', () => {
    expect(
      texts(
        summary(
          'The Council has agreed to a package of remedies which includes recalculating his budget and paying any arrears.',
        ),
      ),
    ).toEqual([
      'The Council has agreed to a package of remedies which includes recalculating his budget',
      'paying any arrears.',
    ]);
  });

  it('reads "I have made a recommendation the Council review ..."', () => {
    expect(
      texts(summary('I have made a recommendation the Council review its policy on respite care.')),
    ).toEqual(['I have made a recommendation the Council review its policy on respite care.']);
  });
});

describe('what the law sets out, and a committee item’s title line', () => {
  it('does not propose what an Act "sets out" councils should do', () => {
    const r = run(
      lgscoDecision(
        'Ravensmoor Council (22 019 550)',
        "Children's care services > Looked after children",
        '5 Jul 2023',
        'Miss P complained about the support she had when she left care. The Council has agreed to apologise to Miss P.',
      ) +
        'What I found\n\n- The Children Act sets out how councils should support young people leaving care.\n',
    );
    expect(texts(r)).toEqual(['The Council has agreed to apologise to Miss P.']);
  });

  it('does not propose an agenda item’s title in capitals', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Complaints Made to the Local Government and Social Care Ombudsman and the Housing Ombudsman Service',
        '',
        'Report of the Chief Officers Executive.',
        '',
        'RESOLVED - That the report be noted.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe("a committee paper's account of the year", () => {
  it('proposes the remedies and changes reported as done, not how teams worked or what the service offered', () => {
    const r = run(
      [
        'Agenda item',
        '',
        'Adult social care complaints annual report 2023/24',
        '',
        'The Principal Social Worker introduced the report.',
        '',
        'The complaints team had worked closely with providers to make sure responses were checked before they were sent. The drop-in service had provided a friendly place for carers to raise concerns. In the upheld case a written apology had been sent and compensation of £300 paid. The hospital discharge procedure had been amended so that carers are told the discharge date.',
        '',
        'When deciding whether to charge, councils should consider the person’s disability-related expenses.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'In the upheld case a written apology had been sent and compensation of £300 paid.',
      'The hospital discharge procedure had been amended so that carers are told the discharge date.',
    ]);
  });
});

describe('a decision not investigated because the council will act', () => {
  it('proposes what the council will do', () => {
    const r = run(
      [
        "The Ombudsman's final decision",
        'Summary: We will not investigate this complaint about a refused disabled parking bay. This is because the Council will reconsider the application and arrange a home visit.',
        'The complaint',
        'Mrs W complains the Council refused her a parking bay.',
        '',
      ].join('\n'),
    );
    expect(r.finding).toBe('closed_after_initial_enquiries');
    expect(texts(r)).toEqual([
      'This is because the Council will reconsider the application',
      'arrange a home visit.',
    ]);
  });
});

describe('what the council agreed before the Ombudsman, what the law says should happen, and remedies for a provider', () => {
  it('does not propose what the council agreed when it answered the complaint itself', () => {
    const r = run(
      lgscoDecision(
        'Hollins Cross Council (23 010 455)',
        "Children's care services > Disabled children",
        '1 Mar 2024',
        'Mrs C complained about her son’s short breaks. The Council has agreed to apologise to Mrs C.',
      ) +
        'What I found\n\n- When the Council responded to her complaint, it agreed to carry out a new assessment of her son’s needs.\n',
    );
    expect(texts(r)).toEqual(['The Council has agreed to apologise to Mrs C.']);
  });

  it('reads "What should happen" under "What I found" as the law, not the remedy', () => {
    const r = run(
      lgscoDecision(
        'Hollins Cross Council (23 010 456)',
        'Adult care services > Transition',
        '1 Mar 2024',
        'Mr D complained about his move to adult services. The Council has agreed to apologise to Mr D.',
      ) +
        'What I found\n\nWhat should happen\n\nThe Care Act sets out how councils should assess young people before they turn 18.\n',
    );
    expect(texts(r)).toEqual(['The Council has agreed to apologise to Mr D.']);
  });

  it('proposes what we recommended a provider do although the complaint about the council is not upheld', () => {
    const r = run(
      lgscoDecision(
        'Hollins Cross Council (23 010 457)',
        'Adult care services > Residential care',
        '1 Mar 2024',
        'Mrs E complained about her mother’s care home. We found fault by the care home but not by the Council. We recommended the care home apologise to Mrs E and pay her £200.',
      ).replace('Decision : Upheld', 'Decision : Not upheld'),
    );
    expect(texts(r)).toEqual(['We recommended the care home apologise to Mrs E', 'pay her £200.']);
    expect(r.remedyTotal).toBe(200);
  });
});

describe('a remedy the council offered, named by its noun', () => {
  it('proposes "The Council has offered a suitable payment ..." but not an offer refused', () => {
    const accepted = run(
      lgscoDecision(
        'Hollins Cross Council (24 001 380)',
        'Adult care services > Charging',
        '4 Apr 2024',
        'Mrs Y complained about her mother’s care charges. The Council has offered a suitable payment for the missed home care visits.',
      ),
    );
    expect(texts(accepted)).toEqual([
      'The Council has offered a suitable payment for the missed home care visits.',
    ]);
    const refused = run(
      lgscoDecision(
        'Hollins Cross Council (24 001 381)',
        'Adult care services > Charging',
        '4 Apr 2024',
        'Mrs Y complained about her mother’s care charges. The Council offered a payment but Mrs Y refused it.',
      ),
    );
    expect(texts(refused)).toEqual([]);
  });

  it('proposes "has offered a financial remedy and to review its guidance" as two remedies', () => {
    const r = run(
      lgscoDecision(
        'Hollins Cross Council (21 004 117)',
        'Children’s care services > Adoption',
        '9 Nov 2021',
        'Mr and Mrs T complained the Council delayed deciding their adoption allowance. We find the Council was at fault. The Council has offered a financial remedy and to review its guidance on allowances. We are satisfied this remedies the injustice caused.',
      ),
    );
    expect(texts(r)).toEqual([
      'The Council has offered a financial remedy',
      'review its guidance on allowances.',
    ]);
    // the reason the Ombudsman will not investigate: a remedy offered before
    const before = run(
      lgscoDecision(
        'Hollins Cross Council (24 010 226)',
        'Housing > Allocations',
        '3 Mar 2025',
        'We will not investigate this complaint about delay in a housing application. This is because the Council offered a fair remedy and there is not enough remaining injustice to require an investigation.',
      ),
    );
    expect(texts(before)).toEqual([]);
  });
});

describe("a committee system's decision record on an Ombudsman report", () => {
  it('is a committee paper, and noting or recording the committee’s view is not an action', () => {
    const r = run(
      [
        'Decision',
        'Ombudsman report on a homelessness case',
        'Decision Maker: Housing Scrutiny Committee',
        'Outcome: Recommendations Approved',
        'Is Key Decision?: No',
        'Date of Decision: March 4, 2025',
        'Content: Resolved: 1. That the Ombudsman’s report and the council’s response be noted. 2. That the Committee records its concern that the same failings happened again. 3. That the Council review how it places families in interim accommodation.',
        '',
      ].join('\n'),
    );
    expect(r.documentType).toBe('annual_report');
    expect(texts(r)).toEqual(['That the Council review how it places families in interim accommodation.']);
  });
});

describe('a payment agreed beside evidence for the Ombudsman', () => {
  it('proposes the payment although the sentence also asks for evidence', () => {
    const r = run(
      lgscoDecision(
        'Hollins Cross Council (24 002 117)',
        'Benefits and tax > Council tax support',
        '9 May 2025',
        'Mrs B complained about her council tax support. The Council has agreed to make a symbolic payment to Mrs B, and provide us with evidence of the changes it says it has made.',
      ),
    );
    expect(texts(r).join(' | ')).toMatch(/make a symbolic payment to Mrs B/);
  });

  it('reads "should re-offer the place" as an action', () => {
    const r = run(
      lgscoDecision(
        'Hollins Cross Council (24 002 118)',
        'Education > School admissions',
        '9 May 2025',
        'Mr A complained about a withdrawn school place. The Council was at fault. The Council should re-offer the place.',
      ),
    );
    expect(texts(r)).toEqual(['The Council should re-offer the place.']);
  });
});

describe("a meeting page: the committee's recommendation, then the minutes", () => {
  it('reads the minutes as the account of the meeting, not as the recommendation', () => {
    const r = run(
      [
        'Issue - meetings',
        'Annual Ombudsman letter',
        'Meeting: 12/09/2024 - Audit Committee (Item 7)',
        'Recommendation:',
        'That the Committee resolves to note the report.',
        'Minutes:',
        'As a general rule, complaints were resolved at the first stage.',
        'The assessment criteria had been created which included tests for bullying.',
        'The Council had apologised to the complainant and paid her £150.',
        '',
      ].join('\n'),
    );
    // (new assessment criteria created is a change to how the council works, reported as done: an
    // action, as the labels of a real committee page count it; how complaints are usually handled is not)
    expect(texts(r)).toEqual([
      'The assessment criteria had been created which included tests for bullying.',
      'The Council had apologised to the complainant',
      'paid her £150.',
    ]);
  });
});

describe("an Ombudsman public report's recommendations", () => {
  it('proposes each listed task (explore, draw up), not the statutory duty to consider the report', () => {
    const r = run(
      [
        'Harrowden Council (24 015 733)',
        '',
        'Recommendations',
        '',
        'The Council must consider the report and confirm within three months the action it has taken or proposes to take. The Council should consider the report at its full Council, Cabinet or other appropriately delegated committee of elected members and we will require evidence of this.',
        '',
        'In addition, to remedy the injustice caused, the Council should within three months of the date of this report:',
        '- explore all its options for completing Mrs N’s adaptations without further delay;',
        '- draw up an action plan to reduce the waiting time for occupational therapy assessments.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'explore all its options for completing Mrs N’s adaptations without further delay',
      'draw up an action plan to reduce the waiting time for occupational therapy assessments.',
    ]);
  });
});

describe('committee minutes: what an officer or member reports the council did', () => {
  it('reads the clause after "X reported that" or "He said" as the record of a change', () => {
    const r = run(
      [
        'Issue - decisions',
        '',
        'Ombudsman complaint about a disabled facilities grant',
        '',
        '03/03/2025 - Ombudsman complaint about a disabled facilities grant',
        '',
        'Cabinet received a report of the Head of Legal Services on the findings of the Local Government and Social Care Ombudsman.',
        '',
        'In answer to a question from Councillor Parr, the Head of Housing reported that a detailed improvement plan had been developed in response to the findings.',
        '',
        'Councillor Amin said the grants policy had been reviewed and a referral checklist would be introduced from April.',
        '',
        'The housing team has revamped its complaints process since the decision.',
        '',
        'RESOLVED - that the report be noted.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'In answer to a question from Councillor Parr, the Head of Housing reported that a detailed improvement plan had been developed in response to the findings.',
      // (two changes, each with its own subject: two actions)
      'Councillor Amin said the grants policy had been reviewed',
      'a referral checklist would be introduced from April.',
      'The housing team has revamped its complaints process since the decision.',
    ]);
  });

  it('does not read what a complainant said was done', () => {
    const r = run(
      [
        'Issue - decisions',
        '',
        'Ombudsman complaint about school transport',
        '',
        'Minutes:',
        '',
        'Cabinet received a report on the findings of the Local Government and Social Care Ombudsman.',
        '',
        'Mrs T said the Council had reviewed nothing since her complaint.',
        '',
        'RESOLVED - that the report be noted.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('an early resolution: "We therefore asked the Council to consider remedying the injustice ..."', () => {
  const head = (assessment: string[]): string =>
    [
      lgscoDecision(
        'Fenmoor District Council (25 004 318)',
        "Children's care services > Other",
        '14 Apr 2026',
        'We have upheld Mr Q’s complaint about delay at stage 2 of the children’s statutory complaints procedure. The Council has agreed to resolve the complaint early by providing a proportionate remedy for the injustice caused.',
      ),
      'The complaint',
      '',
      '  1. Mr Q complains the Council delayed its stage 2 investigation.',
      '',
      'My assessment',
      '',
      ...assessment,
      '',
    ].join('\n');

  it('proposes the remedy after "by" in the same sentence, and each part of a semicolon list', () => {
    const r = run(
      head([
        '  1. The Council should have sent its stage 2 response by February 2026 but sent it in April.',
        '  2. We therefore asked the Council to consider remedying the injustice caused by: apologising to Mr Q for the delay; sending him its stage 3 options without further delay and; paying Mr Q £200 for his frustration.',
      ]),
    );
    expect(texts(r)).toEqual([
      'We therefore asked the Council to consider remedying the injustice caused by: apologising to Mr Q for the delay',
      'sending him its stage 3 options without further delay',
      'paying Mr Q £200 for his frustration.',
    ]);
    expect(r.remedyTotal).toBe(200);
  });

  it('proposes the items under the lead-in when every paragraph has the same dash, and a rate made a total', () => {
    const r = run(
      head([
        '- If we were to investigate, it is likely we would find fault causing Mr Q injustice.',
        '- We therefore asked the Council to consider remedying the injustice caused by completing the following:',
        '- Apologise to Mr Q for the delay in responding to his stage 2 complaint.',
        '- Make a payment of £75 per month to recognise the frustration caused by the delay. A total of £225.',
        '- The Council agreed to resolve the complaint and will complete the above within four weeks.',
      ]),
    );
    expect(texts(r)).toEqual([
      'Apologise to Mr Q for the delay in responding to his stage 2 complaint.',
      'Make a payment of £75 per month to recognise the frustration caused by the delay. A total of £225.',
    ]);
    expect(r.remedyTotal).toBe(225);
  });
});

describe('summaries that name or report the agreed remedy', () => {
  const summary = (s: string): string[] =>
    texts(
      run(lgscoDecision('Eastbridge City Council (21 006 442)', 'Planning > Enforcement', '02 Feb 2022', s)),
    );

  it('a remedy agreed to the recommendations and told as done ("has cancelled")', () => {
    expect(
      summary(
        'The Council did not tell Mr V he could appeal. The Council has agreed to our recommendations and has cancelled the penalty charge.',
      ),
    ).toEqual(['The Council has agreed to our recommendations and has cancelled the penalty charge.']);
  });

  it('"agreed to the Ombudsman’s recommendation to open a new investigation"', () => {
    expect(
      summary(
        'The Council delayed dealing with noise reports. The Council agreed to the Ombudsman’s recommendation to open a new investigation into Ms R’s reports.',
      ),
    ).toEqual([
      'The Council agreed to the Ombudsman’s recommendation to open a new investigation into Ms R’s reports.',
    ]);
  });

  it('a remedy given as a percentage of a cost, a fee deducted, and "a further £200" of its own', () => {
    expect(
      summary(
        'The care provider offered a voucher but the Ombudsman found it should apologise to Mr K and refund 15% of the cost of his respite stay.',
      ),
    ).toEqual([
      'The care provider offered a voucher but the Ombudsman found it should apologise to Mr K',
      'refund 15% of the cost of his respite stay.',
    ]);
    expect(
      summary(
        'The Council agreed to deduct the bailiff’s fee from Mrs W’s arrears and send her a corrected bill.',
      ),
    ).toEqual([
      'The Council agreed to deduct the bailiff’s fee from Mrs W’s arrears and send her a corrected bill.',
    ]);
    const r = run(
      lgscoDecision(
        'Eastbridge City Council (21 006 442)',
        'Planning > Enforcement',
        '02 Feb 2022',
        'The Council did not enforce the condition. The Council has agreed to pay £900 in recognition of the loss of privacy and a further £150 for Mr E’s time and trouble.',
      ),
    );
    expect(texts(r)).toEqual([
      'The Council has agreed to pay £900 in recognition of the loss of privacy',
      'a further £150 for Mr E’s time and trouble.',
    ]);
    expect(r.remedyTotal).toBe(1050);
  });

  it('an apology for "the uncertainty about whether the outcome might have been different" is an action', () => {
    expect(
      summary(
        'The Council did not consider the objection. The Council agreed to apologise to Mr V for the uncertainty about whether the decision might have been different.',
      ),
    ).toEqual([
      'The Council agreed to apologise to Mr V for the uncertainty about whether the decision might have been different.',
    ]);
    expect(
      summary('The Council might have refused the application if it had considered the objection.'),
    ).toEqual([]);
  });

  it('"others who might be affected" describes whom the action is for; the action stands', () => {
    expect(
      summary(
        'The Council paid the wrong rate. The Council has agreed to identify all carers who might be affected by the error and write to them to explain the correct rate.',
      ),
    ).toEqual([
      'The Council has agreed to identify all carers who might be affected by the error and write to them to explain the correct rate.',
    ]);
    expect(summary('The Council paid the wrong rate. Other carers might be affected by the error.')).toEqual(
      [],
    );
  });

  it('reads "the Council agree to" (a council as a plural) and keeps "the training and guidance it provides" whole', () => {
    expect(
      summary(
        'The Council did not arrange a personal adviser for Mr X. This caused Mr X avoidable frustration, for which the Council agree to apologise and pay him a financial remedy. It also agreed to review the training and guidance it gives to its social workers.',
      ),
    ).toEqual([
      'This caused Mr X avoidable frustration, for which the Council agree to apologise',
      'pay him a financial remedy.',
      'It also agreed to review the training and guidance it gives to its social workers.',
    ]);
    // what the council did not agree to is refused, not agreed
    expect(
      summary(
        'The Council did not agree to change her son’s school placement, although the school could not meet his needs. We found fault in how it decided.',
      ),
    ).toEqual([]);
    // what the complainant would like the council to agree to is not agreed
    expect(
      summary(
        'Mr X complains about his support plan. Mr X would like the Council to agree to pay for his travel.',
      ),
    ).toEqual([]);
  });

  it('what the complainant agreed to is not an action; "agreed our recommendation to" is', () => {
    expect(
      summary(
        'The Council accepted it did not give Ms F the equipment she needed. Ms F agreed to take the children although she was approved only for older children, so there was no fault.',
      ),
    ).toEqual([]);
    expect(
      summary(
        'The Council delayed its assessments. The Council has agreed our recommendation to complete the outstanding assessments.',
      ),
    ).toEqual(['The Council has agreed our recommendation to complete the outstanding assessments.']);
  });

  it('money the Council already refunded, as the Ombudsman notes, is no remedy to propose', () => {
    expect(
      summary(
        'The Council gave Mr B unclear advice. In recognition of this, the Council refunded Mr B around £400 he paid for a licence. We consider this a fair remedy.',
      ),
    ).toEqual([]);
  });

  it('the remedy an earlier decision asked for is not proposed again', () => {
    const r = run(
      lgscoDecision(
        'Eastbridge City Council (24 022 111)',
        'Housing > Homelessness',
        '13 Apr 2025',
        'Mr Z says the Council did not complete the remedy from our earlier decision. We have found fault but do not recommend any further remedy.',
      ) +
        [
          'What I found',
          '',
          'We issued a final decision in December 2024 which asked the Council to within one month:',
          '  • Write to Mr X to apologise for the faults identified.',
          '  • Pay Mr X £500 to recognise the distress caused.',
          '',
        ].join('\n'),
    );
    expect(texts(r)).toEqual([]);
  });

  it('a recommended payment named by its noun is an action; what should have been possible is not', () => {
    expect(
      summary(
        'The Council delayed arranging respite. We have recommended a symbolic payment to recognise the impact of the delay.',
      ),
    ).toEqual(['We have recommended a symbolic payment to recognise the impact of the delay.']);
    expect(
      summary(
        'The Care Provider accepts that if it had listened it should have been able to resolve her concerns. The Care Provider needs to send a further apology.',
      ),
    ).toEqual(['The Care Provider needs to send a further apology.']);
  });

  it('staff told about a policy on repayments and a review of the website are two learning actions', () => {
    expect(
      summary(
        'The Council did not repay Mr B. The Council should ensure its staff are aware of its policy about repayments and review the information on its website about repayments.',
      ),
    ).toEqual([
      'The Council should ensure its staff are aware of its policy about repayments',
      'review the information on its website about repayments.',
    ]);
  });

  it('keeps a recommendation after "Where necessary" or "If Mr X provides receipts" (review findings)', () => {
    expect(
      summary(
        'The Council did not record visits. Where necessary the Council should remind staff of the need to record visits.',
      ),
    ).toEqual(['Where necessary the Council should remind staff of the need to record visits.']);
    expect(
      summary(
        'The Council lost the receipts. If Mr X provides receipts the Council should reimburse his costs.',
      ),
    ).toEqual(['If Mr X provides receipts the Council should reimburse his costs.']);
  });

  it('an amount for a purpose elsewhere in a sentence does not make it a named remedy (review findings)', () => {
    expect(
      summary(
        'The care provider was at fault. The actions of the care provider, including charging Mrs Y £400 for care she did not receive, caused her distress.',
      ),
    ).toEqual([]);
  });

  it('a general agreement to remedy "the injustice this has caused" is no action of its own', () => {
    expect(
      summary(
        'The Council delayed the review. The Council has agreed to remedy the injustice this has caused.',
      ),
    ).toEqual([]);
  });

  it('an apology that "remedies the inconvenience"', () => {
    expect(
      summary(
        'There was a two month delay in sending the form. An apology remedies the inconvenience caused to Mrs H.',
      ),
    ).toEqual(['An apology remedies the inconvenience caused to Mrs H.']);
  });

  it('each payment in a list of amounts with their purposes, and a payment named "additional"', () => {
    expect(
      summary(
        'The Council has agreed to pay Ms D £2,100 for the lost tuition, £600 in recognition of her daughter’s distress, and £300 for Ms D’s time and trouble.',
      ),
    ).toEqual([
      'The Council has agreed to pay Ms D £2,100 for the lost tuition',
      '£600 in recognition of her daughter’s distress',
      '£300 for Ms D’s time and trouble.',
    ]);
    expect(
      summary(
        'An apology, payment for new fencing on Mr J’s boundary and an additional payment to reflect Mr J’s time and trouble is satisfactory remedy.',
      ),
    ).toEqual([
      'An apology',
      'payment for new fencing on Mr J’s boundary',
      'an additional payment to reflect Mr J’s time and trouble is satisfactory remedy.',
    ]);
  });
});

describe('committee minutes: remedies and changes reported as done', () => {
  const minutes = (lines: string[]): string[] =>
    texts(
      run(
        [
          'Issue - decisions',
          '',
          'Ombudsman finding on a housing benefit claim',
          '',
          'Minutes:',
          '',
          'Cabinet received a report setting out the findings of the Local Government and Social Care Ombudsman.',
          '',
          ...lines,
          '',
          'RESOLVED - that the decision be noted.',
          '',
        ].join('\n'),
      ),
    );

  it('an apology sent "and compensation paid" is two remedies', () => {
    expect(
      minutes([
        'The Head of Revenues told Cabinet that a letter of apology had been sent and compensation paid.',
      ]),
    ).toEqual([
      'The Head of Revenues told Cabinet that a letter of apology had been sent',
      'compensation paid.',
    ]);
  });

  it('a policy updated in the past simple after "Members recalled that"', () => {
    expect(
      minutes([
        'Members recalled that following the case the Council updated its Tenancy Support Policy and set up a single point of contact.',
      ]),
    ).toEqual([
      'Members recalled that following the case the Council updated its Tenancy Support Policy and set up a single point of contact.',
    ]);
  });

  it('a learning meeting held and checks carried out, named after the verb', () => {
    expect(
      minutes([
        'The Director reported that the council has accepted the findings and has held a lessons learnt meeting with the team.',
        'Officers confirmed that the Council had carried out a number of checks on open claims, as the Ombudsman recommended.',
        'The complainant had carried out her own checks on the claim before she complained.',
      ]),
    ).toEqual([
      'The Director reported that the council has accepted the findings and has held a lessons learnt meeting with the team.',
      'Officers confirmed that the Council had carried out a number of checks on open claims, as the Ombudsman recommended.',
    ]);
  });

  it('advice circulated to staff, and measures "put in place" (not the trouble someone was "put to")', () => {
    expect(
      minutes([
        'Written advice on neighbour notification had been circulated to all planning officers.',
        'The Director confirmed that measures had been put in place to stop the delays recurring.',
        'The complainant had been put to time and trouble by the delay.',
      ]),
    ).toEqual([
      'Written advice on neighbour notification had been circulated to all planning officers.',
      'The Director confirmed that measures had been put in place to stop the delays recurring.',
    ]);
  });
});

/**
 * LGSCO early resolutions: the Ombudsman suggests the remedy under "My assessment" and the "Agreed
 * action" section only says the organisation agreed to take "the suggested actions".
 */
function earlyResolution(assessment: string[], agreed: string): string {
  return [
    'Marrow Vale District Council (24 009 310)',
    'Category : Benefits and tax > Council tax',
    'Decision : Upheld',
    'Decision date : 12 Nov 2024',
    "The Ombudsman's final decision:",
    'Summary: Ms Y complained the Council did not deal with her council tax appeal. We have upheld the complaint because the Council agreed to resolve it early.',
    'The complaint',
    '- Ms Y complained the Council delayed and wants it to refund her.',
    'My assessment',
    ...assessment,
    'Agreed Action',
    agreed,
    'Final decision',
    'We have upheld this complaint. The Council has agreed action to resolve it.',
    '',
  ].join('\n');
}

describe('an early resolution the Ombudsman did not investigate, cut before its agreed action', () => {
  const page = (assessment: string): string =>
    [
      'Marrow Vale District Council (25 002 517)',
      "The Ombudsman's final decision:",
      'Summary: We will not investigate Mr T’s complaint about the Council’s delay in reviewing his son’s care plan. This is because the Council agreed to resolve the complaint early by providing a proportionate remedy for the injustice caused by the likely fault.',
      'The complaint',
      '- Mr T complains the Council did not review the care plan and wants it to pay him £1,000.',
      'My assessment',
      '- If we were to investigate, it is likely we would find fault causing Mr T injustice.',
      `- ${assessment}`,
      '',
    ].join('\n');

  it('reads the remedy the organisation offered in the assessment, not the general sentence of the summary', () => {
    const r = run(
      page(
        'The Council offered a payment of £300 to recognise the frustration caused by the delay. It also offered to complete the review within six weeks. Given',
      ),
    );
    expect(texts(r)).toEqual([
      'The Council offered a payment of £300 to recognise the frustration caused by the delay.',
      'It also offered to complete the review within six weeks.',
    ]);
    expect(r.remedyTotal).toBe(300);
  });

  it('reads no offer that was refused, and keeps the general remedy of the summary when nothing more is said', () => {
    const r = run(page('The Council offered a payment of £300 but Mr T refused it.'));
    expect(texts(r)).toEqual([
      'This is because the Council agreed to resolve the complaint early by providing a proportionate remedy for the injustice caused by the likely fault.',
    ]);
    expect(r.remedyTotal).toBe(0);
  });
});

describe('early resolutions: the agreed action refers back to the suggested actions', () => {
  it('reads the suggestions as the actions and the back-reference as none of its own', () => {
    const r = run(
      earlyResolution(
        [
          'If we investigated this complaint it is likely we would find fault. The Council took five months to answer Ms Y and did not tell her she could appeal to the tribunal.',
          'We asked the Council to consider resolving the complaint early by taking action to remedy the injustice caused to Ms Y. We suggested the Council apologise to Ms Y and send her its decision on the discount. We also suggested a payment of £150 to recognise her frustration.',
        ],
        'The Council agreed to resolve the complaint by taking the suggested actions within four weeks.',
      ),
    );
    expect(texts(r)).toEqual([
      'We suggested the Council apologise to Ms Y',
      'send her its decision on the discount.',
      'We also suggested a payment of £150 to recognise her frustration.',
    ]);
    expect(r.remedyTotal).toBe(150);
  });

  it('keeps the agreed action section alone when it names the actions itself', () => {
    const r = run(
      earlyResolution(
        [
          'If we investigated this complaint it is likely we would find fault.',
          'We suggested the Council apologise to Ms Y and pay her £150.',
        ],
        'The Council agreed to apologise to Ms Y and pay her £150 within four weeks.',
      ),
    );
    expect(texts(r)).toEqual(['The Council agreed to apologise to Ms Y', 'pay her £150 within four weeks.']);
    expect(r.remedyTotal).toBe(150);
  });
});

/**
 * A review of this round's rules (a helper read the whole change and wrote sentences in the shape
 * of real decisions that the new rules read wrongly); each case below failed before its fix.
 */
describe('review findings on the new rules', () => {
  const decision = (summary: string, label = ''): ExtractionResult =>
    run(
      [
        'Eastleigh Vale District Council (23 014 702)',
        ...(label ? [`Decision : ${label}`] : []),
        "The Ombudsman's final decision:",
        `Summary: ${summary}`,
        'The complaint',
        '- Mr Y complains about the Council.',
        '',
      ].join('\n'),
    );

  it('does not read negated or conditional fault as fault found', () => {
    for (const s of [
      'Mr Y complained about the Council’s decision. The decision was not affected by fault and so we cannot question it.',
      'Mr Y complained about his assessment. I do not consider there has been fault in the way the Council assessed Mr Y’s needs.',
      'Mr Y complained about the delay. The Council accepts it did not respond within its timescales, but we have found no fault in its decision.',
    ])
      expect(decision(s).faultFound).not.toBe(true);
    const r = decision(
      'Mr Y complained about his parking permit. We found no fault in how the Council decided his application and no fault in how it considered his appeal against the refusal of his permit and the penalty charge notices that followed it, which it did properly. However, even if the Council was at fault in how it communicated, this did not cause a significant injustice.',
    );
    expect(r.finding).not.toBe('upheld');
  });

  it('keeps a remedy lead-in that names the injustice "set out above" or what the complainant "says"', () => {
    const r = run(
      [
        'Fenmoor District Council (16 005 118)',
        '',
        'Decision : Upheld',
        '',
        'The complaint',
        '',
        'Mr T complained about the way the Council treated him when he became homeless.',
        '',
        'To remedy the injustice set out above, the Council has agreed to:',
        '',
        '  • apologise to Mr T;',
        '  • pay Mr T £900 for the distress he says he suffered.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual(['apologise to Mr T', 'pay Mr T £900 for the distress he says he suffered.']);
  });

  it('reads "process" and "which" as what they are in a task ("its complaints policy and process for ...", "identify which other residents")', () => {
    expect(
      texts(
        decision(
          'We found fault. The Council has agreed to review its complaints policy and process for handling requests for late payments. It will also apologise to Mrs X and identify which other residents were charged the wrong amount.',
          'Upheld',
        ),
      ),
    ).toEqual([
      'The Council has agreed to review its complaints policy and process for handling requests for late payments.',
      'It will also apologise to Mrs X',
      'identify which other residents were charged the wrong amount.',
    ]);
  });

  it('reads "Pay for Mrs X’s removal costs" and "Arrange for Mrs X to have ..." in a list as actions', () => {
    const r = run(
      [
        'Fenmoor District Council (22 006 118)',
        '',
        'Decision : Upheld',
        '',
        'Agreed action',
        '',
        '- Pay for Mrs X’s removal costs of £350.',
        '- Arrange for Mrs X to have a new carer’s assessment.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'Pay for Mrs X’s removal costs of £350.',
      'Arrange for Mrs X to have a new carer’s assessment.',
    ]);
    expect(r.remedyTotal).toBe(350);
  });

  it('keeps a remedy after "It should be noted that", a payment with "no budgetary implications", and an item naming an Act', () => {
    expect(
      texts(
        decision(
          'We found fault. It should be noted that the Council has agreed to pay Mrs X £250 and review its procedures.',
          'Upheld',
        ),
      ),
    ).toEqual(['It should be noted that the Council has agreed to pay Mrs X £250', 'review its procedures.']);
    const r = run(
      [
        'Fenmoor District Council (22 006 119)',
        '',
        'Decision : Upheld',
        '',
        'Agreed action',
        '',
        '- Complete Children Act section 17 assessments for both children.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual(['Complete Children Act section 17 assessments for both children.']);
  });

  it('does not take a past agreement in the story for the remedy of an early resolution', () => {
    const r = run(
      [
        'Marrow Vale District Council (25 002 517)',
        "The Ombudsman's final decision:",
        'Summary: We will not investigate Mr T’s complaint about the Council’s delay in reviewing his son’s care plan. This is because the Council agreed to resolve the complaint early by providing a proportionate remedy for the injustice caused by the likely fault.',
        'My assessment',
        '- In 2021 the Council agreed to review the care plan every six months, but it did not do so.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'This is because the Council agreed to resolve the complaint early by providing a proportionate remedy for the injustice caused by the likely fault.',
    ]);
  });

  it('counts both payees of "pay Mrs X & Y £200 each", and no amount after a refund task\'s colon that is a charge', () => {
    const r = decision(
      'We found fault. The Council has agreed to pay Mrs X & Y £200 each for their distress.',
      'Upheld',
    );
    expect(r.remedyTotal).toBe(400);
    const refund = decision(
      'We found fault. The Council has agreed to refund Mr X the difference between the charges: the Council charged £1,500 and the correct amount was £1,200.',
      'Upheld',
    );
    expect(refund.remedyTotal).toBe(0);
  });

  it('keeps "send him proof it has removed the charge" and does not drop "take the following into account"', () => {
    expect(
      texts(
        decision(
          'We found fault. Within one month the Council will send him proof it has removed the charge from his credit record.',
          'Upheld',
        ),
      ),
    ).toEqual([
      'Within one month the Council will send him proof it has removed the charge from his credit record.',
    ]);
    expect(
      texts(
        decision(
          'We found fault. The Council should take the following into account when it decides his priority band.',
          'Upheld',
        ),
      ),
    ).toEqual(['The Council should take the following into account when it decides his priority band.']);
  });

  it('does not read the law\'s "This includes considering ..." as an action', () => {
    const r = run(
      [
        'Eastleigh Vale District Council (23 014 702)',
        'Decision : Upheld',
        "The Ombudsman's final decision:",
        'Summary: We found fault and the Council has agreed to apologise.',
        'What I found',
        '- The law says councils must assess carers who appear to need support.',
        '- This includes considering the carer’s own needs and wishes.',
        '',
      ].join('\n'),
    );
    expect(texts(r)).toEqual(['We found fault and the Council has agreed to apologise.']);
  });

  it('reads "should have" with its participle left out, "which it should remedy", and "re-consider"', () => {
    expect(
      texts(
        decision(
          'Ms T complains about anti-social behaviour near her home. We find fault because the Council did not tell Ms T about the community trigger, even though it should have for the number of reports she made. Only the delay caused her an injustice which it should remedy. The Council should re-consider its decision. This caused Ms T some distress for which the Council has agreed to apologise.',
          'Upheld',
        ),
      ),
    ).toEqual([
      'The Council should re-consider its decision.',
      'This caused Ms T some distress for which the Council has agreed to apologise.',
    ]);
  });

  it('reads a fresh hearing the Council has offered as the remedy, not one that was refused', () => {
    expect(
      texts(
        decision(
          'Mrs X complains about interruptions in her school admission appeal hearing. We find there was fault in the way the hearing was conducted. The Council has offered a fresh in-person hearing with a different panel. It has also agreed to draw up guidelines for virtual hearings. This is a suitable remedy.',
          'Upheld',
        ),
      ),
    ).toEqual([
      'The Council has offered a fresh in-person hearing with a different panel.',
      'It has also agreed to draw up guidelines for virtual hearings.',
    ]);
    expect(
      texts(
        decision(
          'We find there was fault in the way the hearing was conducted. The Council offered a fresh hearing but Mrs X declined it.',
          'Upheld',
        ),
      ),
    ).toEqual([]);
  });

  it('does not read a condition in a decision not upheld as a remedy ("If Mr X makes a new application, it will reassess ...")', () => {
    const r = decision(
      'We found no fault in how the Council decided Mr X’s application. If Mr X makes a new application, it will reassess his circumstances.',
      'Not upheld',
    );
    expect(texts(r)).toEqual([]);
  });
});

describe('a committee paper whose table of recommendations came out of a PDF a word or a cell to a line', () => {
  it('reads a letter marker alone on its line ("e.") as the start of the next recommendation', () => {
    const r = run(
      [
        'Report to the Standards Committee',
        'Local Government Ombudsman: report on a complaint about tree preservation orders',
        'The Ombudsman recommended that the Council:',
        'a.',
        'apologise',
        'to Mr and Mrs Penn for the delay;',
        'ACTION: An apology was sent on 3.6.03.',
        'b.',
        'review',
        'its procedure for making tree preservation orders;',
        'ACTION: The review is under way.',
        'c.',
        'pay',
        'Mr and Mrs Penn £600;',
        'ACTION: Payment has been made.',
        '',
      ].join('\n'),
    );
    expect(r.remedyTotal).toBe(600);
    expect(texts(r).some((t) => /^pay\s+Mr and Mrs Penn £600/.test(t))).toBe(true);
  });
});

describe('a minute that reports the actions taken after a decision as an inline lettered list', () => {
  it('reads the lettered items after "had included", not the Ombudsman asking for the report nor where its details are', () => {
    const r = run(
      [
        'Agenda item',
        'Ombudsman finding on a missing condition on a 2019 planning consent',
        'Minutes:',
        'Priya Shah (Head of Planning) introduced the report on the Ombudsman\u2019s finding that the Council had failed to attach an agreed hours-of-use condition to a consent for a vehicle repair yard. As part of this process the Ombudsman had recommended that the outcome and actions in response were reported to this Scrutiny Committee.',
        'The Committee was advised that the actions taken in response to the finding had included a) an apology to the complainant for the frustration caused and b) a review of the validation checklist for planning consents which members were told had been completed. Details on the changes made to the checklist had been set out within the report.',
        'Members thanked officers for the report.',
      ].join('\n'),
    );
    expect(texts(r)).toEqual([
      'an apology to the complainant for the frustration caused',
      'a review of the validation checklist for planning consents which members were told had been completed.',
    ]);
  });

  it('reads no items after a wish or a refusal run on into its lettered list', () => {
    const wish = run(
      'Agenda item\nMinutes:\nThe complainant wanted the Council to a) apologise and b) pay her \u00a31,000.',
    );
    expect(texts(wish)).toEqual([]);
    expect(wish.remedyTotal).toBe(0);
    expect(
      texts(
        run(
          'Agenda item\nMinutes:\nThe Ombudsman did not recommend that the Council a) pay compensation or b) change its lettings policy.',
        ),
      ),
    ).toEqual([]);
  });
});
