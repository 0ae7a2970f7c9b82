import { findUntitledNames, redactUntitledNames } from './untitled-names';

const r = (text: string) => redactUntitledNames(text, '[N]');

describe('untitled names', () => {
  it('removes a full name with its middle initial, and keeps a possessive', () => {
    expect(r('We wrote to Jane A. Smith on 3 May.')).toBe('We wrote to [N] on 3 May.');
    expect(r("Following Tendai Chikwanha's complaint, we apologised.")).toBe(
      "Following [N]'s complaint, we apologised.",
    );
  });

  it('removes initials with a surname, with or without dots, but not "A" or "I"', () => {
    expect(r('The notes of J. Smith and R. J. Marsh were lost.')).toBe('The notes of [N] and [N] were lost.');
    expect(r('Evidence from P Lowe was late.')).toBe('Evidence from [N] was late.');
    expect(r('A Housing Officer called. I Smith? No.')).toBe('A Housing Officer called. I Smith? No.');
  });

  it('judges a run at a sentence start by a known name, a verb after it, or a cue', () => {
    expect(r('Li Wei complained.')).toBe('[N] complained.');
    expect(r('Kemi Bankole had been waiting.')).toBe('[N] had been waiting.');
    expect(r('Putting Things Right for residents')).toBe('Putting Things Right for residents');
  });

  it('keeps places after "in", "at", "near", and organisations named after a place', () => {
    expect(r('She moved to a flat in Milton Keynes.')).toBe('She moved to a flat in Milton Keynes.');
    expect(r('We asked Milton Keynes Council and Tower Hamlets Homes.')).toBe(
      'We asked Milton Keynes Council and Tower Hamlets Homes.',
    );
    expect(r("in Jane Smith's case")).toBe("in [N]'s case");
  });

  it('returns spans over the original text', () => {
    const text = 'Pay Ana de la Cruz £300.';
    expect(findUntitledNames(text).map((s) => text.slice(s.start, s.end))).toEqual(['Ana de la Cruz']);
  });
});
