/** The bench's port of score.py's rules (scripts/bench/lib/score.ts) and its golden-set matcher. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { goldenCorpus, heldoutCorpus, sameRecommendation } from '../../scripts/bench/lib/corpora';
import { formatParity, formatSpeedTable } from '../../scripts/bench/lib/report';
import { readThroughput } from '../../scripts/bench/lib/threads';
import { textToBlocks } from '../../scripts/fixtures/lib/text-blocks';
import { GoldDocument, maxMatching, prf, scoreDocument, summarise } from '../../scripts/bench/lib/score';
import type { ExtractionResult, Recommendation } from '../../src/extraction/types';

function rec(text: string, learning: boolean, amounts: number[] = []): Recommendation {
  return {
    text,
    category: 'other',
    learning,
    payments: amounts.map((amount) => ({ amount, payee: null, purpose: 'unspecified' })),
    deadline: null,
    evidenceRequired: false,
    span: { start: 0, end: 0, page: null },
    confidence: 0.5,
  };
}

function result(recommendations: Recommendation[], remedyTotal: number): ExtractionResult {
  return {
    schemaVersion: 1,
    source: {
      fileName: 'd.txt',
      mediaType: 'text/plain',
      sha256: '0'.repeat(64),
      pages: null,
      characters: 0,
    },
    documentType: 'annual_report',
    reference: null,
    organisation: 'Northdale Borough Council',
    decisionDate: null,
    finding: null,
    faultFound: null,
    complainants: [],
    recommendations,
    remedyTotal,
    warnings: [],
    errors: [],
  };
}

describe('score.py port', () => {
  it('matches each prediction and each gold action at most once, case and whitespace aside', () => {
    const gold = [
      { key: 'apologise', learning: false },
      { key: 'apologise', learning: false },
      { key: 'Review  its procedures', learning: true },
    ];
    const preds = [rec('The Council should APOLOGISE to Mr A', false), rec('review its\nprocedures', true)];
    expect([...maxMatching(gold, preds)].sort()).toEqual([
      [0, 0],
      [2, 1],
    ]);
  });

  it('prefers partners with the same learning flag among maximum matchings', () => {
    const gold = [{ key: 'staff', learning: true }];
    const preds = [rec('apologise to staff member', false), rec('train staff', true)];
    expect(maxMatching(gold, preds).get(0)).toBe(1);
  });

  it('scores payments as multisets in pence, totals to the penny, and labelled fields only', () => {
    const gold: GoldDocument = {
      id: 'd',
      actions: [{ key: 'pay', learning: false }],
      payments: [100, 100, 250.5],
      remedyTotal: 450.5,
      fields: { documentType: 'annual_report', organisation: 'northdale  borough council' },
    };
    const score = scoreDocument(
      gold,
      result([rec('pay £100', false, [100]), rec('pay £250.50', false, [250.499999, 7])], 450.5),
    );
    expect(score.payments).toEqual({ tp: 2, gold: 3, pred: 3 });
    expect(score.remedyTotalCorrect).toBe(true);
    expect(score.fieldsRight).toEqual({ documentType: true, organisation: true });
    expect(score.actions).toEqual({ tp: 1, gold: 1, pred: 2 });
    expect(score.extra).toEqual(['pay £250.50']);
  });

  it('treats a missing result as empty, and sums micro scores', () => {
    const gold: GoldDocument = {
      id: 'x',
      actions: [{ key: 'a', learning: true }],
      payments: [],
      remedyTotal: 0,
      fields: {},
    };
    const missing = scoreDocument(gold, null);
    expect(missing).toMatchObject({ actions: { tp: 0, gold: 1, pred: 0 }, remedyTotalCorrect: false });
    const summary = summarise([missing, scoreDocument(gold, result([rec('a b', true)], 0))]);
    expect(summary.actions).toMatchObject({ tp: 1, gold: 2, pred: 1, precision: 1, recall: 0.5 });
    expect(summary.remedyTotal).toBe(0.5);
    expect(prf(0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('golden-set matching by text', () => {
  it('accepts the same recommendation with different wrapping or punctuation, not a fragment', () => {
    expect(sameRecommendation('apologise to Ms P in writing;', 'Apologise to Ms P\nin writing')).toBe(true);
    expect(sameRecommendation('and pay Ms P £250.', 'pay Ms P £250')).toBe(true);
    expect(sameRecommendation('review its procedures and train staff on record keeping', 'train staff')).toBe(
      false,
    );
  });

  it('reads <name>.txt with <name>.expected.json and derives payments and total', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redress-golden-'));
    try {
      writeFileSync(join(dir, 'one.txt'), 'Text');
      writeFileSync(
        join(dir, 'one.expected.json'),
        JSON.stringify({
          documentType: 'lgsco_decision',
          recommendations: [
            { text: 'pay £250', learning: false, payments: [{ amount: 250 }] },
            { text: 'train staff', learning: true, payments: [] },
          ],
        }),
      );
      writeFileSync(join(dir, 'orphan.txt'), 'No expectations');
      const corpus = goldenCorpus(dir);
      expect(corpus.missing).toBeUndefined();
      expect(corpus.texts).toHaveLength(1);
      expect(corpus.texts[0].gold).toEqual({
        id: 'one',
        actions: [
          { key: 'pay £250', learning: false },
          { key: 'train staff', learning: true },
        ],
        payments: [250],
        remedyTotal: 250,
        fields: { documentType: 'lgsco_decision' },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says why when there is no golden set', () => {
    expect(goldenCorpus(join(tmpdir(), 'no-such-golden-dir')).missing).toMatch(/not found$/);
  });
});

describe('held-out set and parity', () => {
  it('reads a set in the dev layout (labels.json, docs/<id>.txt) as the held-out corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redress-heldout-'));
    try {
      mkdirSync(join(dir, 'docs'));
      writeFileSync(join(dir, 'docs', 'h1.txt'), 'Pay Mr A £100.\n');
      writeFileSync(
        join(dir, 'labels.json'),
        JSON.stringify([
          {
            id: 'h1',
            documentType: 'lgsco_decision',
            reference: null,
            organisation: null,
            decisionDate: null,
            finding: 'upheld',
            faultFound: true,
            payments: [100],
            remedyTotal: 100,
            actions: [{ key: 'Pay Mr A', learning: false }],
          },
        ]),
      );
      const corpus = heldoutCorpus(dir);
      expect(corpus.name).toBe('heldout');
      expect(corpus.texts.map((t) => [t.id, t.text, t.gold.payments, t.gold.fields.finding])).toEqual([
        ['h1', 'Pay Mr A £100.\n', [100], 'upheld'],
      ]);
      expect(corpus.matcher('pay mr a', 'The Council will pay  Mr A £100')).toBe(true);
      expect(heldoutCorpus(join(dir, 'absent')).missing).toMatch(/not found/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the metrics where PDF or Word fall more than the tolerance below .txt', () => {
    const gold: GoldDocument = {
      id: 'd',
      actions: [
        { key: 'pay', learning: false },
        { key: 'train', learning: true },
      ],
      payments: [100],
      remedyTotal: 100,
      fields: { documentType: 'annual_report' },
    };
    const txt = summarise([
      scoreDocument(gold, result([rec('pay £100', false, [100]), rec('train', true)], 100)),
    ]);
    const pdf = summarise([scoreDocument(gold, result([rec('pay £100', false, [100])], 100))]);
    const out = formatParity(
      [
        { corpus: 'dev', format: 'txt', score: txt },
        { corpus: 'dev', format: 'pdf', score: pdf },
        { corpus: 'dev', format: 'docx', score: txt },
      ],
      0.01,
    );
    expect(out).toContain('dev/pdf vs txt: NOT within 0.01: actions F1 0.667 vs 1.000');
    expect(out).toContain('dev/docx vs txt: within 0.01');
  });
});

describe('rendering texts as PDF and Word for the bench', () => {
  it('nests roman sub-items under a lettered item and keeps their markers', () => {
    const [list] = textToBlocks(
      'a. Pay Ms B £300, made up of:\ni. £200 for distress.\nii. £100 for delay.\nb. Apologise.\n',
    );
    expect(list).toEqual({
      kind: 'list',
      style: 'letter',
      start: 1,
      items: [
        { text: 'Pay Ms B £300, made up of:', level: 0, marker: 'a)' },
        { text: '£200 for distress.', level: 1, marker: 'i.' },
        { text: '£100 for delay.', level: 1, marker: 'ii.' },
        { text: 'Apologise.', level: 0, marker: 'b)' },
      ],
    });
    // after "h)", "i." is the next letter
    const [letters] = textToBlocks('h) Review the policy.\ni) Train staff.\n');
    expect(letters).toMatchObject({ items: [{ marker: 'h)' }, { marker: 'i)', level: 0 }] });
  });

  it('starts a new list where the numbering starts again from 1', () => {
    const blocks = textToBlocks('4. Summary of recommendations\n1. Apology.\n2. Payment.\n');
    expect(blocks.map((b) => (b.kind === 'list' ? [b.start, b.items.length] : b.kind))).toEqual([
      [4, 1],
      [1, 2],
    ]);
  });

  it('keeps a short line above a paragraph numbered "3.2 ..." as its heading', () => {
    expect(
      textToBlocks('Complaint 2\n3.2 The plan was not reviewed for ten months.\nFinding: Upheld.\n'),
    ).toEqual([
      { kind: 'heading', text: 'Complaint 2', level: 2 },
      { kind: 'paragraph', text: '3.2 The plan was not reviewed for ten months.' },
      { kind: 'paragraph', text: 'Finding: Upheld.' },
    ]);
  });
});

describe('reading on several threads', () => {
  it('counts the documents all threads read in the time and prints no CPU figure for them', async () => {
    const t = await readThroughput(Buffer.from('Pay Mr A £100 for his time and trouble.\n'), 2, 100);
    expect(t.threads).toBe(2);
    expect(t.documents).toBeGreaterThanOrEqual(2);
    expect(t.wallMs).toBeGreaterThanOrEqual(100);
    const table = formatSpeedTable([
      {
        label: 'read, 2 threads',
        perDocMs: t.wallMs / t.documents,
        cpuPerDocMs: Number.NaN,
        pages: 1,
        iterations: t.documents,
      },
    ]);
    expect(table.split('\n')[3]).toMatch(/-\s+-\s+-$/);
  }, 30_000);
});
