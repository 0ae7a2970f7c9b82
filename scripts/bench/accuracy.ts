/**
 * npm run bench:accuracy [-- --quick] [-- --verbose] [-- --json FILE] [-- --memory-docs N]
 *                        [-- --sets golden,dev,real,real-whole,real2,heldout] [-- --accuracy-only]
 *
 * The real labelled sets (../shared/eval/real, real-whole, real2) are scored when present beside
 * the repository: as .txt, and as PDF and Word from each set's own formats/ folder where it has the
 * file (else rendered from the text). Also printed: counts per failure class, and a check of the
 * repository's ExtractionResult schema (src/extraction/extraction-result.schema.json) against
 * ../shared/contracts and of every result against it. This is a bench, not a test: npm test never reads ../shared.
 *
 * Scores the extraction engine and measures its speed and memory:
 * 1. Accuracy against the engine's golden set (src/extraction/__golden__), the shared dev set
 *    (../shared/eval/dev, skipped with a message when absent) and the held-out set
 *    (test/fixtures/heldout), each as .txt and as PDF and Word files generated from the same texts
 *    into a temporary folder. Rules: a port of score.py (lib/score.ts); golden recommendations are
 *    matched by text (lib/corpora.ts explains how). A parity line says whether PDF and Word are
 *    within 0.01 of .txt on every metric; --verbose lists each document's misses, and for PDF and
 *    Word the documents that score differently from their .txt.
 * 2. Speed on one core (this process): ten-page decisions per second as text, PDF and Word; ms per
 *    page; PDF pages per second for reading alone and on a 3,000-page PDF; and PDF reading on two
 *    worker threads at once (throughput over the wall clock, as the service's extraction threads
 *    read; no CPU figure).
 * 3. Memory over 1,000 documents: heap after garbage collection every 100 documents, peak heap, peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import { manyPagesPdf } from '../fixtures/lib/hostile';
import { textToDocx, textToPdf } from '../fixtures/lib/render-text';
import { extractDocument } from '../../src/extraction/extract-document';
import { readDocument } from '../../src/extraction/readers/read-document';
import { EXTRACTION_RESULT_SCHEMA } from '../../src/extraction/result-schema';
import type { ExtractionResult } from '../../src/extraction/types';
import Ajv2020 from 'ajv/dist/2020';
import {
  Corpus,
  devCorpus,
  goldenCorpus,
  heldoutCorpus,
  REAL_SETS,
  realCorpus,
  SHARED_DIR,
} from './lib/corpora';
import { CorpusScore, DocumentScore, FIELDS, scoreDocument, summarise } from './lib/score';
import { formatAccuracyTable, formatMemory, formatParity, formatSpeedTable, SpeedRow } from './lib/report';
import { tenPageDecision } from './lib/ten-page-decision';
import { readThroughput } from './lib/threads';
import { measure, memorySample, MemorySample } from './lib/timing';

type Format = 'txt' | 'pdf' | 'docx';
const FORMATS: Format[] = ['txt', 'pdf', 'docx'];

interface Options {
  quick: boolean;
  verbose: boolean;
  json: string | null;
  memoryDocs: number;
  /** Only these sets (--sets real,real2); all when null. */
  sets: string[] | null;
  /** Accuracy only: no speed or memory runs (--accuracy-only). */
  accuracyOnly: boolean;
  /** The shared folder (contracts/, eval/): ../shared beside the repository unless --shared DIR. */
  shared: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    quick: false,
    verbose: false,
    json: null,
    memoryDocs: 1000,
    sets: null,
    accuracyOnly: false,
    shared: SHARED_DIR,
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') options.quick = true;
    else if (argv[i] === '--verbose') options.verbose = true;
    else if (argv[i] === '--json') options.json = argv[++i];
    else if (argv[i] === '--memory-docs') options.memoryDocs = Number(argv[++i]);
    else if (argv[i] === '--sets') options.sets = argv[++i].split(',');
    else if (argv[i] === '--accuracy-only') options.accuracyOnly = true;
    else if (argv[i] === '--shared') options.shared = argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return options;
}

