/**
 * The date of the final decision or report, only when the text states it with a label
 * ("Decision date : 14 Mar 2025", "Date of final decision", "Date of report", "Dated").
 * The date a letter was received is not a decision date.
 */
import { formatDate, MONTH_NAME, parseDate } from '../dates';
import { FactResult } from './fact-result';

const DATE_VALUE = `((?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\.?,?\\s+\\d{4})|(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})|(?:\\d{4}-\\d{2}-\\d{2})|(?:${MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}))`;
const LABEL_SEP = `\\s*[:\\-\\u2013]?\\s*(?:[A-Z][a-z]+day,?\\s+)?`;
/** Labels of the decision or report date, most specific first. */
const LABELS = [
  `(?:final\\s+)?decision\\s+date|date\\s+of\\s+(?:the\\s+)?(?:final\\s+)?(?:decision|determination)|determination\\s+date`,
  `date\\s+of\\s+(?:the\\s+)?(?:final\\s+)?report|report\\s+date|date\\s+of\\s+issue`,
  `date\\s+of\\s+(?:the\\s+)?(?:adjudication|panel|response)|dated|date`,
].map((l) => new RegExp(`\\b(?:${l})${LABEL_SEP}${DATE_VALUE}`, 'i'));
const LABEL = {
  exec: (s: string): RegExpExecArray | null =>
    LABELS.reduce<RegExpExecArray | null>((found, re) => found ?? re.exec(s), null),
};
const FINAL_DECISION_ON = new RegExp(
  `\\b(?:final\\s+decision|decision)\\s+(?:was\\s+)?(?:issued|made|dated)\\s+(?:on\\s+)?(\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\s+\\d{4})`,
  'i',
);

/** A date alone on a line near the top of a Housing Ombudsman report, under the landlord's name. */
const DATE_LINE = new RegExp(`^[ \\t]*(\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\s+\\d{4})[ \\t]*$`, 'im');

export function findDecisionDate(head: string, singleCase: boolean, housing = false): FactResult<string> {
  if (!singleCase) return { value: null, reason: 'multi-case document: no single decision date' };
  const m =
    LABEL.exec(head) ?? FINAL_DECISION_ON.exec(head) ?? (housing ? DATE_LINE.exec(head.slice(0, 400)) : null);
  if (!m) return { value: null, reason: 'no labelled decision or report date' };
  // "received on" is not a decision date
  const before = head.slice(Math.max(0, m.index - 20), m.index).toLowerCase();
  if (/received|receipt/.test(before)) return { value: null, reason: 'only a date of receipt is printed' };
  const d = parseDate(m[1]);
  if (!d) return { value: null, reason: `"${m[1]}" is not a valid date` };
  return { value: formatDate(d.date), reason: `labelled date "${m[0].trim()}"` };
}
