/**
 * The same action stated twice is one action.
 *
 * - The same span found twice (by two rules) is kept once.
 * - In a single-case document (a decision, a Stage 2 or panel report), an action restated in another
 *   section in other words ("refunds the £310 fees Mrs G paid" in the report summary, "refund to
 *   Mrs G the £310 fees she paid" under Recommendations; "I accept recommendation (iii) in part: the
 *   guidance will be changed ..." in the council's response) is one action. Two statements are the
 *   same action when they name the same sums and the same people and most of the shorter one's
 *   content words (stemmed) are in the other. The statement kept is the recommendation rather than
 *   the response to it, else the one with a deadline, else the later one (the body restates the
 *   summary in full), at its own place in the order. A payment named without its amount ("has now
 *   agreed to pay Mr X an additional remedy for his distress") restates the one that gives the sum.
 * - An action that only counts the ones to come ("has also agreed to make a number of service
 *   improvements.") heads the list that follows it in its section and is not an action of its own.
 *
 * Separate cases in a multi-case document (an annual report's table rows) are never merged, nor are
 * two parts of one item or two items of one list (a list does not repeat itself).
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { POUNDS_SOURCE } from './money';
import { Action } from './split-actions';

export interface MergeOptions {
  /** The document is about one case, so a restated action is the same action. */
  singleCase: boolean;
}

const STOP = new Set(
  (
    'the a an and or of to in on at by for from with within as is are be been being will would should ' +
    'must shall may can could has have had it its it’s their them they he she her his him this that these those ' +
    'which who whom what when where how any all each every also further such so than then there into onto ' +
    'about after before over under up out not no council landlord authority organisation ombudsman we us our ' +
    'i my me agreed agree agrees recommend recommends recommended recommendation recommendations ' +
    'accept accepts accepted part ordered order orders required requires asked ' +
    'days day weeks week months month working date decision final report this one two three four five six ' +
    'eight ten twelve first second'
  ).split(/\s+/),
);

const PERSON = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]\b/g;
const MONEY = new RegExp(POUNDS_SOURCE, 'g');

/** Stems of words seen before: the same words recur in every decision, and stemming is the costly part. */
const STEMS = new Map<string, string>();
const STEMS_MAX = 20_000;
function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word.replace(/'s$/, ''));
    if (STEMS.size >= STEMS_MAX) STEMS.clear();
    STEMS.set(word, s);
  }
  return s;
}

interface Profile {
  words: Set<string>;
  sums: string;
  people: string;
  /** It names a payment without its amount. */
  unnamedSum: boolean;
}

function profile(text: string): Profile {
  const sums = [...text.matchAll(MONEY)].map((m) => m[0].replace(/[£\s,]/g, '').replace(/\.00?$/, ''));
  const people = [...text.matchAll(PERSON)].map((m) => m[0].replace(/\.|\s+/g, '').toLowerCase());
  const words = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    words.add(stem(w));
  }
  return {
    words,
    sums: [...new Set(sums)].sort().join(' '),
    people: [...new Set(people)].sort().join(' '),
    unnamedSum: UNNAMED_SUM.test(text),
  };
}

