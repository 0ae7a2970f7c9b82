import { matchServiceArea, NamedArea } from './service-area-names';

const areas: NamedArea[] = [
  { id: '1', name: 'Children and Families', path: 'Children and Families' },
  { id: '2', name: "Children's Social Care", path: "Children and Families > Children's Social Care" },
  {
    id: '3',
    name: 'Children in Care Team',
    path: "Children and Families > Children's Social Care > Children in Care Team",
  },
  { id: '4', name: 'Adult Social Care', path: 'Adult Social Care' },
  { id: '5', name: 'Housing', path: 'Place > Housing' },
  { id: '6', name: 'Housing', path: 'Adult Social Care > Housing' },
];

describe('matchServiceArea', () => {
  it('takes an exact name', () => {
    expect(matchServiceArea("Children's Social Care", areas)).toEqual({ ok: true, area: areas[1] });
  });
  it('takes an unambiguous case-insensitive match, ignoring the apostrophe', () => {
    expect(matchServiceArea('childrens social care', areas)).toEqual({ ok: true, area: areas[1] });
    expect(matchServiceArea('ADULT SOCIAL CARE', areas)).toEqual({ ok: true, area: areas[3] });
    expect(matchServiceArea('in care team', areas)).toEqual({ ok: true, area: areas[2] });
  });
  it('refuses an ambiguous name, listing the full paths', () => {
    const r = matchServiceArea('Housing', areas);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('"Place > Housing", "Adult Social Care > Housing"');
    expect(matchServiceArea('Place > Housing', areas)).toEqual({ ok: true, area: areas[4] });
  });
  it('suggests close names when nothing matches', () => {
    const r = matchServiceArea('Childrens Socal Care', areas);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toMatch(
        /There is no service area "Childrens Socal Care"\. Did you mean "Children's Social Care"/,
      );
    const none = matchServiceArea('Zzzz', areas);
    expect(none.ok || none.message).toMatch(/There is no service area "Zzzz"\. Run/);
  });
});
