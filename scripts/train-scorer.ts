/**
 * Trains the learned scorer over the engine's candidate actions (src/extraction/scoring/).
 *
 *   npm run train:scorer [-- --folds 5] [--dry-run] [--extra]
 *
 * 1. Runs the engine (without the scorer) over the labelled sets in ../shared/eval (dev, real,
 *    real-whole, real2): every recommendation it proposes is an example, with the features the
 *    engine recorded for it (explain traces).
 * 2. Labels: score.py's matching (text contains the gold key, maximum bipartite matching, each gold
 *    action and each prediction used once): a recommendation matched to a gold action is positive.
 *    Recommendations already `possible` by a rule are not proposals and are left out.
 * 3. Cross-validation grouped by document (every document's candidates in one fold; folds dealt
 *    round-robin within each set, so each fold holds documents of every set). For each outer fold
 *    the threshold is chosen by an inner grouped cross-validation on the training documents only,
 *    then applied to the held-out fold. Prints per fold and mean precision/recall/F1 of the engine
 *    without and with the scorer, and the pooled figures.
 * 4. Trains on all documents, picks the threshold from the out-of-fold probabilities of step 3, and
 *    writes src/extraction/scoring/model.json with `enabled` true only when the nested
 *    cross-validation gave actions F1 with the scorer higher than without (mean over folds and
 *    pooled). --dry-run prints without writing; --verbose lists the lowest-scored candidates;
 *    --balanced weighs the two classes equally; --l2 X sets the penalty (default 0.01).
 *    --extra also reads the blind sets beside the project (../extra/<set> with labels.json).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { explainFromText } from '../src/extraction';
import { Example, LogisticModel, probability, train, TrainOptions } from '../src/extraction/scoring/logistic';
import { ScorerModel } from '../src/extraction/scoring/scorer';
import { readDocument } from '../src/extraction/readers/read-document';
import { Corpus, devCorpus, realCorpus, ROOT } from './bench/lib/corpora';
import { GoldDocument, maxMatching, prf } from './bench/lib/score';

const MODEL_PATH = join(ROOT, 'src', 'extraction', 'scoring', 'model.json');
const SETS = ['dev', 'real', 'real-whole', 'real2'];
/** Blind sets built beside the project (../extra/<set>, scripts/eval/blind-sets.md), with --extra. */
const EXTRA_DIR = join(ROOT, '..', 'extra');
const sets: string[] = [...SETS];
const THRESHOLDS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];

interface Candidate {
  text: string;
  learning: boolean;
  features: string[];
  hasPayment: boolean;
  label: boolean;
  /** The engine's rule-based confidence (before the scorer), to compare rankings. */
  ruleConfidence: number;
}

interface Doc {
  set: string;
  id: string;
  gold: GoldDocument;
  candidates: Candidate[];
}

function log(s: string): void {
  process.stdout.write(`${s}\n`);
}

async function loadDocs(): Promise<Doc[]> {
  const docs: Doc[] = [];
  for (const set of sets) {
    const corpus: Corpus =
      set === 'dev' ? devCorpus() : SETS.includes(set) ? realCorpus(set) : realCorpus(set, EXTRA_DIR);
    if (corpus.missing) {
      log(`${set}: ${corpus.missing}; skipped`);
      continue;
    }
    for (const t of corpus.texts) {
      // read as the command line reads a .txt file, so features match what score-real.sh scores
      const read = await readDocument(Buffer.from(t.text, 'utf8'), { fileName: `${t.id}.txt` });
      const source = {
        fileName: `${t.id}.txt`,
        mediaType: read.mediaType,
        sha256: '',
        pages: read.pages,
        characters: read.text.length,
      };
      const ex = explainFromText({ text: read.text, pageStarts: read.pageStarts }, source, { scorer: null });
      const cands: Candidate[] = [];
      ex.result.recommendations.forEach((r, i) => {
        if (r.possible) return;
        cands.push({
          text: r.text,
          learning: r.learning,
          features: ex.recommendations[i].features,
          hasPayment: r.payments.length > 0,
          label: false,
          ruleConfidence: r.confidence,
        });
      });
      for (const j of maxMatching(t.gold.actions, cands).values()) cands[j].label = true;
      docs.push({ set, id: t.id, gold: t.gold, candidates: cands });
    }
  }
  return docs;
}

