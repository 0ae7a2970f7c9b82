import { buildBarChart } from './bar-chart';

const fmt = (n: number) => String(n);

describe('buildBarChart', () => {
  it('scales bars to the largest total and keeps the table figures', () => {
    const chart = buildBarChart({
      id: 'c',
      title: 'Outstanding',
      description: 'd',
      categories: ['Adults', 'Children'],
      series: [{ name: 'Actions', values: [5, 10] }],
      format: fmt,
    });
    expect(chart.rows).toHaveLength(2);
    const [a, c] = chart.rows.map((r) => r.segments[0].width);
    expect(c).toBeCloseTo(chart.plotWidth, 0);
    expect(a).toBeCloseTo(chart.plotWidth / 2, 0);
    expect(chart.table.rows).toEqual([
      { label: 'Adults', cells: ['5'] },
      { label: 'Children', cells: ['10'] },
    ]);
    expect(chart.legend).toEqual([]);
  });

  it('stacks series side by side with a legend and a total column', () => {
    const chart = buildBarChart({
      id: 'c',
      title: 't',
      description: 'd',
      categories: ['Housing'],
      series: [
        { name: 'Under 30 days', values: [2] },
        { name: 'Over 30 days', values: [6] },
      ],
      format: fmt,
    });
    const [first, second] = chart.rows[0].segments;
    expect(second.x).toBeCloseTo(first.x + first.width, 0);
    expect(second.width).toBeCloseTo(first.width * 3, 0);
    expect(chart.legend.map((l) => l.name)).toEqual(['Under 30 days', 'Over 30 days']);
    expect(chart.table.columns).toEqual(['Under 30 days', 'Over 30 days', 'Total']);
    expect(chart.table.rows[0].cells).toEqual(['2', '6', '8']);
  });

  it('draws no segment for a zero and caps values at an explicit maximum', () => {
    const chart = buildBarChart({
      id: 'c',
      title: 't',
      description: 'd',
      categories: ['2024', '2025'],
      series: [{ name: 'Rate', values: [0, 1.5] }],
      format: fmt,
      max: 1,
    });
    expect(chart.rows[0].segments).toEqual([]);
    expect(chart.rows[1].segments[0].width).toBeCloseTo(chart.plotWidth, 0);
    expect(chart.ticks[0].label).toBe('0');
    expect(chart.ticks.at(-1)?.label).toBe('1');
  });

  it('says when there is nothing to draw', () => {
    const chart = buildBarChart({
      id: 'c',
      title: 't',
      description: 'd',
      categories: [],
      series: [],
      format: fmt,
    });
    expect(chart.empty).toBe(true);
  });
});
