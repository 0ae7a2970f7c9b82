/**
 * The labelled texts the accuracy bench scores against:
 * - the engine's golden set, src/extraction/__golden__/<name>.txt + <name>.expected.json;
 * - the shared development set, ../shared/eval/dev (docs/<id>.txt + labels.json), when present;
 * - the held-out set, test/fixtures/heldout (same layout and label format as the dev set).
 *
 * Golden expectations hold whole recommendations, not the dev set's short keys. A prediction matches
 * an expected recommendation when, after lower-casing, collapsing whitespace and dropping trailing
 * punctuation and a leading "and"/"or", one text contains the other and the shorter is at least half
 * as long as the longer. Text (not span) matching works the same for .txt, PDF and Word, whose
 * offsets differ; the length condition stops a short fragment from matching a long recommendation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { ActionMatcher, Field, FIELDS, GoldDocument, norm } from './score';

export const ROOT = join(__dirname, '..', '..', '..');
export const GOLDEN_DIR = join(ROOT, 'src', 'extraction', '__golden__');
export const DEV_DIR = join(ROOT, '..', 'shared', 'eval', 'dev');
export const HELDOUT_DIR = join(ROOT, 'test', 'fixtures', 'heldout');
/** The real labelled sets beside the repository (absent on a clone with nothing beside it). */
export const SHARED_DIR = join(ROOT, '..', 'shared');
export const SHARED_EVAL_DIR = join(SHARED_DIR, 'eval');
export const REAL_SETS = ['real', 'real-whole', 'real2'] as const;

export interface LabelledText {
  id: string;
  text: string;
  gold: GoldDocument;
}

export interface Corpus {
  name: string;
  texts: LabelledText[];
  matcher: ActionMatcher;
  /** Why the corpus is empty, when it is. */
  missing?: string;
  /** A folder with the same documents as published files: <formats>/pdf/<id>.pdf, <formats>/docx/<id>.docx. */
  formats?: string;
}

function core(s: string): string {
  return norm(s)
    .replace(/^(?:and|or)\s+/, '')
    .replace(/[\s.;,:]+$/, '');
}

export const sameRecommendation: ActionMatcher = (expected, predicted) => {
  const a = core(expected);
  const b = core(predicted);
  if (a === '' || b === '') return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.includes(shorter) && shorter.length * 2 >= longer.length;
};

interface ExpectedRecommendation {
  text: string;
  learning: boolean;
  payments?: Array<{ amount: number }>;
}

export function goldenCorpus(dir = GOLDEN_DIR): Corpus {
  const corpus: Corpus = { name: 'golden', texts: [], matcher: sameRecommendation };
  if (!existsSync(dir)) return { ...corpus, missing: `${dir} not found` };
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const id = basename(file, '.txt');
    const expectedPath = join(dir, `${id}.expected.json`);
    if (!existsSync(expectedPath)) continue;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown> & {
      recommendations?: ExpectedRecommendation[];
      remedyTotal?: number;
    };
    const recs = expected.recommendations ?? [];
    const fields: GoldDocument['fields'] = {};
    for (const f of FIELDS) if (f in expected) fields[f as Field] = expected[f] as string | boolean | null;
    const payments = recs.flatMap((r) => (r.payments ?? []).map((p) => p.amount));
    corpus.texts.push({
      id,
      text: readFileSync(join(dir, file), 'utf8'),
      gold: {
        id,
        actions: recs.map((r) => ({ key: r.text, learning: r.learning })),
        payments,
        remedyTotal: expected.remedyTotal ?? payments.reduce((a, b) => a + b, 0),
        fields,
      },
    });
  }
  if (corpus.texts.length === 0) corpus.missing = `no <name>.txt + <name>.expected.json pairs in ${dir}`;
  return corpus;
}

interface DevLabel {
  id: string;
  actions: Array<{ key: string; learning: boolean }>;
  payments: number[];
  remedyTotal: number;
  documentType: string;
  reference: string | null;
  organisation: string | null;
  decisionDate: string | null;
  finding: string | null;
  faultFound: boolean | null;
}

/** A set in the dev set's layout: <dir>/labels.json and <dir>/docs/<id>.txt, scored by key. */
function keyedCorpus(name: string, dir: string, absent: string): Corpus {
  const corpus: Corpus = { name, texts: [], matcher: (key, text) => norm(text).includes(norm(key)) };
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(labelsPath)) return { ...corpus, missing: `${labelsPath} not found (${absent})` };
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as DevLabel[];
  for (const label of labels) {
    const fields: GoldDocument['fields'] = {};
    for (const f of FIELDS) fields[f] = label[f];
    corpus.texts.push({
      id: label.id,
      text: readFileSync(join(dir, 'docs', `${label.id}.txt`), 'utf8'),
      gold: {
        id: label.id,
        actions: label.actions,
        payments: label.payments,
        remedyTotal: label.remedyTotal,
        fields,
      },
    });
  }
  return corpus;
}

export function devCorpus(dir = DEV_DIR): Corpus {
  return keyedCorpus('dev', dir, 'the shared dev set is absent');
}

/** A real labelled set (../shared/eval/<name>), with its own PDF and Word files when it has them. */
export function realCorpus(name: string, evalDir = SHARED_EVAL_DIR): Corpus {
  const dir = join(evalDir, name);
  const corpus = keyedCorpus(name, dir, `the shared ${name} set is absent`);
  return corpus.missing ? corpus : { ...corpus, formats: join(dir, 'formats') };
}

/** The held-out set (test/fixtures/heldout): synthetic documents labelled in the dev set's format. */
export function heldoutCorpus(dir = HELDOUT_DIR): Corpus {
  return keyedCorpus('heldout', dir, 'the held-out set is absent');
}
