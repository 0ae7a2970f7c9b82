/**
 * Splitting compound actions. One sentence may hold several actions: "apologise to Mrs X and pay
 * her £300" is two, "review its practices and carry out staff training" is two. Rules (the
 * labelling rules of the product):
 * - personal remedies of different kinds are separate (apology, each payment, reassessment or
 *   reconsideration, a service, information to the person);
 * - learning tasks with different verbs are separate;
 * - sub-items of one task are not split: several objects of one verb ("identify and review"),
 *   alternatives ("or"), the ways a task is spread ("and share it with staff"), a letter and what
 *   it says ("write to Mr R and apologise"), and follow-ups of no kind of their own ("and take any
 *   other action needed").
 */
import { Candidate } from './candidates';
import { DEADLINE_PHRASE_SOURCE, DeadlineMatch, findDeadline } from './deadlines';
import { POUNDS_SOURCE } from './money';
import { NAMES_PERSON, TITLE_SOURCE } from './parties';
import { CATEGORY_LEARNING, CATEGORY_RULES } from './category-rules';
import { RecommendationCategory } from './types';
import {
  actionVerb,
  containsActionVerb,
  GIVEN_BEFORE_SOURCE,
  pastActionVerb,
  presentActionVerb,
  REMEDY_NOUN_SOURCE,
  verbWithObject,
} from './verbs';

export interface Action extends Candidate {
  /** Offset from `start` where the action's own wording (its verb) begins. */
  coreAt: number;
  /** How this action came out of its sentence (for explain). */
  splitReason: string | null;
}

// (a manner adverb before the verb of the next item, "and appropriately signpost him"; not one
// that says the same task is done properly, "and properly consider his request")
const JOIN = new RegExp(
  String.raw`(?:,?\s*\bas\s+well\s+as|,?\s*\balong\s+with|,\s*and\s*,?|,|;\s*and\s*,?|\band\s*;|;|\band\s*,?|\bas\s+well\s+as|\balong\s+with)\s+((?:(?:also|then|now|finally|further|each|both|jointly|to|for\s+(?:the\s+)?(?:council|landlord|local\s+authority|it)\s+to|(?:has|have)(?=\s+(?:also\s+|now\s+|already\s+)?[a-z]+ed\b)|(?:(?:said|confirmed|told\s+us)\s+(?:that\s+)?)?it\s+(?:will|should|must|would|shall)|they\s+(?:will|should|must)|(?:the\s+)?(?:council|landlord|local\s+authority)\s+(?:will|should|must|shall)|(?:will|should|must|shall)|that\s+it|${DEADLINE_PHRASE_SOURCE}|(?!(?:apply|supply|reply|comply|rely|only|properly|fully|carefully|thoroughly|accordingly)\b)[a-z]{3,}ly)(?:,(?!\s+(?:and|or|but)\b))?\s+)*)([A-Za-z][\w'-]*)`,
  'gi',
);
/** "a full and sincere apology": an adjective alone before "and" (with its article). */
const ADJECTIVE_ONLY =
  /^(?:an?\s+|the\s+)?(?:full|formal|written|proper|sincere|meaningful|effective|unreserved|genuine|prompt)$/i;
/** "evidence to Mr X (that) it has ...": "evidence" as a verb has a recipient. */
const EVIDENCE_TO =
  /^\s+to\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]|him\b|her\b|them\b|us\b|the\s+(?:complainant|Ombudsman)\b)/;
/** Tasks only the organisation does, so not the rest of a clause about other people ("... to ensure
 *  children are safeguarded and attend school"). */
const ORGANISATION_TASK_VERB =
  /^(?:carry|complete|review|audit|arrange|pay|apologi[sz]e|write|refund|reimburse|remind|train|issue|update|amend|introduce|commission|reassess|reconsider|backdate|waive|cancel|provide|send|contact|share|give|offer|visit|inspect|inform|tell)$/i;
/** A purpose clause that ends in a passive ("... to make sure the issues are resolved"). */
const PASSIVE_PURPOSE_END =
  /\bto\s+(?:ensure|make\s+sure)\s+(?:that\s+)?[^,;]*\b(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s*$/i;
/** Verbs that start an item of a list of tasks though they start no action on their own ("open a new
 *  investigation", "... and place a copy on its records", "... and move without further delay to stage 2"). */
const ADVERB_FILLER =
  /\b(?!(?:apply|supply|reply|comply|rely|only|properly|fully|carefully|thoroughly|accordingly)\b)[a-z]{3,}ly\b\s*/gi;
const LIST_ITEM_VERBS =
  /^(?:open|opens|start|starts|commission|commissions|initiate|initiates|reconcile|reconciles|reach|reaches|place|places|move|moves)$/i;
const SPREAD_VERBS =
  /^(?:share|shares|shared|sharing|disseminate[sd]?|disseminating|cascade[sd]?|cascading|circulate[sd]?|circulating|communicate[sd]?|communicating)$/i;
const STAFF = /\b(?:staff|officers|employees|team|teams|managers|colleagues|workers)\b/i;
const TELL_VERBS =
  /^(?:inform|informs|informed|tell|tells|told|explain|explains|explained|advise|advises|advised|confirm|confirms|confirmed|apologise|apologises|apologize|apologizes)$/i;
/** A letter, a call or a meeting, and whom it is to: "write to Mr X", "meet the family". */
const LETTER_VERB = '(?:write|writes|wrote|written|writing|contact|contacts|contacted|meet|meets|met)';
const ADDRESSEE =
  "(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+(?:and\\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+)?[A-Z][\\w\u2019'-]*|him|her|them|the\\s+(?:complainant|family|parents?|resident|tenant))";
const CARRIER = new RegExp(
  `^${LETTER_VERB}\\s+(?:to\\s+|with\\s+)?(?:${ADDRESSEE}|all\\s+[\\w\\s]{1,40}?)\\s*$`,
  'i',
);
const REMEDY_NOUN = REMEDY_NOUN_SOURCE;
/** Remedy nouns of a learning kind (not personal): objects one task can share. */
const LEARNING_NOUN =
  /^(?:an?\s+|the\s+|further\s+|clear\s+|written\s+|additional\s+|refresher\s+)?(?:guidance|training|advice|reminders?|briefings?|instructions?|support)\b/i;
const CARRIED_NOUN = new RegExp(
  `\\b(?:making|providing|offering|giving|make|provide|offer|give|provided|offered|given)\\s+(?:[\\w'\u2019-]+\\s+){0,3}?${REMEDY_NOUN}`,
  'i',
);
const ACTION_NOUN_PART = new RegExp(`^${REMEDY_NOUN}`, 'i');
/** Items of a list of remedies that no remedy noun names: "a copy of the notes", "a meeting with Miss B",
 *  "agreement to confirm any changes in writing", "£50 time and trouble payment". */
const LIST_ITEM_NOUN = `(?:${REMEDY_NOUN}|(?:an?\\s+)?(?:further|new|fresh|full|updated)\\s+[\\w-]+\\s+(?:assessment|review)\\b|(?:[a-z][\\w-]*\\s+){1,2}(?:review|assessment|audit)\\b(?=\\s*(?:,|and\\b))|(?:an?\\s+|the\\s+)?(?:cop(?:y|ies)\\s+of|meetings?\\s+with|agreement\\s+to\\s+[a-z]+|(?:re-?)?assessment\\s+of)\\b|(?:an?\\s+)?${POUNDS_SOURCE}(?=\\s+(?:[\\w'\u2019-]+\\s+){0,4}?(?:payment|compensation)\\b))`;
/** "remedies the injustice": the sentence's verb after a remedy noun ("A payment, in addition to the
 *  apology already given, remedies the injustice"), not the next item of a list. */
const REMEDY_VERB_OBJECT =
  /^(?:remedies|resolves|addresses|puts\s+right)\s+(?:the|this|that|her|his|their|its|any)\s+(?:[\w-]+\s+){0,2}?(?:injustice|distress|fault|harm|loss|complaint)\b(?![^,.;]*\bby\s+[a-z]+ing\b)/i;
/** A bare learning noun that may share the complement of the noun after "and" ("a review and correction of its records"). */
const SHARES_COMPLEMENT = /^(?:an?\s+)?(?:[\w-]+\s+)?(?:review|audit|training|reminder|reassessment)s?$/i;
const NOUN_JOIN = new RegExp(
  `(?:[,;]\\s*and\\s*|[,;]\\s*|\\band\\s+|\\bas\\s+well\\s+as\\s+|\\balong\\s+with\\s+)(?=${LIST_ITEM_NOUN})|,?\\s*\\b(?:together\\s+with|alongside)\\s+(?=(?!the\\b)${LIST_ITEM_NOUN})`,
  'gi',
);

/** A bare amount as an item of a list of remedy nouns: ", £100 and ...", ", £100, ...". */
const BARE_AMOUNT_ITEM = new RegExp(`[,;]\\s*(?=${POUNDS_SOURCE}\\s*(?:[,;]|\\band\\b))`, 'g');

const PEOPLE_PLURAL = '(?:[a-z]+(?:ers|ors|ists|ants|ents)|staff|officers|managers|teams)';
// (not the people a noun is for: "remind staff and provide staff training")
const PEOPLE_AFTER = new RegExp(
  `^\\s+${PEOPLE_PLURAL}\\b(?!\\s+(?:training|guidance|briefings?|workshops?|sessions?|reminders?)\\b)`,
  'i',
);
const PEOPLE_BEFORE = new RegExp(`\\b${PEOPLE_PLURAL}\\s*$`, 'i');

function categoryOfText(text: string): RecommendationCategory {
  for (const r of CATEGORY_RULES) if (r.test.test(text)) return r.category;
  return 'other';
}

/**
 * The kind of one part of a compound action, from its verb and object: the clause before
 * "until", "so that", "while" ... decides ("reinstate the fourth call until the reassessment is
 * complete" is a service, not a reassessment); the whole part when that clause says nothing.
 */
function categoryOf(text: string): RecommendationCategory {
  if (/^£\s?\d/.test(text) || PAYEE_AMOUNT.test(text)) return 'payment';
  const head = HEAD_CLAUSE_END.exec(text);
  if (head && head.index >= 8) {
    const c = categoryOfText(text.slice(0, head.index));
    if (c !== 'other') return c;
  }
  return categoryOfText(text);
}
/** A carrier verb before remedy nouns: "provide an apology, explanation, payment". */
const CARRIER_VERB =
  /^(?:to\s+)?(?:provide|provides|provided|providing|make|makes|making|give|gives|given|giving|offer|offers|offered|offering)\s+(?:(?:him|her|them|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]|the\s+(?:family|complainant|resident|tenant|parents?|child))\s+(?:with\s+)?)?/i;
