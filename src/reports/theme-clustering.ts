import type { PorterStemmer as PorterStemmerValue, WordTokenizer as WordTokenizerClass } from 'natural';

// natural's index loads all of natural (classifiers with their MongoDB, Redis and PostgreSQL stores,
// WordNet, ...): about 110 MB of memory in the web process that imports it. These are the same three
// objects, loaded on their own.
/* eslint-disable @typescript-eslint/no-require-imports */
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer') as typeof PorterStemmerValue;
const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer') as {
  WordTokenizer: typeof WordTokenizerClass;
};
const stopwords = (require('natural/lib/natural/util/stopwords') as { words: string[] }).words;
/* eslint-enable @typescript-eslint/no-require-imports */

export interface ThemeInput {
  id: string;
  text: string;
}

export interface ThemeCluster {
  /** The top terms, most characteristic first, as words (not stems). */
  terms: string[];
  label: string;
  memberIds: string[];
}

/** Words that say nothing about the theme in council remedies. */
const DOMAIN_STOPWORDS = [
  'council',
  'councils',
  'will',
  'within',
  'month',
  'months',
  'week',
  'weeks',
  'days',
  'working',
  'final',
  'decision',
  'ombudsman',
  'should',
  'must',
  'ensure',
  'provide',
  'evidence',
  'complied',
  'action',
  'actions',
  'recommendation',
  'recommend',
  'agreed',
  'also',
  'name',
  'removed',
];
const STOP = new Set([...stopwords, ...DOMAIN_STOPWORDS]);
const tokenizer = new WordTokenizer();
const stems = new Map<string, string>();

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = PorterStemmer.stem(word);
    if (stems.size < 200_000) stems.set(word, stem);
  }
  return stem;
}

/** Lower-case word stems of a text, without stop words, numbers and one- or two-letter words. */
export function themeTokens(text: string, words?: Map<string, Map<string, number>>): string[] {
  const out: string[] = [];
  for (const raw of tokenizer.tokenize(text.toLowerCase()) ?? []) {
    if (raw.length < 3 || STOP.has(raw) || /\d/.test(raw)) continue;
    const stem = stemOf(raw);
    out.push(stem);
    if (words) {
      const forms = words.get(stem) ?? new Map<string, number>();
      forms.set(raw, (forms.get(raw) ?? 0) + 1);
      words.set(stem, forms);
    }
  }
  return out;
}

type Vector = Map<string, number>;

function normalise(v: Vector): Vector {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/**
 * Groups texts by similarity: TF-IDF vectors of word stems, then single-pass "leader" clustering on
 * cosine similarity to each cluster's centroid (a text joins the most similar cluster at or above
 * `threshold`, else starts one), then a second pass that re-assigns each text to its nearest final
 * centroid. Linear in the number of texts times clusters, so thousands of actions take well under a second.
 * Each cluster is labelled with the words of its centroid's top terms.
 */
export function clusterThemes(
  inputs: ThemeInput[],
  options: { threshold?: number; topTerms?: number } = {},
): ThemeCluster[] {
  const threshold = options.threshold ?? 0.3;
  const topTerms = options.topTerms ?? 3;
  const words = new Map<string, Map<string, number>>();
  const docs = inputs.map((i) => ({ id: i.id, tokens: themeTokens(i.text, words) }));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const vectors = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d.tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    for (const [t, count] of tf)
      v.set(t, (1 + Math.log(count)) * Math.log((1 + n) / (1 + (df.get(t) ?? 0)) + 1));
    return normalise(v);
  });

  const centroids: { sum: Vector; unit: Vector }[] = [];
  const assign = (v: Vector): number => {
    let best = -1;
    let bestSim = threshold;
    for (let c = 0; c < centroids.length; c++) {
      const sim = dot(v, centroids[c].unit);
      if (sim >= bestSim) {
        best = c;
        bestSim = sim;
      }
    }
    return best;
  };
  for (const v of vectors) {
    if (!v.size) continue;
    const c = assign(v);
    if (c < 0) {
      centroids.push({ sum: new Map(v), unit: new Map(v) });
    } else {
      const sum = centroids[c].sum;
      for (const [k, x] of v) sum.set(k, (sum.get(k) ?? 0) + x);
      centroids[c].unit = normalise(new Map(sum));
    }
  }

  const members: string[][] = centroids.map(() => []);
  vectors.forEach((v, i) => {
    if (!v.size) return;
    let best = 0;
    let bestSim = -1;
    for (let c = 0; c < centroids.length; c++) {
      const sim = dot(v, centroids[c].unit);
      if (sim > bestSim) {
        best = c;
        bestSim = sim;
      }
    }
    members[best].push(docs[i].id);
  });

  const wordFor = (stem: string): string => {
    const forms = words.get(stem);
    if (!forms) return stem;
    return [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  };
  return centroids
    .map((c, i) => {
      const terms = [...c.unit.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, topTerms)
        .map(([stem]) => wordFor(stem));
      return { terms, label: terms.join(', '), memberIds: members[i] };
    })
    .filter((c) => c.memberIds.length > 0)
    .sort((a, b) => b.memberIds.length - a.memberIds.length || a.label.localeCompare(b.label));
}
