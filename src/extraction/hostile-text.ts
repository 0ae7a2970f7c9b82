/**
 * Hostile inputs for the engine, shared by its specs (which check what comes out) and
 * `npm run bench:hostile` (which times them): work must stay bounded whatever the text.
 */

/** `length` characters of punctuation, pound signs, titles and line breaks in no sensible order. */
export function garbageText(length: number): string {
  const alphabet = 'ab c.;£1(-)\n\tMr A';
  return Array.from({ length }, (_, i) => alphabet[(i * 7919) % alphabet.length]).join('');
}

/** `count` opening tags whose attribute quote never closes. */
export function unclosedTags(count: number): string {
  return '<a title="'.repeat(count) + 'text';
}
