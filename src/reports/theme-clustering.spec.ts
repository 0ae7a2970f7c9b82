import { clusterThemes, themeTokens } from './theme-clustering';

describe('themeTokens', () => {
  it('keeps stems of meaningful words only', () => {
    expect(themeTokens('The Council will remind staff to record home visits within 3 months.')).toEqual([
      'remind',
      'staff',
      'record',
      'home',
      'visit',
    ]);
  });
});

describe('clusterThemes', () => {
  const texts = [
    ['a1', 'Remind staff in the financial assessment team to send assessment outcomes in writing.'],
    ['a2', 'Remind financial assessment staff that outcomes must be sent in writing to residents.'],
    ['a3', 'Send a reminder to financial assessment officers about written assessment outcomes.'],
    ['b1', 'Review the procedure for recording home visits by social workers and train staff on it.'],
    ['b2', 'Review how social workers record home visits and update the recording procedure.'],
    ['c1', 'Audit other cases where the school transport application was refused without a panel.'],
  ] as const;

  it('groups similar learning actions and labels each group with its top terms', () => {
    const themes = clusterThemes(texts.map(([id, text]) => ({ id, text })));
    const groupOf = (id: string) => themes.findIndex((t) => t.memberIds.includes(id));
    expect(groupOf('a1')).toBe(groupOf('a2'));
    expect(groupOf('a1')).toBe(groupOf('a3'));
    expect(groupOf('b1')).toBe(groupOf('b2'));
    expect(groupOf('a1')).not.toBe(groupOf('b1'));
    expect(groupOf('c1')).not.toBe(groupOf('a1'));
    expect(groupOf('c1')).not.toBe(groupOf('b1'));
    expect(themes[0].memberIds.sort()).toEqual(['a1', 'a2', 'a3']);
    expect(themes[0].terms).toHaveLength(3);
    expect(themes[0].label).toMatch(/assessment|financial|outcomes/);
    expect(themes.flatMap((t) => t.memberIds).sort()).toEqual(texts.map(([id]) => id).sort());
  });

  it('returns nothing for nothing and skips texts with no meaningful words', () => {
    expect(clusterThemes([])).toEqual([]);
    expect(clusterThemes([{ id: 'x', text: 'The council will, within 3 months.' }])).toEqual([]);
  });
});
