import { penceToPounds } from '../../common/money';
import { BarChart, buildBarChart } from '../charts/bar-chart';
import { formatDateTime, percent, pounds, whole } from '../setup/view-filters';
import type { ReportTable } from '../../reports/report-tables';
import type { ScrutinyData } from './scrutiny-data';

export interface ScrutinySection {
  id: string;
  heading: string;
  summary: string;
  chart: BarChart;
}

export interface ScrutinyView {
  generatedOn: string;
  totals: {
    outstanding: number;
    overdue: number;
    latestRate: string;
    latestYear: string | null;
    paidPence: number;
  };
  sections: ScrutinySection[];
  tables: ReportTable[];
}

const count = (n: number) => whole(n);

/** Charts (with their tables) and export tables for the scrutiny dashboard and committee report. */
export function buildScrutinyView(data: ScrutinyData): ScrutinyView {
  const outstandingTotal = data.outstanding.reduce((s, o) => s + o.byAge.reduce((a, b) => a + b, 0), 0);
  const overdueTotal = data.outstanding.reduce((s, o) => s + o.overdue, 0);
  // the latest year with a remedy due gives the headline figure, whatever order the years come in
  const rated = data.compliance.filter((c) => c.due > 0 && c.rate !== null);
  const latest = rated.reduce<(typeof rated)[number] | null>(
    (best, c) => (best === null || Number(c.year) > Number(best.year) ? c : best),
    null,
  );
  const paid = data.paymentsByYear.reduce((s, p) => s + p.pence, 0);

  const sections: ScrutinySection[] = [
    {
      id: 'outstanding',
      heading: 'Outstanding recommendations by service and age',
      summary: `${count(outstandingTotal)} actions are outstanding, ${count(overdueTotal)} of them overdue.`,
      chart: buildBarChart({
        id: 'chart-outstanding',
        title: 'Outstanding actions by service, by time since the recommendation',
        description: 'Each bar is a service; its parts are how long the actions have been open.',
        categories: data.outstanding.map((o) => o.serviceArea),
        series: data.ageBands.map((band, i) => ({
          name: band,
          values: data.outstanding.map((o) => o.byAge[i] ?? 0),
        })),
        format: count,
        integer: true,
        categoryHeading: 'Service',
      }),
    },
    {
      id: 'overdue',
      heading: 'Overdue actions',
      summary: `${count(overdueTotal)} actions are past their due date.`,
      chart: buildBarChart({
        id: 'chart-overdue',
        title: 'Overdue actions by service',
        description: 'Each bar is the number of a service’s actions past their due date.',
        categories: data.outstanding.filter((o) => o.overdue > 0).map((o) => o.serviceArea),
        series: [
          {
            name: 'Overdue actions',
            values: data.outstanding.filter((o) => o.overdue > 0).map((o) => o.overdue),
          },
        ],
        format: count,
        integer: true,
        categoryHeading: 'Service',
      }),
    },
    {
      id: 'compliance',
      heading: 'Compliance with Ombudsman remedies by year',
      summary: latest
        ? `In ${latest.year}, ${percent(latest.rate)} of Ombudsman remedies were completed by the agreed date.`
        : 'No Ombudsman remedy has fallen due yet.',
      chart: buildBarChart({
        id: 'chart-compliance',
        title: 'Share of Ombudsman remedies completed on time, by year due',
        description:
          'Each bar is a year; its length is the share of remedies due that year completed on time.',
        // a year with no remedy due yet has no rate: it is left out, not shown as 0%
        categories: rated.map((c) => c.year),
        series: [{ name: 'Compliance rate', values: rated.map((c) => c.rate ?? 0) }],
        format: (n) => percent(n),
        max: 1,
        categoryHeading: 'Year',
      }),
    },
    {
      id: 'payments-year',
      heading: 'Remedy payments by year',
      summary: `${pounds(paid)} agreed in remedy payments in all.`,
      chart: buildBarChart({
        id: 'chart-payments-year',
        title: 'Remedy payments agreed, by year',
        description: 'Each bar is a year; its length is the total agreed in payments.',
        categories: data.paymentsByYear.map((p) => p.label),
        series: [{ name: 'Payments', values: data.paymentsByYear.map((p) => p.pence) }],
        format: pounds,
        categoryHeading: 'Year',
      }),
    },
    {
      id: 'payments-service',
      heading: 'Remedy payments by service',
      summary: 'Which services’ complaints led to the payments.',
      chart: buildBarChart({
        id: 'chart-payments-service',
        title: 'Remedy payments agreed, by service',
        description: 'Each bar is a service; its length is the total agreed in payments.',
        categories: data.paymentsByService.map((p) => p.label),
        series: [{ name: 'Payments', values: data.paymentsByService.map((p) => p.pence) }],
        format: pounds,
        categoryHeading: 'Service',
      }),
    },
    {
      id: 'themes',
      heading: 'Recurring themes',
      summary: 'Learning recommended more than once: the same lesson coming back.',
      chart: buildBarChart({
        id: 'chart-themes',
        title: 'Recurring themes in learning actions',
        description: 'Each bar is a theme; its length is how many learning actions share it.',
        categories: data.themes.map((t) => t.theme),
        series: [{ name: 'Learning actions', values: data.themes.map((t) => t.count) }],
        format: count,
        integer: true,
        categoryHeading: 'Theme',
      }),
    },
  ];

  const tables: ReportTable[] = [
    {
      name: 'Outstanding',
      title: 'Outstanding actions by service and age',
      columns: ['Service', ...data.ageBands, 'Total', 'Overdue'],
      rows: data.outstanding.map((o) => [
        o.serviceArea,
        ...o.byAge,
        o.byAge.reduce((a, b) => a + b, 0),
        o.overdue,
      ]),
    },
    {
      name: 'Compliance',
      title: 'Compliance with Ombudsman remedies by year',
      columns: ['Year', 'Remedies due', 'Completed on time', 'Late', 'Compliance rate (%)'],
      rows: data.compliance.map((c) => [
        c.year,
        c.due,
        c.onTime,
        c.late,
        c.rate === null ? null : Math.round(c.rate * 1000) / 10,
      ]),
    },
    {
      name: 'Payments by year',
      title: 'Remedy payments agreed, by year',
      columns: ['Year', 'Payments', 'Amount (£)'],
      rows: data.paymentsByYear.map((p) => [p.label, p.count, penceToPounds(p.pence)]),
    },
    {
      name: 'Payments by service',
      title: 'Remedy payments agreed, by service',
      columns: ['Service', 'Payments', 'Amount (£)'],
      rows: data.paymentsByService.map((p) => [p.label, p.count, penceToPounds(p.pence)]),
    },
    {
      name: 'Themes',
      title: 'Recurring themes in learning actions',
      columns: ['Theme', 'Learning actions', 'Services'],
      rows: data.themes.map((t) => [t.theme, t.count, t.serviceAreas.join('; ')]),
    },
  ];

  return {
    generatedOn: formatDateTime(data.generatedAt),
    totals: {
      outstanding: outstandingTotal,
      overdue: overdueTotal,
      latestRate: latest ? percent(latest.rate) : 'none due yet',
      latestYear: latest?.year ?? null,
      paidPence: paid,
    },
    sections,
    tables,
  };
}
