import type { ComplianceYearRow } from './compliance-report';
import { CsvColumn, toCsv } from './csv';
import { AGE_BANDS, OutstandingRow } from './outstanding-report';
import type { PaymentsRow } from './payments-report';
import type { ThemeView } from './reports.service';

const outstandingColumns: CsvColumn<OutstandingRow>[] = [
  { header: 'Directorate', value: (r) => r.directorate },
  { header: 'Service area', value: (r) => r.path },
  { header: 'Outstanding', value: (r) => r.outstanding },
  { header: 'Open', value: (r) => r.open },
  { header: 'In progress', value: (r) => r.inProgress },
  { header: 'Overdue', value: (r) => r.overdue },
  { header: 'Due within 30 days', value: (r) => r.dueWithin30Days },
  { header: 'Awaiting verification', value: (r) => r.awaitingVerification },
  ...AGE_BANDS.map((b) => ({ header: `Age: ${b.label}`, value: (r: OutstandingRow) => r.ageBands[b.key] })),
  { header: 'Oldest due date', value: (r) => r.oldestDueDate },
];

const complianceColumns: CsvColumn<ComplianceYearRow>[] = [
  { header: 'Year', value: (r) => r.year },
  { header: 'Remedies due', value: (r) => r.remediesDue },
  { header: 'Completed on time', value: (r) => r.completedOnTime },
  { header: 'Late', value: (r) => r.late },
  { header: 'Completed late', value: (r) => r.completedLate },
  { header: 'Outstanding and late', value: (r) => r.outstandingLate },
  {
    header: 'Compliance rate (%)',
    value: (r) => (r.complianceRate === null ? '' : Math.round(r.complianceRate * 1000) / 10),
  },
  { header: 'Not yet due', value: (r) => r.notYetDue },
];

const paymentColumns: CsvColumn<PaymentsRow>[] = [
  { header: 'Year', value: (r) => r.year },
  { header: 'Directorate', value: (r) => r.directorate },
  { header: 'Service area', value: (r) => r.serviceArea },
  { header: 'Payments', value: (r) => r.payments },
  { header: 'Agreed (£)', value: (r) => r.agreed.toFixed(2) },
  { header: 'Paid (£)', value: (r) => r.paid.toFixed(2) },
  { header: 'Unpaid (£)', value: (r) => r.unpaid.toFixed(2) },
];

const themeColumns: CsvColumn<ThemeView>[] = [
  { header: 'Theme', value: (r) => r.label },
  { header: 'Learning actions', value: (r) => r.count },
  { header: 'Documents', value: (r) => r.documentCount },
  { header: 'Services', value: (r) => r.services.map((s) => `${s.name} (${s.count})`).join('; ') },
  { header: 'Example', value: (r) => r.examples[0] ?? '' },
];

export const reportCsv = {
  outstanding: (rows: OutstandingRow[]) => toCsv(outstandingColumns, rows),
  compliance: (rows: ComplianceYearRow[]) => toCsv(complianceColumns, rows),
  payments: (rows: PaymentsRow[]) => toCsv(paymentColumns, rows),
  themes: (rows: ThemeView[]) => toCsv(themeColumns, rows),
};
