/**
 * The "why" behind a result, for reviewers and for debugging rules: a parallel structure to the
 * ExtractionResult (the contract itself carries no extra fields).
 */
import { ExtractionResult } from './types';

export interface FactsTrace {
  documentType: string;
  reference: string;
  organisation: string;
  decisionDate: string;
  finding: string;
  faultFound: string;
  /** Which candidates were kept (action sections only, or all). */
  selection: string;
}

export interface PaymentTrace {
  amount: number;
  counted: boolean;
  /** Ids of the money rules that decided it (payments.ts MONEY_RULES), the final one first. */
  rule: string[];
  reason: string;
}

export interface RecommendationTrace {
  /** The rule that produced the action (its grammatical form and where it was found). */
  rule: string;
  reasons: string[];
  categoryReason: string;
  learningReason: string;
  payments: PaymentTrace[];
  deadlineSource: string | null;
  evidenceReason: string | null;
  /** What the learned scorer read (scoring/features.ts). */
  features: string[];
}

export interface ExplainedResult {
  result: ExtractionResult;
  facts: FactsTrace;
  /** recommendations[i] explains result.recommendations[i]. */
  recommendations: RecommendationTrace[];
}
