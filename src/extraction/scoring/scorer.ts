/**
 * The learned scorer applied to the engine's recommendations: each gets its `confidence` from the
 * model (trained by `npm run train:scorer` on the labelled sets, weights in model.json), and one
 * below the model's threshold becomes `possible: true` (shown apart on the review page, not counted)
 * instead of being dropped - when the model says the threshold is enabled (it is enabled only when
 * cross-validation grouped by document showed actions F1 not lower with it).
 *
 * A recommendation that carries a payment is never made possible by the scorer: the payment rules
 * decide money, and the remedy total counts it.
 */
import modelJson from './model.json';
import { LogisticModel, probability } from './logistic';

export interface ScorerModel extends LogisticModel {
  version: 1;
  /** Below this probability a recommendation becomes a possible action (when enabled). */
  threshold: number;
  /** Whether the threshold is applied (cross-validation showed it does not lower actions F1). */
  enabled: boolean;
  /** What it was trained on, for people reading the file. */
  trainedOn: string;
}

export const SCORER_MODEL: ScorerModel = modelJson as ScorerModel;

export interface Verdict {
  /** The model's probability that this is a real action, rounded to two places. */
  confidence: number;
  /** Shown apart as a possible action. */
  possible: boolean;
  /** Why it was made possible (null when it was not, or was already possible by a rule). */
  reason: string | null;
}

export function scoreCandidate(
  model: ScorerModel,
  features: readonly string[],
  context: { hasPayment: boolean; alreadyPossible: boolean },
): Verdict {
  const p = probability(model, features);
  const confidence = Math.round(p * 100) / 100;
  if (context.alreadyPossible) return { confidence, possible: true, reason: null };
  if (model.enabled && !context.hasPayment && p < model.threshold) {
    return {
      confidence,
      possible: true,
      reason: `scored ${confidence.toFixed(2)}, below the threshold ${model.threshold.toFixed(2)} for a proposal`,
    };
  }
  return { confidence, possible: false, reason: null };
}