/** How much of the smaller set of content words is in the other. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared += 1;
  return shared / small.size;
}

/** The council's answer to a recommendation ("I accept recommendation (iii) in part: ..."). */
const RESPONSE =
  /\b(?:accepts?|accepted|agrees?|agreed|rejects?|rejected|declines?|declined)\s+(?:(?:the\s+)?panel[\u2019']s\s+)?recommendations?\b/i;

const MIN_WORDS = 3;
const SAME = 0.7;

/** A payment named without its amount ("agreed to pay Mr X an additional remedy for his distress"). */
const UNNAMED_SUM = /\bpay\b(?![^.;]*£)[^.;]*?\b(?:remedy|sum|payment|amount|compensation)\b/i;
/** The words such a statement adds to the payment it restates. */
const SUM_WORDS = new Set(['remedi', 'sum', 'payment', 'amount', 'compens', 'addit', 'financi', 'symbol']);

function restates(a: Profile, b: Profile): boolean {
  if (a.sums !== b.sums) return restatesWithoutTheSum(a, b) || restatesWithoutTheSum(b, a);
  // one may leave the person out ("the £310 fees"), but two named people differ
  if (a.people && b.people && a.people !== b.people) return false;
  if (Math.min(a.words.size, b.words.size) < MIN_WORDS) return false;
  return overlap(a.words, b.words) >= SAME;
}

/** "agreed to pay Mr X an additional remedy to acknowledge the distress" restates "pay Mr X £500 to acknowledge the distress he was caused". */
function restatesWithoutTheSum(unnamed: Profile, named: Profile): boolean {
  if (!unnamed.unnamedSum || unnamed.sums !== '' || named.sums === '') return false;
  if (unnamed.people && named.people && unnamed.people !== named.people) return false;
  // (most of its own words are in the other: "pay Mr B £150." restates no longer statement)
  const words = [...unnamed.words].filter((w) => !SUM_WORDS.has(w));
  return words.length >= MIN_WORDS && words.filter((w) => named.words.has(w)).length / words.length >= SAME;
}

/** Parts of one item, or items of one list under one lead-in: a list does not repeat itself. */
function sameList(a: Action, b: Action): boolean {
  if (a.item === b.item) return true;
  return a.sectionIndex === b.sectionIndex && a.leadIn !== null && a.leadIn === b.leadIn;
}

/** An action that only counts the ones to come ("has also agreed to make a number of service improvements."). */
const GROUP_OF_ACTIONS =
  /\b(?:make|undertake|implement|carry\s+out|take|introduce)\s+(?:a\s+number\s+of|several|some|various|certain|a\s+range\s+of|a\s+series\s+of|further|other)\s+(?:[\w-]+\s+)?(?:improvements?|changes|actions|steps|measures)\s*\.?$/i;

/** Such an action is the heading of the list that follows it in its section, not an action of its own. */
function headsTheList(text: string, a: Action, next: Action | undefined): boolean {
  return (
    next !== undefined &&
    next.listed &&
    next.item > a.item &&
    next.sectionIndex === a.sectionIndex &&
    // (a list with a lead-in of its own after the sentence is another commitment)
    !(next.leadIn !== null && text.slice(a.end, next.start).includes(next.leadIn)) &&
    GROUP_OF_ACTIONS.test(text.slice(a.start, a.end))
  );
}

export function mergeDuplicates(
  text: string,
  actions: Action[],
  options: MergeOptions = { singleCase: false },
): Action[] {
  const seen = new Set<string>();
  const unique: Action[] = [];
  for (const a of actions) {
    const key = `${a.start}:${a.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(a);
  }
  if (!options.singleCase || unique.length < 2) return unique;

  const dropped = new Set<number>();
  unique.forEach((a, k) => {
    if (headsTheList(text, a, unique[k + 1])) dropped.add(k);
  });
  const profiles = unique.map((a) => profile(text.slice(a.start, a.end)));
  for (let j = 1; j < unique.length; j++) {
    for (let i = 0; i < j; i++) {
      if (dropped.has(i) || dropped.has(j)) continue;
      if (sameList(unique[i], unique[j])) continue;
      if (!restates(profiles[i], profiles[j])) continue;
      // a response to the recommendation goes; else keep the one that names the sum, else the one
      // with a deadline, else the later (fuller) statement
      const respI = RESPONSE.test(text.slice(unique[i].start, unique[i].end));
      const respJ = RESPONSE.test(text.slice(unique[j].start, unique[j].end));
      const keepEarlier =
        respI !== respJ
          ? respJ
          : profiles[i].sums !== profiles[j].sums
            ? profiles[i].sums !== ''
            : unique[i].deadline !== null && unique[j].deadline === null;
      dropped.add(keepEarlier ? j : i);
    }
  }
  return unique.filter((_, k) => !dropped.has(k));
}
