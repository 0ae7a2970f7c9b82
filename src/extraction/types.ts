/**
 * ExtractionResult, version 1: the contract in ../shared/contracts/extraction-result.md,
 * kept in this repository as extraction-result.schema.json (result-schema.ts).
 * Everything the extraction engine returns has this shape; output that does not validate
 * against extraction-result.schema.json is a bug.
 */

export type DocumentType =
  | 'lgsco_decision'
  | 'housing_ombudsman_decision'
  | 'stage2_report'
  | 'stage3_panel'
  | 'annual_report'
  | 'unknown';

export type Finding =
  | 'upheld'
  | 'partly_upheld'
  | 'not_upheld'
  | 'closed_after_initial_enquiries'
  | 'premature'
  | 'outside_jurisdiction';

export type RecommendationCategory =
  | 'apology'
  | 'payment'
  | 'reassessment'
  | 'reconsider_decision'
  | 'provide_service'
  | 'procedure_review'
  | 'staff_training'
  | 'staff_reminder'
  | 'policy_change'
  | 'audit_similar_cases'
  | 'report_back'
  | 'other';

export type PaymentPurpose =
  | 'distress'
  | 'time_and_trouble'
  | 'loss_of_service'
  | 'financial_loss'
  | 'refund'
  | 'backdated_support'
  | 'symbolic'
  | 'unspecified';

export type DeadlineUnit = 'days' | 'working_days' | 'weeks' | 'months';
export type DeadlineFrom = 'final_decision' | 'report' | 'response' | 'other';

export interface Payment {
  /** GBP, as a number (pounds and pence); stored elsewhere as integer pence. */
  amount: number;
  payee: string | null;
  purpose: PaymentPurpose;
  /** Where the amount stands in the extracted text (optional: older results have none). */
  span?: SourceSpan;
  /** Ids of the money rules that counted it (payments.ts MONEY_RULES), the deciding one first. */
  rule?: string[];
  /** One line a complaints officer understands: why this amount is a remedy payment. */
  why?: string;
}

export interface Deadline {
  text: string;
  within: { count: number; unit: DeadlineUnit } | null;
  from: DeadlineFrom | null;
  /** YYYY-MM-DD */
  date: string | null;
}

export interface SourceSpan {
  start: number;
  end: number;
  page: number | null;
}

export interface Recommendation {
  text: string;
  category: RecommendationCategory;
  learning: boolean;
  payments: Payment[];
  deadline: Deadline | null;
  evidenceRequired: boolean;
  span: SourceSpan;
  confidence: number;
  /** Ids of the rules that produced it, most decisive first (each kept as data with a reason and a fixture). */
  rule?: string[];
  /** One line a complaints officer understands: where it was found and why it reads as an action. */
  why?: string;
  /** A weak candidate shown apart ("possible actions"), not a proposal; scorers ignore it. */
  possible?: boolean;
}

export interface ExtractionSource {
  fileName: string;
  mediaType: string;
  sha256: string;
  pages: number | null;
  characters: number;
}

export interface ExtractionResult {
  schemaVersion: 1;
  source: ExtractionSource;
  documentType: DocumentType;
  reference: string | null;
  organisation: string | null;
  decisionDate: string | null;
  finding: Finding | null;
  faultFound: boolean | null;
  /**
   * Optional: the decision says the council had already offered a satisfactory remedy before the
   * Ombudsman (true), or that it had not (false); absent or null when the decision does not say.
   */
  remediedBefore?: boolean | null;
  complainants: string[];
  recommendations: Recommendation[];
  remedyTotal: number;
  warnings: string[];
  errors: string[];
}

/**
 * Text as a reader hands it to the engine: the whole text plus where each page starts
 * (character offsets into `text`), so spans can be mapped to 1-based page numbers.
 * `pageStarts` is null for formats without pages.
 */
export interface ExtractedText {
  text: string;
  pageStarts: number[] | null;
}
