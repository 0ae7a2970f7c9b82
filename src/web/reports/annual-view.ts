import {
  ACTION_STATUSES,
  FINDING_LABELS,
  FINDINGS,
  label,
  STATUS_LABELS,
} from '../../reports/annual/annual-labels';
import type { AnnualFigures, AnnualReport } from '../../reports/annual/annual-report.types';
import { periodWords } from '../../reports/annual/annual-export';
import { BarChart, buildBarChart } from '../charts/bar-chart';
import { percent, pounds, whole } from '../setup/view-filters';

/** A figure on the page: its value, and the link to the list behind it. */
export interface Cell {
  text: string;
  href: string | null;
}

export interface CompareRow {
  label: string;
  current: Cell;
  previous: Cell;
}

export interface LinkedChart {
  chart: BarChart;
  /** One per chart row, in order: the list behind the bar. */
  links: string[];
}

export interface AnnualView {
  title: string;
  period: string;
  label: string;
  previousLabel: string;
  query: string;
  otherYears: { text: string; href: string }[];
  kindSwitch: { text: string; href: string };
  downloads: { text: string; href: string }[];
  letter: CompareRow[];
  outcomes: { rows: CompareRow[]; chart: LinkedChart };
  byService: CompareRow[];
  byDirectorate: CompareRow[];
  compliance: CompareRow[];
  lateCases: AnnualFigures['compliance']['lateCases'];
  lateHref: string;
  payments: { rows: CompareRow[]; chart: LinkedChart; purposes: CompareRow[] };
  learning: { rows: CompareRow[]; themes: { theme: string; count: Cell; example: string }[] };
  stages: {
    label: string;
    accepted: Cell;
    notAccepted: Cell;
    awaiting: Cell;
    previousAccepted: Cell;
    previousNotAccepted: Cell;
  }[];
}

/** A share as a percentage; none when there was nothing to count. */
const rate = (v: number | null): string => (v === null ? 'None to count' : percent(v));

export function periodQueryString(f: Pick<AnnualFigures, 'year' | 'kind'>): string {
  return `year=${f.year}${f.kind === 'calendar' ? '&calendar=true' : ''}`;
}

export function listHref(f: Pick<AnnualFigures, 'year' | 'kind'>, figure: string): string {
  return `/reports/annual/list?${periodQueryString(f)}&figure=${encodeURIComponent(figure)}`;
}

