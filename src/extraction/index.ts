/** Public API of the extraction engine (pure: text in, ExtractionResult out). */
export { extractFromText, explainFromText, cleanActionText, pageOf, MAX_CHARACTERS } from './extract-text';
export type { ExplainedResult, FactsTrace, RecommendationTrace, PaymentTrace } from './explain-types';
export * from './types';
