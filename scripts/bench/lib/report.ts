/** Compact text tables for the bench output. */
import type { CorpusScore, Field } from './score';
import type { MemorySample } from './timing';

export interface SpeedRow {
  label: string;
  perDocMs: number;
  cpuPerDocMs: number;
  pages: number;
  iterations: number;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const f3 = (x: number): string => x.toFixed(3);
const pct = (x: number | undefined): string => (x === undefined ? '-' : `${Math.round(x * 100)}%`);
const SHORT: Record<Field, string> = {
  documentType: 'type',
  reference: 'ref',
  organisation: 'org',
  decisionDate: 'date',
  finding: 'find',
  faultFound: 'fault',
};

export function formatAccuracyTable(
  runs: Array<{ corpus: string; format: string; score: CorpusScore }>,
): string {
  if (runs.length === 0) return 'ACCURACY: no labelled set found';
  const fields = Object.keys(SHORT) as Field[];
  const rows = runs.map(({ corpus, format, score: s }) => [
    `${corpus}/${format}`,
    String(s.documents),
    `${f3(s.actions.precision)} ${f3(s.actions.recall)} ${f3(s.actions.f1)}`,
    `${s.actions.tp}/${s.actions.gold}/${s.actions.pred}`,
    f3(s.learning),
    `${f3(s.payments.precision)} ${f3(s.payments.recall)} ${f3(s.payments.f1)}`,
    pct(s.remedyTotal),
    ...fields.map((f) => pct(s.fields[f])),
    String(s.failedDocuments),
  ]);
  return `ACCURACY\n${table(
    [
      'set/format',
      'docs',
      'actions P R F1',
      'tp/gold/pred',
      'learn',
      'payments P R F1',
      'total',
      ...fields.map((f) => SHORT[f]),
      'errors',
    ],
    rows,
  )}`;
}

export function formatSpeedTable(rows: SpeedRow[]): string {
  return `SPEED (one thread, in process; wall clock, and CPU time of this process)\n${table(
    [
      'what',
      'pages/doc',
      'runs',
      'ms/doc',
      'docs/s',
      'ms/page',
      'pages/s',
      'cpu ms/doc',
      'docs/cpu-s',
      'pages/cpu-s',
    ],
    rows.map((r) => [
      r.label,
      String(r.pages),
      String(r.iterations),
      r.perDocMs.toFixed(1),
      (1000 / r.perDocMs).toFixed(1),
      (r.perDocMs / r.pages).toFixed(2),
      ((1000 * r.pages) / r.perDocMs).toFixed(0),
      ...(Number.isFinite(r.cpuPerDocMs)
        ? [
            r.cpuPerDocMs.toFixed(1),
            (1000 / r.cpuPerDocMs).toFixed(1),
            ((1000 * r.pages) / r.cpuPerDocMs).toFixed(0),
          ]
        : ['-', '-', '-']),
    ]),
  )}`;
}

export function formatMemory(samples: MemorySample[], peakHeapMb: number, peakRssMb: number): string {
  const first = samples.find((s) => s.documents >= 100) ?? samples[0];
  const last = samples[samples.length - 1];
  const growth = last.heapUsedMb - first.heapUsedMb;
  const flat = growth <= Math.max(5, first.heapUsedMb * 0.1);
  const trail = samples.map((s) => `${s.documents}:${s.heapUsedMb.toFixed(1)}`).join(' ');
  return [
    `MEMORY over ${last.documents} documents`,
    `heap after GC (MB) by documents read: ${trail}`,
    `heap after GC ${first.heapUsedMb.toFixed(1)} MB at ${first.documents} -> ${last.heapUsedMb.toFixed(1)} MB at ${last.documents} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB): ${flat ? 'flat' : 'GROWING'}`,
    `peak heap ${peakHeapMb.toFixed(1)} MB, peak RSS ${peakRssMb.toFixed(1)} MB, RSS now ${last.rssMb.toFixed(1)} MB`,
  ].join('\n');
}

/**
 * Whether each corpus's PDF and Word runs are within `tolerance` of its .txt run on every metric
 * (actions F1, payments F1, remedy total, each metadata field), naming the ones that are not.
 */
export function formatParity(
  runs: Array<{ corpus: string; format: string; score: CorpusScore }>,
  tolerance: number,
): string {
  const lines: string[] = [];
  for (const txt of runs.filter((r) => r.format === 'txt')) {
    for (const other of runs.filter((r) => r.corpus === txt.corpus && r.format !== 'txt')) {
      const metrics: Array<[string, number, number]> = [
        ['actions F1', txt.score.actions.f1, other.score.actions.f1],
        ['payments F1', txt.score.payments.f1, other.score.payments.f1],
        ['total', txt.score.remedyTotal, other.score.remedyTotal],
        ...(Object.keys(SHORT) as Field[])
          .filter((f) => txt.score.fields[f] !== undefined)
          .map((f): [string, number, number] => [
            SHORT[f],
            txt.score.fields[f] ?? 0,
            other.score.fields[f] ?? 0,
          ]),
      ];
      // a small epsilon so that a difference of exactly the tolerance passes
      const short = metrics.filter(([, a, b]) => a - b > tolerance + 1e-9);
      lines.push(
        `${other.corpus}/${other.format} vs txt: ${
          short.length === 0
            ? `within ${tolerance}`
            : `NOT within ${tolerance}: ${short.map(([m, a, b]) => `${m} ${b.toFixed(3)} vs ${a.toFixed(3)}`).join(', ')}`
        }`,
      );
    }
  }
  return lines.length ? `PARITY (PDF and Word against .txt)\n${lines.join('\n')}` : '';
}
