import { findOrganisation } from './organisation';

const org = (text: string, housing = false): string | null => findOrganisation(text, text, housing).value;

describe('organisation', () => {
  it('takes the name on the title line before an LGSCO reference', () => {
    expect(org('Ashby and Wold Borough Council (24 101 202)\n\nSummary: ...')).toBe(
      'Ashby and Wold Borough Council',
    );
  });

  it("keeps a bracketed place inside a care provider's name on the title line", () => {
    expect(org('The Elms Care Home (Ashford) Limited (23 099 999)\n\nSummary: ...')).toBe(
      'The Elms Care Home (Ashford) Limited',
    );
    expect(org('Riverside Homes (UK) Ltd (24 000 321)\n\nSummary: ...')).toBe('Riverside Homes (UK) Ltd');
  });

  it("takes a council's name in capitals heading a paper, as printed, but not a meeting's heading", () => {
    expect(org('BOROUGH OF FENWICK\nREPORT TO AUDIT COMMITTEE\n3 MARCH 2006\n1 Purpose\n')).toBe(
      'BOROUGH OF FENWICK',
    );
    expect(org('HALDON DISTRICT COUNCIL\nREPORT TO CABINET\n')).toBe('HALDON DISTRICT COUNCIL');
    expect(org('REPORT TO FULL COUNCIL\n3 MARCH 2006\n1 Purpose\n')).toBeNull();
  });

  it('names no organisation for a committee paper on two councils side by side', () => {
    const multi = (text: string): string | null => findOrganisation(text, text, false, true).value;
    expect(
      multi(
        'The reports are for Ashby Borough Council (Appendix A) and Wold District Council (Appendix B).\n',
      ),
    ).toBeNull();
    expect(multi('Complaints about Ashby Borough Council and Wold Council were low.\n')).toBeNull();
    // a council and the parish councils in its area is one council
    expect(multi('Ashby Borough Council and Parish Councils in the area received the report.\n')).toBe(
      'Ashby Borough Council',
    );
    // a single decision naming two councils keeps the first
    expect(org('Complaints about Ashby Borough Council and Wold Council were low.\n')).toBe(
      'Ashby Borough Council',
    );
  });

  it("does not take a committee item's purpose before a reference as the name", () => {
    expect(org('To consider the report of the Ombudsman (23 456 789) on a housing complaint.\n')).toBeNull();
  });

  it('takes the body named on a labelled line', () => {
    expect(
      org('Stage 2 investigation\n\nLocal authority: Pellow and Trant District Council\nChild: Q\n'),
    ).toBe('Pellow and Trant District Council');
    expect(org('Complaint against: Royal Borough of Eastmere\n')).toBe('Royal Borough of Eastmere');
    // a body that is not a council, which no council-name rule reads
    expect(
      org('Stage 3 panel report\n\nOrganisation: Fenmoor Care Services Ltd\nPanel date: 3 May 2024\n'),
    ).toBe('Fenmoor Care Services Ltd');
  });

  it("reads a council's name wrapped at the end of a long PDF line", () => {
    expect(
      org(
        'Stage 2 investigation report\n\nMrs P complained about the way that the grants officers employed by Fenwick\nMetropolitan Borough Council dealt with her application for a disabled facilities grant.\n',
      ),
    ).toBe('Fenwick Metropolitan Borough Council');
  });

  it('keeps places joined by "and" when the name starts a line or follows a preposition', () => {
    expect(org('Report to committee\nWyre and Fenton City Council\n\nIntroduction\n')).toBe(
      'Wyre and Fenton City Council',
    );
    expect(org('Mrs B complained about Wyre and Fenton City Council in 2023.')).toBe(
      'Wyre and Fenton City Council',
    );
  });

  it('does not join a person, a pseudonym or a generic word to the council name', () => {
    expect(org('The letter went to Mr B and Holme County Council on the same day.')).toBe(
      'Holme County Council',
    );
    expect(org('Both the Ombudsman and Holme County Council agreed.')).toBe('Holme County Council');
  });

  it('separates two councils named together', () => {
    expect(org('A joint complaint about Halford County Council and Brayton City Council.')).toBe(
      'Halford County Council',
    );
  });
});
