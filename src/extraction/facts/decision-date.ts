/**
 * The date of the final decision or report, only when the text states it: a label ("Decision date :
 * 14 Mar 2025", "Date of final decision", "Date of report", "Report dated", "Panel date"), a sentence
 * ("the final decision was issued on ..."), a heading line that ends with its date ("Investigating
 * Officer's report, 22 January 2025", "Statement Upheld Adult care services 14-Feb-2024"), or a date
 * alone on a line near the top, or the date under the signature at the end ("Investigator's final
 * decision on behalf of the Ombudsman" then "15 October 2025"). The date a letter or complaint was
 * received is not a decision date.
 */
import { DATE_TEXT, formatDate, parseDate } from '../dates';
import { FactResult } from './fact-result';

const DATE_VALUE = `(${DATE_TEXT})`;
const LABEL_SEP = `\\s*[:\\-\\u2013,]?\\s*(?:[A-Z][a-z]+day,?\\s+)?`;
/** Labels of the decision or report date, most specific first. */
const LABELS = [
  `(?:final\\s+)?decision\\s+date|date\\s+of\\s+(?:the\\s+)?(?:final\\s+)?(?:decision|determination)|determination\\s+date`,
  `date\\s+of\\s+(?:the\\s+)?(?:final\\s+)?report|report\\s+date|date\\s+of\\s+issue|report\\s+dated`,
  `date\\s+of\\s+(?:the\\s+)?(?:adjudication|panel|response)|panel\\s+date`,
  // a bare "Date:" or "Dated" opens its line ("Date: 12 May 2025"); mid-sentence it dates something
  // else ("In an email dated 3 November 2022")
  // (or after a gap in a letter's header line, "Our ref: C-0412   Date: 12 May 2025"; "Letter dated ...")
  `(?<=^[ \\t#*\\-]*)(?:dated|date)|(?<=\\S[ \\t]{2,})date(?=\\s*:)|(?<=^[ \\t]*)(?:letter|response)\\s+dated`,
].map((l) => new RegExp(`\\b(?:${l})${LABEL_SEP}${DATE_VALUE}`, 'im'));
/** A mirror site's header line: "... Reference 21-009-806 Sector ... Decided 26 July 2022". */
const DECIDED = new RegExp(`\\bDecided\\s+${DATE_VALUE}`);
const FINAL_DECISION_ON = new RegExp(
  `\\b(?:final\\s+decision|decision)\\s+(?:was\\s+)?(?:issued|made|dated)\\s+(?:on\\s+)?${DATE_VALUE}`,
  'i',
);
/** A short line near the top naming the document (report, decision, statement) and ending with a date. */
const HEADING_WITH_DATE = new RegExp(
  `^[ \\t#*]*[^\\n]{0,80}?\\b(?:report|decision|statement|determination|findings)\\b[^\\n]{0,60}?[ \\t,:\\-\\u2013]${DATE_VALUE}[ \\t.]*$`,
  'im',
);
/** A date alone on a line (under a title or the landlord's name), or with a note of a later
 *  amendment ("31 August 2023 (amended at review 7 December 2023)"). */
const DATE_LINE = new RegExp(
  `^[ \\t]*(?:[A-Z][a-z]+day,?\\s+)?${DATE_VALUE}[ \\t]*(?:\\((?:amended|revised|corrected|reissued|re-issued)\\b[^)\\n]*\\)[ \\t]*)?$`,
  'im',
);
/** The date after the Housing Ombudsman report header and the landlord's name, on the same line when a
 *  PDF or Word rendering runs them together ("COMPLAINT 202206761" / "Fenmoor Homes 9 June 2023 Our approach ..."). */
const AFTER_HOUSING_HEADER = new RegExp(
  `^[ \\t]*COMPLAINT[ \\t]+20\\d{7}[ \\t]*\\n\\s*(?!(?:On|In|By|From|Since|Between|After|Before|During|At|Until)\\b)(?:(?:[A-Z&(][^\\s]*|and|of|for)[ \\t]+){1,10}?${DATE_VALUE}\\b`,
  'm',
);
/** Words before a date that make it some other date than the decision's. */
const OTHER_DATE =
  /\b(?:received|receipt|complain(?:ed|t\s+made)|submitted|born|birth|incident|referr(?:al|ed)|request(?:ed)?|held|meeting|hearing|visit(?:ed)?|from|until|between|since)\b[^\n]{0,25}$/i;

/**
 * The signature block that closes an Ombudsman's decision, with its date on the next line or two, or
 * on the signature line itself (a PDF or Word reader may join a short last line to the one before).
 */
const SIGNED = new RegExp(
  `\\b(?:decision|determination|report)\\s+(?:(?:made|issued|taken)\\s+)?on\\s+behalf\\s+of\\s+the\\s+[^\\n]{0,60}?Ombudsman(?:[^\\n\\d]{0,40}?[ \\t,]+|[^\\n]{0,40}\\n(?:[ \\t]*[^\\n\\d]{0,60}\\n){0,3}[ \\t]*)(?:[A-Z][a-z]+day,?\\s+)?${DATE_VALUE}[ \\t.]*$`,
  'im',
);
/** How far from the end the signature block may be. */
export const SIGNATURE_TAIL_CHARS = 1500;

/** How far into the document a heading line or a lone date may be (the title area). */
const TOP_CHARS = 600;

function notOtherDate(head: string, m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return null;
  const lineStart = head.lastIndexOf('\n', m.index) + 1;
  const prevLineStart = head.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1;
  const label = head.slice(lineStart, m.index + m[0].indexOf(m[1]));
  const prevLine = head.slice(prevLineStart, lineStart).trim();
  if (OTHER_DATE.test(label)) return null;
  // a lone date under a label line ("Date complaint received:")
  if (label.trim() === '' && /:\s*$/.test(prevLine) && OTHER_DATE.test(prevLine.replace(/:\s*$/, '')))
    return null;
  return m;
}

/** `tail` is the end of the document when it lies beyond `head` (where a signature block is). */
export function findDecisionDate(head: string, singleCase: boolean, tail = ''): FactResult<string> {
  if (!singleCase) return { value: null, reason: 'multi-case document: no single decision date' };
  const top = head.slice(0, TOP_CHARS);
  const found: Array<[RegExpExecArray | null, string]> = [
    ...LABELS.map((re): [RegExpExecArray | null, string] => [re.exec(head), 'labelled date']),
    [FINAL_DECISION_ON.exec(head), 'date the decision was issued'],
    [DECIDED.exec(head.slice(0, 1500)), 'date after "Decided" in the header line'],
    [SIGNED.exec(tail || head), 'date under the signature'],
    [notOtherDate(top, HEADING_WITH_DATE.exec(top)), 'date on the title line'],
    [notOtherDate(top, DATE_LINE.exec(top)), 'date alone on a line under the title'],
    [
      AFTER_HOUSING_HEADER.exec(top),
      "date after the Housing Ombudsman report header and the landlord's name",
    ],
  ];
  for (const [m, how] of found) {
    if (!m) continue;
    // "received on" is not a decision date
    const before = head.slice(Math.max(0, m.index - 20), m.index).toLowerCase();
    if (/received|receipt/.test(before)) continue;
    const d = parseDate(m[1]);
    if (!d) return { value: null, reason: `"${m[1]}" is not a valid date` };
    return { value: formatDate(d.date), reason: `${how} "${m[0].trim().replace(/\s+/g, ' ')}"` };
  }
  return { value: null, reason: 'no labelled decision or report date' };
}