const progress = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

/**
 * The text as the bytes of a .txt, PDF or Word file. The running header is neutral: the document's
 * id ("odd-02-remedy-in-conclusions") would put words in the text that the document does not have.
 */
async function render(text: string, format: Format, header: string): Promise<Buffer> {
  if (format === 'txt') return Buffer.from(text);
  return format === 'pdf' ? textToPdf(text, header) : textToDocx(text, header);
}

interface CorpusRun {
  corpus: string;
  format: Format;
  score: CorpusScore;
  documents: DocumentScore[];
  results: ExtractionResult[];
  files: string[];
}

async function scoreCorpus(
  corpus: Corpus,
  format: Format,
  dir: string,
  verbose: boolean,
): Promise<CorpusRun> {
  const folder = join(dir, corpus.name, format);
  mkdirSync(folder, { recursive: true });
  const results: ExtractionResult[] = [];
  const files: string[] = [];
  const scores = [];
  for (const item of corpus.texts) {
    // a real set's own PDF and Word files when it has them; otherwise rendered from the text
    const published = corpus.formats ? join(corpus.formats, format, `${item.id}.${format}`) : null;
    let file: string;
    if (format !== 'txt' && published && existsSync(published)) file = published;
    else {
      file = join(folder, `${item.id}.${format}`);
      writeFileSync(file, await render(item.text, format, `Redress bench document ${files.length + 1}`));
    }
    files.push(file);
    const result = await extractDocument(readFileSync(file), file);
    results.push(result);
    const score = scoreDocument(item.gold, result, corpus.matcher);
    scores.push(score);
    if (verbose && (score.missed.length > 0 || score.extra.length > 0 || score.errors.length > 0)) {
      progress(
        `${corpus.name}/${format} ${item.id}: ${score.actions.tp}/${score.actions.gold}/${score.actions.pred}`,
      );
      for (const key of score.missed) progress(`    missed: ${JSON.stringify(key.slice(0, 100))}`);
      for (const text of score.extra) progress(`    extra:  ${JSON.stringify(text.slice(0, 100))}`);
      for (const e of score.errors) progress(`    error:  ${e}`);
    }
  }
  return { corpus: corpus.name, format, score: summarise(scores), documents: scores, results, files };
}

/** The documents whose PDF or Word scores differ from their .txt (what the reader lost or added). */
function reportDifferences(run: CorpusRun, txt: CorpusRun): void {
  run.documents.forEach((doc, i) => {
    const base = txt.documents[i];
    const missed = doc.missed.filter((k) => !base.missed.includes(k));
    const found = base.missed.filter((k) => !doc.missed.includes(k));
    const extra = doc.extra.filter((k) => !base.extra.includes(k));
    const payments = JSON.stringify(doc.payments) !== JSON.stringify(base.payments);
    const fields = FIELDS.filter((f) => doc.fieldsRight[f] !== base.fieldsRight[f]);
    if (!missed.length && !found.length && !extra.length && !payments && !fields.length) return;
    progress(`${run.corpus}/${run.format} ${doc.id} (differs from txt):`);
    for (const key of missed) progress(`    missed: ${JSON.stringify(key.slice(0, 100))}`);
    for (const key of found) progress(`    found (missed in txt): ${JSON.stringify(key.slice(0, 100))}`);
    for (const text of extra) progress(`    extra:  ${JSON.stringify(text.slice(0, 100))}`);
    if (payments)
      progress(
        `    payments tp/gold/pred ${JSON.stringify(doc.payments)} vs txt ${JSON.stringify(base.payments)}`,
      );
    if (fields.length) progress(`    fields differ: ${fields.join(', ')}`);
  });
}

