/**
 * The case reference as printed: LGSCO `22 010 680` (2-3-3 digits; `17 002 402b` in a joint investigation), Housing Ombudsman `202524733`
 * (nine digits starting 20), or a labelled reference ("Reference: ...", "Our ref: ...").
 */
import { FactResult } from './fact-result';

/** (a joint investigation's part carries a letter: "17 002 402b") */
const LGSCO_REF = /(?<![\d£.,])(\d{2}[ \u00a0]\d{3}[ \u00a0]\d{3}(?:[a-c](?![A-Za-z]))?)(?![\d,])/g;
/** A mirror site prints the LGSCO reference with hyphens: "22-002-520 · Children's care ...". */
const LGSCO_REF_HYPHEN = /(?<![\d£.,-])(\d{2}-\d{3}-\d{3})(?![\d,-])/g;
const HOUSING_REF = /(?<![\d£.,])(20\d{7})(?![\d,])/g;
const LABELLED =
  /\b(?:our\s+)?(?:case\s+)?ref(?:erence)?(?:\s+(?:no|number))?\.?\s*[:.]?\s*((?:[A-Z]{0,4}[-/ ]?)?\d[\d \-/]{4,14}\d)\b/i;

function distinct(text: string, re: RegExp): string[] {
  re.lastIndex = 0;
  const seen: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = m[1].replace(/\u00a0/g, ' ');
    if (!seen.includes(v)) seen.push(v);
    if (seen.length > 20) break;
  }
  return seen;
}

/**
 * `singleCase`: a decision or report about one case; in a multi-case document (annual report)
 * a reference is only returned when exactly one is printed.
 */
export function findReference(text: string, head: string, singleCase: boolean): FactResult<string> {
  const lgsco = distinct(head, LGSCO_REF);
  if (lgsco.length && singleCase)
    return { value: lgsco[0], reason: 'LGSCO reference (2-3-3 digits) near the top' };
  const housing = distinct(head, HOUSING_REF);
  if (housing.length && singleCase)
    return { value: housing[0], reason: 'Housing Ombudsman reference (9 digits) near the top' };
  const labelled = LABELLED.exec(head);
  if (labelled && singleCase) return { value: labelled[1].trim(), reason: 'labelled reference' };
  const hyphen = distinct(head.slice(0, 1500), LGSCO_REF_HYPHEN);
  if (hyphen.length && singleCase)
    return { value: hyphen[0], reason: 'LGSCO reference printed with hyphens near the top (mirror layout)' };
  const all = distinct(text.slice(0, 300_000), LGSCO_REF);
  if (all.length === 1) return { value: all[0], reason: 'the only LGSCO reference printed' };
  if (all.length > 1) return { value: null, reason: 'several references printed (multi-case document)' };
  return { value: null, reason: 'no reference printed' };
}
