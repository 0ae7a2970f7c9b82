import type { Recommendation } from '../../extraction/types';
import { explanationOf, recommendationRow } from './recommendation-rows';

const base: Recommendation = {
  text: 'Remind staff of the policy.',
  category: 'staff_reminder',
  learning: true,
  payments: [],
  deadline: null,
  evidenceRequired: false,
  span: { start: 0, end: 27, page: 1 },
  confidence: 0.9,
};

describe('the optional fields the engine gained (rule, why, possible)', () => {
  it('are kept when present', () => {
    const rec = {
      ...base,
      rule: ['agreed-action-item', 'lead-in'],
      why: "item 2 under 'Agreed action'",
      possible: true,
    };
    expect(recommendationRow(rec, 0)).toMatchObject({
      rule: ['agreed-action-item', 'lead-in'],
      why: "item 2 under 'Agreed action'",
      possible: true,
    });
  });

  it('are read defensively: an older result has none, a wrong type is ignored', () => {
    expect(explanationOf(base)).toEqual({ rule: null, why: null, possible: false });
    const odd = { ...base, rule: [1, 2], why: '   ', possible: 'yes' } as unknown as Recommendation;
    expect(explanationOf(odd)).toEqual({ rule: null, why: null, possible: false });
  });
});
