/**
 * Deadlines: "within one month / four weeks / 12 weeks / three months / 65 working days of my
 * final decision", "by 30 September 2023", "immediately". The date is computed from the decision
 * date when the time limit runs from it (calendar months clamped to the month end; weeks; days;
 * working days skipping weekends and England & Wales bank holidays); null when not computable.
 */
import { dueDateFor, InvalidDateError, InvalidTimeLimitError, LocalDate } from '../calendar';
import { DATE_TEXT, formatDate, MONTH_NAME, parseDate } from './dates';
import { parseNumberWords } from './number-words';
import { Deadline, DeadlineFrom, DeadlineUnit } from './types';

const COUNT =
  '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty(?:[\\s-](?:one|five))?|thirty|forty|sixty(?:[\\s-]five)?|ninety)(?:\\s*\\(\\d{1,3}\\))?';
const UNIT = '(calendar\\s+|clear\\s+)?(working\\s+|business\\s+)?(days?|weeks?|months?)';
const FROM =
  "(?:\\s+(?:of|from|after|following)\\s+(?:the\\s+date\\s+of\\s+|receiving\\s+|receipt\\s+of\\s+|the\\s+receipt\\s+of\\s+|the\\s+issue\\s+of\\s+|issue\\s+of\\s+)?((?:my|our|the|this|its|their|his|her|the\\s+Ombudsman[\\u2019']s)\\s+(?:[\\w\\u2019'-]+\\s+){0,4}?(?:decision|determination|report|response|letter|statement|review|adjudication|panel|meeting|agreement|assessments?|date)|(?:this|that|the)\\s+(?:date|decision|report)|completion\\s+of\\s+[^,.;]{3,60}|today))?";
const WITHIN = new RegExp(
  `\\b(?:within|no\\s+later\\s+than|not\\s+later\\s+than)\\s+${COUNT}\\s+${UNIT}${FROM}`,
  'i',
);
const BY_DATE = new RegExp(
  `\\b(?:by|before|no\\s+later\\s+than|not\\s+later\\s+than|on\\s+or\\s+before|by\\s+the\\s+end\\s+of)\\s+(${DATE_TEXT})`,
  'i',
);
/** A pattern's source with its capturing groups made non-capturing, to embed in another pattern. */
function withoutCaptures(source: string): string {
  return source.replace(/(?<!\\)\((?!\?)/g, '(?:');
}
/**
 * A deadline phrase, as a pattern source with no capturing groups, for the action forms and the
 * splitter to step over: "within (the next) three months of my final decision", "by 30 June 2025",
 * "as soon as possible".
 */
export const DEADLINE_PHRASE_SOURCE = withoutCaptures(
  `(?:(?:within|no\\s+later\\s+than|not\\s+later\\s+than)\\s+(?:the\\s+next\\s+)?${COUNT}\\s+${UNIT}${FROM}|(?:by|no\\s+later\\s+than|by\\s+the\\s+end\\s+of)\\s+(?:${DATE_TEXT}|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_NAME}\\b(?:\\s+\\d{4})?)|as\\s+soon\\s+as\\s+(?:possible|practicable|reasonably\\s+practicable))`,
);
const IMMEDIATE =
  /\b(?:immediately|straight\s+away|without\s+(?:further\s+)?delay|forthwith|with\s+immediate\s+effect)\b/i;

export interface DeadlineMatch {
  deadline: Deadline;
  /** Offsets of the matched phrase in the searched string. */
  index: number;
  length: number;
}

function countOf(raw: string): number {
  const r = raw.toLowerCase().replace(/\s*\(\d+\)$/, '');
  if (/^\d+$/.test(r)) return Number(r);
  return parseNumberWords(r) ?? 1;
}

function fromOf(raw: string | undefined): DeadlineFrom | null {
  if (!raw) return null;
  const r = raw.toLowerCase();
  if (/decision|determination|statement|today/.test(r)) return 'final_decision';
  if (/report|adjudication|panel/.test(r)) return 'report';
  if (/response|letter/.test(r)) return 'response';
  return 'other';
}

/** Find the first deadline phrase in `s` (no date computed yet). */
export function findDeadline(s: string): DeadlineMatch | null {
  const w = WITHIN.exec(s);
  const b = BY_DATE.exec(s);
  if (w && (!b || w.index <= b.index)) {
    // "in two weeks" needs a plain "in" only with a unit; skip "in 12 months' time of service" style noise
    const unitRaw = w[4].toLowerCase();
    const working = !!w[3];
    let unit: DeadlineUnit;
    if (unitRaw.startsWith('day')) unit = working ? 'working_days' : 'days';
    else if (unitRaw.startsWith('week')) unit = 'weeks';
    else unit = 'months';
    const text = w[0].trim();
    return {
      deadline: { text, within: { count: countOf(w[1]), unit }, from: fromOf(w[5]), date: null },
      index: w.index,
      length: w[0].length,
    };
  }
  if (b) {
    const d = parseDate(b[1]);
    return {
      deadline: { text: b[0].trim(), within: null, from: null, date: d ? formatDate(d.date) : null },
      index: b.index,
      length: b[0].length,
    };
  }
  const im = IMMEDIATE.exec(s);
  if (im) {
    return {
      deadline: { text: im[0], within: { count: 0, unit: 'days' }, from: null, date: null },
      index: im.index,
      length: im[0].length,
    };
  }
  return null;
}

/**
 * Compute the due date from a base date (the decision or report date). Only time limits that run
 * from the final decision/report (or state no starting point) are computed.
 */
export function computeDeadlineDate(
  d: Deadline,
  base: string | null,
  assumeFromBase: boolean,
): string | null {
  if (d.date) return d.date;
  if (!d.within || !base) return null;
  if (d.from === 'other' || d.from === 'response') return null;
  if (d.from === null && !assumeFromBase) return null;
  try {
    // src/calendar: calendar months clamped to the month end, weeks of 7 days, working days that skip
    // weekends and England and Wales bank holidays, the start day itself never counted
    return dueDateFor(d.within, LocalDate.parse(base)).toString();
  } catch (e) {
    if (e instanceof InvalidDateError || e instanceof InvalidTimeLimitError) return null;
    throw e;
  }
}
