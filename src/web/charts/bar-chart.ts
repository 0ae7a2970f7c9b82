/**
 * A horizontal (optionally stacked) bar chart, laid out on the server as plain numbers for an SVG
 * template. The same input also gives the table that goes with every chart.
 */
export interface ChartSeriesInput {
  name: string;
  values: number[];
}

export interface BarChartInput {
  id: string;
  title: string;
  description: string;
  categories: string[];
  series: ChartSeriesInput[];
  format: (n: number) => string;
  /** The value at the right-hand edge; default: the largest total. */
  max?: number;
  categoryHeading?: string;
  /** Counts: axis ticks at whole numbers only. */
  integer?: boolean;
}

export interface BarSegment {
  x: number;
  width: number;
  colour: string;
  label: string;
}

export interface BarRow {
  label: string;
  shortLabel: string;
  y: number;
  textY: number;
  segments: BarSegment[];
  totalLabel: string;
  totalX: number;
}

export interface BarChart {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  barHeight: number;
  rows: BarRow[];
  ticks: { x: number; label: string }[];
  axisY: number;
  gridTop: number;
  legend: { name: string; colour: string; x: number; y: number }[];
  stacked: boolean;
  empty: boolean;
  table: { heading: string; columns: string[]; rows: { label: string; cells: string[] }[] };
}

/** GOV.UK colours with at least 3:1 contrast against white (WCAG 1.4.11). */
export const CHART_COLOURS = ['#1d70b8', '#00703c', '#4c2c92', '#d4351c', '#505a5f', '#6f4c00'];

const WIDTH = 720;
const LABEL_WIDTH = 230;
const TOTAL_WIDTH = 90;
const ROW = 30;
const BAR = 20;
const TOP = 10;

function shorten(label: string, max = 30): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

function niceTicks(max: number, integer: boolean, count = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const steps = (integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]).map((m) => m * magnitude);
  const step = Math.max(integer ? 1 : 0, steps.find((s) => s >= raw) ?? raw);
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 1000; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

export function buildBarChart(input: BarChartInput): BarChart {
  const totals = input.categories.map((_, i) => input.series.reduce((s, ser) => s + (ser.values[i] ?? 0), 0));
  const largest = Math.max(0, ...totals);
  const max = input.max ?? (largest > 0 ? largest : 1);
  const plotX = LABEL_WIDTH;
  const plotWidth = WIDTH - LABEL_WIDTH - TOTAL_WIDTH;
  const stacked = input.series.length > 1;
  // The legend runs across the top, wrapping onto more lines when the names are long.
  const legend: BarChart['legend'] = [];
  if (stacked) {
    let lx = 0;
    let ly = TOP;
    input.series.forEach((ser, s) => {
      const itemWidth = 34 + ser.name.length * 8;
      if (lx > 0 && lx + itemWidth > WIDTH) {
        lx = 0;
        ly += 22;
      }
      legend.push({ name: ser.name, colour: CHART_COLOURS[s % CHART_COLOURS.length], x: lx, y: ly });
      lx += itemWidth;
    });
  }
  const legendHeight = stacked ? (legend.at(-1)?.y ?? TOP) - TOP + 30 : 0;
  const scale = (v: number) => (max > 0 ? (Math.min(v, max) / max) * plotWidth : 0);

  const rows: BarRow[] = input.categories.map((label, i) => {
    const y = TOP + legendHeight + i * ROW;
    let x = plotX;
    const segments: BarSegment[] = [];
    input.series.forEach((ser, s) => {
      const value = ser.values[i] ?? 0;
      const width = scale(value);
      if (value > 0) {
        segments.push({
          x: round(x),
          width: round(Math.max(width, 1)),
          colour: CHART_COLOURS[s % CHART_COLOURS.length],
          label: `${label}, ${ser.name}: ${input.format(value)}`,
        });
      }
      x += width;
    });
    return {
      label,
      shortLabel: shorten(label),
      y,
      textY: y + BAR / 2 + 5,
      segments,
      totalLabel: input.format(totals[i]),
      totalX: round(x + 6),
    };
  });

  const axisY = TOP + legendHeight + rows.length * ROW;
  const ticks = niceTicks(max, input.integer ?? false).map((v) => ({
    x: round(plotX + scale(v)),
    label: input.format(v),
  }));

  return {
    id: input.id,
    title: input.title,
    description: input.description,
    width: WIDTH,
    height: axisY + 30,
    plotX,
    plotWidth,
    barHeight: BAR,
    rows,
    ticks,
    axisY,
    gridTop: TOP + legendHeight,
    legend,
    stacked,
    empty: input.categories.length === 0,
    table: {
      heading: input.categoryHeading ?? 'Category',
      columns: stacked ? [...input.series.map((s) => s.name), 'Total'] : [input.series[0]?.name ?? 'Value'],
      rows: input.categories.map((label, i) => ({
        label,
        cells: stacked
          ? [...input.series.map((s) => input.format(s.values[i] ?? 0)), input.format(totals[i])]
          : [input.format(input.series[0]?.values[i] ?? 0)],
      })),
    },
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