/** Grouped folds: documents dealt round-robin within each set, in id order. */
function folds(docs: Doc[], k: number): Doc[][] {
  const out: Doc[][] = Array.from({ length: k }, () => []);
  let n = 0;
  for (const set of sets) {
    const inSet = docs.filter((d) => d.set === set).sort((a, b) => a.id.localeCompare(b.id));
    for (const d of inSet) out[n++ % k].push(d);
  }
  return out;
}

/** Training options from the command line (--l2 0.01). */
const trainOptions: Partial<TrainOptions> = {};

/** Class weighting: 'balanced' weighs each class by the inverse of its share (set by --balanced). */
let balanced = false;

function examples(docs: Doc[]): Example[] {
  const ex = docs.flatMap((d) => d.candidates.map((c) => ({ features: c.features, label: c.label })));
  if (!balanced) return ex;
  const pos = ex.filter((e) => e.label).length;
  const neg = ex.length - pos;
  if (!pos || !neg) return ex;
  return ex.map((e) => ({ ...e, weight: e.label ? ex.length / (2 * pos) : ex.length / (2 * neg) }));
}

interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

/** Actions counts of the engine on these documents, proposals below `threshold` made possible. */
function count(docs: Doc[], probs: Map<Candidate, number>, threshold: number): Counts {
  const c: Counts = { tp: 0, pred: 0, gold: 0 };
  for (const d of docs) {
    const kept = d.candidates.filter((x) => x.hasPayment || (probs.get(x) ?? 1) >= threshold);
    c.tp += maxMatching(d.gold.actions, kept).size;
    c.pred += kept.length;
    c.gold += d.gold.actions.length;
  }
  return c;
}

function f1Of(c: Counts): number {
  return prf(c.tp, c.pred, c.gold).f1;
}

function fmt(c: Counts): string {
  const s = prf(c.tp, c.pred, c.gold);
  return `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${c.tp}/${c.gold}/${c.pred})`;
}

function score(model: LogisticModel, docs: Doc[], into: Map<Candidate, number>): void {
  for (const d of docs) for (const c of d.candidates) into.set(c, probability(model, c.features));
}

/** The threshold with the best F1 on these documents; ties go to the lower threshold. */
function bestThreshold(docs: Doc[], probs: Map<Candidate, number>): number {
  let best = 0;
  let bestF1 = -1;
  for (const t of THRESHOLDS) {
    const f = f1Of(count(docs, probs, t));
    if (f > bestF1 + 1e-9) {
      best = t;
      bestF1 = f;
    }
  }
  return best;
}

/** Out-of-fold probabilities for these documents by grouped cross-validation. */
function outOfFold(docs: Doc[], k: number): Map<Candidate, number> {
  const probs = new Map<Candidate, number>();
  const fs = folds(docs, k);
  for (let i = 0; i < k; i++) {
    const model = train(examples(fs.filter((_, j) => j !== i).flat()), trainOptions);
    score(model, fs[i], probs);
  }
  return probs;
}