const HEAD_CLAUSE_END =
  /\s(?:until|unless|so\s+that|so\s+it|while|whilst|when|once|before|after|because|if|where|which|who|to\s+ensure|in\s+order\s+to)\b/i;

/**
 * Kinds of personal remedy inside one category that are separate actions: a debt written off and
 * a refund; a service (an inspection, works, a meeting) and information given to the person.
 */
function subKind(category: RecommendationCategory, text: string): string {
  const t = text.replace(/^(?:to\s+|also\s+)+/i, '');
  if (category === 'payment') {
    if (/^(?:the\s+)?(?:cancel|waive|waiv|write|withdraw|reduc|remov|clear)\w*\b/i.test(t)) return 'debt';
    // "award Mr D any backdated support owed to him": money owed to the person, not a remedy for injustice
    if (
      /\bback-?dat(?:e|ed|ing)\b|\b(?:owed|due)\s+to\s+(?:him|her|them|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)|\boutstanding\s+(?:payments?|benefits?|support|allowance|arrears)\b/i.test(
        t,
      )
    )
      return 'owed';
    // "offer a repayment plan": an arrangement for a debt, not a payment to the person
    if (/\b(?:re)?payment\s+(?:plan|arrangement|schedule)s?\b|\binstal(?:l)?ments\b/i.test(t)) return 'debt';
    if (/^(?:refund|reimburse|repay)\w*\b/i.test(t)) return 'refund';
    // "make a time and trouble payment and now consider a financial remedy for ...": a decision still to make
    if (/^(?:now\s+)?consider\w*\b/i.test(t)) return 'consider';
    if (!/^(?:pay|make|made|award|offer|give)\w*\b/i.test(t)) {
      if (/\b(?:cancel|waive|write\s+off|written\s+off|withdr[ae]w)\w*\b/i.test(t)) return 'debt';
      if (/\b(?:refund|reimburse|repay)\w*\b/i.test(t)) return 'refund';
    }
    return 'pay';
  }
  if (category === 'provide_service') {
    if (
      /^(?:explain|tell|inform|confirm|update|advise)\w*\b|^(?:provide|send|give|share)\w*\s+(?:[\w'\u2019]+\s+){0,8}?(?:with\s+)?(?:a\s+|an\s+|the\s+|its\s+|their\s+|written\s+)*(?:copy|copies|schedule|explanation|information|details|timetable|timeline|timeframe|timescales?|breakdown|written\s+response|response|update|report|list|letter)\b/i.test(
        t,
      )
    )
      return 'information';
    return 'service';
  }
  return category;
}

/** Learning or personal, for a part no category rule names ("check its team only invoices ..."). */
const LEARNING_PART =
  /\b(?:staff|officers|teams?|workers|managers|procedures?|processes|policy|policies|practice|guidance|systems?|any\s+new|all\s+(?:new\s+)?(?:cases|applications|requests|referrals)|in\s+future|future|(?:care\s+)?providers?|contractors?|(?:at\s+)?(?:each|every)\s+(?:visit|call|review|time|case))\b/i;
const PERSONAL_PART =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]\b|\b(?:for|to|with)\s+[A-Z](?=$|[\s,;.](?!\w))|\b(?:him|her|them)\b|\bthe\s+(?:resident|complainant|tenant|family)\b/;
function partLearning(category: RecommendationCategory, text: string): boolean | null {
  const implied = CATEGORY_LEARNING[category];
  if (implied !== null) return implied;
  if (PERSONAL_PART.test(text)) return false;
  return LEARNING_PART.test(text) ? true : null;
}

/** Offsets of parentheses depth > 0, so we never split inside brackets. */
function bracketDepth(s: string): Uint8Array {
  const d = new Uint8Array(s.length);
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    d[i] = depth > 0 ? 1 : 0;
    if (s[i] === ')' && depth > 0) depth--;
  }
  return d;
}

interface Cut {
  /** where the previous part ends (offset in the core string) */
  endPrev: number;
  /** where the next part starts */
  start: number;
  verb: string;
  /** Joined by a comma or semicolon: the next item of a list. */
  listed?: boolean;
  /** Joined by a comma or semicolon alone (not ", and"): an item inside a list, not its last. */
  bare?: boolean;
  /** The next part is an infinitive (", to make sure ..."): a purpose or what someone is asked to do. */
  infinitive?: boolean;
}

const TITLE_SRC = `${TITLE_SOURCE}(?:\\s+and\\s+${TITLE_SOURCE})?\\.?\\s+[A-Z]\\b`;

