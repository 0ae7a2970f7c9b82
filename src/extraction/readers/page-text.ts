/**
 * Joining page texts into one text (one newline between pages, so that a sentence running over a
 * page break stays one paragraph) with the offsets where pages start, and the reverse lookup
 * (offset to 1-based page number).
 */

export const PAGE_SEPARATOR = '\n';

export function joinPages(pages: string[]): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  let text = '';
  pages.forEach((page, i) => {
    if (i > 0) text += PAGE_SEPARATOR;
    pageStarts.push(text.length);
    text += page;
  });
  return { text, pageStarts };
}

/** 1-based page holding `offset`, or null without pages. */
export function pageAt(pageStarts: number[] | null, offset: number): number | null {
  if (!pageStarts || pageStarts.length === 0) return null;
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