/**
 * Failure classes of a run, counted over its documents: proposals no label matches (narrative read
 * as an action), labelled actions not proposed (a missed list item or sentence), documents whose
 * payments or remedy total are wrong (money), and wrong document facts.
 */
interface FailureClasses {
  narrativeAsAction: number;
  missedAction: number;
  money: number;
  facts: number;
}

function failureClasses(run: CorpusRun): FailureClasses {
  const out: FailureClasses = { narrativeAsAction: 0, missedAction: 0, money: 0, facts: 0 };
  for (const d of run.documents) {
    out.narrativeAsAction += d.extra.length;
    out.missedAction += d.missed.length;
    if (d.payments.tp !== d.payments.gold || d.payments.pred !== d.payments.gold || !d.remedyTotalCorrect)
      out.money++;
    out.facts += Object.values(d.fieldsRight).filter((ok) => ok === false).length;
  }
  return out;
}

function formatFailureClasses(runs: CorpusRun[]): string {
  const rows = runs.map((r) => {
    const f = failureClasses(r);
    return `${`${r.corpus}/${r.format}`.padEnd(18)} ${String(f.narrativeAsAction).padStart(10)} ${String(f.missedAction).padStart(8)} ${String(f.money).padStart(6)} ${String(f.facts).padStart(6)}`;
  });
  return [
    'failure classes: extra = proposals no label matches (narrative read as action); missed = labelled actions not proposed;',
    'money = documents with wrong payments or total; facts = wrong document fields',
    `${'set/format'.padEnd(18)} ${'extra'.padStart(10)} ${'missed'.padStart(8)} ${'money'.padStart(6)} ${'facts'.padStart(6)}`,
    ...rows,
  ].join('\n');
}

/**
 * The repository's copy of the ExtractionResult schema (contracts/) against the shared contract
 * (../shared/contracts) when present, and every result of the run against the repository's copy.
 */
