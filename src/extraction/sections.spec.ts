import { LOOSE_REMEDY_RULE, matchHeading, SECTION_RULES, SectionRole } from './sections';

describe('section rules (heading -> role), kept as data', () => {
  it.each(SECTION_RULES.map((r) => [r.id, r.fixture, r.role] as const))(
    '%s knows its own fixture %j as %s',
    (id, fixture, role) => {
      const m = matchHeading(fixture);
      expect(m?.rule.id).toBe(id);
      expect(m?.role).toBe(role);
    },
  );

  it('has unique ids, a reason for every rule and the loose remedy rule last', () => {
    const ids = SECTION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of SECTION_RULES) expect(r.reason.length).toBeGreaterThan(10);
    expect(matchHeading(LOOSE_REMEDY_RULE.fixture)?.rule.id).toBe(LOOSE_REMEDY_RULE.id);
  });

  const cases: Array<[string, SectionRole]> = [
    // LGSCO decision pages, both layouts
    ["The Ombudsman's final decision:", 'summary'],
    ['The complaint', 'complaint'],
    ['What the complaint is about', 'complaint'],
    ['The Ombudsman\u2019s role and powers', 'role_and_powers'],
    ['What I have and have not investigated', 'investigation'],
    ['How I considered this complaint', 'investigation'],
    ['Legal and administrative background', 'background_law'],
    ['What I found', 'findings'],
    ['My assessment', 'findings'],
    ['Conclusions', 'conclusions'],
    ['Agreed action', 'remedy'],
    ['Action', 'remedy'],
    ['Recommendations', 'remedy'],
    ['Final decision', 'final_decision'],
    // Housing Ombudsman determinations
    ['Our approach', 'role_and_powers'],
    ['Jurisdiction', 'role_and_powers'],
    ['What we found and why', 'findings'],
    ['Reasonable redress', 'findings'],
    ['Our decision (determination)', 'final_decision'],
    ['Putting things right', 'remedy'],
    ['Orders', 'remedy'],
    ['Our recommendations', 'remedy'],
    ['Learning', 'learning'],
    // Stage 2, panel reports, committee papers
    ['Summary', 'summary'],
    ["The panel's recommendations", 'remedy'],
    ["Director's response to the recommendations", 'response'],
    ['Adjudication', 'response'],
    ['Lessons learnt', 'learning'],
    ['Purpose of report', 'committee'],
    ['Recommendations to the Cabinet', 'committee'],
    ['4.2 Complaints by service area', 'statistics'],
  ];
  it.each(cases)('%j opens a %s section', (heading, role) => {
    expect(matchHeading(heading)?.role).toBe(role);
  });

  it('does not read a decision record\'s label and value ("Decision status: Recommendations Approved") as a remedy heading', () => {
    expect(matchHeading('Decision status: Recommendations Approved')).toBeNull();
  });

  it('does not read an annual letter title naming the Ombudsman as its role and powers', () => {
    expect(
      matchHeading('Local Government and Social Care Ombudsman (LGSCO) Annual Review Letter'),
    ).toBeNull();
  });
});
