/**
 * The figures the scrutiny dashboard and the committee report show. Filled from the reports
 * services (src/reports) by scrutiny-source.ts; no personal data in any of it.
 */
export interface OutstandingByService {
  serviceArea: string;
  /** Outstanding actions by how long ago they started, in the order of AGE_BANDS. */
  byAge: number[];
  overdue: number;
}

export interface ComplianceYear {
  year: string;
  due: number;
  onTime: number;
  late: number;
  /** onTime / due, or null when nothing was due. */
  rate: number | null;
}

export interface PaymentsTotal {
  label: string;
  pence: number;
  count: number;
}

export interface ThemeCount {
  theme: string;
  count: number;
  serviceAreas: string[];
}

export interface ScrutinyData {
  generatedAt: Date;
  ageBands: string[];
  outstanding: OutstandingByService[];
  compliance: ComplianceYear[];
  paymentsByYear: PaymentsTotal[];
  paymentsByService: PaymentsTotal[];
  themes: ThemeCount[];
}
