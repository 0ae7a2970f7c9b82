import { Example, probability, sigmoid, train } from './logistic';

describe('logistic regression over named features', () => {
  // our own toy data: "modal" marks an action, "past" marks a report of what was done
  const examples: Example[] = [
    ...Array.from({ length: 12 }, () => ({ features: ['modal', 'listed'], label: true })),
    ...Array.from({ length: 4 }, () => ({ features: ['past', 'listed'], label: false })),
    ...Array.from({ length: 2 }, () => ({ features: ['past', 'modal'], label: true })),
    { features: ['once-only'], label: false },
  ];

  it('learns the sign of each feature and a bias', () => {
    const m = train(examples);
    expect(m.weights.modal).toBeGreaterThan(0);
    expect(m.weights.past).toBeLessThan(0);
    expect(probability(m, ['modal', 'listed'])).toBeGreaterThan(0.8);
    expect(probability(m, ['past', 'listed'])).toBeLessThan(0.5);
  });

  it('ignores features seen in fewer examples than minCount', () => {
    expect(train(examples).weights['once-only']).toBeUndefined();
    expect(train(examples, { minCount: 1 }).weights['once-only']).toBeLessThan(0);
  });

  it('is deterministic: the same examples give the same weights', () => {
    expect(train(examples)).toEqual(train([...examples]));
  });

  it('scores an unknown feature as nothing and keeps the bias', () => {
    const m = { bias: 0.5, weights: { a: 2 } };
    expect(probability(m, ['unknown'])).toBeCloseTo(sigmoid(0.5), 10);
    expect(probability(m, ['a', 'unknown'])).toBeCloseTo(sigmoid(2.5), 10);
  });

  it('has a sigmoid that stays finite far from zero', () => {
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(0)).toBe(0.5);
  });
});
