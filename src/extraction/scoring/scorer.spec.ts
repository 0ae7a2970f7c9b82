import { explainFromText } from '../extract-text';
import { ExtractionSource } from '../types';
import tinyModel from './__fixtures__/tiny-model.json';
import { probability, sigmoid } from './logistic';
import { SCORER_MODEL, ScorerModel, scoreCandidate } from './scorer';

const TINY = tinyModel as ScorerModel;
const SOURCE: ExtractionSource = {
  fileName: 'scorer.txt',
  mediaType: 'text/plain',
  sha256: '',
  pages: null,
  characters: 0,
};

// our own writing, in the shape of an annual report: one action to take, one reported as done
const REPORT = [
  'Annual complaints report 2024/25',
  '',
  'Learning from complaints',
  '',
  'The Council will review its letters to carers by June 2025.',
  '',
  'Officers have already been reminded to return calls within two days.',
  '',
].join('\n');

describe('the committed scorer model', () => {
  it('loads with a bias, weights, a threshold and the flag that says whether it is used', () => {
    expect(SCORER_MODEL.version).toBe(1);
    expect(Number.isFinite(SCORER_MODEL.bias)).toBe(true);
    // 0 is the trainer's "no threshold helps": then the model only gives confidences
    expect(SCORER_MODEL.threshold).toBeGreaterThanOrEqual(0);
    expect(SCORER_MODEL.threshold).toBeLessThan(1);
    expect(typeof SCORER_MODEL.enabled).toBe('boolean');
    if (SCORER_MODEL.enabled) expect(SCORER_MODEL.threshold).toBeGreaterThan(0);
    const names = Object.keys(SCORER_MODEL.weights);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      expect(name).toMatch(
        /^(?:rule|rule-first|role|section|form|doc|doc-count|at|lead-pos|lead-in|category|len|cue|w0|w1):|^(?:listed|lead-in|split|deadline|evidence|payment|learning)$/,
      );
      expect(Number.isFinite(SCORER_MODEL.weights[name])).toBe(true);
    }
  });

  it("gives every recommendation the model's probability as its confidence", () => {
    const e = explainFromText({ text: REPORT, pageStarts: null }, SOURCE);
    expect(e.result.recommendations.length).toBeGreaterThan(0);
    e.result.recommendations.forEach((r, i) => {
      const p = probability(SCORER_MODEL, e.recommendations[i].features);
      expect(r.confidence).toBe(Math.round(p * 100) / 100);
    });
  });
});

describe('scoring one candidate', () => {
  it('is deterministic', () => {
    const f = ['form:implemented', 'cue:already'];
    const ctx = { hasPayment: false, alreadyPossible: false };
    expect(scoreCandidate(TINY, f, ctx)).toEqual(scoreCandidate(TINY, [...f], ctx));
  });

  it('makes a candidate below the threshold a possible action, and says why', () => {
    const v = scoreCandidate(TINY, ['form:implemented'], { hasPayment: false, alreadyPossible: false });
    expect(v.confidence).toBe(Math.round(sigmoid(-2) * 100) / 100);
    expect(v.possible).toBe(true);
    expect(v.reason).toMatch(/below the threshold 0\.50/);
  });

  it('keeps a candidate at or above the threshold as a proposal', () => {
    const v = scoreCandidate(TINY, ['cue:modal'], { hasPayment: false, alreadyPossible: false });
    expect(v).toEqual({ confidence: Math.round(sigmoid(2) * 100) / 100, possible: false, reason: null });
    expect(
      scoreCandidate({ ...TINY, threshold: sigmoid(1) }, [], { hasPayment: false, alreadyPossible: false })
        .possible,
    ).toBe(false);
  });

  it('never makes a candidate that carries a payment possible', () => {
    const v = scoreCandidate(TINY, ['form:implemented'], { hasPayment: true, alreadyPossible: false });
    expect(v.possible).toBe(false);
    expect(v.confidence).toBeLessThan(0.5);
  });

  it('does not apply the threshold when the model is not enabled', () => {
    const v = scoreCandidate({ ...TINY, enabled: false }, ['form:implemented'], {
      hasPayment: false,
      alreadyPossible: false,
    });
    expect(v.possible).toBe(false);
    expect(v.confidence).toBeLessThan(0.5);
  });

  it('keeps a candidate that a rule already made possible possible', () => {
    const v = scoreCandidate(TINY, ['cue:modal'], { hasPayment: false, alreadyPossible: true });
    expect(v).toEqual({ confidence: Math.round(sigmoid(2) * 100) / 100, possible: true, reason: null });
  });
});

describe('the scorer in the engine', () => {
  const run = (scorer: ScorerModel | null) =>
    explainFromText({ text: REPORT, pageStarts: null }, SOURCE, { scorer }).result.recommendations;

  it('moves a weak candidate to the possible actions instead of dropping it', () => {
    const recs = run(TINY);
    const done = recs.find((r) => /already been reminded/.test(r.text));
    const todo = recs.find((r) => /review its letters/.test(r.text));
    expect(done?.possible).toBe(true);
    expect(done?.rule).toContain('scorer.below-threshold');
    expect(done?.why).toMatch(/below the threshold/);
    expect(done?.confidence).toBeLessThan(TINY.threshold);
    expect(todo?.possible).toBeUndefined();
    expect(todo?.confidence).toBeGreaterThanOrEqual(TINY.threshold);
  });

  it('without a scorer proposes both, with the rule-based confidence', () => {
    const recs = run(null);
    expect(recs.map((r) => r.possible)).toEqual(recs.map(() => undefined));
    expect(recs.some((r) => /already been reminded/.test(r.text))).toBe(true);
    expect(recs.map((r) => r.rule?.includes('scorer.below-threshold'))).not.toContain(true);
  });
});
