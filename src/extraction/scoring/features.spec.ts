import { CandidateFacts, candidateFeatures } from './features';

const base: CandidateFacts = {
  text: 'The Council will remind its staff to reply within ten working days.',
  ruleIds: ['lead-in.ordering', 'heading.remedy', 'form.modal'],
  role: 'remedy',
  section: 'action',
  form: 'modal',
  listed: true,
  leadIn: 'Within three months of the final decision, the Council will:',
  leadPosition: 2,
  split: false,
  documentType: 'lgsco_decision',
  documentCount: 4,
  at: 0.8,
  hasDeadline: true,
  evidence: false,
  hasPayment: false,
  category: 'staff_reminder',
  learning: true,
};

describe('candidate features', () => {
  it('names the rules, the place and the wording of a listed action', () => {
    const f = candidateFeatures(base);
    expect(f).toEqual(
      expect.arrayContaining([
        'rule:lead-in.ordering',
        'rule-first:lead-in.ordering',
        'rule:form.modal',
        'role:remedy',
        'section:action',
        'form:modal',
        'doc:lgsco_decision',
        'doc-count:3-5',
        'at:3',
        'listed',
        'lead-in',
        'lead-pos:2',
        'lead-in:modal',
        'deadline',
        'category:staff_reminder',
        'learning',
        'len:6-15',
        'cue:modal',
        'cue:org-subject',
        'w0:the',
        'w1:council',
      ]),
    );
    expect(f).not.toContain('rule-first:form.modal');
    expect(f).not.toContain('cue:past-done');
    expect(new Set(f).size).toBe(f.length);
  });

  it('reads a report of what was done before, and what the complainant wanted', () => {
    const f = candidateFeatures({
      ...base,
      text: 'Mrs K complained that the Council had already closed the case and she wanted an apology.',
      leadIn: null,
      leadPosition: 0,
      listed: false,
    });
    expect(f).toEqual(
      expect.arrayContaining(['cue:complainant-subject', 'cue:wants', 'cue:already', 'cue:past-done']),
    );
    expect(f).not.toContain('lead-in');
    expect(f).not.toContain('listed');
  });

  it('does not read "complaint handling" as what the complainant wants', () => {
    const f = candidateFeatures({
      ...base,
      text: 'The Council has trained 30 officers in complaint handling.',
    });
    expect(f).not.toContain('cue:wants');
    expect(f).toContain('cue:past-done');
  });

  it('gives the same features in the same order every time', () => {
    expect(candidateFeatures(base)).toEqual(candidateFeatures({ ...base }));
  });

  it('caps the lead-in position and buckets the length', () => {
    const long = `${'Review the way it records visits and '.repeat(12)}report back.`;
    const f = candidateFeatures({ ...base, text: long, leadPosition: 40 });
    expect(f).toContain('lead-pos:6');
    expect(f).toContain('len:>60');
  });
});
