import { LocalDate } from '../calendar';
import { buildComplianceReport } from './compliance-report';
import { ageBand, buildOutstandingReport } from './outstanding-report';
import { buildPaymentsReport } from './payments-report';
import type { ReportAction } from './report-rows';

const d = (s: string) => LocalDate.parse(s);
const today = d('2025-06-30');
let n = 0;
const action = (over: Partial<ReportAction>): ReportAction => ({
  id: `a${++n}`,
  status: 'open',
  serviceAreaId: 'charging',
  startDate: d('2025-06-01'),
  dueDate: d('2025-07-15'),
  originalDueDate: d('2025-07-15'),
  completedOn: null,
  ombudsmanRemedy: true,
  learning: false,
  text: 'x',
  documentId: 'doc',
  documentReference: null,
  ...over,
});
const areas = (id: string) => ({
  id,
  name: id.toUpperCase(),
  directorate: 'ADULTS',
  path: `ADULTS > ${id.toUpperCase()}`,
});

describe('outstanding report', () => {
  it('bands ages', () => {
    expect([0, 30, 31, 90, 91, 180, 181].map(ageBand)).toEqual([
      '0-30',
      '0-30',
      '31-90',
      '31-90',
      '91-180',
      '91-180',
      'over-180',
    ]);
  });

  it('groups by service area with overdue counts, age bands and actions awaiting verification', () => {
    const report = buildOutstandingReport(
      [
        action({ dueDate: d('2025-06-01'), startDate: d('2025-01-01') }),
        action({ status: 'in_progress' }),
        action({ status: 'completed' }),
        action({ status: 'verified' }),
        action({ status: 'cancelled' }),
        action({ serviceAreaId: 'schools', dueDate: d('2025-12-01') }),
      ],
      areas,
      today,
    );
    expect(report.rows.map((r) => r.serviceAreaId)).toEqual(['charging', 'schools']);
    expect(report.rows[0]).toMatchObject({
      outstanding: 2,
      open: 1,
      inProgress: 1,
      awaitingVerification: 1,
      overdue: 1,
      dueWithin30Days: 1,
      ageBands: { '0-30': 1, '31-90': 0, '91-180': 1, 'over-180': 0 },
      oldestDueDate: '2025-06-01',
      path: 'ADULTS > CHARGING',
    });
    expect(report.totals).toMatchObject({ outstanding: 3, overdue: 1, awaitingVerification: 1 });
  });
});

describe('compliance report', () => {
  it('counts against the original due date and leaves out what is not yet due or cancelled', () => {
    const rows = buildComplianceReport(
      [
        action({
          status: 'verified',
          originalDueDate: d('2025-03-01'),
          dueDate: d('2025-05-01'),
          completedOn: d('2025-04-01'),
        }),
        action({ status: 'completed', originalDueDate: d('2025-03-01'), completedOn: d('2025-03-01') }),
        action({ status: 'open', originalDueDate: d('2025-05-01') }),
        action({ status: 'open', originalDueDate: d('2025-09-01') }),
        action({ status: 'cancelled', originalDueDate: d('2025-02-01') }),
        action({ status: 'verified', originalDueDate: d('2024-11-01'), completedOn: d('2024-10-01') }),
        action({ status: 'open', originalDueDate: d('2024-11-01'), ombudsmanRemedy: false }),
      ],
      today,
      { ombudsmanOnly: true },
    );
    expect(rows).toEqual([
      {
        year: 2025,
        remediesDue: 3,
        completedOnTime: 1,
        completedLate: 1,
        outstandingLate: 1,
        late: 2,
        complianceRate: 0.333,
        notYetDue: 1,
      },
      {
        year: 2024,
        remediesDue: 1,
        completedOnTime: 1,
        completedLate: 0,
        outstandingLate: 0,
        late: 0,
        complianceRate: 1,
        notYetDue: 0,
      },
    ]);
  });
});

describe('payments report', () => {
  it('sums pence by year and service and gives pounds', () => {
    const report = buildPaymentsReport(
      [
        {
          actionId: 'a',
          serviceAreaId: 'charging',
          agreedYear: 2025,
          agreedPence: 30010,
          paidPence: 30010,
          paidOn: d('2025-02-01'),
        },
        {
          actionId: 'a',
          serviceAreaId: 'charging',
          agreedYear: 2025,
          agreedPence: 15000,
          paidPence: 0,
          paidOn: null,
        },
        {
          actionId: 'b',
          serviceAreaId: 'schools',
          agreedYear: 2024,
          agreedPence: 50000,
          paidPence: 25000,
          paidOn: d('2024-05-01'),
        },
      ],
      areas,
    );
    expect(report.rows[0]).toMatchObject({
      year: 2025,
      serviceArea: 'CHARGING',
      payments: 2,
      agreed: 450.1,
      paid: 300.1,
      unpaid: 150,
      paidCount: 1,
    });
    expect(report.years).toEqual([
      { year: 2025, payments: 2, agreed: 450.1, paid: 300.1, unpaid: 150 },
      { year: 2024, payments: 1, agreed: 500, paid: 250, unpaid: 250 },
    ]);
  });
});
