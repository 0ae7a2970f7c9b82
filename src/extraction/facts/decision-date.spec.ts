import { findDecisionDate } from './decision-date';

const date = (head: string, singleCase = true): string | null => findDecisionDate(head, singleCase).value;

describe('decision date', () => {
  it('reads labelled dates in the usual forms', () => {
    expect(date('Upton Council (24 000 111)\nDecision date : 7 Oct 2024\n')).toBe('2024-10-07');
    expect(date('Stage 2 report\nReport dated: 3 March 2025\n')).toBe('2025-03-03');
    expect(date('Review panel\nDate of report - 19/11/2024\n')).toBe('2024-11-19');
    expect(date('Panel date: 2nd of June 2023\n')).toBe('2023-06-02');
  });

  it('reads a bare "Date:" label only where it opens a line, not "an email dated ..." in the story', () => {
    expect(date('Stage 2 response\nDate: 12 May 2025\n')).toBe('2025-05-12');
    expect(
      date(
        'COMPLAINT 202312345\nFenmoor Homes\n31 July 2024\nBackground\n- In an email dated 3 November 2022, the resident reported mould.\n',
      ),
    ).toBe('2024-07-31');
    expect(
      date('Background\n- In an email dated 3 November 2022, the resident reported mould.\n'),
    ).toBeNull();
    // a letter's header: the label after a gap on the reference line, or "Letter dated ..."
    expect(date('Our ref: CMP-2024-0412   Date: 12 May 2025\n')).toBe('2025-05-12');
    expect(date('Letter dated 14 February 2025\n')).toBe('2025-02-14');
  });

  it('reads a date line with a note of a later amendment ("(amended at review ...)")', () => {
    expect(
      date(
        'REPORT\nCOMPLAINT 202112345\nFenmoor Homes\n31 August 2023 (amended at review 7 December 2023)\nOur approach\n',
      ),
    ).toBe('2023-08-31');
    // and run into the landlord's name by a PDF rendering, the name with a digit in it
    expect(
      date(
        'COMPLAINT 202112345\n\nA2Fenmoor Housing Group Limited 31 August 2023 (amended at review 7 December 2023) Our\napproach The Housing Ombudsman’s approach ...\n',
      ),
    ).toBe('2023-08-31');
  });

  it('reads day-month-year written with hyphens', () => {
    expect(date('Lowfield Council (23 010 010)\n\nDecision date: 9-Jan-2023\n')).toBe('2023-01-09');
  });

  it('reads the date at the end of a title line that names the report or decision', () => {
    expect(
      date('Children Act complaint\n\nIndependent investigator\u2019s report, 4 April 2024\n\nBackground\n'),
    ).toBe('2024-04-04');
    expect(date('Nettlecombe Council (22 333 444)\n\nStatement Not upheld Planning 30-Nov-2022\n')).toBe(
      '2022-11-30',
    );
  });

  it('reads the date after the Housing Ombudsman header and the landlord, run into one paragraph by a PDF rendering', () => {
    expect(
      date(
        'Fenmoor Homes Limited (202306761)\n\nREPORT\n\nCOMPLAINT 202306761\n\nFenmoor Homes Limited 9 June 2023 Our approach The Housing\nOmbudsman’s approach to investigating and determining complaints is to decide what is fair.\n',
      ),
    ).toBe('2023-06-09');
    // not the date of an event ("On 3 March 2021 Mrs A reported ...")
    expect(
      date('COMPLAINT 202306761\n\nOn 3 March 2021 Mrs A reported a leak to Fenmoor Homes.\n'),
    ).toBeNull();
    // not a date later in the text after the landlord's name
    expect(
      date(
        'COMPLAINT 202306761\n\nFenmoor Homes Limited Our approach The resident reported a leak on 9 June 2023.\n',
      ),
    ).toBeNull();
  });

  it('reads a date alone on a line under the title', () => {
    expect(date('REPORT\n\nCOMPLAINT 202400001\n\nMarsh Lane Homes\n\n12 July 2024\n\nThe complaint\n')).toBe(
      '2024-07-12',
    );
  });

  it('does not take dates of receipt, meetings or periods', () => {
    expect(date('Stage 2 report\nComplaint received: 5 May 2024\n\nThe complaint\n')).toBeNull();
    expect(date('Stage 3 review\nDate complaint received:\n5 May 2024\n\nThe panel\n')).toBeNull();
    expect(date('Stage 3 review panel report\nPanel meeting held on 8 May 2024\n')).toBeNull();
    expect(date('Report on the period from 1 April 2023\n')).toBeNull();
  });

  it('reads the date under the signature at the end of a decision', () => {
    const body = 'Final decision\n\nComplaint reference: 25 000 001\n\nThe complaint\n'.padEnd(7000, '.');
    const signed = (lines: string) => findDecisionDate(body.slice(0, 6000), true, lines).value;
    expect(
      signed(
        "Final decision\n8. I have completed my investigation.\n\nInvestigator's final decision on behalf of the Ombudsman\n15 October 2025\n",
      ),
    ).toBe('2025-10-15');
    expect(
      signed(
        'Decision made on behalf of the Local Government and Social Care Ombudsman\nJane Smith\nAssistant Ombudsman\n3 May 2024\n',
      ),
    ).toBe('2024-05-03');
    // the date on the signature line itself (a PDF or Word reader may join the two lines)
    expect(
      signed(
        "8. I have completed my investigation.\nInvestigator's final decision on behalf of the Ombudsman 15 October 2025\n",
      ),
    ).toBe('2025-10-15');
    expect(signed('Decision made on behalf of the Ombudsman, 3 May 2024\n\nPage 4 of 4\n')).toBe(
      '2024-05-03',
    );
    // digits on the signature line itself do not stop the date on the line after it
    expect(
      signed("Investigator's decision on behalf of the Ombudsman (LGSCO ref 23 004 118)\n15 October 2025\n"),
    ).toBe('2025-10-15');
    // a date in the last paragraph that is not under the signature is not the decision date
    expect(
      signed(
        'The Council paid Mr A on 3 May 2024.\nInvestigator\u2019s decision on behalf of the Ombudsman\n',
      ),
    ).toBeNull();
  });

  it('gives no date for a document about many cases', () => {
    expect(date('Annual report\nDate of report: 1 May 2024\n', false)).toBeNull();
  });
});
