/**
 * Splits a document's extracted text into plain and marked pieces, one mark per recommendation
 * source span, for the review page. Spans that overlap an earlier one are trimmed; spans outside
 * the text are dropped. The template escapes every piece (the text is hostile input).
 */
export interface SpanToMark {
  id: string;
  number: number;
  start: number;
  end: number;
}

export type TextPiece =
  { kind: 'text'; text: string } | { kind: 'mark'; text: string; id: string; number: number };

export function highlightSpans(text: string, spans: SpanToMark[]): TextPiece[] {
  const sorted = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.start < text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (start >= span.end) continue;
    if (start > at) pieces.push({ kind: 'text', text: text.slice(at, start) });
    pieces.push({ kind: 'mark', text: text.slice(start, span.end), id: span.id, number: span.number });
    at = span.end;
  }
  if (at < text.length) pieces.push({ kind: 'text', text: text.slice(at) });
  return pieces;
}

/**
 * For each span, the id of the mark that shows it: its own mark, or (for a span inside an earlier
 * one, which gets no mark of its own) the mark its start falls in. Spans outside the text have none.
 */
export function markShowing(spans: SpanToMark[], pieces: TextPiece[]): Map<string, string> {
  const marks: { id: string; start: number; end: number }[] = [];
  let at = 0;
  for (const p of pieces) {
    if (p.kind === 'mark') marks.push({ id: p.id, start: at, end: at + p.text.length });
    at += p.text.length;
  }
  const own = new Set(marks.map((m) => m.id));
  const showing = new Map<string, string>();
  for (const s of spans) {
    if (own.has(s.id)) showing.set(s.id, s.id);
    else {
      const inside = marks.find((m) => s.start >= m.start && s.start < m.end);
      if (inside) showing.set(s.id, inside.id);
    }
  }
  return showing;
}
