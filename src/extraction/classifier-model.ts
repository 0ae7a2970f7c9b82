/**
 * A small text classifier (natural's BayesClassifier) trained once, lazily, on our own example
 * sentences in seeds/classifier/categories.json. It is the fallback when no category rule matches.
 * The training data is imported as a module (no file-system access at run time).
 */
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import trainingData from '../../seeds/classifier/categories.json';
import { CATEGORY_LEARNING } from './category-rules';
import { RecommendationCategory } from './types';

interface TrainingSet {
  categories: Record<string, string[]>;
}

let model: BayesClassifier | null = null;
function features(text: string): string[] {
  return (
    text
      .toLowerCase()
      .slice(0, 600)
      .match(/[a-z][a-z'-]*/g) ?? []
  )
    .filter((t) => t.length > 2 && !/^\d+$/.test(t))
    .map((t) => PorterStemmer.stem(t));
}

function trained(): BayesClassifier {
  if (model) return model;
  const c = new BayesClassifier();
  const data = trainingData as TrainingSet;
  for (const [category, sentences] of Object.entries(data.categories)) {
    for (const s of sentences) c.addDocument(features(s), category);
  }
  c.train();
  model = c;
  return c;
}

export interface ModelVerdict {
  category: RecommendationCategory;
  learning: boolean;
  confidence: number;
}

const cache = new Map<string, ModelVerdict | null>();

/** Classify `text`; confidence is the winning share of the (normalised) class scores. Memoised. */
export function classifyWithModel(text: string): ModelVerdict | null {
  const key = text.slice(0, 300);
  if (cache.has(key)) return cache.get(key) ?? null;
  const verdict = classifyUncached(key);
  if (cache.size > 5000) cache.clear();
  cache.set(key, verdict);
  return verdict;
}

function classifyUncached(text: string): ModelVerdict | null {
  const f = features(text);
  if (!f.length) return null;
  const c = trained();
  const ranked = c.getClassifications(f);
  if (!ranked.length) return null;
  const total = ranked.reduce((s, r) => s + r.value, 0);
  const best = ranked[0];
  const category = best.label as RecommendationCategory;
  const confidence = total > 0 ? best.value / total : 0;
  return { category, learning: CATEGORY_LEARNING[category] ?? false, confidence };
}
