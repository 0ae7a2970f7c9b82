/** The annual report's figures for one period (JSON: GET /api/reports/annual). Money in integer pence. */
export interface AnnualFigures {
  year: number;
  kind: 'ombudsman' | 'calendar';
  label: string;
  from: string;
  to: string;
  decisions: {
    total: number;
    byFinding: Record<string, number>;
    /** Upheld, partly upheld and not upheld: decided on the merits. */
    investigated: number;
    /** Upheld and partly upheld. */
    upheld: number;
    /** upheld / investigated, 0..1, or null when nothing was investigated. */
    upheldRate: number | null;
    byService: ServiceCount[];
    byDirectorate: { id: string; name: string; total: number; upheld: number }[];
  };
  compliance: {
    /** Decisions of the period with at least one Ombudsman remedy (cancelled remedies left out). */
    cases: number;
    /** Every remedy done. */
    complied: number;
    /** Every remedy done by its original due date. */
    compliedOnTime: number;
    /** Cases with a remedy done after its original due date, or past it and not done. */
    late: number;
    compliedLate: number;
    overdue: number;
    /** No remedy past its original due date yet, not all done: no outcome yet. */
    pending: number;
    /** Cases with an outcome or in breach (cases - pending). */
    due: number;
    /** complied / due, or null when none is due. */
    rate: number | null;
    lateCases: LateCase[];
  };
  satisfactoryRemedy: {
    upheld: number;
    remediedBefore: number;
    /** Upheld decisions whose answer an officer has confirmed. */
    confirmed: number;
    rate: number | null;
  };
  payments: {
    /** Agreed, pence. */
    total: number;
    paidPence: number;
    count: number;
    byService: {
      serviceAreaId: string;
      serviceArea: string;
      count: number;
      agreedPence: number;
      paidPence: number;
    }[];
    byPurpose: { purpose: string; label: string; count: number; agreedPence: number; paidPence: number }[];
  };
  learning: {
    total: number;
    byStatus: Record<string, number>;
    themes: LearningTheme[];
  };
  stages: {
    stage: 'stage2_report' | 'stage3_panel';
    label: string;
    accepted: number;
    notAccepted: number;
    awaiting: number;
  }[];
}

export interface ServiceCount {
  serviceAreaId: string | null;
  serviceArea: string;
  directorate: string;
  total: number;
  upheld: number;
}

export interface LateCase {
  documentId: string;
  reference: string | null;
  serviceArea: string;
  decisionDate: string | null;
  remedies: number;
  lateRemedies: number;
  /** The most days any remedy was (or still is) past its original due date. */
  daysLate: number;
  stillOpen: boolean;
}

export interface LearningTheme {
  category: string;
  theme: string;
  count: number;
  /** The theme's most recent action, with names removed. */
  example: string;
}

export interface AnnualReport extends AnnualFigures {
  councilName: string;
  asOf: string;
  commentary: { text: string; updatedAt: string } | null;
  previous: AnnualFigures;
}

/** A list behind a figure: its rows, as many as the figure says. */
export interface FigureList {
  figure: string;
  title: string;
  period: string;
  count: number;
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | null>[];
}

export interface AtRiskRemedy {
  actionId: string;
  documentId: string;
  reference: string | null;
  serviceArea: string;
  remedy: string;
  originalDue: string;
  /** Negative: days left; positive: days past the original due date. */
  daysPastDue: number;
}

/** "If the year ended today": the three figures of the Ombudsman's letter, and what threatens them. */
export interface LetterPreview {
  councilName: string;
  period: { label: string; from: string; to: string };
  asOf: string;
  upheld: { investigated: number; upheld: number; rate: number | null };
  compliance: { due: number; complied: number; late: number; rate: number | null; pending: number };
  satisfactoryRemedy: { upheld: number; remediedBefore: number; confirmed: number; rate: number | null };
  atRisk: AtRiskRemedy[];
  riskDays: number;
}