/** Candidate split points in `core` (text from the first action verb on). */
function findCuts(core: string, pastTense: boolean, nominal: boolean): Cut[] {
  const cuts: Cut[] = [];
  const depth = bracketDepth(core);
  // "by apologising to him and arranging a repayment plan": a list of gerunds
  const gerundList =
    /^(?:to\s+)?[a-z]+ing\b|\b(?:by|through|includ(?:e|es|ed|ing)|compris(?:e|es|ed|ing)|such\s+as|namely)\s*:?\s+[a-z]+ing\b/i;
  JOIN.lastIndex = 0;
  for (let m = JOIN.exec(core); m; m = JOIN.exec(core)) {
    if (depth[m.index]) continue;
    const word = m[2];
    // (an adverb among the fillers says nothing of how the item is joined)
    const fillers = (m[1] ?? '').replace(ADVERB_FILLER, ' ').trim();
    // ", to clearly explain ...": a split infinitive is a purpose clause
    if (/\bto\s+[a-z]{3,}ly\s+$/i.test(m[1] ?? '')) continue;
    const joiner = m[0].slice(0, m[0].length - word.length - (m[1] ?? '').length).trim();
    // "write-off some of the arrears": the verb before the hyphen
    const lookup = (w: string, f: (x: string) => string | null): string | null =>
      f(w) ?? (/^[a-z]+-(?:off|back|up)$/i.test(w) ? f(w.slice(0, w.indexOf('-'))) : null);
    // "... and has reminded its staff": a past verb after "has" is an action done as part of the remedy
    const verb =
      pastTense || /\bha(?:s|ve)\b/i.test(fillers)
        ? lookup(word, pastActionVerb)
        : (lookup(word, presentActionVerb) ??
          (LIST_ITEM_VERBS.test(word) ? word.toLowerCase().replace(/s$/, '') : null) ??
          // ("..., evidence to Mr X it has now referred his appeal ...": the verb, with its recipient)
          (/^evidences?$/i.test(word) && joiner === ',' && EVIDENCE_TO.test(core.slice(m.index + m[0].length))
            ? 'evidence'
            : null) ??
          // "... by: apologising to Miss Y; making a payment ...": a list of gerunds
          // (or an item of a list of remedy nouns: "an apology, payment to Mrs B, putting in place ...")
          (/ing$/.test(word) &&
          (/as\s+well\s+as/i.test(joiner) ||
            /^;/.test(joiner) ||
            (nominal &&
              /^,$/.test(joiner) &&
              // (not a preposition, "including ...", nor a remedy noun, ", training and ...")
              !/^(?:includ|regard|concern|follow|accord|involv|relat)/i.test(word) &&
              !ACTION_NOUN_PART.test(word)) ||
            gerundList.test(core.slice(0, m.index)))
            ? actionVerb(word)
            : null));
    if (!verb || REMEDY_VERB_OBJECT.test(core.slice(m.index + m[0].length - word.length))) continue;
    // a past verb continuing a clause inside the task ("apologised for the way it handled and recorded
    // her complaint"; not "for the distress it caused and paid Mrs X £250"), or with nothing after it
    // ("... and explained."), is no task of its own
    if (
      pastTense &&
      (/\b(?:the\s+way|how)\s+(?:it|they|he|she|we)\s+[a-z]+ed\s*$/i.test(core.slice(0, m.index)) ||
        !/[a-z]/i.test(core.slice(m.index + m[0].length)))
    )
      continue;
    // "reviews"/"audits" after a bare comma in a list of nouns are nouns
    const afterWord = core.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (joiner === ',' && /s$/i.test(word) && !fillers && /^\s*(?:[,;.]|and\b|or\b|$)/i.test(afterWord))
      continue;
    // "review how it oversees plans, to make sure ...": a purpose clause, not the next item
    if (
      joiner === ',' &&
      /^to$/i.test(fillers) &&
      PURPOSE_START.test(core.slice(m.index + m[0].length - word.length))
    )
      continue;
    if (!verbWithObject(word, core.slice(m.index + m[0].length))) continue;
    // "remind social workers and contact supervisors of ...": two groups of people, the second named
    // with a verb-like word ("contact", "support", "review" officers)
    if (/^and$/i.test(joiner) && PEOPLE_AFTER.test(afterWord) && PEOPLE_BEFORE.test(core.slice(0, m.index)))
      continue;
    // "review of cases", "care and support for ...": nouns, not verbs; so is a word with no object
    // before the next "and the ..." or "so that" ("the lost opportunities and support and the
    // distress caused", "update its website and process so that ...")
    if (
      /^\s+of\b/i.test(afterWord) ||
      (/^\s+(?:(?:and|or)\s+(?:the|its|their|his|her)|so\s+that)\b/i.test(afterWord) &&
        !/^apologi/i.test(word))
    )
      continue;
    // "challenge minutes and reports in meetings": after "and", a word in -s where the task's own
    // verb is a base form ("apologise", "pay") and a preposition follows is a plural noun, not a
    // verb ("... and issues her with a new bill" is a verb)
    if (
      /^and$/i.test(joiner) &&
      !fillers &&
      /[^s]s$/i.test(word) &&
      !/s$/i.test(firstWordOf(core)) &&
      /s\s*$/i.test(core.slice(0, m.index)) &&
      /^(?:\s+(?:in|of|on|at|for|from|about|within|during|and|or)\b|\s*[.,;]|\s*$)/i.test(afterWord)
    )
      continue;
    if (/^and$/i.test(joiner) && NOUN_PAIR.test(core.slice(Math.max(0, m.index - 12), m.index + m[0].length)))
      continue;
    // "identify and review other cases": two verbs, one object
    const before = core.slice(0, m.index).trim();
    const prevCut = cuts.length ? cuts[cuts.length - 1].start : 0;
    const prevPart = core.slice(prevCut, m.index).trim();
    if (prevPart.split(/\s+/).length < 2 && !/^apologi(?:[sz]e[sd]?|[sz]ing|es)$/i.test(prevPart)) continue;
    // (but "... which the Council will apologise for and pay £300": the preposition of the apology ends
    // it before a payment; not "apologise for and remedy the delay", one object for both)
    if (
      /\b(?:to|and|or|not|of|for|by|will|should|must|can|could|may)\s*$/i.test(before) &&
      !(/\bapologi[sz]e\s+for\s*$/i.test(before) && /^(?:pay|make)$/i.test(word))
    )
      continue;
    // "remind staff to provide care plans, to complete assessments on time and to ...": a list of
    // what the staff are reminded to do (its items joined by commas) is one reminder; a single
    // "and to ensure ..." after the reminder may be a task of its own
    if (
      /^to$/i.test(fillers) &&
      REMINDER_TO.test(prevPart.replace(LEADING_MODAL, '')) &&
      (joiner.startsWith(',') || /,\s*to\s+[a-z]/i.test(prevPart)) &&
      !ownTask(verb, core.slice(m.index + m[0].length - word.length))
    )
      continue;
    // "... processes to speed up and ensure greater accuracy": a second verb of the purpose clause
    if (/^and$/i.test(joiner) && !fillers && /\bto\s+[a-z]+\s+(?:up|out|down|back)$/i.test(before)) continue;
    // "... to speed up and ensure ...": the verb continues a purpose clause, not a new action
    const explicit = /\b(?:it|they|council|landlord|authority|will|should|must|shall|to)$/i.test(fillers);
    const prevBody = prevPart.replace(LEADING_MODAL, '').replace(/^\S+\s+/, '');
    let purposeVerb = false;
    // (not the infinitive of "it intends to take", "he needs to provide": no purpose clause)
    const toVerb =
      /(?<!\b(?:intends?|intended|wants?|wanted|needs?|needed|plans?|planned|going|able|ought|about|has|have|had)\s)\bto\s+(?:\w+ly\s+)?([a-z]+)/gi;
    // "arrange for a surveyor to inspect ...", "ask the provider to show ...": the infinitive is
    // the task itself (done by someone else), not a purpose clause a second verb could continue
    const stripped = prevPart.replace(LEADING_MODAL, '');
    const delegated = DELEGATED.exec(stripped) ?? LETTER_SAYING.exec(stripped);
    if (delegated) toVerb.lastIndex = Math.max(0, delegated[0].length - (stripped.length - prevBody.length));
    for (let p = toVerb.exec(prevBody); p && !purposeVerb; p = toVerb.exec(prevBody))
      purposeVerb = actionVerb(p[1]) !== null;
    // (an item after a comma or semicolon is the next item of a list, whatever the purpose clause before it)
    // ("take action to remedy the injustice by apologising and making a payment": the gerunds after
    // "by" are the remedy's items, whatever purpose clause comes before them)
    const byGerunds = /ing$/i.test(word) && /\bby\s+[a-z]+ing\b/i.test(before);
    // (nor when it ends a comma list of tasks: "apologise, pay £300, confirm its duty to support
    // him and review its procedures")
    // (but a verb inside "to ensure ..." stays in that clause: "..., review its procedures to ensure
    // officers record and share information")
    const endsCommaList =
      cuts.length > 0 &&
      cuts[cuts.length - 1].bare === true &&
      !cuts[cuts.length - 1].infinitive &&
      !/\bto\s+(?:ensure|make\s+sure|prevent|avoid)\b/i.test(prevBody);
    // (an apology after a sum is a remedy of its own, not the rest of the sum's purpose clause: "apply
    // a credit of £185 to reflect the extra charge and apologise for its delay"; but "remind staff to
    // tell residents ... and apologise" is one reminder)
    // (nor after a purpose clause that ends in a passive: "monitor her collections to make sure the
    // issues are resolved and carry out an internal review" cannot read "are resolved and carry out")
    const afterPassivePurpose = PASSIVE_PURPOSE_END.test(prevPart) && ORGANISATION_TASK_VERB.test(word);
    if (
      !explicit &&
      !/^[,;]/.test(joiner) &&
      purposeVerb &&
      !byGerunds &&
      !endsCommaList &&
      !afterPassivePurpose &&
      !(/^apologi[sz]/i.test(word) && /£\s?\d/.test(prevPart))
    )
      continue;
    // "and appropriately signpost him": the adverb stays with its verb
    const adverb = /\b[a-z]{3,}ly\s+$/i.exec(m[1] ?? '');
    const back = adverb && !/^(?:also|then)\b/i.test(adverb[0]) ? (m[1] ?? '').length - adverb.index : 0;
    cuts.push({
      endPrev: m.index,
      start: m.index + m[0].length - word.length - back,
      verb,
      listed: /^[,;]/.test(joiner),
      bare: /^[,;]$/.test(joiner),
      infinitive: /\bto$/i.test(fillers),
    });
    if (cuts.length > 12) break;
  }
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(core); m; m = CLAUSE_JOIN.exec(core)) {
    if (depth[m.index] || m.index < 10) continue;
    const start = m.index + m[0].length;
    const rest = core.slice(start, start + 200);
    const v =
      /\b(?:works|work|was|were|has|have|had|is|are|will|be|meets|reviews|monitors)\s+(?:now\s+|also\s+|been\s+|be\s+)*([a-z]+)/i.exec(
        rest,
      );
    if (!v || (!actionVerb(v[1]) && !/^(?:with|through)$/i.test(v[1]))) continue;
    // "the time and trouble Mr C has been put to": a relative clause, not a new subject
    if (/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|he|she|they|it|we|I)\b/.test(rest.slice(0, v.index))) continue;
    if (cuts.some((c) => Math.abs(c.start - start) < 3)) continue;
    cuts.push({ endPrev: m.index, start, verb: v[1].toLowerCase() });
  }
  cuts.sort((a, b) => a.start - b.start);
  // "apologise, make payments, provide a timeframe ... and consider ...": the item after "and"
  // ends the comma list, an item of it as much as the others
  for (let i = 1; i < cuts.length; i++) if (cuts[i - 1].bare && !cuts[i].listed) cuts[i].listed = true;
  // "... £1,225 for the distress and additional money for backdated payments": a second remedy
  const extra =
    /\s+and\s+(?=(?:an?\s+)?(?:additional|further|extra)\s+(?:financial\s+)?(?:money|payments?|sums?|amounts?|remedy|redress|compensation)\b|backdated\s+payments?\b)/gi;
  for (let m = extra.exec(core); m; m = extra.exec(core)) {
    const start = m.index + m[0].length;
    if (!cuts.some((c) => Math.abs(c.start - start) < 3))
      cuts.push({ endPrev: m.index, start, verb: 'payment' });
  }
  // "A written apology had been sent and compensation paid.": a second remedy done, its verb left out
  if (pastTense) {
    const done = ELLIPTICAL_DONE;
    done.lastIndex = 0;
    for (let m = done.exec(core); m; m = done.exec(core)) {
      const start = m.index + m[0].length;
      if (!depth[m.index] && !cuts.some((c) => Math.abs(c.start - start) < 3))
        cuts.push({
          endPrev: m.index,
          start,
          verb: /apolog/i.test(core.slice(start, start + 30)) ? 'apology' : 'payment',
        });
    }
  }
  cuts.sort((a, b) => a.start - b.start);
  // "pay Mrs K £250 for ..., and £125 to Mr K for ...": a second payment without its own verb;
  // not the parts of a total ("£375, comprising £225 for ... and £150 for ...")
  SECOND_PAYMENT.lastIndex = 0;
  SECOND_PAYEE.lastIndex = 0;
  // "pay Mr X £500, and Mr and Mrs L £3,000": a second payee and amount under the same verb
  for (let m = SECOND_PAYEE.exec(core); m; m = SECOND_PAYEE.exec(core)) {
    const start = m.index + m[0].length;
    const before = core.slice(0, m.index);
    if (depth[m.index] || !/£\s?\d/.test(before) || BREAKDOWN_WORDS.test(before)) continue;
    if (!cuts.some((c) => Math.abs(c.start - start) < 3))
      cuts.push({ endPrev: m.index, start, verb: 'payment' });
  }
  for (let m = SECOND_PAYMENT.exec(core); m; m = SECOND_PAYMENT.exec(core)) {
    const start = m.index + m[0].length;
    const before = core.slice(0, m.index);
    if (depth[m.index] || !/£\s?\d/.test(before) || BREAKDOWN_WORDS.test(before)) continue;
    if (/\bbetween\s+£\s?[\d,.]+\s*$/i.test(before)) continue;
    // "payments of £200 and £100 to his daughter": two amounts to one payee
    if (/£\s?[\d,.]+\s*$/.test(before)) continue;
    if (!cuts.some((c) => Math.abs(c.start - start) < 3))
      cuts.push({ endPrev: m.index, start, verb: 'payment' });
  }
  cuts.sort((a, b) => a.start - b.start);
  // a list of remedy nouns; after a semicolon a noun item stands alone in any list ("...; and
  // service improvements")
  {
    NOUN_JOIN.lastIndex = 0;
    for (let m = NOUN_JOIN.exec(core); m; m = NOUN_JOIN.exec(core)) {
      if (depth[m.index] || m.index === 0) continue;
      // "... by making a payment to Ms Y to reflect her upset, time and trouble and service
      // improvements": a remedy noun after a carrier verb and its remedy noun inside the core
      if (!nominal && !m[0].startsWith(';') && !CARRIED_NOUN.test(core.slice(0, m.index))) continue;
      const start = m.index + m[0].length;
      if (cuts.some((c) => Math.abs(c.start - start) < 3) || REMEDY_VERB_OBJECT.test(core.slice(start)))
        continue;
      // "Director for Commercial and Change": a capitalised noun after "and" and a capitalised word
      // is part of a name or a title
      if (
        /^\s*and\s*$/i.test(m[0]) &&
        /^[A-Z]/.test(core.slice(start)) &&
        /\b[A-Z][a-z]+\s*$/.test(core.slice(0, m.index))
      )
        continue;
      // "£750, made up of £600 for the distress and £150 for ...": the parts of a total
      if (/^£/.test(core.slice(start)) && BREAKDOWN_WORDS.test(core.slice(0, m.index))) continue;
      // "Regular audit and review of cases": two nouns sharing one complement
      const prevNoun = core.slice(cuts.length ? cuts[cuts.length - 1].start : 0, m.index).trim();
      // "a full and sincere apology": two adjectives of one remedy
      if (/^\s*and\s*$/i.test(m[0]) && ADJECTIVE_ONLY.test(prevNoun.replace(/^.*\b(?:of|for)\s+/i, '')))
        continue;
      // (not an apology or a payment, which are remedies of their own: "an apology and a payment of
      // £200", "an apology and review of procedure"; "a review and correction of its records" shares)
      if (
        /^\s*and\s*$/i.test(m[0]) &&
        prevNoun.split(/\s+/).length <= 3 &&
        SHARES_COMPLEMENT.test(prevNoun) &&
        /^(?:an?\s+)?(?!(?:apology|apologies|payments?)\b)[\w-]+\s+of\b/i.test(core.slice(start))
      )
        continue;
      // "provide guidance and training to staff about ...", "review the training and guidance it
      // gives": one verb with two objects of the same (learning) kind sharing one complement is one task
      const carried = prevNoun.replace(CARRIER_VERB, '');
      const firstWord = firstWordOf(carried);
      const object = presentActionVerb(firstWord) ? carried.slice(firstWord.length).trim() : carried;
      if (
        /^\s*and\s*$/i.test(m[0]) &&
        object.split(/\s+/).length <= 2 &&
        LEARNING_NOUN.test(object) &&
        LEARNING_NOUN.test(core.slice(start))
      )
        continue;
      const noun = ACTION_NOUN_PART.exec(core.slice(start))?.[0] ?? 'item';
      cuts.push({
        endPrev: m.index,
        start,
        verb: noun.toLowerCase(),
        listed: /^[,;]/.test(m[0]),
        bare: /^\s*[,;]\s*$/.test(m[0]),
      });
      if (cuts.length > 12) break;
    }
    // "the agreed actions of an apology, £100 and review of procedures": a bare amount is an item
    BARE_AMOUNT_ITEM.lastIndex = 0;
    if (nominal)
      for (let m = BARE_AMOUNT_ITEM.exec(core); m; m = BARE_AMOUNT_ITEM.exec(core)) {
        const start = m.index + m[0].length;
        if (!depth[m.index] && !cuts.some((c) => Math.abs(c.start - start) < 3))
          cuts.push({ endPrev: m.index, start, verb: 'payment', listed: true, bare: true });
      }
    cuts.sort((a, b) => a.start - b.start);
    // "an apology, payment of £300 and tighter controls for highway repairs": the item after
    // "and" ends a comma list of remedy nouns, though no remedy noun names it
    for (let i = 0; i < cuts.length && nominal; i++) {
      if (!cuts[i].bare || !ACTION_NOUN_PART.test(core.slice(cuts[i].start))) continue;
      const and = /\s+and\s+/i.exec(core.slice(cuts[i].start));
      if (!and) continue;
      const endPrev = cuts[i].start + and.index;
      const start = endPrev + and[0].length;
      const item = core.slice(cuts[i].start, endPrev);
      if (cuts.some((c) => c.start > cuts[i].start && c.start <= start + 2)) continue;
      if (
        depth[endPrev] ||
        /[,;]/.test(item) ||
        item.split(/\s+/).length > 4 ||
        /\b(?!of\b)(?:for|to|with|in|on|by|from|about)\b/i.test(item)
      )
        continue;
      if (
        !/^(?!(?:the|a|an|his|her|their|its|other|any|all)\b)[a-z][\w-]*\s+[a-z][\w-]*/i.test(
          core.slice(start),
        )
      )
        continue;
      if (presentActionVerb(firstWordOf(core.slice(start))) || pastActionVerb(firstWordOf(core.slice(start))))
        continue;
      // ("..., a review and correction of its records": two nouns sharing one complement)
      if (SHARES_COMPLEMENT.test(item) && /^[\w-]+\s+of\b/i.test(core.slice(start))) continue;
      cuts.push({ endPrev, start, verb: 'item', listed: true });
      break;
    }
    cuts.sort((a, b) => a.start - b.start);
  }
  return cuts;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A dated deadline of its own ("by March 2025", "by 31 December 2025"), not a standard ("within ten days"). */
