/**
 * The verdicts of `npm run test:scale`, as pure functions of what was read from the database and the
 * processes' logs, so each can be shown to fail on a broken input (scale-checks.test.ts).
 */

export interface UploadedDocument {
  id: string;
  name: string;
  base: string;
  expectFailure: boolean;
}

export interface DocumentRow {
  id: string;
  status: string;
  attempts: number;
  documentType: string | null;
  /** How many recommendations the stored ExtractionResult has (null: no result stored). */
  resultRecommendations: number | null;
  /** Recommendation rows the extraction made, and how many distinct ordinals among them. */
  recommendationRows: number;
  distinctOrdinals: number;
}

/** One JSON log line of a service process. */
export type LogLine = Record<string, unknown>;

export interface Verdict {
  check: string;
  ok: boolean;
  detail: string;
}

const pass = (check: string, detail: string): Verdict => ({ check, ok: true, detail });
const fail = (check: string, detail: string): Verdict => ({ check, ok: false, detail });

function sample(items: string[], n = 5): string {
  return items.slice(0, n).join(', ') + (items.length > n ? ` and ${items.length - n} more` : '');
}

/** Every uploaded document is in the database once, in a final state, with exactly one result. */
export function documentVerdicts(uploaded: UploadedDocument[], rows: DocumentRow[]): Verdict[] {
  const out: Verdict[] = [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = uploaded.filter((u) => !byId.has(u.id)).map((u) => u.name);
  const uploadedIds = new Set(uploaded.map((u) => u.id));
  const extra = rows.filter((r) => !uploadedIds.has(r.id)).map((r) => r.id);
  out.push(
    missing.length || extra.length || uploadedIds.size !== uploaded.length
      ? fail(
          'documents stored',
          `missing: ${sample(missing)}; not uploaded: ${sample(extra)}; ids given twice: ${uploaded.length - uploadedIds.size}`,
        )
      : pass('documents stored', `${rows.length} documents, one row each`),
  );

  const wrong: string[] = [];
  for (const u of uploaded) {
    const r = byId.get(u.id);
    if (!r) continue;
    const want = u.expectFailure ? 'failed' : 'processed';
    if (r.status !== want) wrong.push(`${u.name} is ${r.status}, not ${want}`);
  }
  out.push(
    wrong.length
      ? fail('final statuses', sample(wrong))
      : pass(
          'final statuses',
          `${uploaded.filter((u) => !u.expectFailure).length} processed, ${uploaded.filter((u) => u.expectFailure).length} damaged ones failed`,
        ),
  );

  const results: string[] = [];
  for (const u of uploaded) {
    const r = byId.get(u.id);
    if (!r) continue;
    if (r.resultRecommendations === null) results.push(`${u.name} has no stored result`);
    else if (r.recommendationRows !== r.resultRecommendations)
      results.push(
        `${u.name} has ${r.recommendationRows} recommendation rows for ${r.resultRecommendations} in its result`,
      );
    else if (r.distinctOrdinals !== r.recommendationRows)
      results.push(`${u.name} has ${r.recommendationRows - r.distinctOrdinals} recommendations stored twice`);
  }
  const totalRecs = rows.reduce((a, r) => a + r.recommendationRows, 0);
  out.push(
    results.length
      ? fail('one result per document, no recommendation twice', sample(results))
      : pass('one result per document, no recommendation twice', `${totalRecs} recommendations`),
  );

  // Copies of one fixture are byte-different but read the same: a document persisted twice, or a
  // result of one written over another, shows as a copy that differs from its siblings.
  const byBase = new Map<string, Set<string>>();
  for (const u of uploaded) {
    const r = byId.get(u.id);
    if (!r || u.expectFailure) continue;
    const seen = byBase.get(u.base) ?? new Set<string>();
    seen.add(`${r.documentType}/${r.recommendationRows}`);
    byBase.set(u.base, seen);
  }
  const differing = [...byBase.entries()]
    .filter(([, s]) => s.size > 1)
    .map(([base, s]) => `${base}: ${[...s].join(' vs ')}`);
  out.push(
    differing.length
      ? fail('copies of one file read alike', sample(differing))
      : pass('copies of one file read alike', `${byBase.size} distinct originals`),
  );
  return out;
}

/** The kill landed while the worker held documents: some document needed a second attempt. */
export function killVerdict(rows: DocumentRow[]): Verdict {
  const retried = rows.filter((r) => r.attempts > 1).length;
  return retried > 0
    ? pass('the kill interrupted work in flight', `${retried} documents taken over after the kill`)
    : fail(
        'the kill interrupted work in flight',
        'no document needed a second attempt: the kill did not land mid-job, so it proved nothing',
      );
}

/** Across every process's log, no document was persisted by two attempts. */
export function ingestLogVerdict(lines: LogLine[]): Verdict {
  const persisted = new Map<string, number>();
  let superseded = 0;
  for (const l of lines) {
    if (l.msg !== 'document ingested') continue;
    if (l.outcome === 'superseded') superseded += 1;
    if (l.outcome !== 'processed' && l.outcome !== 'failed') continue;
    const id = String(l.documentId);
    persisted.set(id, (persisted.get(id) ?? 0) + 1);
  }
  const twice = [...persisted.entries()].filter(([, n]) => n > 1).map(([id, n]) => `${id} x${n}`);
  return twice.length
    ? fail('each document persisted by one attempt (logs)', sample(twice))
    : pass(
        'each document persisted by one attempt (logs)',
        `${persisted.size} persists logged, ${superseded} late attempts refused`,
      );
}

/**
 * The daily run: started on several processes, done by one. `processes` is the log of each process
 * whose scheduler was due to check (by name).
 */
export function complianceVerdict(
  logs: Map<string, LogLine[]>,
  lastRunOn: string | null,
  today: string,
  minimumCheckers: number,
): Verdict {
  let runs = 0;
  const checked: string[] = [];
  for (const [name, lines] of logs) {
    let any = false;
    for (const l of lines) {
      if (l.msg === 'compliance run finished') {
        runs += 1;
        any = true;
      } else if (l.msg === 'compliance run not started') any = true;
    }
    if (any) checked.push(name);
  }
  const detail = `${runs} run(s) by ${checked.length} processes that checked (${checked.join(', ')}); last run on ${lastRunOn}`;
  return runs === 1 && lastRunOn === today && checked.length >= minimumCheckers
    ? pass('the daily compliance run happened once', detail)
    : fail(
        'the daily compliance run happened once',
        `${detail}; expected 1 run on ${today} with at least ${minimumCheckers} processes checking`,
      );
}

/** Daily notices: each (action, kind, day) recorded once. */
export function noticeVerdict(
  duplicates: { actionId: string; type: string; n: number }[],
  events: number,
): Verdict {
  return duplicates.length
    ? fail(
        'no daily notice recorded twice',
        sample(duplicates.map((d) => `${d.type} on ${d.actionId} x${d.n}`)),
      )
    : pass('no daily notice recorded twice', `${events} daily notice events`);
}

export interface HealthSample {
  /** ms since the run started */
  at: number;
  ms: number;
  ok: boolean;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** /health answered 200 every time it was asked, on every web process, throughout. */
export function healthVerdict(name: string, samples: HealthSample[], minimumSamples: number): Verdict {
  const failures = samples.filter((s) => !s.ok).length;
  const detail = `${samples.length} probes, ${failures} failed, p50 ${percentile(
    samples.map((s) => s.ms),
    50,
  ).toFixed(1)} ms, p95 ${percentile(
    samples.map((s) => s.ms),
    95,
  ).toFixed(1)} ms`;
  return failures === 0 && samples.length >= minimumSamples
    ? pass(`/health stayed up on ${name}`, detail)
    : fail(`/health stayed up on ${name}`, `${detail} (at least ${minimumSamples} probes expected)`);
}

export interface UploadAnswer {
  id: string;
  duplicateOf: string | null;
}

/**
 * The same files uploaded at the same moment through both web processes: each file is one document,
 * both answers name it, and exactly one of them made it (the other says duplicateOf).
 */
export function raceVerdict(a: UploadAnswer[] | null, b: UploadAnswer[] | null): Verdict {
  const check = 'the same files uploaded on both web processes at once: one document each';
  if (!a || !b || a.length !== b.length) return fail(check, 'an upload of the racing batch was refused');
  const wrong: string[] = [];
  a.forEach((x, j) => {
    const y = b[j];
    const made = [x, y].filter((u) => u.duplicateOf === null).length;
    if (x.id !== y.id) wrong.push(`file ${j + 1}: two documents ${x.id} and ${y.id}`);
    else if (made !== 1) wrong.push(`file ${j + 1}: ${made} answers say they made it`);
    else if ((x.duplicateOf ?? y.duplicateOf) !== x.id)
      wrong.push(`file ${j + 1}: duplicateOf names another id`);
  });
  const byWeb1 = a.filter((x) => x.duplicateOf === null).length;
  return wrong.length
    ? fail(check, sample(wrong))
    : pass(check, `${a.length} files: ${byWeb1} made by web-1, ${a.length - byWeb1} by web-2`);
}

/**
 * Shared storage after the run: one stored file per document (the racing uploads of the same bytes
 * share one), none without a row, and no temporary file left (spool, staging) once the processes stopped.
 */
export function storageVerdict(stored: string[], documentPaths: string[], temporary: string[]): Verdict {
  const check = 'shared uploads: one file per document, no temporary files left';
  const want = new Set(documentPaths);
  const have = new Set(stored);
  const orphans = stored.filter((p) => !want.has(p));
  const missing = documentPaths.filter((p) => !have.has(p));
  return orphans.length || missing.length || temporary.length
    ? fail(
        check,
        `files without a document: ${sample(orphans)}; documents without a file: ${sample(missing)}; temporary: ${sample(temporary)}`,
      )
    : pass(check, `${stored.length} files for ${want.size} documents`);
}