/** The chance that a random real action scores above a random other candidate (ties count half). */
function auc(docs: Doc[], probs: Map<Candidate, number>): number {
  const all = docs.flatMap((d) => d.candidates);
  const pos = all.filter((c) => c.label).map((c) => probs.get(c) ?? 1);
  const neg = all.filter((c) => !c.label).map((c) => probs.get(c) ?? 1);
  if (!pos.length || !neg.length) return Number.NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const k = Number(args[args.indexOf('--folds') + 1]) || 5;
  const dryRun = args.includes('--dry-run');
  balanced = args.includes('--balanced');
  if (args.includes('--l2')) trainOptions.l2 = Number(args[args.indexOf('--l2') + 1]);
  if (args.includes('--extra') && existsSync(EXTRA_DIR))
    sets.push(
      ...readdirSync(EXTRA_DIR)
        .filter((d) => existsSync(join(EXTRA_DIR, d, 'labels.json')))
        .sort(),
    );
  const docs = await loadDocs();
  const all = examples(docs);
  log(
    `${docs.length} documents, ${all.length} candidates (${all.filter((e) => e.label).length} match a labelled action)`,
  );
  const outer = folds(docs, k);
  const oof = new Map<Candidate, number>();
  const totals = { without: { tp: 0, pred: 0, gold: 0 }, with: { tp: 0, pred: 0, gold: 0 } };
  const f1s = { without: [] as number[], with: [] as number[] };
  log(
    `\ngrouped ${k}-fold cross-validation (threshold chosen by inner ${k - 1}-fold CV on the training documents):`,
  );
  for (let i = 0; i < k; i++) {
    const trainDocs = outer.filter((_, j) => j !== i).flat();
    const threshold = bestThreshold(trainDocs, outOfFold(trainDocs, k - 1));
    const model = train(examples(trainDocs), trainOptions);
    const probs = new Map<Candidate, number>();
    score(model, outer[i], probs);
    score(model, outer[i], oof);
    const without = count(outer[i], probs, 0);
    const withScorer = count(outer[i], probs, threshold);
    for (const key of ['tp', 'pred', 'gold'] as const) {
      totals.without[key] += without[key];
      totals.with[key] += withScorer[key];
    }
    f1s.without.push(f1Of(without));
    f1s.with.push(f1Of(withScorer));
    log(
      `  fold ${i + 1} (${outer[i].length} docs) threshold ${threshold.toFixed(2)}  without ${fmt(without)}  with ${fmt(withScorer)}`,
    );
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanP = (w: 'without' | 'with'): string => mean(f1s[w]).toFixed(3);
  log(`  mean F1 over folds: without ${meanP('without')}  with ${meanP('with')}`);
  log(`  pooled: without ${fmt(totals.without)}  with ${fmt(totals.with)}`);

  const threshold = bestThreshold(docs, oof);
  const gain = mean(f1s.with) - mean(f1s.without);
  const pooledGain = f1Of(totals.with) - f1Of(totals.without);
  // enabled only on evidence: the nested cross-validation must show actions F1 higher with the
  // threshold (mean over folds and pooled); equal means it demoted nothing useful on held-out
  // documents, and a threshold learnt from a handful of negatives can then only demote real actions
  const enabled = gain > 0 && pooledGain > 0 && threshold > 0;
  log(
    `\nthreshold from the out-of-fold probabilities of all documents: ${threshold.toFixed(2)}; ` +
      `${enabled ? 'enabled' : 'not enabled'} (mean F1 change ${gain >= 0 ? '+' : ''}${gain.toFixed(3)}, pooled ${pooledGain >= 0 ? '+' : ''}${pooledGain.toFixed(3)})`,
  );
  log(
    `  AUC (how well a confidence ranks real actions above the others): scorer out-of-fold ${auc(docs, oof).toFixed(3)}, ` +
      `the rule-based confidence it replaces ${auc(docs, new Map(docs.flatMap((d) => d.candidates.map((c) => [c, c.ruleConfidence] as const)))).toFixed(3)}`,
  );
  for (const set of sets) {
    const inSet = docs.filter((d) => d.set === set);
    if (!inSet.length) continue;
    log(
      `  ${set.padEnd(10)} out-of-fold: without ${fmt(count(inSet, oof, 0))}  with ${fmt(count(inSet, oof, threshold))}`,
    );
  }

  if (args.includes('--verbose')) {
    const ranked = docs
      .flatMap((d) => d.candidates.map((c) => ({ d, c, p: oof.get(c) ?? 1 })))
      .sort((a, b) => a.p - b.p);
    log('\nthe 30 lowest out-of-fold scores (+ matches a labelled action, - does not):');
    for (const { d, c, p } of ranked.slice(0, 30))
      log(`  ${p.toFixed(2)} ${c.label ? '+' : '-'} ${d.set}/${d.id}: ${c.text.slice(0, 90)}`);
    log('the candidates that match no labelled action:');
    for (const { d, c, p } of ranked.filter((x) => !x.c.label))
      log(
        `  ${p.toFixed(2)} ${d.set}/${d.id}: ${c.text.slice(0, 90)}  [${c.features.filter((f) => f.startsWith('rule:') || f.startsWith('role:')).join(' ')}]`,
      );
  }

  const finalModel = train(all, trainOptions);
  const model: ScorerModel = {
    version: 1,
    trainedOn: `${docs.length} documents of ${sets.filter((s) => docs.some((d) => d.set === s)).join(', ')}; ${all.length} candidates; grouped ${k}-fold CV mean actions F1 ${mean(f1s.without).toFixed(3)} without, ${mean(f1s.with).toFixed(3)} with`,
    threshold,
    enabled,
    bias: finalModel.bias,
    weights: finalModel.weights,
  };
  const top = Object.entries(finalModel.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  log(
    `\n${top.length} weights; the largest: ${top
      .slice(0, 12)
      .map(([f, w]) => `${f} ${w}`)
      .join(', ')}`,
  );
  if (dryRun) return;
  const before = readFileSync(MODEL_PATH, 'utf8');
  const after = `${JSON.stringify(model, null, 2)}\n`;
  writeFileSync(MODEL_PATH, after);
  log(before === after ? 'model.json unchanged' : `wrote ${MODEL_PATH}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
