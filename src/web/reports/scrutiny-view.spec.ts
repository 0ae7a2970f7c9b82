import { createViewEnvironment } from '../setup/view-environment';
import { webPaths } from '../setup/web-paths';
import type { ScrutinyData } from './scrutiny-data';
import { buildScrutinyView } from './scrutiny-view';

const data: ScrutinyData = {
  generatedAt: new Date('2025-06-30T12:00:00Z'),
  ageBands: ['Under 3 months', '3 to 6 months', 'Over 6 months'],
  outstanding: [
    { serviceArea: 'Adult social care', byAge: [3, 1, 2], overdue: 2 },
    { serviceArea: '<script>alert(1)</script> Housing', byAge: [1, 0, 0], overdue: 0 },
  ],
  compliance: [
    { year: '2024', due: 10, onTime: 8, late: 2, rate: 0.8 },
    { year: '2025', due: 4, onTime: 4, late: 0, rate: 1 },
  ],
  paymentsByYear: [{ label: '2025', pence: 45000, count: 2 }],
  paymentsByService: [{ label: 'Adult social care', pence: 45000, count: 2 }],
  themes: [{ theme: 'Communication', count: 3, serviceAreas: ['Adult social care', 'Housing'] }],
};

describe('scrutiny view', () => {
  it('totals the figures and builds one chart per section', () => {
    const view = buildScrutinyView(data);
    expect(view.totals).toEqual({
      outstanding: 7,
      overdue: 2,
      latestRate: '100%',
      latestYear: '2025',
      paidPence: 45000,
    });
    expect(view.sections.map((s) => s.id)).toEqual([
      'outstanding',
      'overdue',
      'compliance',
      'payments-year',
      'payments-service',
      'themes',
    ]);
    expect(view.tables[0].rows[0]).toEqual(['Adult social care', 3, 1, 2, 6, 2]);
    expect(view.tables[1].rows[0]).toEqual(['2024', 10, 8, 2, 80]);
    expect(view.tables[2].rows[0]).toEqual(['2025', 2, 450]);
  });

  it('takes the headline from the latest year with remedies due and leaves years with none out of the chart', () => {
    const view = buildScrutinyView({
      ...data,
      compliance: [
        { year: '2026', due: 0, onTime: 0, late: 0, rate: null },
        { year: '2025', due: 4, onTime: 3, late: 1, rate: 0.75 },
        { year: '2024', due: 10, onTime: 8, late: 2, rate: 0.8 },
      ],
    });
    expect(view.totals).toMatchObject({ latestRate: '75%', latestYear: '2025' });
    const chart = view.sections.find((s) => s.id === 'compliance')!.chart;
    expect(JSON.stringify(chart)).not.toContain('2026');
  });

  it('renders SVG charts with tables, escaping hostile names', () => {
    const env = createViewEnvironment(webPaths(), null);
    const html = env.render('pages/dashboard/dashboard.njk', {
      title: 'Scrutiny dashboard',
      view: buildScrutinyView(data),
      navigation: [],
      form: { errors: [] },
      flash: [],
    });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Housing');
    expect((html.match(/<svg class="app-chart__svg"/g) ?? []).length).toBe(6);
    expect((html.match(/<table class="govuk-table app-chart__table">/g) ?? []).length).toBe(6);
    expect(html).toContain('80%');
    expect(html).toContain('£450.00');
  });
});
