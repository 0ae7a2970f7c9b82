/**
 * A TypeScript port of ../shared/eval/dev/score.py's rules, so the bench can score the engine
 * without Python:
 * - actions: a prediction matches a gold action when its text contains the gold key, ignoring case
 *   and whitespace; maximum bipartite matching (Kuhn), edges to predictions with the same learning
 *   flag tried first; micro precision/recall/F1;
 * - learning: agreement of the flag over matched pairs;
 * - payments: all recommendations[].payments[].amount against the gold amounts as multisets, in pence;
 * - remedyTotal: exact to the penny; other fields exact (strings ignoring case and whitespace).
 * For gold actions that are whole texts rather than keys (the engine's golden set), `matches` can be
 * replaced: see golden-corpus.ts.
 */
import type { ExtractionResult } from '../../../src/extraction/types';

export const FIELDS = [
  'documentType',
  'reference',
  'organisation',
  'decisionDate',
  'finding',
  'faultFound',
] as const;
export type Field = (typeof FIELDS)[number];

export interface GoldAction {
  key: string;
  learning: boolean;
}

export interface GoldDocument {
  id: string;
  actions: GoldAction[];
  payments: number[];
  remedyTotal: number;
  /** Only the fields the gold set labels are scored. */
  fields: Partial<Record<Field, string | boolean | null>>;
}

export type ActionMatcher = (goldKey: string, predictedText: string) => boolean;

export function norm(s: unknown): string {
  return String(s).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** score.py's rule: the prediction's text contains the gold key. */
export const containsKey: ActionMatcher = (key, text) => norm(text).includes(norm(key));

/** Returns gold index -> prediction index. */
export function maxMatching(
  gold: GoldAction[],
  preds: Array<{ text: string; learning: boolean }>,
  matches: ActionMatcher = containsKey,
): Map<number, number> {
  const adjacency = gold.map((g) => {
    const candidates = preds.flatMap((p, j) => (matches(g.key, p.text) ? [j] : []));
    return candidates.sort(
      (a, b) => Number(preds[a].learning !== g.learning) - Number(preds[b].learning !== g.learning),
    );
  });
  const owner = new Map<number, number>(); // prediction -> gold
  const augment = (i: number, seen: Set<number>): boolean => {
    for (const j of adjacency[i]) {
      if (seen.has(j)) continue;
      seen.add(j);
      const current = owner.get(j);
      if (current === undefined || augment(current, seen)) {
        owner.set(j, i);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, i) => augment(i, new Set()));
  return new Map([...owner].map(([j, i]) => [i, j]));
}

function pence(amount: number): number {
  return Math.round(amount * 100);
}

function multisetOverlap(a: number[], b: number[]): number {
  const counts = new Map<number, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let overlap = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(x, n - 1);
    }
  }
  return overlap;
}

export function prf(
  tp: number,
  predicted: number,
  gold: number,
): { precision: number; recall: number; f1: number } {
  const precision = predicted ? tp / predicted : gold === 0 ? 1 : 0;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function fieldEqual(gold: unknown, predicted: unknown): boolean {
  if (
    gold === null ||
    predicted === null ||
    gold === undefined ||
    typeof gold === 'boolean' ||
    typeof predicted === 'boolean'
  ) {
    return (gold ?? null) === (predicted ?? null);
  }
  return norm(gold) === norm(predicted);
}

export interface DocumentScore {
  id: string;
  actions: { tp: number; gold: number; pred: number };
  learningAgree: number;
  payments: { tp: number; gold: number; pred: number };
  remedyTotalCorrect: boolean;
  fieldsRight: Partial<Record<Field, boolean>>;
  missed: string[];
  extra: string[];
  errors: string[];
}

export function scoreDocument(
  gold: GoldDocument,
  result: ExtractionResult | null,
  matches: ActionMatcher = containsKey,
): DocumentScore {
  // "possible" candidates are shown apart, not proposed: the scorers do not count them
  const recs = (result?.recommendations ?? []).filter((r) => (r as { possible?: boolean }).possible !== true);
  const match = maxMatching(gold.actions, recs, matches);
  let learningAgree = 0;
  for (const [i, j] of match) if (recs[j].learning === gold.actions[i].learning) learningAgree++;
  const goldPence = gold.payments.map(pence);
  const predPence = recs.flatMap((r) => r.payments.map((p) => pence(p.amount)));
  const fieldsRight: Partial<Record<Field, boolean>> = {};
  for (const f of FIELDS) {
    if (f in gold.fields) fieldsRight[f] = fieldEqual(gold.fields[f], result ? result[f] : null);
  }
  const used = new Set(match.values());
  return {
    id: gold.id,
    actions: { tp: match.size, gold: gold.actions.length, pred: recs.length },
    learningAgree,
    payments: { tp: multisetOverlap(goldPence, predPence), gold: goldPence.length, pred: predPence.length },
    remedyTotalCorrect: result !== null && Math.abs(result.remedyTotal - gold.remedyTotal) < 0.005,
    fieldsRight,
    missed: gold.actions.flatMap((a, i) => (match.has(i) ? [] : [a.key])),
    extra: recs.flatMap((r, j) => (used.has(j) ? [] : [r.text])),
    errors: result?.errors ?? ['no result'],
  };
}

export interface CorpusScore {
  documents: number;
  actions: { precision: number; recall: number; f1: number; tp: number; gold: number; pred: number };
  learning: number;
  payments: { precision: number; recall: number; f1: number; tp: number; gold: number; pred: number };
  remedyTotal: number;
  fields: Partial<Record<Field, number>>;
  failedDocuments: number;
}

export function summarise(scores: DocumentScore[]): CorpusScore {
  const sum = (f: (s: DocumentScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const a = {
    tp: sum((s) => s.actions.tp),
    gold: sum((s) => s.actions.gold),
    pred: sum((s) => s.actions.pred),
  };
  const p = {
    tp: sum((s) => s.payments.tp),
    gold: sum((s) => s.payments.gold),
    pred: sum((s) => s.payments.pred),
  };
  const fields: Partial<Record<Field, number>> = {};
  for (const f of FIELDS) {
    const scored = scores.filter((s) => f in s.fieldsRight);
    if (scored.length > 0) fields[f] = scored.filter((s) => s.fieldsRight[f]).length / scored.length;
  }
  return {
    documents: scores.length,
    actions: { ...prf(a.tp, a.pred, a.gold), ...a },
    learning: a.tp ? sum((s) => s.learningAgree) / a.tp : 0,
    payments: { ...prf(p.tp, p.pred, p.gold), ...p },
    remedyTotal: scores.length ? scores.filter((s) => s.remedyTotalCorrect).length / scores.length : 0,
    fields,
    failedDocuments: scores.filter((s) => s.errors.length > 0).length,
  };
}