/** The annual report page's figures, each linked to its list, with the previous year beside. */
export function buildAnnualView(r: AnnualReport): AnnualView {
  const p = r.previous;
  const cell = (f: AnnualFigures, text: string, figure: string | null): Cell => ({
    text,
    href: figure ? listHref(f, figure) : null,
  });
  const both = (
    rowLabel: string,
    value: (f: AnnualFigures) => string,
    figure: string | null,
  ): CompareRow => ({
    label: rowLabel,
    current: cell(r, value(r), figure),
    previous: cell(p, value(p), figure),
  });
  const n = (v: number) => whole(v);
  const q = periodQueryString(r);

  const findings = [
    ...FINDINGS,
    ...(r.decisions.byFinding.unknown || p.decisions.byFinding.unknown ? ['unknown'] : []),
  ];
  const outcomeRows = findings.map((f) =>
    both(
      label(FINDING_LABELS, f === 'unknown' ? null : f),
      (x) => n(x.decisions.byFinding[f] ?? 0),
      `decisions.finding:${f}`,
    ),
  );
  const services = new Map<string, string | null>();
  for (const s of [...r.decisions.byService, ...p.decisions.byService])
    services.set(s.serviceArea, s.serviceAreaId);
  const dirs = new Map<string, string>();
  for (const d of [...r.decisions.byDirectorate, ...p.decisions.byDirectorate]) dirs.set(d.name, d.id);
  const payServices = new Map<string, string>();
  for (const s of [...r.payments.byService, ...p.payments.byService])
    payServices.set(s.serviceArea, s.serviceAreaId);
  const purposes = new Map<string, string>();
  for (const s of [...r.payments.byPurpose, ...p.payments.byPurpose]) purposes.set(s.label, s.purpose);

  const outcomeChart = buildBarChart({
    id: 'chart-outcomes',
    title: `Ombudsman decisions by outcome, ${r.label}`,
    description: 'Each bar is an outcome; its length is the number of decisions.',
    categories: findings.map((f) => label(FINDING_LABELS, f === 'unknown' ? null : f)),
    series: [{ name: 'Decisions', values: findings.map((f) => r.decisions.byFinding[f] ?? 0) }],
    format: n,
    integer: true,
    categoryHeading: 'Outcome',
  });
  const payChart = buildBarChart({
    id: 'chart-payments',
    title: `Remedy payments agreed by service, ${r.label}`,
    description: 'Each bar is a service; its length is the amount agreed in remedy payments.',
    categories: r.payments.byService.map((s) => s.serviceArea),
    series: [{ name: 'Agreed', values: r.payments.byService.map((s) => s.agreedPence) }],
    format: (v) => pounds(v),
    categoryHeading: 'Service',
  });

  const year = r.year;
  const other = (y: number) => ({
    text: r.kind === 'calendar' ? String(y) : `${y}-${String((y + 1) % 100).padStart(2, '0')}`,
    href: `/reports/annual?year=${y}${r.kind === 'calendar' ? '&calendar=true' : ''}`,
  });

  return {
    title: `${r.councilName}: annual complaints report ${r.label}`,
    period: periodWords(r),
    label: r.label,
    previousLabel: p.label,
    query: q,
    otherYears: [other(year - 1), other(year + 1)],
    kindSwitch:
      r.kind === 'calendar'
        ? {
            text: `Show the Ombudsman's year ${year}-${String((year + 1) % 100).padStart(2, '0')} instead`,
            href: `/reports/annual?year=${year}`,
          }
        : {
            text: `Show the calendar year ${year} instead`,
            href: `/reports/annual?year=${year}&calendar=true`,
          },
    downloads: [
      { text: 'Download as a Word document (DOCX)', href: `/reports/annual/download?${q}&format=docx` },
      { text: 'Download as a spreadsheet (XLSX)', href: `/reports/annual/download?${q}&format=xlsx` },
      { text: 'Download as CSV', href: `/reports/annual/download?${q}&format=csv` },
    ],
    letter: [
      both('Investigated decisions', (f) => n(f.decisions.investigated), 'decisions.investigated'),
      both('Upheld (including partly upheld)', (f) => n(f.decisions.upheld), 'decisions.upheld'),
      both('Upheld rate', (f) => rate(f.decisions.upheldRate), 'decisions.investigated'),
      both('Cases whose compliance counts', (f) => n(f.compliance.due), 'compliance.due'),
      both('Cases complied with', (f) => n(f.compliance.complied), 'compliance.complied'),
      both('Compliance rate', (f) => rate(f.compliance.rate), 'compliance.due'),
      both('Cases with a late remedy', (f) => n(f.compliance.late), 'compliance.late'),
      both(
        'Upheld decisions already remedied by the council',
        (f) => n(f.satisfactoryRemedy.remediedBefore),
        'satisfactory.remedied_before',
      ),
      both('Satisfactory remedy rate', (f) => rate(f.satisfactoryRemedy.rate), 'satisfactory.upheld'),
    ],
    outcomes: {
      rows: [...outcomeRows, both('Total', (f) => n(f.decisions.total), 'decisions')],
      chart: { chart: outcomeChart, links: findings.map((f) => listHref(r, `decisions.finding:${f}`)) },
    },
    byService: [...services.entries()].map(([name, id]) =>
      both(
        name,
        (f) => n(f.decisions.byService.find((s) => s.serviceArea === name)?.total ?? 0),
        `decisions.service:${id ?? 'none'}`,
      ),
    ),
    byDirectorate: [...dirs.entries()].map(([name, id]) =>
      both(
        name,
        (f) => n(f.decisions.byDirectorate.find((d) => d.name === name)?.total ?? 0),
        `decisions.directorate:${id}`,
      ),
    ),
    compliance: [
      both('Cases with Ombudsman remedies', (f) => n(f.compliance.cases), 'compliance.cases'),
      both('Complied with on time', (f) => n(f.compliance.compliedOnTime), 'compliance.on_time'),
      both('Complied with late', (f) => n(f.compliance.compliedLate), 'compliance.complied_late'),
      both('A remedy overdue, not yet done', (f) => n(f.compliance.overdue), 'compliance.overdue'),
      both('Remedies not yet due', (f) => n(f.compliance.pending), 'compliance.pending'),
    ],
    lateCases: r.compliance.lateCases,
    lateHref: listHref(r, 'compliance.late'),
    payments: {
      rows: [
        ...[...payServices.entries()].map(([name, id]) =>
          both(
            name,
            (f) => pounds(f.payments.byService.find((s) => s.serviceArea === name)?.agreedPence ?? 0),
            `payments.service:${id}`,
          ),
        ),
        both('Total', (f) => pounds(f.payments.total), 'payments'),
      ],
      chart: {
        chart: payChart,
        links: r.payments.byService.map((s) => listHref(r, `payments.service:${s.serviceAreaId}`)),
      },
      purposes: [...purposes.entries()].map(([name, purpose]) =>
        both(
          name,
          (f) => pounds(f.payments.byPurpose.find((s) => s.purpose === purpose)?.agreedPence ?? 0),
          `payments.purpose:${purpose}`,
        ),
      ),
    },
    learning: {
      rows: [
        ...ACTION_STATUSES.map((s) =>
          both(label(STATUS_LABELS, s), (f) => n(f.learning.byStatus[s] ?? 0), `learning.status:${s}`),
        ),
        both('Total', (f) => n(f.learning.total), 'learning'),
      ],
      themes: r.learning.themes.map((t) => ({
        theme: t.theme,
        count: cell(r, n(t.count), `learning.theme:${t.category}`),
        example: t.example,
      })),
    },
    stages: r.stages.map((s, i) => ({
      label: s.label,
      accepted: cell(r, n(s.accepted), `stage:${s.stage}.accepted`),
      notAccepted: cell(r, n(s.notAccepted), `stage:${s.stage}.not_accepted`),
      awaiting: cell(r, n(s.awaiting), `stage:${s.stage}.proposed`),
      previousAccepted: cell(p, n(p.stages[i]?.accepted ?? 0), `stage:${s.stage}.accepted`),
      previousNotAccepted: cell(p, n(p.stages[i]?.notAccepted ?? 0), `stage:${s.stage}.not_accepted`),
    })),
  };
}
