/**
 * Complainant pseudonyms as printed: `Mrs X`, `Mr B`, `Miss Q`, `Ms C`, `Mx D`, `Dr F`
 * ("Mr and Mrs X" gives `Mr X` and `Mrs X`). Real names (a title followed by a surname) are not
 * pseudonyms and are left out.
 */
const PSEUDONYM =
  /\b(Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \u00a0]+(?:and[ \u00a0]+(Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \u00a0]+)?([A-Z])(?![A-Za-z])(?!['\u2019-][A-Za-z]{2})(?!\.\s?[A-Z][a-z])/g;

export function findComplainants(text: string): string[] {
  const out: string[] = [];
  PSEUDONYM.lastIndex = 0;
  const scope = text.length > 500_000 ? text.slice(0, 500_000) : text;
  for (let m = PSEUDONYM.exec(scope); m; m = PSEUDONYM.exec(scope)) {
    const names = m[2] ? [`${m[1]} ${m[3]}`, `${m[2]} ${m[3]}`] : [`${m[1]} ${m[3]}`];
    for (const n of names) if (!out.includes(n)) out.push(n);
    if (out.length >= 30) break;
  }
  return out;
}
