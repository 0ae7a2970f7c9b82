import { byConfidence } from './review-order';

describe('the order of proposals on the review page', () => {
  it('puts the most confident first', () => {
    const recs = [
      { id: 'a', confidence: 0.61 },
      { id: 'b', confidence: 0.97 },
      { id: 'c', confidence: 0.8 },
    ];
    expect(byConfidence(recs).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('keeps the order of the document among equal confidences, and does not change its input', () => {
    const recs = [
      { id: 'a', confidence: 0.9 },
      { id: 'b', confidence: 0.95 },
      { id: 'c', confidence: 0.9 },
      { id: 'd', confidence: 0.9 },
    ];
    expect(byConfidence(recs).map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(recs.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