const OWN_DATE = new RegExp(
  `\\bby\\s+(?:the\\s+end\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\b`,
  'i',
);
const REMEDY_VERB = /^(?:pay|apologise|apologize|refund|reimburse|compensate)$/i;
const COMPLAINANT = new RegExp(`${TITLE_SRC}|\\bthe\\s+(?:complainant|resident|tenant)\\b`);

/**
 * An item after a reminder's list that is a task of the organisation, not something staff are
 * reminded to do: a remedy verb ("to pay Mrs C £300", "to apologise to her"), the complainant
 * named, or a dated deadline of its own ("to update its policy by March 2025").
 */
function ownTask(verb: string, part: string): boolean {
  const own = part.split(/,\s*(?:and\s+)?to\s+|\s+and\s+to\s+|;/)[0];
  return REMEDY_VERB.test(verb) || COMPLAINANT.test(own) || OWN_DATE.test(own);
}

/** A reminder or instruction to staff with what they are to do: "remind staff to ...". */
const REMINDER_TO =
  /^(?:to\s+)?(?:remind|reminds|reminding|tell|tells|instruct|instructs|advise|advises|train|trains|brief|briefs|encourage|encourages)\s+(?:[\w'\u2019-]+\s+){1,6}?to\s+(?:\w+ly\s+)?[a-z]+/i;
/** A task given to someone else: "arrange for a surveyor to", "ask the care provider to". */
const DELEGATED =
  /^(?:arrang\w*\s+for|ask|asks|asked|require|requires|required|instruct|instructs|instructed)\s+(?:[\w'\u2019-]+\s+){1,6}?to\s+(?:\w+ly\s+)?[a-z]+/i;
/** A letter and what it says: "write to Mr X to apologise" (its infinitive is the letter's content, not a purpose). */
const LETTER_SAYING = new RegExp(
  `^${LETTER_VERB}\\s+(?:to\\s+)?${ADDRESSEE}\\s+to\\s+(?=apologi[sz]e|explain|confirm|tell|inform)`,
  'i',
);
const TITLE = TITLE_SRC;
/** A payee named by who they are: "the daughter", "her son", "the resident". */
const RELATIVE =
  '(?:the|her|his|their)\\s+(?:daughter|son|mother|father|wife|husband|partner|parents?|brother|sister|grand(?:mother|father|daughter|son)|man|woman|resident|complainant|tenant|family|child(?:ren)?|carer)';
/** A part that is a payee and an amount ("Mr and Mrs L £3,000 to recognise ..."): a payment. */
const PAYEE_AMOUNT = new RegExp(`^(?:to\\s+)?(?:${TITLE}|${RELATIVE})\\s+£\\s?\\d`);
// ("pay the daughter £150 and the mother £250": a bare "and" too, but not inside "Mr and Mrs L")
const SECOND_PAYEE = new RegExp(
  `(?:,\\s*and|;\\s*and|;|,|(?<!\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?)\\s+and)\\s+(?=(?:to\\s+)?(?:${TITLE}(?:\\s+and\\s+${TITLE})?|${RELATIVE})\\s+£\\s?\\d)`,
  'g',
);
const SECOND_PAYMENT = new RegExp(
  `(?:,\\s*and|;\\s*and|\\band|;|,)\\s+(?=(?:an?\\s+)?(?:(?:further|additional|separate|second)\\s+)?${POUNDS_SOURCE}\\s+(?:to|for|in\\s+recognition|as\\s+a|towards)\\s)`,
  'gi',
);
const BREAKDOWN_WORDS =
  /\b(?:made\s+up\s+of|comprising|comprises|consisting\s+of|consists\s+of|including|includes|of\s+which|broken\s+down|breakdown|being|this\s+is|split\s+(?:as|between|into)|a\s+total\s+of|in\s+total|totalling)\b/i;
const NOUN_PAIR =
  /\b(?:care|advice|help|information|guidance|health|education)\s+and\s+(?:support|advice|guidance|care)\b/i;
/** A new clause with its own subject and verb: "... and the Quality Assurance Team works with the provider". */
// ("... and that specific staff training is carried out", "... and payment be made to the
// complainant": a passive of its own after a task or a recommendation)
const ELLIPTICAL_DONE =
  /,?\s+and\s+(?=(?:an?\s+|the\s+)?(?:written\s+|formal\s+)?(?:apology|compensation|payment|refund|£\s?\d[\d,]*)\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:paid|made|sent|given|issued|provided|refunded)\b)/gi;
const CLAUSE_JOIN =
  /(?:,\s*and|;\s*and|\band)\s+(?:(?=(?:the|our|a|an|all|its|their|this)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:works|work|was|were|has|have|had|is|are|will|would|meets|reviews|monitors)\b)|that\s+(?=(?:[\w'\u2019-]+\s+){1,4}?(?:is|are|will\s+be|should\s+be|be|(?:had|has|have)\s+been|was|were)\s+[a-z]+ed\b)|(?=(?:[\w'\u2019-]+\s+){1,3}?(?:should\s+)?be\s+(?:made|paid|given|provided|offered|issued|sent|arranged|carried|completed|undertaken)\b))/gi;
const EVIDENCE_PART =
  /^(?:tell|inform|update|show|let)\s+(?:us|the\s+ombudsman|me)\s+(?:know\s+)?(?:what|how|when|that)\s+(?:it|they)\s+(?:(?:has|have)\s+(?:done|taken|changed)|will\s+(?:do|take|change))\b|^(?:provide|send)\s+(?:us|the\s+ombudsman)\s+(?:with\s+)?evidence\b/i;
const LEADING_MODAL =
  /^(?:(?:has|have)\s+)?(?:now\s+|also\s+)?(?:agreed?\s+to\s+|undertaken\s+to\s+|(?:should|will|must|shall|would)\s+(?:also\s+|now\s+)?|recommend(?:ed|s)?\s+(?:that\s+)?(?:the\s+council\s+|it\s+)?|asked\s+(?:the\s+council\s+|it\s+)?to\s+)/i;

/**
 * A follow-up on the same object, not a task of its own: "share this decision with the team and
 * discuss it at a team meeting" (a verb no category names, with a pronoun for its object).
 */
// (not "it" as the subject of a clause: "ensure it keeps records of its decisions")
const SAME_OBJECT_PART =
  /^(?:to\s+)?[a-z]+(?:\s+(?:up|out|through|on))?\s+(?:(?:it|them)\b(?!\s+(?!(?:across|towards|alongside|unless|plus)\b)(?:[a-z]{2,}s|will|should|must|can|could|has|is|was|does|did|had)\b)|(?:this|these|that|those)(?=\s*(?:[.;,]|$|\s+(?:at|with|to|in|on|for|by|through|into|across|and)\b)))/i;
const PLAN_WITH_STEPS =
  /^(?:to\s+)?(?:produces?|develops?|draws?\s+up|prepares?|creates?)\s+(?:an?\s+)?(?:action\s+|improvement\s+)?plans?\s+with\s+(?:steps|actions|measures|timescales|targets)\b/i;
const PLAN_FROM = /^(?:to\s+)?(?:reviews?|audits?|examines?|assess(?:es)?)\b/i;
/** "review its procedures ... and produce an action plan to address this": part of the review. */
const FOLLOW_UP_PLAN =
  /^(?:to\s+)?(?:produces?|develops?|draws?\s+up|prepares?|creates?|agrees?|puts?\s+in\s+place|implements?)\s+(?:an?\s+|any\s+)?(?:action\s+|improvement\s+)?plans?\s+(?:to\s+(?:address|tackle|deal\s+with|respond\s+to|remedy)\s+(?:this|these|them|it|that|those|the\s+(?:findings|issues|problems|gaps|outcomes?|results|delays?))|(?:based\s+on|arising\s+from|from)\s+(?:this|these|its|the)\b)/i;

/** "monitor its new procedure and tell us in three months how this is working": the report on that
 *  task; so is sending us a copy of what it made ("amend its letters and provide us with copies"). */
const REPORT_ON_IT =
  /^(?:to\s+)?(?:tell|inform|update|report\s+(?:back\s+)?to)\s+(?:us|the\s+ombudsman|me)\b[^.;]{0,120}?\b(?:how\s+(?:this|it|these|they)\s+(?:is|are)\s+working|what\s+(?:it|they)\s+(?:has\s+|have\s+)?(?:found|learn[et]d?)|(?:of|on|about)\s+the\s+(?:outcome|results?|findings)\b)|^(?:to\s+)?(?:provide|send|give)\s+(?:us|the\s+ombudsman|me)\s+(?:with\s+)?(?:an?\s+|the\s+)?cop(?:y|ies)\b(?:\s+of\s+(?:its|the|this|that|these|them|it)\b[^.;]{0,40})?\s*(?:[.;,]\s*(?:and|or)?)?\s*$/i;

/** A follow-up done only if the task before it shows the need ("... and amend the plan if needed"). */
const CONDITIONAL_FOLLOW_UP =
  /^[^,;]*\b(?:if|where|as|when)\s+(?:needed|necessary|appropriate|required|applicable)\s*[.;,]?\s*$/i;

const RECOMMENDED_SUBJECT =
  /^\s*(?:that\s+)?(?:(?:in\s+this\s+case|in\s+addition|therefore|also|now),?\s+)?(?:the\s+(?:council|landlord|local\s+authority|service|organisation|trust)|it|they)\b\s*(?:,[^,]{2,100},\s*)?(?:(?:should|will|must|shall)\s+)?(?=[a-z])/i;

const INCLUDED_GERUNDS =
  /\brecommendations?\b[^.;:]{0,80}?\b(?:which\s+|that\s+)?(?:included|includes|including|were|was)\s+(?=[a-z]+ing\s+(?:[\w'\u2019-]+\s+){0,8}?(?:and|as\s+well\s+as)\s+[a-z]+ing\b)/i;

/** The verb of a purpose clause: "..., to make sure ...", "..., to prevent ...". */
const PURPOSE_START = /^(?:ensure|make\s+sure|prevent|avoid|stop\s+this|reduce\s+the\s+risk)\b/i;

/** Personal remedies that are always an action of their own beside anything else. */
const OWN_REMEDY: ReadonlySet<RecommendationCategory> = new Set<RecommendationCategory>([
  'apology',
  'payment',
]);

function learningKind(c: RecommendationCategory): boolean | null {
  return CATEGORY_LEARNING[c];
}

/** Split each candidate into the actions it holds. */
export function splitCompound(text: string, candidates: Candidate[]): Action[] {
  const out: Action[] = [];
  for (const c of candidates) {
    let coreStart = c.start + Math.max(0, Math.min(c.form.at, c.end - c.start));
    // "A financial remedy and formal apology were also issued to Miss X": two remedies of different
    // kinds as the subject of one passive verb
    const pair =
      c.form.kind === 'implemented' ? PASSIVE_REMEDY_PAIR.exec(text.slice(c.start, coreStart)) : null;
    if (pair && categoryOf(pair[1]) !== categoryOf(pair[2])) {
      const second = c.start + pair[0].length - pair[2].length - pair[3].length;
      const why = 'two remedies given by one passive verb';
      out.push(
        partOf(c, c.start, c.start + pair[1].length, 0, 1, 2, why),
        partOf(c, second, c.end, 0, 2, 2, why),
      );
      continue;
    }
    if (c.form.kind === 'recommend') {
      // "I recommend the Council, within three months, reviews ...": the action starts at its verb
      const subject = RECOMMENDED_SUBJECT.exec(text.slice(coreStart, Math.min(c.end, coreStart + 200)));
      if (subject && subject[0].length < c.end - coreStart) coreStart += subject[0].length;
      // "two recommendations which included sharing lessons learnt ... and making a payment, which
      // ... should be withheld": the recommendations are the gerunds, not the clause after them
      const included = INCLUDED_GERUNDS.exec(text.slice(c.start, coreStart));
      if (included) coreStart = c.start + included.index + included[0].length;
    }
    // "Council endorse the actions already taken, namely the written apology ... and the procedural
    // change ...": the actions are the list after "namely"
    const namely = NAMELY.exec(text.slice(c.start, c.end));
    if (namely) coreStart = Math.max(coreStart, c.start + namely.index + namely[0].length);
    const core = text.slice(coreStart, c.end).replace(/\s/g, ' ');
    const whole: Action = { ...c, coreAt: coreStart - c.start, splitReason: null };
    // a task with its sub-points ("... The review should include: a. ... b. ...") is one action
    if (core.length < 12 || core.length > 2500 || c.subPoints) {
      out.push(whole);
      continue;
    }
    // ("We recommended the Trust apologised to Mrs X and paid her £250": a recommendation in the past
    // tense lists its tasks in the past tense)
    const lead = firstWordOf(core.trimStart());
    const past =
      c.form.kind === 'implemented' ||
      (c.form.kind === 'recommend' && pastActionVerb(lead) !== null && presentActionVerb(lead) === null);
    // "provide an apology, explanation, payment and ...": remedy nouns under one carrier verb
    const nominal =
      c.form.kind === 'nominal' ||
      namely !== null ||
      c.form.kind === 'remedy_money' ||
      ACTION_NOUN_PART.test(core.trimStart().replace(CARRIER_VERB, ''));
    const cuts = findCuts(core, past, nominal);
    if (!cuts.length) {
      out.push(whole);
      continue;
    }
    // decide which cuts to keep: the parts on each side must be different kinds of action
    const kept: Cut[] = [];
    let partStart = 0;
    let partCategory = categoryOf(core.slice(0, cuts[0].endPrev));
    // a passive action names its kind in its subject ("A communication strategy was agreed ...")
    if (partCategory === 'other' && coreStart > c.start)
      partCategory = categoryOf(text.slice(c.start, coreStart + cuts[0].endPrev).replace(/\s/g, ' '));
    let partVerb = (c.form.verb ?? firstWordOf(core)).toLowerCase();
    for (let i = 0; i < cuts.length; i++) {
      const cut = cuts[i];
      const nextEnd = i + 1 < cuts.length ? cuts[i + 1].endPrev : core.length;
      const prevText = core.slice(partStart, cut.endPrev).trim();
      // (a passive first part is named by its subject: "the complaints procedure will be reviewed")
      const prevWhole =
        partStart === 0 && coreStart > c.start && /^(?:be|been)\s/i.test(core)
          ? `${text.slice(c.start, coreStart).replace(/\s/g, ' ')}${prevText}`
          : prevText;
      const nextText = core.slice(cut.start, nextEnd).trim();
      const nextCategory = categoryOf(nextText);
      let split: boolean;
      // "That the Managing Director, on behalf of the Council, apologises ...": a first part with no
      // verb of its own is the subject of what follows, not an action
      if (c.form.kind === 'that' && partStart === 0 && !containsActionVerb(prevText, true)) split = false;
      else if (SPREAD_VERBS.test(cut.verb) || SPREAD_VERBS.test(firstWordOf(nextText)))
        // sharing a task with staff spreads it; sharing its outcome with the Ombudsman or a
        // committee is reporting back, a learning action of its own
        // (sharing findings with the Ombudsman stays with the task: close to evidence of it)
        // (after a personal remedy there is no task to spread: "apologise to Mrs P and share this
        // decision with its officers" is a learning action of its own)
        split =
          (nextCategory === 'report_back' &&
            partCategory !== 'report_back' &&
            !/\b(?:us|ombudsman|this\s+(?:office|service))\b/i.test(nextText)) ||
          (OWN_REMEDY.has(partCategory) && STAFF.test(nextText));
      else if (CARRIER.test(prevText)) {
        // "write to Mr X and apologise ...": the letter is the apology; a task after it ("... and
        // signpost him to ...") is weighed against the apology
        split = false;
        if (nextCategory !== 'other') partCategory = nextCategory;
      } else if (/^(?:tell|inform|let)\s+(?:us|the\s+ombudsman|me)\s+(?:if|whether|when)\b/i.test(nextText))
        split = false;
      else if (
        TELL_VERBS.test(firstWordOf(nextText)) &&
        /^(?:write|writes|wrote|written)\b/i.test(prevText) &&
        !/^(?:apologi)/i.test(nextText)
      )
        split = false;
      else if (FOLLOW_UP_PLAN.test(nextText) && learningKind(partCategory) === true) split = false;
      // (a plan "with steps" comes of a review: "reviews its procedure and produces an action plan
      // with steps to ...", not of training)
      else if (PLAN_WITH_STEPS.test(nextText) && PLAN_FROM.test(prevText.replace(LEADING_MODAL, '')))
        split = false;
      else if (REPORT_ON_IT.test(nextText)) split = false;
      // "review its calculations and apply refunds if needed": what follows from the task, if anything
      // (not a learning task on an object of its own: "... and change its procedures as necessary")
      else if (
        CONDITIONAL_FOLLOW_UP.test(nextText) &&
        !/£\s?\d/.test(nextText) &&
        !(learningKind(nextCategory) === true && !SAME_OBJECT_PART.test(nextText))
      )
        split = false;
      else if (
        partCategory === 'audit_similar_cases' &&
        /^(?:to\s+)?(?:write|writes|contact|contacts|tell|tells|inform|informs)\b/i.test(nextText)
      )
        // "check all accounts where ... and write to anyone affected": the audit's follow-up (a
        // remedy offered to those found, "and offer each a suitable remedy", is personal: its own action)
        split = false;
      else if ((nextCategory === 'other' || partCategory === 'other') && !nominal)
        // two learning tasks with different verbs, one of them named by no rule ("carry out a
        // financial assessment within 28 days of any new service, and remind officers ..."); not
        // a follow-up on the same object ("... and discuss it at a team meeting")
        // a financial remedy ..."); nor a personal remedy of no named kind in a list of them ("apologise,
        // pay a financial remedy to Ms Y, and monitor Ms Y's collections")
        // (the same verb may carry a named remedy of another kind: "make a new decision, and make a payment")
        split =
          (cut.verb !== partVerb || (OWN_REMEDY.has(nextCategory) && nextCategory !== partCategory)) &&
          !SAME_OBJECT_PART.test(nextText) &&
          ((nextText.split(/\s+/).length >= 3 &&
            prevText.split(/\s+/).length >= 3 &&
            partLearning(partCategory, prevWhole) === true &&
            partLearning(nextCategory, nextText) === true) ||
            // "carry out a thorough review of its investigation and make several service
            // improvements": a named learning task with its own verb after a task of no named
            // kind, not personal (not "check ... and record the reason ...": a follow-up of no kind)
            (nextText.split(/\s+/).length >= 3 &&
              prevText.split(/\s+/).length >= (cut.listed === true ? 2 : 3) &&
              presentActionVerb(firstWordOf(nextText.replace(ADVERB_FILLER, ''))) !== null &&
              partCategory === 'other' &&
              learningKind(nextCategory) === true &&
              partLearning(partCategory, prevWhole) !== false) ||
            ((cut.listed === true || nextCategory !== 'other') &&
              personalOrMixed(partLearning(partCategory, prevWhole), partLearning(nextCategory, nextText))) ||
            // a named personal remedy (an apology, a payment) beside a task with a verb of its own:
            // "apologise and review what happened", "apologise, update its records, ..."
            ((OWN_REMEDY.has(partCategory) || OWN_REMEDY.has(nextCategory)) &&
              nextText.split(/\s+/).length >= 2) ||
            // "decide Mrs X's application and set out a proposal to make up Z's lost therapy": two
            // tasks for the person, each with a verb and an object of its own
            (/^,?\s*and\s*(?:to\s+)?$/i.test(core.slice(cut.endPrev, cut.start)) &&
              nextText.split(/\s+/).length >= 4 &&
              prevText.split(/\s+/).length >= 4 &&
              presentActionVerb(firstWordOf(nextText)) !== null &&
              !ANSWER_OR_RECORD.test(nextText) &&
              NAMES_PERSON.test(`${prevText} ${nextText}`)) ||
            // "process the notification and also register the path", "agreed to amend the care plan
            // and has offered a reassessment": "and also", or an auxiliary of its own, joins two tasks
            (/\band\s+(?:also|ha(?:s|ve)(?:\s+also)?)\s*$/i.test(core.slice(cut.endPrev, cut.start)) &&
              nextText.split(/\s+/).length >= 3 &&
              prevText.split(/\s+/).length >= 3) ||
            // items of a comma list with verbs of their own, one of a named kind ("update its
            // records, train its staff"), or any kind once the list is split at an earlier comma
            // ("apologise, repair the fence, discuss other options with Mr Y, make a new decision")
            // (the last item of such a list comes after "and": "apologise, consult the drainage board,
            // and produce a report")
            ((cut.bare === true ||
              (/^\s*,?\s*and\s*$/i.test(core.slice(cut.endPrev, cut.start)) &&
                kept.length > 0 &&
                kept[kept.length - 1] === cuts[i - 1] &&
                kept[kept.length - 1].bare === true)) &&
              !cut.infinitive &&
              (partCategory !== 'other' ||
                nextCategory !== 'other' ||
                // (or a further item follows: "issue a decision now, hold off recovery ... and pay her £100")
                (((kept.length > 0 && kept[kept.length - 1].bare === true) ||
                  (i + 1 < cuts.length && cuts[i + 1].listed === true)) &&
                  presentActionVerb(firstWordOf(nextText)) !== null)) &&
              nextText.split(/\s+/).length >= 3 &&
              prevText.split(/\s+/).length >= 3));
      // the last item of a list of remedies once it is split at an earlier comma ("an apology, payment
      // to Mrs B, putting in place the respite and procedural changes"), whatever kinds its items are
      else if (
        nominal &&
        /^\s*,?\s*and\s*$/i.test(core.slice(cut.endPrev, cut.start)) &&
        kept.length > 0 &&
        kept[kept.length - 1].bare === true &&
        prevText.split(/\s+/).length >= 2 &&
        nextText.split(/\s+/).length >= 2
      )
        split = true;
      else if (partCategory !== nextCategory) split = true;
      else if (
        learningKind(nextCategory) === false &&
        subKind(partCategory, prevText) !== subKind(nextCategory, nextText)
      )
        split = true;
      else if (learningKind(nextCategory) === true && cut.verb !== partVerb) split = true;
      else if (nextCategory === 'payment' && /£\s?\d/.test(prevText) && /£\s?\d/.test(nextText)) split = true;
      // "payment for screening ... and an additional payment to reflect his time and trouble": a
      // further payment named as such is a payment of its own
      else if (
        nextCategory === 'payment' &&
        partCategory === 'payment' &&
        /^(?:an?\s+|the\s+)?(?:additional|further|extra|second|separate)\s+(?:payment|sum|amount|(?:financial\s+)?(?:remedy|redress|compensation))\b/i.test(
          nextText,
        )
      )
        split = true;
      // "pay Mrs X a remedy as well as pay a remedy to her daughter", "make a mileage payment ... and
      // to make a symbolic payment": the verb said again, a payment of its own
      else if (
        nextCategory === 'payment' &&
        ((cut.verb === 'pay' && partVerb === 'pay' && /^pay\b/i.test(nextText)) ||
          (cut.verb === 'make' &&
            partVerb === 'make' &&
            /^make\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,6}?payment\b/i.test(nextText))) &&
        !SAME_OBJECT_PART.test(nextText)
      )
        split = true;
      // "make an interest payment and payment to remedy distress": a second payment named by its noun
      else if (
        nextCategory === 'payment' &&
        partCategory === 'payment' &&
        /\bpayments?\s*$/i.test(prevText) &&
        /^(?:an?\s+)?(?:[\w-]+\s+){0,2}?payments?\s+(?:to|for|in\s+recognition)\b/i.test(nextText)
      )
        split = true;
      else split = false;
      if (split) {
        kept.push(cut);
        partStart = cut.start;
        partCategory = nextCategory;
        partVerb = cut.verb;
      }
    }
    if (!kept.length) {
      out.push(whole);
      continue;
    }
    // the parts, as ranges of the core; "... and tell us what it has done" is an evidence
    // request, not an action: it is dropped and marks the others
    const parts: { from: number; to: number }[] = [];
    for (let i = 0; i <= kept.length; i++) {
      parts.push({
        from: i === 0 ? 0 : kept[i - 1].start,
        to: i < kept.length ? kept[i].endPrev : core.length,
      });
    }
    // "... a suitable remedy in addition to the explanation and apology already provided by the
    // Council": a remedy given before, named beside the new one, is not an action either
    const actionParts = parts.filter(
      (p, i) =>
        i === 0 ||
        !(
          EVIDENCE_PART.test(core.slice(p.from, p.to).trim()) ||
          GIVEN_BEFORE_PART.test(core.slice(p.from, p.to).trim())
        ),
    );
    const evidence = actionParts.length < parts.length;
    // "... apologise to Mrs K, and within three months review its procedures": a deadline between
    // two tasks is the later task's own
    const joinDeadline = (i: number): DeadlineMatch | null => {
      if (i === 0) return null;
      const from = coreStart + parts[i - 1].to;
      const d = findDeadline(text.slice(from, coreStart + parts[i].from));
      return d ? { ...d, index: d.index + from } : null;
    };
    const partDeadlines = parts.map((_, i) => joinDeadline(i));
    const ownDeadlines = actionParts.map((p) => partDeadlines[parts.indexOf(p)]);
    // (the sentence's deadline found in a later task's joint is not the first task's: a lead-in's is)
    const taken = ownDeadlines.some((d) => d !== null && c.deadline !== null && d.index === c.deadline.index);
    const leadDeadline = taken && c.leadIn ? findDeadline(c.leadIn) : null;
    let carried: DeadlineMatch | null = null;
    for (let i = 0; i < actionParts.length; i++) {
      const p = actionParts[i];
      const s = i === 0 ? c.start : coreStart + p.from;
      const own = ownDeadlines[i];
      if (own) carried = own;
      const deadline = own ?? carried ?? (taken ? leadDeadline : c.deadline);
      const deadlineSource =
        deadline === c.deadline
          ? c.deadlineSource
          : deadline === leadDeadline
            ? `lead-in "${(c.leadIn ?? '').slice(0, 60)}"`
            : 'stated before the action';
      const part = partOf(
        c,
        s,
        trimEndPunct(text, s, coreStart + p.to),
        i === 0 ? coreStart - c.start : 0,
        i + 1,
        actionParts.length,
        'different kinds of action',
      );
      out.push({
        ...part,
        deadline,
        deadlineSource: deadline === null ? null : deadlineSource,
        evidence: c.evidence || evidence,
        evidenceReason: evidence ? 'evidence requested in the same sentence' : c.evidenceReason,
        reasons: actionParts.length > 1 ? part.reasons : [...c.reasons, 'evidence request split off'],
      });
    }
  }
  return out;
}

/** Part `i` of `n` cut from a candidate's sentence (the whole of it when `n` is 1). */
function partOf(
  c: Candidate,
  start: number,
  end: number,
  coreAt: number,
  i: number,
  n: number,
  why: string,
): Action {
  return {
    ...c,
    start,
    end,
    coreAt,
    splitReason: n > 1 ? `part ${i} of ${n} of a compound sentence` : null,
    reasons: [...c.reasons, `split: part ${i} of ${n} (${why})`],
  };
}

const NAMELY = /\b(?:actions?|steps|measures|remed(?:y|ies))\b[^.;:]{0,60}?,?\s+namely\s*:?\s+/i;
const PASSIVE_REMEDY_PAIR = new RegExp(
  `^((?:an?\\s+|the\\s+)?${REMEDY_NOUN})\\s+and\\s+((?:an?\\s+|the\\s+)?${REMEDY_NOUN})(\\s+(?:(?:were|have\\s+been|had\\s+been)\\s+)?(?:also\\s+|now\\s+|since\\s+)*)$`,
  'i',
);

const GIVEN_BEFORE_PART = new RegExp(`^(?:the\\s+|its\\s+|an?\\s+)?${GIVEN_BEFORE_SOURCE}`, 'i');

/** What follows from the task before ("... and decide whether ...", "... and attach her comments to the
 *  record", "... and send her a corrected bill", "... and tell him the outcome"). */
const ANSWER_OR_RECORD =
  /^(?:to\s+)?(?:[a-z]+\s+(?:[\w\u2019'-]+\s+){0,3}?(?:whether|if|how|what|when)\b|(?:attach|add|record|note|include|keep)\b|(?:send|issue|give|provide)\s+(?:[\w\u2019'-]+\s+){0,2}?(?:a|an|the)\s+(?:(?:corrected|revised|amended|updated)\s+[\w-]+|new\s+(?:bill|statement|invoice))\b|(?:tell|inform|notify|advise|let)\s+(?:[\w\u2019'.-]+\s+){0,3}?(?:of\s+)?(?:the|its|their)\s+(?:outcome|result|decision|date|details|arrangements)\b)/i;

/** Two parts of a list that are both personal remedies, or one personal and one learning. */
function personalOrMixed(a: boolean | null, b: boolean | null): boolean {
  return a !== null && b !== null && !(a && b);
}

function firstWordOf(s: string): string {
  return /[A-Za-z][\w'-]*/.exec(s)?.[0] ?? '';
}

function trimEndPunct(text: string, s: number, e: number): number {
  let end = e;
  while (end > s && /[\s,;]/.test(text[end - 1])) end--;
  return end;
}
