/**
 * The order of the proposals on the review page: the most confident first (the learned scorer's
 * confidence, src/extraction/scoring), and among equal confidences the order of the document.
 */
export function byConfidence<T extends { confidence: number }>(recs: readonly T[]): T[] {
  return recs
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.confidence - a.r.confidence || a.i - b.i)
    .map(({ r }) => r);
}