function checkSchema(runs: CorpusRun[], shared: string): string[] {
  const notes: string[] = [];
  const sharedPath = join(shared, 'contracts', 'extraction-result.schema.json');
  const repo = EXTRACTION_RESULT_SCHEMA;
  if (existsSync(sharedPath)) {
    const shared = JSON.parse(readFileSync(sharedPath, 'utf8')) as object;
    notes.push(
      JSON.stringify(shared) === JSON.stringify(repo)
        ? 'schema: src/extraction/extraction-result.schema.json is the same as ../shared/contracts'
        : 'schema: src/extraction/extraction-result.schema.json differs from ../shared/contracts (npm run bench:contract says whether it still contains it)',
    );
  } else notes.push('schema: ../shared/contracts absent; results checked against the repository copy only');
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(repo);
  let bad = 0;
  let first = '';
  let total = 0;
  for (const run of runs)
    for (const result of run.results) {
      total++;
      const name = result.source.fileName;
      if (!(validate(result) as boolean)) {
        bad++;
        if (!first) first = `${name}: ${JSON.stringify(validate.errors?.[0] ?? {})}`;
      }
    }
  notes.push(
    bad === 0
      ? `schema: all ${total} results validate against the ExtractionResult schema`
      : `schema: ${bad} of ${total} results do NOT validate (first: ${first})`,
  );
  return notes;
}

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Runs the reference scorer on the same results, when Python is available, to check the port. */
function crossCheckWithScorePy(run: CorpusRun, dir: string, devDir: string): string {
  const results = join(dir, 'dev-results.jsonl');
  const scores = join(dir, 'dev-scores.json');
  writeFileSync(results, run.results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const python = spawnSync('python3', [join(devDir, 'score.py'), results, '--json', scores], {
    encoding: 'utf8',
  });
  if (python.error || python.status !== 0) return 'score.py not run (python3 unavailable or failed)';
  const summary = (
    JSON.parse(readFileSync(scores, 'utf8')) as {
      summary: { actions: { f1: number }; payments: { f1: number }; remedyTotalAccuracy: number };
    }
  ).summary;
  const same =
    Math.abs(summary.actions.f1 - run.score.actions.f1) < 1e-9 &&
    Math.abs(summary.payments.f1 - run.score.payments.f1) < 1e-9 &&
    Math.abs(summary.remedyTotalAccuracy - run.score.remedyTotal) < 1e-9;
  return same
    ? `score.py agrees on dev/txt (actions F1 ${summary.actions.f1.toFixed(3)}, payments F1 ${summary.payments.f1.toFixed(3)})`
    : `score.py DISAGREES on dev/txt: actions F1 ${summary.actions.f1.toFixed(3)} vs ${run.score.actions.f1.toFixed(3)}, payments F1 ${summary.payments.f1.toFixed(3)} vs ${run.score.payments.f1.toFixed(3)}`;
}

async function speed(quick: boolean): Promise<{ rows: SpeedRow[]; pages: number }> {
  progress('building a ten-page decision');
  const doc = await tenPageDecision();
  const minMs = quick ? 800 : 3000;
  const rows: SpeedRow[] = [];
  for (const [label, bytes] of [
    ['text (.txt) extract', doc.txt],
    ['PDF extract', doc.pdf],
    ['Word extract', doc.docx],
  ] as const) {
    progress(`timing ${label}`);
    const t = await measure(() => extractDocument(bytes, `bench.${label}`), { minMs });
    rows.push({
      label,
      perDocMs: t.perOpMs,
      cpuPerDocMs: t.cpuPerOpMs,
      pages: doc.pages,
      iterations: t.iterations,
    });
  }
  progress('timing PDF reading alone');
  const read = await measure(() => readDocument(doc.pdf), { minMs });
  rows.push({
    label: 'PDF read only',
    perDocMs: read.perOpMs,
    cpuPerDocMs: read.cpuPerOpMs,
    pages: doc.pages,
    iterations: read.iterations,
  });
  const threads = Math.min(2, availableParallelism());
  if (threads > 1) {
    progress(`timing PDF reading on ${threads} threads at once`);
    const t = await readThroughput(doc.pdf, threads, minMs);
    rows.push({
      label: `PDF read, ${threads} threads`,
      perDocMs: t.wallMs / t.documents,
      cpuPerDocMs: Number.NaN,
      pages: doc.pages,
      iterations: t.documents,
    });
  }
  if (!quick) {
    progress('timing a 3,000-page PDF');
    const big = await manyPagesPdf(3000);
    const t = await measure(() => readDocument(big, { maxPages: 5000, timeoutMs: 600_000 }), {
      minMs: 0,
      minIterations: 1,
      warmup: 0,
    });
    rows.push({
      label: '3,000-page PDF read',
      perDocMs: t.perOpMs,
      cpuPerDocMs: t.cpuPerOpMs,
      pages: 3000,
      iterations: t.iterations,
    });
  }
  return { rows, pages: doc.pages };
}

async function memory(
  files: Array<{ name: string; bytes: Buffer }>,
  count: number,
): Promise<MemorySample[] & { peakHeapMb?: number }> {
  const samples: MemorySample[] = [];
  let peakHeap = 0;
  for (let i = 0; i < Math.min(files.length, 50); i++) await extractDocument(files[i].bytes, files[i].name); // warm up
  samples.push(memorySample(0));
  for (let n = 1; n <= count; n++) {
    const file = files[(n - 1) % files.length];
    await extractDocument(file.bytes, file.name);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed / 1048576);
    if (n % 100 === 0 || n === count) {
      samples.push(memorySample(n));
      progress(`memory: ${n} documents, heap ${samples[samples.length - 1].heapUsedMb.toFixed(1)} MB`);
    }
  }
  return Object.assign(samples, { peakHeapMb: peakHeap });
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'redress-bench-'));
  const started = Date.now();
  try {
    const runs: CorpusRun[] = [];
    const notes: string[] = [];
    const loadAtStart = load();
    const evalDir = join(options.shared, 'eval');
    const corpora = [
      goldenCorpus(),
      devCorpus(join(evalDir, 'dev')),
      ...REAL_SETS.map((name) => realCorpus(name, evalDir)),
      heldoutCorpus(),
    ];
    if (!existsSync(evalDir)) notes.push(`real sets skipped: ${evalDir} not found`);
    for (const corpus of corpora) {
      if (options.sets && !options.sets.includes(corpus.name)) continue;
      if (corpus.missing) {
        notes.push(`${corpus.name} set skipped: ${corpus.missing}`);
        continue;
      }
      for (const format of FORMATS) {
        progress(`scoring ${corpus.name} set as ${format} (${corpus.texts.length} documents)`);
        const run = await scoreCorpus(corpus, format, dir, options.verbose && format === 'txt');
        runs.push(run);
        const txt = runs.find((r) => r.corpus === corpus.name && r.format === 'txt');
        if (options.verbose && txt && run !== txt) reportDifferences(run, txt);
      }
    }
    const devTxt = runs.find((r) => r.corpus === 'dev' && r.format === 'txt');
    if (devTxt) notes.push(crossCheckWithScorePy(devTxt, dir, join(evalDir, 'dev')));

    notes.push(...checkSchema(runs, options.shared));
    const table = runs.map((r) => ({ corpus: r.corpus, format: r.format, score: r.score }));
    if (options.accuracyOnly) {
      process.stdout.write(`\n${formatAccuracyTable(table)}\n${formatParity(table, 0.01)}\n`);
      process.stdout.write(`\n${formatFailureClasses(runs)}\n`);
      for (const note of notes) process.stdout.write(`note: ${note}\n`);
      if (options.json)
        writeFileSync(
          options.json,
          JSON.stringify(
            {
              accuracy: runs.map((r) => ({
                corpus: r.corpus,
                format: r.format,
                ...r.score,
                failures: failureClasses(r),
              })),
            },
            null,
            2,
          ),
        );
      return;
    }

    const { rows } = await speed(options.quick);

    const memoryFiles: Array<{ name: string; bytes: Buffer }> = runs.flatMap((r) =>
      r.files.map((f) => ({ name: f, bytes: readFileSync(f) as Buffer })),
    );
    if (memoryFiles.length === 0) {
      const doc = await tenPageDecision();
      memoryFiles.push(
        { name: 'a.txt', bytes: doc.txt },
        { name: 'a.pdf', bytes: doc.pdf },
        { name: 'a.docx', bytes: doc.docx },
      );
    }
    progress(
      `memory over ${options.memoryDocs} documents (${memoryFiles.length} distinct files, all formats)`,
    );
    const samples = await memory(memoryFiles, options.memoryDocs);
    const peakRssMb = process.resourceUsage().maxRSS / 1024;

    process.stdout.write(`\n${formatAccuracyTable(table)}\n${formatParity(table, 0.01)}\n`);
    process.stdout.write(`\n${formatFailureClasses(runs)}\n`);
    process.stdout.write(`\n${formatSpeedTable(rows)}\n`);
    process.stdout.write(`\n${formatMemory(samples, samples.peakHeapMb ?? 0, peakRssMb)}\n`);
    for (const note of notes) process.stdout.write(`note: ${note}\n`);
    process.stdout.write(`load average (1, 5, 15 min): ${loadAtStart} at start, ${load()} at end\n`);
    process.stdout.write(
      `(fields: ${FIELDS.join(', ')}; bench took ${Math.round((Date.now() - started) / 1000)} s)\n`,
    );

    if (options.json) {
      writeFileSync(
        options.json,
        JSON.stringify(
          {
            accuracy: runs.map((r) => ({
              corpus: r.corpus,
              format: r.format,
              ...r.score,
              failures: failureClasses(r),
            })),
            speed: rows,
            memory: samples,
            peakRssMb,
            loadAverage: { start: loadAtStart, end: load() },
          },
          null,
          2,
        ),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
