/**
 * A small L2-regularised logistic regression over named binary features: trained by full-batch
 * gradient descent from zero weights (deterministic: the same examples give the same weights), and
 * stored as a plain JSON object of weights that the engine imports.
 *
 * Why not natural's LogisticRegressionClassifier (see scoring/README.md): it drops the intercept
 * when it classifies (the bias learnt in training is chomped off theta), has no regularisation (with
 * features seen in one document the weights run off), serialises every training document with the
 * model, and throws "unable to find minimum" when gradient descent does not settle.
 */

export interface Example {
  features: readonly string[];
  label: boolean;
  /** Weight of the example in the loss (1 by default). */
  weight?: number;
}

export interface LogisticModel {
  bias: number;
  /** Weight per feature name; a feature not listed weighs 0. */
  weights: Record<string, number>;
}

export interface TrainOptions {
  /** L2 penalty on the weights (not on the bias), per example. */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Features seen in fewer examples than this are ignored. */
  minCount: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  l2: 0.01,
  iterations: 1500,
  learningRate: 0.5,
  minCount: 3,
};

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The probability that a candidate with these features is a real action. */
export function probability(model: LogisticModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

export function train(examples: readonly Example[], options: Partial<TrainOptions> = {}): LogisticModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= o.minCount).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => [
    ...new Set(e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined)),
  ]);
  const y = examples.map((e) => (e.label ? 1 : 0));
  const sw = examples.map((e) => e.weight ?? 1);
  const total = sw.reduce((a, b) => a + b, 0) || 1;
  const w = new Float64Array(names.length);
  let b = 0;
  const grad = new Float64Array(names.length);
  for (let it = 0; it < o.iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      let z = b;
      for (const j of rows[i]) z += w[j];
      const err = (sigmoid(z) - y[i]) * sw[i];
      gb += err;
      for (const j of rows[i]) grad[j] += err;
    }
    b -= (o.learningRate * gb) / total;
    for (let j = 0; j < w.length; j++) w[j] -= o.learningRate * (grad[j] / total + o.l2 * w[j]);
  }
  const weights: Record<string, number> = {};
  names.forEach((f, j) => {
    const v = Math.round(w[j] * 1e4) / 1e4;
    if (v !== 0) weights[f] = v;
  });
  return { bias: Math.round(b * 1e4) / 1e4, weights };
}
