/**
 * Does a sentence state an action (something agreed, recommended, ordered or done)? Returns the
 * grammatical form that makes it one, and where the action verb starts, or null.
 *
 * Forms: imperative ("Apologise to Mrs X"), third person after a lead-in ("Pays £500 to Mrs B"),
 * modal ("the Council should/will/must review"), agreed ("has agreed to pay"), recommendation
 * ("I recommend the Council ...", "It is recommended that ..."), Stage 2 style ("That the Council
 * ..."), implemented ("Staff have been reminded", "We reviewed our procedures"), nominal
 * ("Apology letter and payment of £500", "Training sessions to be planned").
 */
import { ORGANISATION_NOUN_SOURCE, ORGANISATION_SOURCE } from './parties';
import { DEADLINE_PHRASE_SOURCE } from './deadlines';
import {
  actionVerb,
  ACTION_NOUN_START,
  containsActionVerb,
  pastActionVerb,
  presentActionVerb,
  REFUSED_SOURCE,
  REMEDY_NOUN_SOURCE,
  verbWithObject,
} from './verbs';

export type ActionFormKind =
  'imperative' | 'modal' | 'agreed' | 'recommend' | 'that' | 'implemented' | 'nominal' | 'remedy_money';

export interface ActionForm {
  kind: ActionFormKind;
  /** Offset (in the sentence) where the action itself starts (the verb or noun). */
  at: number;
  verb: string | null;
  /** The organisation's offer ("The Council offered to ..."), not yet an agreement. */
  offer?: true;
}

/** A form whose action starts at the match's first group (its verb). */
function atGroup(
  kind: ActionFormKind,
  m: RegExpExecArray,
  offset: number,
  verb: string | null,
  offer?: true,
): ActionForm {
  return { kind, at: offset + m.index + m[0].length - m[1].length, verb, ...(offer ? { offer } : {}) };
}

const STRONG_HINT =
  /\b(?:should|will|must|shall|agree[sd]?|recommend\w*|suggest\w*|ask(?:ed|s)?|order(?:ed|s)?|direct(?:ed|s)?|require[sd]?|requested|undert\w+|propose[sd]?|intends?|needs?|to\s+be|there|process|remedy|remedies|would|that|offered|accept(?:s|ed)|committed)\b/i;
/** "The Council has made an offer for the distress caused to Ms D": an offer made now, for the injustice
 *  (not "The Council made an offer of final accommodation in May 2023", "made an offer to the developer"). */
const HAS_MADE_AN_OFFER_SOURCE = String.raw`(?<=\bha(?:s|ve)\s+(?:now\s+|also\s+)*)made\s+an?\s+(?:(?:financial|goodwill|symbolic|further)\s+)?offer\s+(?:for\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:distress|time|trouble|upset|frustration|inconvenience|injustice|uncertainty|impact)|to\s+(?:recognise|acknowledge|remedy|reflect))\b`;
const HAS_MADE_AN_OFFER = new RegExp(HAS_MADE_AN_OFFER_SOURCE, 'i');

/** Does the sentence hold any action verb form (or, in an action section, an action noun)? */
const RECOMMENDED_REMEDY = new RegExp(
  `\\b(?:recommend(?:s|ed)?|suggest(?:s|ed)?)\\s+(?:that\\s+)?${REMEDY_NOUN_SOURCE}`,
  'i',
);
function hasActionWord(s: string, inActionSection: boolean): boolean {
  if (containsActionVerb(s)) return true;
  // "We have recommended a symbolic payment to recognise ...": a remedy named after the recommending verb
  if (RECOMMENDED_REMEDY.test(s)) return true;
  if (HAS_MADE_AN_OFFER.test(s)) return true;
  // "Staff have been asked to request ...": the asking is the action (a reminder to staff)
  if (inActionSection && /\b(?:been|were|was)\s+(?:asked|told|advised|instructed)\s+to\s/i.test(s))
    return true;
  return inActionSection ? ACTION_NOUN_START.test(s.trim()) || /£/.test(s) : /£/.test(s);
}

function imperativeStart(s: string): boolean {
  const m = /^\W{0,4}([A-Za-z][a-z-]+)/.exec(s);
  return m !== null && presentActionVerb(m[1]) !== null && !nounAtStart(m[1], s.slice(m.index + m[0].length));
}
/**
 * The first word of a sentence is a noun, not an imperative, when what follows says so: its
 * participle ("Refunds issued late are ...", "Refund made through ..."), a verb of its own
 * ("Processes had been put in place"), or no object after a word that is as often a noun ("Process
 * maps show ...", "Commission for Local Administration").
 */
const VERB_AFTER =
  /^\s+(?:made|issued|given|paid|sent|provided|processed|received|offered|agreed|had|has|have|was|were|is|are|will|would)\b/i;
function nounAtStart(word: string, after: string): boolean {
  return VERB_AFTER.test(after) || !verbWithObject(word, after);
}
/**
 * A committee's decision in the infinitive that gives a remedy ("To make a payment of £1500 ...",
 * "To implement, as soon as possible: -", "To note and approve officers' compensatory payments ..."),
 * not a report's purpose ("To outline the findings ...").
 */
const COMMITTEE_DECISION_TO =
  /^to\s+(?:note\s+and\s+)?(pay|make|apologi[sz]e|refund|reimburse|waive|award|offer|implement|approve(?=\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:payments?|compensation|apology|refund)\b))\b(?!\s+(?:the\s+)?(?:committee|council|cabinet|members|panel|board)\b)/i;
const MEETING_RESOLVES =
  /^that\s+(?:the\s+)?(?:cabinet|committee|sub-committee|panel|members|executive|board)\s+(?:notes?|considers?|receives?|adopts?|endorses?|approves?|agrees?|accepts?|comments?\s+on)\s+(?:this|the|its)\s+(?:(?:ombudsman[\u2019']s\s+)?report|recommendations?|response|decision|findings)\b/i;
const APPROVAL_GIVEN =
  /^that\s+approval\s+be\s+given\s+(?:to|for)\s+(?:the\s+)?(?:(?:carrying\s+out|undertaking|commissioning)\s+of\s+)?(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:review|audit|payment|apology|training|investigation|action\s+plan)\b)/i;
/** An item of an action list in shorthand: "i. Planning officers to make a written log of all site visits". */
const ASSIGNED_TO =
  /^(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:officers?|staff|teams?|managers?|council|service|department|directorate|landlord)\s+to\s+([a-z]+)\b/i;
/** A resolution's item in the present, its "that" left out after the lead-in: the organisation and a
 *  present verb (1), or a noun phrase with no clause verb in it and a present passive (2, its verb 3). */
const PRESENT_RESOLUTION =
  /^(?:the\s+(?:council|local\s+authority|authority|landlord|service)\s+([a-z]+s)\b|(?:an?|the|any|all)\s+(?:(?!(?:that|which|who|when|where|while|if|ensure|should|will|must|would|can|could|may|has|have|had|was|were)\b|[a-z]+ed\s)[\w'\u2019&-]+\s+){0,12}?((?:is|are)\s+(?:(?:also|then|jointly|promptly)\s+)?([a-z]+ed|[a-z]+en|sent|set|held|kept|made|paid|put|met|given|taken)\b))/i;
/** A resolution whose subject is the organisation and whose verb is in the subjunctive ("That the Council review"). */
const RESOLVED_THAT =
  /^(?:(?:agreed|agrees|resolved|resolves|requested|requests|recommended|recommends)\s*[:\-\u2013\u2014]?\s+)?that\s+(?:the\s+)?(?:council|local\s+authority|authority|landlord|service)\s+(?:(?:should|will|must|shall)\s+)?(?:(?:also|now|urgently|promptly)\s+)?([a-z]+)\b/i;
const LEAD_STRIP =
  /^(?:(?:it|the\s+council)\s+(?:also\s+)?(?:said|says|confirmed|explained|stated)\s+(?:that\s+)?(?:the\s+council\s+had\s*:?\s*)?|[-\u2013\u2022*]\s*)?(?:(?:also|further(?:more)?|additionally|finally|secondly|thirdly|firstly|and|then|in\s+addition|to\s+remedy\s+(?:this|the|their|her|his)\s+injustice|to\s+prevent\s+(?:the\s+)?(?:faults?|this|recurrence)\s+(?:occurring|happening)\s+again|to\s+put\s+things\s+right|as\s+a\s+result|as\s+an\s+outcome\s+to\s+this\s+complaint|following\s+(?:the|this)\s+(?:investigation|complaint)|in\s+future|going\s+forward|(?:within|no\s+later\s+than)\s+(?:(?!\b(?:will|should|must|shall|agreed|agrees|has|have|is|are)\b)[^,;]){2,60}?(?=,)|(?:once|after|when)\s+(?:the|this|that|its)\s+[^,;]{2,60}?\s+(?:has|have)\s+been\s+(?:completed|carried\s+out|done|finished|agreed)(?=,)|by\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[a-z]+\s+\d{4}(?=,))\s*,?\s*)*/i;
const MODAL = new RegExp(
  String.raw`\b((?:(?:has|have)\s+)?(?:agreed(?:\s+(?:to|with))?|accepted)\s+(?:the\s+|our\s+|my\s+|its\s+)?(?:ombudsman[\u2019']s\s+)?recommendations?\s+(?:to|that\s+(?:it|they|the\s+(?:council|landlord)))|(?:has|have)\s+agreed(?=\s+(?:apologi[sz]e|pay|make|review|refund|reimburse|reconsider|reassess)\b)|\bagreed(?=\s+apologi[sz]e\b)|should|will|must|shall|(?:is|are)\s+to|needs?\s+to|(?:has|have)\s+(?:now\s+|also\s+)?agreed?\s+to|(?:has|have)\s+agreed\s+(?:the\s+need\s+)?to|agreed\s+to|agrees\s+to|(?<!\b(?:to|not|cannot|would|could|might|will|shall|should|must|may|also|never|I|we|you)\s)agree\s+to|undert(?:ook|akes)\s+to|(?:is|are|was|were)\s+(?:also\s+|further\s+)?(?:required|asked|expected|directed|ordered)\s+to|(?:has|have)\s+(?:been\s+)?(?:asked|offered|undertaken)\s+to|propose[sd]?\s+to|intends?\s+to|(?:has|have)\s+(?:also\s+|now\s+)?committed\s+to|agreed\s+(?:an?|the)\s+(?:suitable\s+|appropriate\s+|proportionate\s+|further\s+)?remed(?:y|ies)\s+to(?!\s+(?:address|put|reflect|recognise|recognize|acknowledge|remedy|resolve|compensate|make\s+up)\b)|to\s+be)\s*(?:(?:also\s*)?,\s*(?:also\s*,?\s*)?(?:within|by|no\s+later\s+than|as\s+soon\s+as)\b[^,]{2,80},\s*|,\s*(?:however|therefore|also|in\s+addition|nevertheless|though),\s*|,\s+(?=[a-z]+\s)|(?<=\bto)\s+${DEADLINE_PHRASE_SOURCE}\s+to\s+|(?<!\bto)\s+${DEADLINE_PHRASE_SOURCE}\s*,?\s+|:?\s)(?:(?:also|now|then|therefore|promptly|urgently|immediately|further|clearly|properly|fully|formally|first|again|in\s+future|consistently|periodically|regularly|always|jointly|both|separately|personally|each)\s+)*(?:(be)\s+(?:(?:also|now|fully|properly|clearly|promptly|formally)\s+)?([\w-]+)|([\w-]+))`,
  'gi',
);
/** The organisation opening the sentence, with a first clause of its own before the verb that follows
 *  ("The Care Provider accepted some fault, apologised, offered £200", "The Council has now refunded the
 *  fee and has agreed to ..."); not an organisation named later ("Mr C wrote to the Council and offered ..."). */
const ORGANISATION_OPENS = String.raw`^(?:[^,.]{0,40},\s*)?the\s+${ORGANISATION_NOUN_SOURCE}\s+[^.;:]{0,80}?(?:,|\s+and)`;
/** The organisation has agreed to ... (then the remedy noun or the task). */
const AGREED_TO = String.raw`(?:\b${ORGANISATION_SOURCE}|${ORGANISATION_OPENS})\s+(?:has\s+|have\s+)?(?:also\s+|now\s+|therefore\s+)?agreed\s+to\s+`;
/**
 * "The Council offered to cancel the charges.": the organisation's offer to act is the remedy the
 * Ombudsman accepts ("The Care Provider upheld the complaint and offered to reimburse ..."), unless
 * the sentence says it was refused or not carried out ("offered to meet Mrs D but she declined").
 * The subject is the organisation, not a person ("she offered to ...").
 */
export const OFFERED_TO_ACT = new RegExp(
  String.raw`(?:\b(?:${ORGANISATION_SOURCE}|they)|${ORGANISATION_OPENS})\s+(?:has\s+)?(?:also\s+|now\s+)*(?:offered|offers)\s+to\s+([a-z]+)\b(?![^.]*\b(?:but|however|although|though|declined|refused|rejected|turned\s+down|did\s+not\s+(?:accept|do|follow))\b)`,
  'i',
);
/** "The Council has offered a suitable payment ...", "it offered £150 ...", "has offered a fresh
 *  in-person hearing", "The care provider accepted some fault, apologised, offered £200 ...", "has
 *  made an offer for the distress caused": a remedy offered by name ("a financial remedy"; not "a
 *  suitable remedy", which names none). */
const OFFERED_REMEDY = new RegExp(
  String.raw`(?:\b${ORGANISATION_SOURCE}|${ORGANISATION_OPENS})\s+(?:has\s+)?(?:also\s+)?(?:now\s+)?(${HAS_MADE_AN_OFFER_SOURCE}|offered\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'\u2019-]*\s+|him\s+|her\s+|them\s+)?(?:(?:a|an|the|some)\s+)?(?:suitable\s+|fair\s+|appropriate\s+|further\s+|additional\s+|extra\s+|symbolic\s+|financial\s+|written\s+|full\s+|partial\s+|goodwill\s+)*(?:payment|apology|refund|reimbursement|sum|compensation|recompense|(?<=(?:financial|symbolic)\s)remedy|£\s?\d|(?:fresh|new|further)\s+(?:[\w-]+\s+){0,2}?(?:hearing|appeal|assessment|reassessment|review|decision)\b))(?![^.]*\b(?:but|however|although|though|${REFUSED_SOURCE})\b)`,
  'i',
);
/** "We ... welcome its offer of £500 to Mrs B", "I accept the Council's offer to reassess": the Ombudsman takes up the offer. */
const WELCOMED_OFFER =
  /^(?:[^,.]{0,60},\s*)?(?:we|I)\s+(?:(?:also|therefore|now)\s+|[^.]{0,120}?\band\s+(?:(?:also|therefore)\s+)?)(?:welcome[sd]?|accept(?:s|ed)?)\s+(?:its|the\s+(?:council|landlord)[\u2019']s)\s+(offer\s+(?:of\s+(?:an?\s+)?(?:£\s?\d|payment|apology|refund|remedy)|to\s+[a-z]+))(?![^.]*\b(?:but|however|although|though|not)\b)/i;
/**
 * An outcome cell of a committee paper's table that PDF text extraction ran into the action cell
 * beside it ("Maladministration Apologise to Mrs X ...", "Upheld Review the policy ..."): the
 * outcome, then a capital letter (case-sensitive on purpose).
 */
export const OUTCOME_CELL =
  /^(?:Maladministration(?:\s+and\s+[Ii]njustice)?|Fault(?:\s+and\s+[Ii]njustice)?(?:\s+found)?|Injustice|(?:Partly\s+|Not\s+)?[Uu]pheld|No\s+fault(?:\s+found)?)\s+(?=[A-Z])/;
/**
 * A remedy noun and its participle, with no verb of its own: "Apology given.", "£300 payment made".
 * What follows the participle is a complement ("to Mrs X on 3 May"), not a clause with its own
 * verb ("Apologies given in time were counted ..."), and not the Ombudsman's own apology; an
 * offer alone is not a remedy done.
 */
const REMEDY_DONE =
  /^(?:an?\s+|written\s+|formal\s+|£\s?\d[\d,]*(?:\.\d{2})?\s+)*(?:apology|apologies|payment|refund|compensation|financial\s+remedy|remedy\s+payment)(?:\s+(?:and|&)\s+(?:an?\s+)?(?:£\s?\d[\d,]*(?:\.\d{2})?|apology|payment|refund)(?:\s+(?:payment|refund|compensation))?)?\s+(?:given|made|paid|sent|provided|issued|agreed|offered(?=\s+and\s+accepted\b))\b(?![^.;]*?\b(?:is|are|was|were|has|have|had|will|would|shall|should|must|can|could|may|might|to\s+be|rose|fell|remains?|remained|became|in\s+error|by\s+(?:the\s+)?(?:LGSCO|LGO|(?:housing\s+|local\s+government\s+(?:and\s+social\s+care\s+)?)?ombudsman))\b)[^.;]{0,60}[.;]?\s*$/i;
/** An apology given in so many words ("offered her sincere apologies", "gave a full apology"). */
const APOLOGY_GIVEN =
  /\b(?:offered|gave|extended|made|issued|expressed)\s+(?:(?:her|his|their|its|our|a|an|the)\s+)?(?:(?!(?:that|no|not|why|whether|concern|disappointment|regret)\b)[\w-]+,?\s+){0,4}?apolog(?:y|ies)\b/i;
const REMEDY_OFFERED =
  /^(?:an?\s+|written\s+|formal\s+|£\s?\d[\d,]*(?:\.\d{2})?\s+)*(?:apology|apologies|payment|refund|compensation|financial\s+remedy|remedy\s+payment)\s+(?:was\s+|were\s+)?offered\b(?!\s+and\s+accepted\b)/i;
/**
 * "agreed action(s) / steps / a remedy ... including": what follows "including" is the action; so
 * after a remedy agreed in general, "This will include reviewing its decision".
 * Not "had agreed" (history: "In 2019 the Council had agreed a remedy including ...").
 */
const AGREED_INCLUDING =
  /(?<!\bhad\s+)\b(?:has\s+|have\s+)?agreed\s+(?:to\s+take\s+|to\s+)?(?:(?:some|further|several|the\s+following|an?)\s+)?(?:package\s+(?:of|or)\s+)?(?:action|actions|steps|a\s+remedy|remedies|remedial\s+action)\b[^.;:]{0,80}?\b(?:including|which\s+include[sd]?|such\s+as)\s+/i;
/** "has agreed to a financial payment in recognition of ...", "agreed to an apology": a remedy agreed by its noun. */
const AGREED_TO_REMEDY = new RegExp(
  String.raw`${AGREED_TO}(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:payments?|apolog(?:y|ies)|refund|reimbursement|reassessment|compensation)\b(?!\s+(?:plan|schedule|terms|arrangement|agreement)\b))`,
  'i',
);
/** "It has agreed to initiate Stage 2", "has agreed to reconcile the account": verbs that name no action
 *  on their own ("Her son will move school") but do once the organisation has agreed to them. */
const AGREED_TO_TASK = new RegExp(String.raw`${AGREED_TO}(initiate|reconcile|reach|place|move)\b`, 'i');
const REMEDY_GERUND =
  /^(?:refund|repay|reimburs|pay|apologis|apologiz|reassess|review|reconsider|backdat|waiv|cancel|mak|offer|provid|arrang|complet)/i;
const REMEDY_LIST =
  /\b(?:is|are|would\s+be|was|were)\s+(?:an?\s+)?(?:satisfactory|suitable|appropriate|proportionate|fair|reasonable|sufficient|adequate)\s+remed(?:y|ies)\b|\bremed(?:y|ies)\s+(?:the|this|that|her|his|their|its|any|some\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:injustice|frustration|distress|uncertainty|inconvenience|upset|harm|loss|time\s+and\s+trouble)\b/i;

const TURNED_DOWN = new RegExp(String.raw`\b(?:${REFUSED_SOURCE}|did\s+not\s+accept)\b`, 'i');
const SUITABLE_RESPONSES =
  /\b(?:is|are|was|were)\s+(?:an?\s+)?(?:satisfactory|suitable|appropriate|proportionate|reasonable)\s+responses?\b/i;
const PROPOSED_BY_IT =
  /^(?:the\s+(?:council|landlord|care\s+provider|provider)[\u2019']s\s+|its\s+)(?:proposed|offered|suggested)\s+/i;
/** "The agreed action to make procedural changes, send a written apology ... and pay £300 remedies ...". */
const AGREED_ACTION_TO = /^(?:the\s+)?(?:agreed|proposed|recommended)\s+actions?\s+(?:to|of)\s+[a-z]+/i;
/** "An apology and a payment is satisfactory remedy", "Carrying out a reassessment and backdating
 *  any overpayment remedies the injustice": the sentence opens with the remedy, nouns or gerunds. */
function remedyListed(sentence: string): boolean {
  // (the organisation's own proposal, which the Ombudsman accepts: "The Council's proposed personal
  // remedy and action plan are suitable responses")
  const s = sentence.replace(PROPOSED_BY_IT, '');
  if (!REMEDY_LIST.test(sentence) && !(s !== sentence && SUITABLE_RESPONSES.test(sentence))) return false;
  const gerund = /^([a-z]+ing)\b/i.exec(s);
  return (
    ACTION_NOUN_START.test(s) ||
    (s !== sentence && /^(?:personal|individual)\s+remed(?:y|ies)\b/i.test(s)) ||
    (gerund !== null && actionVerb(gerund[1]) !== null) ||
    AGREED_ACTION_TO.test(s)
  );
}

/** "An apology and a payment is satisfactory remedy", "A payment remedies the injustice": the
 *  Ombudsman names the remedy the organisation agreed, as a list of nouns. */
export function namesRemedy(sentence: string): boolean {
  const s = sentence.replace(/\s+/g, ' ').trim();
  return remedyListed(s) || namedRemedyAt(s) !== null;
}

/** What a remedy named as a noun starts with (verbs.ts REMEDY_NOUN_SOURCE). */
const REMEDY_NOUN = new RegExp(`^${REMEDY_NOUN_SOURCE}`, 'i');
/**
 * The Ombudsman names the remedy as nouns: "the Council's proposed actions of an apology,
 * cancellation of care fees and a symbolic payment provides a suitable remedy", "This comprises an
 * apology and symbolic payment", "Recommendations for an individual remedy and service improvements
 * are made", "Service improvement is recommended.", "We have agreed service improvements with the
 * Council and a symbolic payment".
 */
const NAMED_REMEDY =
  /\b(?:actions?|remed(?:y|ies)|recommendations?)(?:\s+(?:it|the\s+(?:council|landlord))\s+(?:has|had)\s+(?:already\s+)?(?:proposed|offered|suggested))?\s+(?:of|for|including|comprising)\s+|\b(?:has|have)\s+(?:now\s+|also\s+|already\s+)?agreed\s+(?=(?:(?:some|further|additional|several)\s+)?(?:service\s+)?improvements\b|an?\s+(?:[\w-]+\s+)?(?:apology|payment)\b)|\b(?:this|which|the\s+(?:agreed\s+)?remedy|the\s+agreed\s+action)\s+(?:comprises|consists\s+of|includes|(?:will|would|should)\s+(?:also\s+)?include)\s+|^(?:this|these)\s+included\s+(?:(?:providing|giving|offering)\s+(?:(?:him|her|them|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]\w*)\s+)?(?:with\s+)?)?|^(?=(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:improvements?|remed(?:y|ies)|apology|payment|training)\s+(?:is|are)\s+(?:also\s+)?(?:recommended|made|agreed|proposed)\b)/i;
/** Where a remedy named as nouns starts in the sentence, or null. */
export function namedRemedyAt(s: string): number | null {
  const m = NAMED_REMEDY.exec(s);
  if (!m) return null;
  const at = m.index + m[0].length;
  // (or a remedy's gerund: "This will include reviewing its decision", "the action it proposed of
  // waiving some fees"; not the law's "This includes considering the carer's own needs")
  const gerund = /^([a-z]+ing)\b/i.exec(s.slice(at));
  const remedyGerund =
    (/^(?:this|which|the)\b/i.test(m[0]) ||
      /^actions?\s+(?:(?:it|the\s+\w+)\s+(?:has|had)\s+.*\s+)?of\s*$/i.test(m[0])) &&
    gerund !== null &&
    actionVerb(gerund[1]) !== null &&
    REMEDY_GERUND.test(gerund[1]);
  return REMEDY_NOUN.test(s.slice(at)) || remedyGerund ? at : null;
}
/** "work was underway to review the terms of its tenancy agreement": a task in progress. */
const WORK_UNDERWAY =
  /\bwork\s+(?:was|is|has\s+been|had\s+been)\s+(?:now\s+|already\s+)?(?:under\s*way|ongoing|in\s+progress)\s+to\s+([a-z]+)\b/i;
const IN_PROGRESS =
  /\b(?:is|are|would\s+be|will\s+be)\s+(?:already\s+|currently\s+|now\s+|also\s+)*(?:in\s+the\s+process\s+of\s+|working\s+on\s+)?([a-z]+ing)\b/gi;
const PARTICIPLE =
  /^(?:[a-z]+ed|been|done|made|taken|given|seen|known|thought|brought|sought|told|paid|sent|kept|left|put|got|had|written|shown|found|held|met|set|said|spent|understood|gone|come|become|taught|caught|felt|heard|meant|lost|won|begun|chosen|drawn|driven|fallen|forgotten|hidden|spoken|withdrawn|undertaken)$/i;
const THERE_WILL_BE =
  /\bthere\s+(?:will|would|should)\s+(?:also\s+)?be\s+(?:an?\s+|more\s+|regular\s+|new\s+)?([a-z]+)/i;
const UNDER_REVIEW =
  /\b(?:is|are)\s+(?:now\s+|currently\s+)?under\s+review\b|\b(?:is|are)\s+being\s+(?:undertaken|implemented|developed|introduced|reviewed|updated|rolled\s+out|put\s+in\s+place)\b/i;
/** "The payment to Mr Y is slightly larger than ...", "The payment to Mrs H is in addition to the refund". */
const PAYMENT_COMPARED =
  /^(?:the|this|that)\s+payments?\s+(?:to|for)\s+[^.]{1,40}?\s+(?:is|are|was|were)\s+(?:slightly\s+|much\s+|a\s+little\s+)?(?:larger|smaller|higher|lower|more|less|greater|bigger|in\s+addition)\b/i;
const INDIRECT_QUESTION =
  /\b(?:explain(?:s|ed|ing)?|show(?:s|ed|ing)?|know|understand|decide[sd]?|ask(?:s|ed|ing)?|tell(?:s|ing)?|told|say|said)\s+(?:\w+\s+)?(?:how|whether|why|what|when)\b[^.;:]*$|\bconsider(?:s|ed|ing)?\s+(?:how|whether|what|when|if)\b[^.;:,]*$/i;
/** The organisation's own clause starts right before the modal: "... and will refund", ", and the Council will". */
const OWN_CLAUSE_BEFORE = new RegExp(
  String.raw`(?:(?:,|\band|\bbut|\bso)\s+(?:${ORGANISATION_SOURCE}|we)\s+|\b(?:and|but|so)\s+)(?:(?:also|therefore|then|now)\s+)*$`,
  'i',
);
/** "has agreed not to withhold ...", "has agreed to not pursue ..." (not a past "agreed not to" in the
 *  story of the complaint); the organisation's subject is left to the caller. */
const AGREED_NOT_TO =
  /\b(?:has|have)\s+(?:also\s+|now\s+)*agreed\s+(?:not\s+to|to\s+not)\s+([a-z]+)\b|\b(?:the\s+(?:council|landlord|authority|provider)|it)\s+(?:will|should|must)\s+(?:also\s+)?not\s+(?:seek\s+to\s+)?(charge|recharge|recover|pursue|enforce|withhold|deduct)\b/i;
const NOT_AFTER_MODAL = /^(?:not|need|like|it|this|that|there)$/i;
const PURPOSE_SUBJECT = /(?:^|[\s,;(])(?:this|that|these|those|which|who|what|there|it\s+is|this\s+is)\s*$/i;
/**
 * Reported speech in a committee paper or minute: what the organisation "would" do is its
 * commitment ("The Council would work with the supplier to ...", "The council had accepted the
 * recommendations and would provide the family with ..."); the subject is the organisation
 * or one of its services, not a person or "they", and not a hypothesis ("would have").
 */
const REPORTED_COMMITMENT =
  /\b[Tt]he\s+(?:[Cc]ouncil|[Aa]uthority|[Ll]ocal\s+[Aa]uthority|[Ll]andlord|[Ss]ervice|[Dd]epartment|(?:[A-Z][\w&'\u2019-]*\s+){1,4}(?:[Tt]eam|[Ss]ervice|[Dd]epartment))(?:\s+(?:had|has)\s+[^.]{0,120}?\s+and)?\s+would\s+(?:now\s+|also\s+|in\s+future\s+)*([a-z]+)\b(?!\s+(?:have|been|be)\b)/;
/** "Refresher training on responding to complaints would take place for all services." */
const REPORTED_PROVISION =
  /^(?:[\w-]+\s+){0,3}?(?:training|briefings?|workshops?|(?:a|the)\s+review|an?\s+audit|guidance|procedures?|process(?:es)?|polic(?:y|ies)|timeline|(?:action\s+)?plan|checklist)\b[^.]{0,80}?\bwould\s+(?:also\s+)?(?:take\s+place|be\s+(?:provided|delivered|arranged|carried\s+out|undertaken|introduced|given|issued|held|implemented|put\s+in\s+place|developed|updated|revised|reviewed))\b/i;
const ASKED_AN_OFFICER =
  /\b(?:had|has|have)\s+(?:also\s+)?asked\s+(?:the|its|our)\s+(?:new\s+|interim\s+|acting\s+)?(?:[\w-]+\s+){0,3}?(?:officers?|director|executive|manager|head|team|service|department)(?:\s+(?:of|for)(?:\s+[\w&-]+){1,4}?)?\s+to\s+([a-z]+)\b/i;
const HEARSAY =
  /\b(?:says?|said|saying|complain(?:s|ed)?|claims?|claimed|wants?|wanted|(?<!\b(?:council|landlord|authority|provider|it|we|I)\s)would\s+like|believes?|believed|felt|feels|argues?|argued|asked\s+(?:whether|if)|(?:told|informed)\s+(?:[\w'\u2019]+\s+){1,5}that|alleged?|thinks?|hoped?|expected\s+that|policy\s+(?:says|states)|guidance\s+(?:says|states)|law\s+says|(?:act|regulations?|code|statutory\s+guidance)\s+(?:says|states|requires|sets\s+out|explains|provides))\b[^.]*$/i;
/**
 * In a committee paper or minute everything is reported speech ("He said compensation of £7,000 had
 * been paid"): only what a complainant says, claims or wants is hearsay there.
 */
/** Three or more words, each word of four letters or more capitalised, and no full stop. */
const TITLE_LINE =
  /^(?=(?:\S+\s+){2,})(?!.*[.;:]$)(?:(?:[A-Z][\w'\u2019-]*|[a-z]{1,3}|[&\u2013-]|\d[\w/]*)(?:\s+|$))+$/;
const COMPLAINANT_HEARSAY =
  /\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'\u2019-]*|(?:the\s+|her\s+|his\s+|their\s+)?(?<!\b(?:council|council[\u2019']s|its|our)\s)(?:complainants?|residents?|tenants?|famil(?:y|ies)|parents?|customers?|daughters?|sons?|mother|father|husband|wife|solicitors?|advocates?|representatives?|relatives?))(?:[\u2019']s?\s+(?:daughter|son|mother|father|solicitor|advocate|representative))?\s+(?:\w+\s+){0,2}?(?:says?|said|told|informed|would\s+like|believes?|believed|felt|feels|argues?|argued|thinks?)\b[^.]*$|\b(?:complain(?:s|ed)?|claims?|claimed|(?:(?<!\b(?:leader|council|director|executive|officers?|members?|cabinet|chair(?:man)?|mayor)\s)(?:wants?|wanted)|(?:wants?|wanted)(?=\s+to\s+(?:know|ask|understand|find\s+out|clarify|query)\b))|alleged?|hoped?|expected\s+that|anticipated?\s+that|likely\s+that|(?:act|regulations?|code|statutory\s+guidance)\s+(?:says|states|requires|sets\s+out|explains|provides))\b[^.]*$/i;
const RECOMMEND =
  /^(?:he|she)\s+(?:has\s+|also\s+)*recommended\s+(?:that\s+)?(?=the\s+(?:council|landlord|local\s+authority)\s)|^(?:the\s+ombudsman|we|I)\s[^.]{0,200}?\band\s+(?:also\s+)?recommends?\s+(?:that\s+)?(?=(?:it|the\s+(?:council|landlord))\s)|\b(?:I|we|the\s+(?:panel|investigat\w+(?:\s+officer)?|ombudsman|independent\s+(?:person|investigating\s+officer)|IO|IIO|reviewer|adjudicator)|it\s+(?:is|was)|(?:has|have)\s+been)\s+(?:also\s+|therefore\s+|further\s+|now\s+|would\s+|have\s+|had\s+|did(?:\s*,\s*however\s*,\s*|\s+))*(?:recommend(?:s|ed)?|suggest(?:s|ed)?)\b|^the\s+(?:Housing\s+)?Ombudsman\s+(?:has\s+)?(?:also\s+)?(?:ordered|directed|required)\s+(?:that\s+)?(?=(?:the\s+)?(?:council|landlord|local\s+authority|it)\s+(?:to\s+)?[a-z]+)|\b(?:I|we)\s+(?:have\s+)?(?:also\s+|therefore\s+|then\s+)*(?:asked|ask|order|ordered|direct|directed|require|required)\s+(?:that\s+|to\s+(?=the\s))?(?:the\s+)?(?:council|landlord|it|local\s+authority|you)\b|\b(?:I|we)\s+(?:have\s+)?(?:also\s+|instead\s+)?(?:asked|instructed|directed)\s+(?:the\s+|our\s+)?(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|and|for)\s+)?){1,5}to(?=\s)|\brecommendations?\s+(?:is|are|was|were)\s+that\b|\brecommendation\s+made\s+that\b|\bmade\s+(?:a\s+)?recommendations?\s+(?:that\s+)?(?=(?:the\s+)?(?:council|landlord|it)\s+[a-z]+)|\b(?:has|have)\s+(?:also\s+)?asked\s+(?:the\s+council|the\s+landlord|it|you)\s+to\b|^(?:the\s+)?(?:LGSCO|LGO|(?:housing\s+|local\s+government\s+(?:and\s+social\s+care\s+)?)?ombudsman)\b[^.]{0,200}?\b(?:had\s+|has\s+)?(?:also\s+)?asked\s+(?:the\s+)?(?:council|landlord|authority)\s+to\b|(?:^(?:in\s+[^,.]{1,60}?\s+)?|,\s*)(?:the\s+)?(?:LGSCO|LGO|HOS|(?:housing\s+|local\s+government\s+(?:and\s+social\s+care\s+)?)?ombudsman)(?:\s+[a-z]+ly|\s*,[^,.]{1,80},)?\s+(?:had\s+|has\s+)?(?:also\s+)?(?:asked|ordered|directed|required|instructed)\s+(?:the\s+)?(?:council|landlord|authority)\s+to\b|\b(?:the\s+council|it|we)\s+(?:has|have)\s+(?:also\s+)?requested\s+that\b|\b(?:I|we)\s+(?:consider|think|feel|believe)\s+it\s+(?:is\s+)?(?:appropriate|right|fair|reasonable|necessary)\s+to\s+recommend(?:\s+that)?\b/i;
const IMPLEMENTED =
  /\b(?:has|have|had)\s+(?:now\s+|also\s+|since\s+|already\s+|recently\s+|subsequently\s+)*(?:been\s+)?(?:now\s+|also\s+)?([a-z][\w-]+)\b|\b(?:was|were)\s+(?:now\s+|also\s+|then\s+)?(?:being\s+(?=(?:undertaken|carried|completed|developed|delivered|implemented|rolled|updated|introduced|revised|amended|rewritten)\b))?([a-z][\w-]+)\b/gi;
/** "<the organisation> has reminded staff ... and" before a modal: a task done, then the one to do. */
const DONE_THEN_MODAL = new RegExp(
  String.raw`^${ORGANISATION_SOURCE}\s+(?:has|have)\s+(?:now\s+|also\s+)?([a-z]+ed)\b[^.;:]*?,?\s+and\s+$`,
  'i',
);
/** A subject that is an aim or a table of figures, not someone who acts. */
const AIM_OR_FIGURES_SUBJECT =
  /(?:^|[.:;]\s*|\b(?:and|but)\s+)(?:(?:the|its|our|their|this|these|those)\s+)?(?:main\s+|overall\s+)?(?:(?:purpose|aims?|objective|intention)(?:\s+of\s+(?:[\w'\u2019-]+\s+){1,6}?)?|(?:figures|statistics|data|numbers|totals?|table|chart|graph)(?:\s+(?:below|above))?)\s*$/i;
/** A relative clause on a place or a case: "areas where changes to procedures need to be made". */
const WHERE_CLAUSE =
  /\b(?:areas?|cases?|ways?|points?|matters?|situations?|places?)\s+(?:where|in\s+which)\s+[^,.;]*$/i;
/** The law as the agent of a change: "... by the Children Act 1989 Representations Procedure Regulations 2006". */
const LAW_AGENT =
  /^[^.;]{0,60}?\bby\s+(?:(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+|\([A-Z][\w ]*\)\s+|and\s+|\d{4}\s+){0,16}?(?:Act|Regulations|Order|Rules)\b|Parliament\b|(?:the\s+)?Government\b|legislation\b)/;
/** A time before something was done: "prior to any new procedures being put in place". */
const NOT_YET_BEFORE =
  /\b(?:prior\s+to|before|until|pending)\s+(?:any\s+|the\s+)?(?:new\s+|revised\s+|these\s+)?(?:procedures?|polic(?:y|ies)|systems?|arrangements?|changes?|processes?|measures?)\s+(?:being|were|was|are|is|had\s+been)?\s*$/i;
const NON_ACTION_PARTICIPLE =
  /^(?:began|begun|commenced|started|reported|received|found|considered|satisfied|concerned|unable|able|aware|based|caused|delayed|failed|identified|received|upheld|investigated|closed|determined|decided|made\s+aware|told|asked|given|expected|reported|referred|signposted|involved|required|explained|advised|informed|noted|said|accepted|completed|concluded|refused|placed|discontinued|approached)$/i;
const NOT_ACTION_SENTENCE =
  /\b(?:have|has)\s+taken\s+reflection\b|\bidentified\s+(?:further\s+)?learning\s+around\b|\b(?:make|take|implement)\s+(?:some\s+)?(?:service\s+)?improvements\s+to\s+learn\s+(?:wider\s+)?lessons\b|^(?:no\s+recommendations?|none|n\/a|not\s+applicable|no\s+further\s+action|nil|-)\.?$|\b(?:is|are)\s+being\s+(?:explored|considered)\b|\bpossibility\s+of\b|\bunder\s+consideration\b|\bcurrently\s+under\s+consideration\b|^(?:please\s+)?(?:provide|send)\s+(?:us\s+)?(?:with\s+)?evidence\b(?!\s+(?:that\s+)?(?:it|they|the\s+(?:council|landlord))\s+(?:is|are)\s+(?!complying\b|monitoring\s+compliance\b)[a-z]+ing\b)|^(?:in\s+these|in\s+this)\s+particular\s+circumstances|\bagreed\s+to\s+(?:take\s+(?:some\s+|appropriate\s+|further\s+)?action\s+to\s+)?(?:remedy|put\s+right|resolve|address)\s+(?:it|this|that|them|(?:the|his|her|their|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w-]*[\u2019']s)\s+(?:injustice|complaint|matter|impact|faults?))(?:\s+(?:(?:this|that|which|it)\s+(?:has\s+|had\s+)?)?caused)?(?:\s+(?:as\s+(?:we|I)\s+(?:have\s+)?recommended|in\s+line\s+with\s+(?:our|my)\s+recommendations?))?\s*\.?$|^(?:those|these|the|this)\s+(?:[\w-]+\s+){0,3}?(?:caused|led\s+to|resulted\s+in)\b[^.;:]{0,80}?\b(?:which|that)\s+(?:the\s+)?[\w\s]{0,40}?\b(?:has|have)\s+agreed\s+to\s+(?:remedy|put\s+right)\s*\.?$|^(?:(?!apologi|\bpay\b|refund|review|£)[^.])*\b(?:will|to)\s+(?:complete|take|carry\s+out)\s+the\s+(?:actions?|steps|recommendations?)\s+(?:(?:set\s+out|listed|described)\s+)?(?:at|in)\s+paragraphs?\s+\d+(?![\d.]|\s+of\b)[^.;:]*\.?$|\bagreed\s+(?:to\s+(?:provide|offer|make|give|complete|carry\s+out)\s+)?(?:an?|the|some)\s+(?:recommended\s+|proposed\s+|above\s+|suitable\s+|appropriate\s+|extra\s+|further\s+|additional\s+)?(?:remedy|remedies|actions?)(?:\s+for\s+(?:the|this|that|these|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:injustice|faults?|failings?)\b[^.;:\d£]{0,60})?\s*\.?$|^(?![^]*(?:£|\b(?:apologi[sz]e|pay|paid|refund|reimburse|review|reassess|remind|train)\b))[^]*?\b(?:agreed|accepted)\s+(?:to\s+|with\s+)?(?:the\s+|our\s+|my\s+)?(?:ombudsman[\u2019']s\s+)?recommendations?(?:\s+to\s+(?:remedy|resolve|put\s+right|address)\s+(?:it|this|that|them|(?:(?!\bby\b)[^.;:\d£]){0,80}?\b(?:injustice|complaint|matter|impact|faults?|failings?)))?\s*\.?$|\bagreed\s+to\s+take\s+(?:the\s+)?action\s+(?:which|that)\s+the\s+ombudsman\s+(?:regards|considers)\s+(?:as\s+)?(?:providing\s+|to\s+be\s+)?(?:a\s+)?satisfactory\s+remedy(?:\s+for\s+the\s+complaint)?\s*\.?$/i;

/**
 * "The Council had agreed with the request from the Ombudsman for advice to be sent to staff": the
 * thing requested, in the passive, is the action agreed.
 */
const AGREED_REQUEST =
  /\bagreed\s+(?:with|to)\s+(?:the\s+|a\s+|an\s+|our\s+|its\s+)?(?:ombudsman[\u2019']s\s+)?(?:request|recommendation|suggestion|proposal)s?\s+(?:(?:from|of|by)\s+(?:the\s+)?(?:[A-Z][\w\u2019']*\s+){0,6}?)?(?:for|that)\s+((?:[\w\u2019'-]+\s+){1,8}?)(?:to\s+be|should\s+be|would\s+be|be)\s+([a-z]+)\b/i;
const PAGE_LABEL =
  /^(?:\((?:[\w-]+\s+){0,3}(?:attached|enclosed|appended|to\s+follow)\)\s*)?(?:(?:report\s+author|author|contact(?:\s+officer)?|lead\s+officer|publication\s+date|venue|tel(?:ephone)?|e-?mail|wards?\s+affected)\s*:|(?:additional|supporting)\s+documents\s*:?\s*$|$)/i;
/** A subject that says nothing was done: "no compensation (had been paid)", "neither apology". */
const NOTHING_DONE = /\b(?:no|neither)\s+(?:[\w-]+\s+){0,3}(?:(?:has|have|had|was|were)\s+(?:been\s+)?)?$/i;
/** A person, not the organisation, as a subject: "Mrs X", "she", "the family", "her daughter". */
export const PERSON_SUBJECT_SOURCE =
  "(?:^|[\\s,])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+[A-Z][\\w\\u2019'-]*|she|he|(?:the|her|his)\\s+(?:complainants?|famil(?:y|ies)|daughter|son|mother|father|parents?))";
/** A person as the subject right before the verb ("Mrs X accepted ..."). */
const PERSON_BEFORE = new RegExp(
  `${PERSON_SUBJECT_SOURCE}\\s+(?:(?:also|then|now|fully|subsequently)\\s+)?$`,
  'i',
);
/** An agreement in the present perfect, the organisation's current commitment: "has (now) agreed". */
export const AGREED_NOW = /\b(?:has|have)\s+(?:now\s+|also\s+|therefore\s+)?agreed\b/i;
/** A negation or refusal right before a modal or an agreement: "did not", "cannot", "refused to". */
const REFUSED_BEFORE =
  /\b(?:not|never|cannot|can[\u2019']t|won[\u2019']t|(?:refused|refuses|declined|declines|unwilling|reluctant)\s+to|not\s+(?:willing|prepared)\s+to)\s+(?:yet\s+|(?!only\b)\w+ly\s+)?$/i;
const AGREED_AND_DONE =
  /\b(?:(?:has|have)\s+)?(?:agreed\s+to|accept(?:ed|s))\s+(?:the\s+|our\s+|my\s+|its\s+|this\s+|these\s+)?(?:ombudsman[\u2019']s\s+)?(?:recommendations?|findings?)\s+and\s+(?:(?:has|have)\s+)?(?:already\s+|now\s+|since\s+|also\s+)?([a-z]+ed|paid|made|sent|written)\b/i;

/** Words a lead-in may end with: the items that follow are the actions. */
export const LEAD_IN_END =
  /(?:\b(?:will|should|must|shall|to|agreed\s+to|has\s+agreed\s+to|had|has|have|the\s+council|the\s+landlord|the\s+local\s+authority|it|following|follows|below|recommend(?:ed|s)?(?:\s+that)?|that|including|include|actions?|remedy|remedies|steps|within\s+[\w\s]+?(?:decision|report)|[\w\s]+?\b(?:decision|report),?\s+the\s+council\s+(?:will|should|must)|members)\s*[:\u2013\u2014-]|:)\s*$/i;

function firstWord(s: string): { word: string; at: number } | null {
  const m = /[A-Za-z][\w'\u2019-]*/.exec(s);
  return m ? { word: m[0], at: m.index } : null;
}

/**
 * An item of an action list or section written without "That": "1. The Council apologises to Cllr D
 * ...", "6. A programme of training is provided for all councillors ..." (not in a learning section,
 * where the present tells of routine: "The Council monitors response times each month."), or
 * "Planning officers to make a written log ...".
 */
function listItemResolution(body: string, offset: number, learningSection: boolean): ActionForm | null {
  const present = learningSection ? null : PRESENT_RESOLUTION.exec(body);
  const presentVerb = present?.[1]
    ? presentActionVerb(present[1])
    : present?.[3]
      ? pastActionVerb(present[3])
      : null;
  // (a passive's action starts at its verb: the subject may hold an "and", "training on X and the
  // complaints process is provided ...")
  if (present && presentVerb)
    return {
      kind: 'that',
      at: offset + (present[2] ? present[0].lastIndexOf(present[2]) : 0),
      verb: presentVerb,
    };
  const assigned = ASSIGNED_TO.exec(body);
  const assignedVerb = assigned ? presentActionVerb(assigned[1]) : null;
  return assigned && assignedVerb ? atGroup('that', assigned, offset, assignedVerb) : null;
}

/** A company's name ("Think Homecare Ltd"): its words are no reporting verbs. */
const COMPANY_NAME = /\b(?:[A-Z][\w'\u2019&-]*\s+){1,6}(?:Ltd|Limited|plc|PLC|LLP|CIC)\b\.?/g;
/** The condition an action waits on, opening its sentence: "If she wants to see him, ...". */
export const LEADING_CONDITION = /^\s*(?:if|once|where|when)\s[^,;.]{0,160},\s*/i;

/** The last clause of a text (after its last comma, semicolon or "but", "however", "although",
 *  "though", "yet", "so", "and then"): the clause that governs what follows it. */
export function lastClause(text: string): string {
  return text.split(/[,;]|\b(?:but|however|although|though|yet|so|and\s+then)\b/i).pop() ?? '';
}

/**
 * The text before an action or an amount reports what someone says, claims or wants ("Mr X says
 * the Council should ...", "Ms X complains about ... its offer of £2000"); in a committee paper,
 * where everything is reported, only what a complainant says or wants.
 */
export function isHearsay(before: string, pastOutside: boolean): boolean {
  // (a company's name is no reporting verb: "Think Homecare Ltd will reimburse ..."; nor is the
  // condition the action waits on: "If she wants to see him, the council will arrange ...")
  const text = before.replace(COMPANY_NAME, 'the company').replace(LEADING_CONDITION, '');
  return pastOutside ? COMPLAINANT_HEARSAY.test(text) : HEARSAY.test(text);
}

/** Detect the action form of one sentence. `inActionSection` allows the looser forms. */
export function actionForm(
  sentence: string,
  inActionSection: boolean,
  learningSection: boolean,
  /** Accept past-tense "done" actions outside action sections (annual reports report them). */
  pastOutside = false,
): ActionForm | null {
  const hearsay = (before: string): boolean => isHearsay(before, pastOutside);
  // cheap gates: no action verb at all, or (outside action sections) no action wording; a remedy
  // named as nouns ("This comprises an apology and a payment") has neither
  const namesOne =
    /\b(?:recommend|made|agreed|proposed|compris|consist|includ|actions?\s+of)/i.test(sentence) &&
    namedRemedyAt(sentence.replace(/\s+/g, ' ').trim()) !== null;
  const refrains = AGREED_NOT_TO.test(sentence);
  if (!namesOne && !refrains && !hasActionWord(sentence, inActionSection)) return null;
  if (
    !namesOne &&
    !inActionSection &&
    !pastOutside &&
    !STRONG_HINT.test(sentence) &&
    !HAS_MADE_AN_OFFER.test(sentence) &&
    !imperativeStart(sentence)
  )
    return null;
  // same length as the input, so offsets stay valid
  const s = sentence.replace(/\s/g, ' ');
  if (s.trim().length < 6) return null;
  // a title line ("Complaints Made to the Local Government Ombudsman"), not a sentence
  if (!inActionSection && TITLE_LINE.test(s.trim())) return null;
  if (NOT_ACTION_SENTENCE.test(s.trim())) return null;
  // a committee page's labels: "Report author: C Chen", "Contact: J Pugh Tel: 01905 ...", "(Report
  // attached) Additional documents:" (a PDF runs the two lines together)
  if (PAGE_LABEL.test(s.trim())) return null;
  // a hypothesis in the sentence's own clause, not in its purpose ("... to ensure that letters could be traced")
  if (
    /\?$/.test(s.trim()) ||
    HYPOTHETICAL.test(s.replace(PURPOSE_CLAUSE, '').replace(WHAT_MIGHT_HAVE_BEEN, ''))
  )
    return null;
  if (STATISTICS.test(s) || DESCRIPTIVE.test(s.trim())) return null;

  const lead = LEAD_STRIP.exec(s);
  // "Maladministration Apologise to Mrs X ...": a table's outcome cell run into its action cell
  const cell = OUTCOME_CELL.exec(lead ? s.slice(lead[0].length) : s);
  const offset = (lead ? lead[0].length : 0) + (cell ? cell[0].length : 0);
  let body = s.slice(offset);

  if (
    inActionSection &&
    /^(?:also,?\s+)?(?:[^,]{0,120},\s*)?it\s+is\s+(?:important|essential|vital|necessary|expected|required)\s+that\b/i.test(
      body,
    )
  )
    return { kind: 'that', at: offset, verb: null };
  // "That the Council should ..." / "That all social workers are aware ..." (Stage 2/3 style)
  // (not the meeting's own business: "That Cabinet adopt this report as its formal response")
  if (MEETING_RESOLVES.test(body)) return null;
  if (/^that\s+/i.test(body) && inActionSection) return { kind: 'that', at: offset + 5, verb: null };
  // a committee's decision in the infinitive ("Decision: To make a payment of £1500 in lieu of ...")
  if (pastOutside) {
    // (not the report's purpose: "To report the finding ...", "To outline the findings ...")
    const toDo = COMMITTEE_DECISION_TO.exec(body);
    // (approving a payment is making it: "To note and approve officers' compensatory payments")
    const done = toDo ? (presentActionVerb(toDo[1]) ?? (/^approve$/i.test(toDo[1]) ? 'pay' : null)) : null;
    if (toDo && done) return { kind: 'that', at: offset + 3, verb: done };
  }
  // "That approval be given to the carrying out of a full review of ...": the approved task
  const approved = APPROVAL_GIVEN.exec(body);
  if (approved) return { kind: 'that', at: offset + approved[0].length, verb: null };
  // a committee's resolution anywhere: "That the Council review its allocations procedure ..."
  const resolution = RESOLVED_THAT.exec(body);
  if (resolution && presentActionVerb(resolution[1]) && !/^(?:note|notes|consider)$/i.test(resolution[1]))
    return atGroup('that', resolution, offset, presentActionVerb(resolution[1]));
  if (inActionSection) {
    const item = listItemResolution(body, offset, learningSection);
    if (item) return item;
  }
  if (/^for\s+the\s+(?:council|local\s+authority|service|landlord)\s+to\s+(\w+)/i.test(body)) {
    const m = /^for\s+the\s+(?:council|local\s+authority|service|landlord)\s+to\s+(\w+)/i.exec(body)!;
    if (actionVerb(m[1])) return atGroup('that', m, offset, actionVerb(m[1]));
  }

  // "An apology, payment to Ms B and a reminder to officers is satisfactory remedy"
  if (remedyListed(body)) return { kind: 'nominal', at: offset, verb: null };
  const named = namedRemedyAt(body);
  // (not a remedy turned down: "Mrs X rejected the remedy the landlord had offered of a £100 payment")
  if (
    named !== null &&
    !HEARSAY.test(body.slice(0, named)) &&
    !TURNED_DOWN.test(lastClause(body.slice(0, named)))
  )
    return { kind: 'nominal', at: offset + named, verb: null };

  const rec = RECOMMEND.exec(body);
  // "... the apology I have recommended." names no action of its own
  // (nor do questions asked of the council: "We asked the Council questions about its policy")
  const recommendsNothing =
    rec !== null &&
    (/^\s*(?:[.;,)]|$)/.test(body.slice(rec.index + rec[0].length)) ||
      (/\bask(?:ed)?\s/i.test(rec[0]) &&
        /^\s*(?:(?:some|further|more|several|a\s+number\s+of)\s+)?(?:questions?|for\s+(?:its\s+)?(?:further\s+)?(?:comments?|information|views?|documents?|records?|copies|an\s+update))\b(?![^.]*\b(?:and|but)\s+(?:also\s+)?(?:recommended|asked|to\s+[a-z]+)\b)/i.test(
          body.slice(rec.index + rec[0].length),
        )));
  if (rec && !recommendsNothing && !HEARSAY.test(body.slice(0, rec.index))) {
    return { kind: 'recommend', at: offset + rec.index + rec[0].length, verb: null };
  }

  // imperative or third person at the start ("Apologise ...", "Pays £1,500 ...", "To apologise ...")
  const fw = firstWord(body);
  // an imperative has an object ("Investigate" alone is a table cell) and is not an acronym ("SEND Team")
  // "Refunds issued late are ...", "Refund made through ...": a noun and its participle, not a verb
  // (an amount is an object: "pay her £500.", "pay £250;")
  const words = (body.match(/[A-Za-z][\w'\u2019-]*|£\s?\d/g) ?? []).length;
  const imperativeOk =
    fw !== null &&
    !/^[A-Z]{2,}$/.test(fw.word) &&
    (words >= 3 || (words === 2 && /£\s?\d/.test(body))) &&
    !nounAtStart(fw.word, body.slice(fw.at + fw.word.length));
  if (fw && fw.at <= 2 && imperativeOk) {
    const w = fw.word.replace(/^to$/i, '');
    const base = presentActionVerb(fw.word);
    if (
      base &&
      !/^(?:review|reviews|audit|record|report|update|change|changes|set|plan|meet|meeting|support|help|return|request|check|act|learn|use|end|start|keep|hold|clean|repeat)$/i.test(
        fw.word,
      )
    ) {
      return { kind: 'imperative', at: offset + fw.at, verb: base };
    }
    if (base) {
      // ambiguous noun/verb at the start ("Review its procedures" vs "Review of cases"): a verb takes an object
      const next = body.slice(fw.at + fw.word.length).trimStart();
      if (
        /^(?:its|their|his|her|the|all|any|a|an|this|these|our|how|whether|what|and|with|to|relevant|current|existing|staff|Mr|Mrs|Ms|Miss|[A-Z]\b|(?:up|out|in\s+place)\s+(?:an?|the|its|their|new|all|any|regular|clear)\b)/.test(
          next,
        ) &&
        !/^(?:of|for)\b/i.test(next) &&
        // ("Clean and Green services received ...": a name in capitals, not two verbs)
        !/^and\s+[A-Z]/.test(next)
      ) {
        return { kind: 'imperative', at: offset + fw.at, verb: base };
      }
      // "check that every person has a current care plan", "audit every file": what is checked
      if (/^(?:check|review|audit)$/i.test(fw.word) && /^(?:that|every|each)\b/.test(next)) {
        return { kind: 'imperative', at: offset + fw.at, verb: base };
      }
    }
    if (w === '' && /^to\s+(\w+)/i.test(body)) {
      const v = /^to\s+(\w+)/i.exec(body)!;
      const b = presentActionVerb(v[1]);
      if (b && inActionSection) return { kind: 'imperative', at: offset + 3, verb: b };
    }
  }

  // a listed recommendation in the third person ("(b) The Council reviews its procedure ...",
  // "• The service apologises to Ms N", "• Ms N is offered six sessions"): the subject's verb
  if (inActionSection && learningSection && !pastOutside) {
    const tp = thirdPersonAction(body);
    if (tp === 'describing') return null;
    if (tp) return { kind: 'modal', at: offset + tp.at, verb: tp.verb };
  }

  // "The Council offered to write off the overpayment.": its offer, accepted as the remedy
  const offer = OFFERED_TO_ACT.exec(body);
  if (offer && actionVerb(offer[1]) && !HEARSAY.test(body.slice(0, offer.index)))
    return atGroup('agreed', offer, offset, actionVerb(offer[1]), true);

  // "The Council has offered a suitable payment for Mrs X's care.": a remedy offered, named by its noun
  // (not the reason the Ombudsman gives for not investigating: "This is because the Council offered
  // a fair remedy ...": the remedy was offered before)
  const offeredNoun = OFFERED_REMEDY.exec(body);
  if (
    offeredNoun &&
    !HEARSAY.test(body.slice(0, offeredNoun.index)) &&
    !/\bbecause\s+$/i.test(body.slice(0, offeredNoun.index))
  )
    return atGroup('agreed', offeredNoun, offset, 'offer', true);

  const welcomed = WELCOMED_OFFER.exec(body);
  if (welcomed) return atGroup('agreed', welcomed, offset, 'offer', true);

  // "has agreed action to remedy this injustice including undertaking a further reassessment ...":
  // the action is what the remedy includes
  const including = AGREED_INCLUDING.exec(body);
  if (including && !HEARSAY.test(body.slice(0, including.index))) {
    const rest = body.slice(including.index + including[0].length);
    const gerund = /^([a-z]+ing)\b/i.exec(rest);
    const verb = gerund ? actionVerb(gerund[1]) : null;
    if (verb || ACTION_NOUN_START.test(rest))
      return { kind: 'agreed', at: offset + including.index + including[0].length, verb };
  }

  const agreedTask = AGREED_TO_TASK.exec(body);
  if (agreedTask && !HEARSAY.test(body.slice(0, agreedTask.index)))
    return atGroup('agreed', agreedTask, offset, agreedTask[1].toLowerCase());

  const agreedNoun = AGREED_TO_REMEDY.exec(body);
  if (agreedNoun && !HEARSAY.test(body.slice(0, agreedNoun.index)))
    return { kind: 'agreed', at: offset + agreedNoun.index + agreedNoun[0].length, verb: null };

  const request = AGREED_REQUEST.exec(body);
  if (request && pastActionVerb(request[2]) && !HEARSAY.test(body.slice(0, request.index)))
    return {
      kind: 'agreed',
      at:
        offset +
        request.index +
        request[0].length -
        request[0].slice(request[0].search(/\b(?:for|that)\s/i)).length,
      verb: pastActionVerb(request[2]),
    };

  // "The Council has agreed to our recommendations and has cancelled the parking ticket.", "The
  // Council accepted the findings and completed a learning review": the remedy agreed, told as done
  const agreedDone = AGREED_AND_DONE.exec(body);
  if (
    agreedDone &&
    pastActionVerb(agreedDone[1]) &&
    // (a verb of saying or deciding is not a remedy done: "accepted the findings and explained ...";
    // "completed a learning review" is)
    !(NON_ACTION_PARTICIPLE.test(agreedDone[1]) && !/^completed$/i.test(agreedDone[1])) &&
    // (the organisation accepted, not the complainant: "Mrs X accepted the findings and asked ...")
    !PERSON_BEFORE.test(body.slice(0, agreedDone.index)) &&
    !HEARSAY.test(body.slice(0, agreedDone.index))
  )
    return atGroup('agreed', agreedDone, offset, pastActionVerb(agreedDone[1]));

  // modal / agreed forms
  MODAL.lastIndex = 0;
  for (let m = MODAL.exec(body); m; m = MODAL.exec(body)) {
    const modal = m[1].toLowerCase();
    const passive = m[2] !== undefined;
    let word = (m[3] ?? m[4] ?? '').toLowerCase();
    if (NOT_AFTER_MODAL.test(word)) continue;
    // in an indirect question ("failing to explain how her care package will meet her needs"), not a
    // commitment; unless the organisation's own clause starts after it ("... told us what it will do
    // and will refund Mr T £640", "... what it would have decided and the Council will therefore ...")
    if (INDIRECT_QUESTION.test(body.slice(0, m.index)) && !OWN_CLAUSE_BEFORE.test(body.slice(0, m.index)))
      continue;
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (word === 'have') {
      // "should have apologised" (a past failing) vs "should have oversight" (an action)
      // ("should have been able to resolve them": what ought to have happened)
      if (/^\s*(?:not\s+)?been\s+(?:able|possible|better|clearer|more|in\s+a\s+position)\b/i.test(after))
        continue;
      const next = /^\s*(?:not\s+|been\s+)?([a-z]+)/i.exec(after)?.[1] ?? '';
      // "even though it should have for the number of reports": the participle left out
      if (/^\s*(?:[,.;]|$|(?:for|in|at|by|when|because|given|as|after|before|sooner|earlier)\b)/i.test(after))
        continue;
      if (PARTICIPLE.test(next) || pastActionVerb(next) !== null || !next || /^(?:been|to|had)$/i.test(next))
        continue;
      word = 'ensure';
    }
    if (word === 'be' && /need\s+to$/i.test(m[1])) continue;
    if (/agreed\s+the\s+need\s+to/i.test(m[1]))
      return { kind: 'agreed', at: offset + m.index, verb: 'ensure' };
    const before = body.slice(0, m.index);
    // "an injustice which it should remedy": a relative clause about the injustice, not an action
    // (not "distress for which the Council has agreed to apologise": an agreement to act)
    if (
      !/agree/.test(modal) &&
      /(?<!\b(?:for|to|about)\s)\b(?:which|that)\s+(?:it|they|the\s+council)\s*$/i.test(before) &&
      /^\s*\.?\s*$/.test(body.slice(m.index + m[0].length))
    )
      continue;
    // "It failed to call her as agreed to discuss ...": "as agreed" tells what should have happened
    if (/^agreed/.test(modal) && /\bas\s+$/i.test(before)) continue;
    // "the report highlighted the need to ensure ...": a noun, not a modal (but "the Council
    // accepted the need to review ..." commits it)
    if (
      /^needs?\s+to$/.test(modal) &&
      /\b(?:the|a|an|this|that|any|no|its|their)\s+$/i.test(before) &&
      !/\b(?:agree[sd]?|accept(?:s|ed)?|acknowledge[sd]?|recognise[sd]?|identif(?:y|ies|ied)|sees?|saw)\s+(?:the|a)\s+$/i.test(
        before,
      )
    )
      continue;
    // "the Council did not agree to change the placement", "has not agreed to", "cannot agree to",
    // "refused to agree to": a refusal; its clause is blanked so that no later form reads it, and
    // what follows it ("..., but has apologised and paid her £250") is read on
    const refusal = /^(?:agree|accept|undert|has|have)/.test(modal) ? REFUSED_BEFORE.exec(before) : null;
    if (refusal) {
      const from = m.index + m[0].length;
      const stop = /[,;]|\bbut\b|\band\s+(?=(?:has|have|had|will|would|it|the)\b)/i.exec(body.slice(from));
      const end = stop ? from + stop.index : body.length;
      body =
        body.slice(0, refusal.index) + body.slice(refusal.index, end).replace(/\S/g, ' ') + body.slice(end);
      continue;
    }
    if (PURPOSE_SUBJECT.test(before) && !/agreed/.test(modal)) continue;
    // not the organisation acting: a report's purpose ("Its purpose is to support ..."), what figures
    // show ("these figures will include ..."), or a relative clause ("areas where changes need to be made")
    // (figures that "will be reported to Cabinet" are a commitment; a sentence that opens "In cases
    // where ..." has its own subject after it)
    if (
      !/agree/.test(modal) &&
      ((AIM_OR_FIGURES_SUBJECT.test(before) && !(passive && /^(?:will|shall|should|must)$/.test(modal))) ||
        (WHERE_CLAUSE.test(before) && !/^\s*(?:in|for|where)\b/i.test(before)))
    )
      continue;
    if (hearsay(before)) continue;
    // "its consideration of the action it should take": a relative clause on the noun, not an action
    if (
      !/agree/.test(modal) &&
      /\b(?:the|any|what|which|such)\s+(?:action|actions|steps?|decisions?|approach|measures)\s+(?:that\s+|which\s+)?(?:it|they|the\s+(?:council|landlord))\s+$/i.test(
        before,
      ) &&
      /^take$/i.test(word)
    )
      continue;
    // "provided diary sheets to Ms J which she was asked to complete": what the complainant was asked
    if (
      /^(?:is|are|was|were)\s+(?:required|asked|expected|directed|ordered)\b/.test(modal) &&
      /\b(?:which|that|who|and)\s+(?:she|he|they|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w\u2019'-]*)\s+$/.test(
        before,
      )
    )
      continue;
    // "discussed whether or not the matter should be referred", "failed to consider how its
    // regulations should apply": a question, not a recommendation
    if (/\b(?:whether|how)\s+(?:or\s+not\s+)?(?:[\w\u2019'-]+\s+){1,6}$/i.test(before)) continue;
    // "If a revised decision is to award transport, the Council should ...": the condition, not the action
    // (but the organisation's own condition names it again: "If the Council is ready to decide the
    // case it should write to Mr D ...")
    if (
      /^(?:if|where|unless)\s[^,]*$/i.test(before.trim()) &&
      (/^agree/.test(modal) ||
        (!/\bthe\s+(?:council|landlord|local\s+authority|authority|provider|care\s+provider)\s*$/i.test(
          before,
        ) &&
          !(
            /^(?:if|where)\s+the\s+(?:council|landlord)\s/i.test(before.trim()) &&
            /\sit\s*$/i.test(before) &&
            !/\b(?:should|must|will|would|could|may)\b/i.test(before) &&
            // (the condition has not ended yet: "If the Council decides it should pay Mr X £500 it will ...";
            // not a second task after "and": "... it should apologise and it should also pay ...")
            !/^[^,;]*?(?<!\band\s)\b(?:it|the\s+(?:council|landlord))\s+(?:will|should|must|would)\b/i.test(
              body.slice(m.index + m[0].length),
            )
          )))
    )
      continue;
    if (/^(?:to\s+be)$/.test(modal) && !inActionSection) continue;
    let verb: string | null;
    if (passive)
      verb =
        pastActionVerb(word) ??
        (inActionSection &&
        /(?:ed|en)$/.test(word) &&
        !/^(?:noted|said|seen|given|taken|expected|considered)$/.test(word)
          ? word
          : null);
    else verb = actionVerb(word);
    if (!verb) continue;
    if (!passive && /^(?:will|shall)$/.test(modal) && /\b(?:this|which|that)\s*$/i.test(before)) continue;
    const kind: ActionFormKind = /agree|undert|commit/.test(modal) ? 'agreed' : 'modal';
    // "The Council has reminded staff of ... and will pay Miss X £200": the task done as part of the
    // remedy starts the action, so that the two are split (not one done "already", before it)
    const done = kind === 'modal' && !passive ? DONE_THEN_MODAL.exec(before) : null;
    if (done && pastActionVerb(done[1]) && !NON_ACTION_PARTICIPLE.test(done[1])) {
      const participle = done.index + done[0].indexOf(done[1], done[0].search(/\b(?:has|have)\s/i));
      return { kind, at: offset + participle, verb: pastActionVerb(done[1]) };
    }
    // the action starts at its verb ("be reminded" for a passive)
    const verbAt =
      m.index +
      m[0].length -
      (m[3] ?? m[4] ?? '').length -
      (passive ? m[0].length - m[0].search(/\bbe\s+\S+$/) - (m[3] ?? '').length : 0);
    return { kind, at: offset + Math.max(m.index, verbAt), verb };
  }

  // "It has also agreed not to withhold payments ...", "The Council will not charge Mrs X for ...":
  // a promise to refrain is an action too
  const refrain = AGREED_NOT_TO.exec(body);
  if (refrain && !hearsay(body.slice(0, refrain.index))) {
    const word = refrain[1] ?? refrain[2];
    return { kind: 'agreed', at: offset + refrain.index, verb: actionVerb(word) ?? word.toLowerCase() };
  }

  // a committee paper's reported speech: "The Council would work with the supplier to ...", "had
  // asked the new Chief Executive to review ..."
  const reported = pastOutside ? (REPORTED_COMMITMENT.exec(body) ?? ASKED_AN_OFFICER.exec(body)) : null;
  if (
    reported &&
    actionVerb(reported[1]) &&
    !hearsay(body.slice(0, reported.index)) &&
    // not a question or a condition: "asked whether the council would apologise", "If ... were upheld, the council would pay"
    !/\b(?:whether|if|unless)\b/i.test(body.slice(0, reported.index))
  )
    return atGroup('modal', reported, offset, actionVerb(reported[1]));

  if (pastOutside && REPORTED_PROVISION.test(body.replace(REPORTING_CLAUSE, '')))
    return { kind: 'nominal', at: offset, verb: null };

  // "there will be automated notifications ..." (future provision, a list of things)
  const tw = THERE_WILL_BE.exec(body);
  if (tw && !hearsay(body.slice(0, tw.index))) return { kind: 'nominal', at: offset + tw.index, verb: null };
  if (inActionSection && UNDER_REVIEW.test(body)) return { kind: 'implemented', at: offset, verb: 'review' };

  const underway = inActionSection || pastOutside ? WORK_UNDERWAY.exec(body) : null;
  if (underway && actionVerb(underway[1]) && !hearsay(body.slice(0, underway.index)))
    return atGroup('implemented', underway, offset, actionVerb(underway[1]));

  IN_PROGRESS.lastIndex = 0;
  for (let m = IN_PROGRESS.exec(body); m; m = IN_PROGRESS.exec(body)) {
    const v = actionVerb(m[1]);
    if (!v || /^(?:being|meeting|planning|learning|training|setting|ending|starting)$/i.test(m[1])) continue;
    if (
      /^making$/i.test(m[1]) &&
      !/^\s+(?:\w+\s+)?(?:changes|improvements|arrangements)\b/i.test(body.slice(m.index + m[0].length))
    )
      continue;
    if (!inActionSection && !/in\s+the\s+process\s+of|would\s+be|will\s+be/i.test(m[0])) continue;
    if (/\b(?:which|that|who)\s*$/i.test(body.slice(0, m.index)) || hearsay(body.slice(0, m.index))) continue;
    return { kind: 'implemented', at: offset + m.index, verb: v };
  }

  if (inActionSection || pastOutside) {
    const past = !inActionSection;
    // "Apology given.", "Apology and £250 paid." (a committee paper's case row): a remedy done
    const done = REMEDY_DONE.exec(body);
    if (done)
      return {
        kind: 'implemented',
        at: offset,
        verb: /^(?:an?\s+|written\s+|formal\s+)*apolog/i.test(body) ? 'apologise' : 'pay',
      };
    // "Payment offered.", "Compensation offered but declined": an offer is not a remedy done
    if (REMEDY_OFFERED.test(body)) return null;
    // a minute's apology given at the meeting ("she offered sincere and unreserved apologies to the family")
    const apology = past ? APOLOGY_GIVEN.exec(body) : null;
    if (
      apology &&
      !hearsay(body.slice(0, apology.index)) &&
      !REFUSED_BEFORE.test(body.slice(0, apology.index))
    )
      return { kind: 'implemented', at: offset + apology.index, verb: 'apologise' };
    // "Reviewed the information pack ...", "Developed a case scenario document ..." (a list of things done)
    const lead0 = /^([A-Z][a-z]+ed)\s+(?:a|an|the|their|its|our|all|new|additional)\b/.exec(body);
    if (lead0 && !past && pastActionVerb(lead0[1]) && !NON_ACTION_PARTICIPLE.test(lead0[1]))
      return { kind: 'implemented', at: offset, verb: pastActionVerb(lead0[1]) };
    // implemented ("Staff have been reminded", "has now been updated", "was agreed")
    IMPLEMENTED.lastIndex = 0;
    for (let m = IMPLEMENTED.exec(body); m; m = IMPLEMENTED.exec(body)) {
      const word = (m[1] ?? m[2]).toLowerCase();
      if (
        NON_ACTION_PARTICIPLE.test(word) &&
        !/been\s+(?:asked|told|given|advised|informed|made)/i.test(m[0])
      )
        continue;
      // outside action sections only the past counts ("was taken", "has been introduced"), not "are agreed"
      if (past && /^(?:is|are)\b/i.test(m[0])) continue;
      const pre = body.slice(0, m.index);
      if (COUNTERFACTUAL_BEFORE.test(body.slice(0, m.index + m[0].length - (m[1] ?? m[2]).length))) continue;
      // (what someone complains or says was done is not done, in an action section too: "Mrs X
      // complains the Council has paid her the wrong allowance")
      if (hearsay(pre)) continue;
      // "no compensation had been paid": nothing was done
      if (NOTHING_DONE.test(pre)) continue;
      // "The procedures were amended ... by the Complaints Regulations 2018": the law changed them;
      // "cases received before any new procedures were put in place": not done then
      if (LAW_AGENT.test(body.slice(m.index + m[0].length)) || NOT_YET_BEFORE.test(pre)) continue;
      if (
        past &&
        // (the clause after ", and" stands on its own: "... which was partly upheld, and compensation was paid")
        (SUBORDINATE.test(pre.replace(REPORTING_CLAUSE, '').replace(/^.*(?:,\s*and|;)\s+/, '')) ||
          /(?:^|\s)(?:I|we)\s*$/i.test(pre) ||
          /\bthere\s*$/i.test(pre))
      )
        continue;
      // ("measures had been put in place": "put" is its own participle; "the trouble he has been put to" is not an action)
      const putInPlace = word === 'put' && /^\s+in\s+place\b/i.test(body.slice(m.index + m[0].length));
      const verb =
        pastActionVerb(word) ??
        (putInPlace ? 'put' : null) ??
        (m[2] && /ed$/.test(word) && learningSection ? word : null);
      if (verb || (/ed$/.test(word) && learningSection && actionVerb(word))) {
        return { kind: 'implemented', at: offset + m.index, verb: verb ?? word };
      }
      if (
        /been\s+(?:asked|told|advised|informed)\s+to/i.test(
          m[0] + body.slice(m.index + m[0].length, m.index + m[0].length + 4),
        )
      ) {
        return { kind: 'implemented', at: offset + m.index, verb: 'remind' };
      }
    }
    // past simple or routine present with a subject ("We reviewed our procedures", "The complaints
    // team periodically reviews ..."), possibly after an opening phrase ("In a complaint about X, we ...")
    if (learningSection && !past) {
      const pp = PRESENT_PASSIVE.exec(body);
      if (
        pp &&
        pastActionVerb(pp[1]) &&
        !NON_ACTION_PARTICIPLE.test(pp[1]) &&
        !SUBORDINATE.test(body.slice(0, pp.index))
      )
        return { kind: 'implemented', at: offset + pp.index, verb: pastActionVerb(pp[1]) };
    }
    const clause = (past ? body.replace(REPORTING_CLAUSE, '') : body).replace(OPENING_PHRASE, '');
    if (past && (/^(?:I|we)\s/i.test(clause) || SUBORDINATE.test(clause.split(/\s+/).slice(0, 3).join(' '))))
      return null;
    const fv = finiteVerbNearStart(clause, learningSection && !past);
    if (
      fv &&
      // (the whole sentence before the verb: the reporting clause stripped from `clause` may be a
      // complainant's, "Mrs X's daughter told the Panel that ...")
      !hearsay(body.slice(0, body.length - clause.length + fv.at)) &&
      !NOTHING_DONE.test(clause.slice(0, fv.at)) &&
      !LAW_AGENT.test(clause.slice(fv.at))
    )
      return { kind: 'implemented', at: offset + (body.length - clause.length) + fv.at, verb: fv.verb };
    if (
      !past &&
      ACTION_NOUN_START.test(body) &&
      // ("The payment is ...", "The payment to Mr Y is slightly larger ...": a statement about it)
      !/^(?:the|an?|this|that|its)\s+[\w-]+\s+(?:is|are|was|were|has|have|had|[a-z]+ed)\b/i.test(body) &&
      !PAYMENT_COMPARED.test(body)
    )
      return { kind: 'nominal', at: offset, verb: null };
  }
  return null;
}

const SUBJECT_START = /^(?:the|a|an|all|every|each|its|their|[A-Z][\w'\u2019-]*)\b/;
const PRONOUN_START = /^(?:they|he|she|it|we|I|you|this|these|those|there|that|which|who)\b/i;
const NOT_IN_SUBJECT =
  /^(?:that|which|who|whom|whose|where|when|because|if|although|while|but|to|is|are|was|were|has|have|had|will|should|must|would|could|may|not|it|this|these|they|he|she|we|i)$/i;
const DESCRIBING_ADVERB = /^(?:already|currently|routinely|usually|normally|generally|still|often|never)$/i;

/**
 * "<subject> <verb>s ..." or "<subject> is/are <participle> ...": the verb of a third-person
 * recommendation, with the subject in the first few words. Null for descriptions of current
 * practice ("The service already produces a report").
 */
function thirdPersonAction(body: string): { at: number; verb: string } | 'describing' | null {
  // (a condition opens no listed action: "If the reassessment finds he was eligible, the Council should ...")
  if (
    !SUBJECT_START.test(body) ||
    PRONOUN_START.test(body) ||
    /^(?:if|when|where|once|unless|although|while|because)\b/i.test(body)
  )
    return null;
  const re = /[A-Za-z][\w'\u2019-]*/g;
  let prev = '';
  let n = 0;
  for (let m = re.exec(body); m && n < 9; m = re.exec(body), n++) {
    const w = m[0];
    if (n > 0) {
      if (/^(?:is|are)$/i.test(w)) {
        const after = /^\s+(?:also\s+|now\s+)?([a-z]+)/.exec(body.slice(m.index + w.length));
        const past = after ? pastActionVerb(after[1]) : null;
        if (DESCRIBING_ADVERB.test(prev)) return 'describing';
        // the subject of a passive receives the action ("Mr D is offered a meeting"): the action is the whole clause
        if (past && !NON_ACTION_PARTICIPLE.test(after![1])) return { at: 0, verb: past };
        return null;
      }
      if (NOT_IN_SUBJECT.test(w)) return null;
      const base = /s$/i.test(w) && w !== w.toUpperCase() ? presentActionVerb(w) : null;
      if (
        base &&
        base !== w.toLowerCase() &&
        !DETERMINER.test(prev) &&
        !/^(?:of|for|to|and|or)$/i.test(prev)
      ) {
        if (DESCRIBING_ADVERB.test(prev)) return 'describing';
        return { at: m.index, verb: base };
      }
    }
    prev = w;
  }
  return null;
}

/** Statistics and descriptions are not actions, whatever their verbs. */
const STATISTICS =
  /^\d+\s*\(|^\d+\s+(?:of\s+(?:these|them|which)\s+)?(?:had|have|has|were|was)\s+(?:been\s+)?[a-z]+ed\b|(?<!when\s)(?<!once\s)(?<!\b(?:refunds?|reimburses?|repays?|pays?|waives?|reduces?|discounts?|credits?|off)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx)\s+[A-Z]\w*\s+|him\s+|her\s+|them\s+)?)\b\d+(?:\.\d+)?\s?%(?!\s+of\s+(?:the\s+)?(?:deadline|time|timescale))|\bout\s+of\s+\d+\b|\bpa(?:id|ying|ys?)\s+out\b|\ba\s+total\s+of\s+(?:£[\d,.]+|\d+)\s+(?:\w+\s+){0,4}(?:to\s+\d+|complaints|complainants|decisions|cases)\b|\bin\s+final\s+decisions\b|\bcompared\s+(?:with|to)\s+£|\baverag(?:ed|ing)\s+£|\ban\s+average\s+of\s+£|\bacross\s+all\s+(?:upheld\s+|the\s+)?(?:cases|complaints|decisions)\b|\b\d+\s+(?:complaints|cases|complainants|decisions|households)\b[^.]{0,120}\btotall?ing\s+£|\b(?:the\s+)?(?:largest|smallest|highest|lowest)\s+(?:single\s+)?(?:payment|remedy|award)\b/i;
const DESCRIPTIVE =
  /^(?:this|that|it|there|these|those)\s+(?:is|was|were|are|has\s+been|have\s+been)\s+(?:an?\s+|the\s+)?(?:extremely|very|really|particularly|also\s+)?(?:positive|good|welcome|helpful|useful|important|fourth|third|second|first|deterioration|improvement|disappointing|concerning|consistent)\b|^(?:concerningly|disappointingly|encouragingly|overall|in\s+summary)\b|^(?:\d+\s*\*?\s*)?there\s+(?:is|are|was|were)\s+(?:multiple|several|many|a\s+number|\d+)\b|^(?:the|this|these|our)\s+(?:[\w-]+\s+){0,3}?(?:table|tables|chart|charts|graph|graphs|figures?|data|report|section)\s+(?:below|above|provided|shows?|details|provides?|sets?\s+out)\b|^the\s+following\s+(?:table|chart|graph)s?\b|^this\s+(?:should|will|would|may|might)\s+(?:indicate|suggest|show|mean)\b|^(?:action\s*:\s*)?(?:a|the)\s+complaint\s+(?:was|is|were)\b|^(?:action\s*:\s*)?following\s+a\s+complaint\b/i;
const PURPOSE_CLAUSE = /,?\s+(?:(?:in\s+order\s+)?to\s+(?:ensure|make\s+sure|check|confirm)|so\s+that)\b.*$/i;
/**
 * "... for the uncertainty about whether the trees might have been protected": what the remedy is
 * for; "identify all carers who might be affected": whom it is for (a relative clause on its object);
 * "review footage where this is available and might be relevant": when it applies.
 */
const WHAT_MIGHT_HAVE_BEEN =
  /\b(?:about|over|of|as\s+to)\s+(?:whether|what|how)\b[^.;]*|\b(?:whether|what)\s+(?:[\w\u2019'-]+\s+){0,8}?(?:might|could)\s+have\b[^.;]*|\b(?:that|who|which)\s+(?:might|could)\s+(?:also\s+)?(?:be|have)\b[^.;,]*|\b(?:where|when)\s+[^.;]{0,80}?\b(?:might|could)\s+(?:also\s+)?be\b[^.;,]*/gi;
const HYPOTHETICAL =
  /\b(?:might|could)\s+(?:\w+ly\s+)?(?:be|have|then)\b|\bit\s+(?:is|was)\s+(?:suggested|possible|(?:un)?likely)\b|\b(?:un)?likely\s+(?:that\s+)?(?:we|it|the)\b|\bno\s+further\s+(?:recommendations?|action)\b|\bwould\s+(?:otherwise\s+|also\s+)?have\s+(?:recommended|asked|suggested|ordered|expected|required)\b/i;
const SUBORDINATE =
  /\b(?:when|after|before|if|that|which|who|whom|because|once|until|unless|whether|where|complained|says|said)\b/i;
/**
 * A committee minute's reporting clause ("The Group Head informed Cabinet that", "He said"): in a
 * committee paper an officer's or member's report of what the council did is the record of it, so
 * the clause after it is read as the sentence (a complainant's words are hearsay all the same).
 */
const REPORTING_CLAUSE =
  /^.*\b(?:said|says|reported|confirmed|explained|advised|stated|recalled|heard|noted|continued|(?:added|commented|indicated)(?=\s+that\b)|(?:informed|told|assured|reminded)(?:(?:\s+[\w\u2019'-]+){1,3}?\s+that|(?:\s+[\w\u2019'-]+){1,3}?))\s+(?:that\s+)?(?=\S)/i;
const PRESENT_PASSIVE =
  /\b(?:is|are)\s+(?:now\s+|also\s+|routinely\s+|regularly\s+)?([a-z]+ed)\s+(?:with|to|across|at|in|by|on)\b/i;
const OPENING_PHRASE =
  /^(?:in|following|after|as|for|with|on|during|since|from|within|through)\b[^,]{2,140},\s*/i;
const DETERMINER = /^(?:the|a|an|our|their|its|this|these|all|each|every|some)$/i;
const STOP_WORDS = /^(?:that|which|who|whom|whose|where|when|because|if|although|while|but|to)$/i;

/**
 * A participle that qualifies the subject instead of being its verb: "The steps already taken
 * have been accepted ...", "The report of the Ombudsman, attached at Annex 1, found ...".
 */
function insideSubject(clause: string, at: number, length: number): boolean {
  const after = clause.slice(at + length, at + length + 100);
  return (
    // ", attached at Annex 1 to the report, found": a parenthetical participle before the verb
    (/,\s*$/.test(clause.slice(Math.max(0, at - 3), at)) &&
      /^[^,.;]{0,80},\s+(?:\w+\s+){0,2}?(?:found|concluded|decided|said|says|was|were|is|are|has|have|had)\b/i.test(
        after,
      )) ||
    /^\s+(?:(?:\w+ly|already|so\s+far)\s+)?(?:have|has|had|was|were|is|are|will|would)\b/i.test(after) ||
    // "Payment made in error was recovered", "Payment made through the new portal is now ...": a
    // participle with its phrase, then the verb of the sentence
    /^\s+(?:(?:in|through|by|via|for|on|at|within|under)\s+[^,.;£]{1,40}?|late|early|on\s+time|in\s+time|\w+ly)\s+(?:was|were|is|are)\s+(?!(?:also\s+)?(?:made|paid|given|sent|issued|provided)\b)/i.test(
      after,
    )
  );
}

/** The first finite action verb within the first words of a clause with a subject before it. */
/** "would have apologised", "should have been reviewed": what did not happen, not what was done. */
const COUNTERFACTUAL_BEFORE = /\b(?:would|could|might|should)(?:\s+not)?\s+have\s+(?:been\s+)?$/i;

const TIME_TAKEN =
  /^\s+(?:too\s+long|longer|(?:(?:some|much|more|over|about|around|nearly|almost|up\s+to|several|many|a\s+few|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a(?:\s+(?:long|short))?)\s+)+(?:time|while|days?|weeks?|months?|years?))\b/i;
function finiteVerbNearStart(clause: string, learningSection: boolean): { at: number; verb: string } | null {
  const re = /[A-Za-z][\w'\u2019-]*/g;
  let prev = '';
  let n = 0;
  for (let m = re.exec(clause); m && n < 9; m = re.exec(clause), n++) {
    const w = m[0];
    if (n > 0 && STOP_WORDS.test(w)) return null;
    if (n > 0 && !DETERMINER.test(prev) && !/^(?:is|are|be|being|am)$/i.test(prev)) {
      const past = pastActionVerb(w);
      if (past && !NON_ACTION_PARTICIPLE.test(w) && !insideSubject(clause, m.index, w.length)) {
        if (COUNTERFACTUAL_BEFORE.test(clause.slice(0, m.index))) return null;
        // "The Council wrote to Mr C" is only a carrier for what it wrote
        if (
          past === 'write' &&
          !/\b(?:to\s+(?:apologi|explain|confirm|offer|tell|inform)|apolog)/i.test(clause.slice(m.index))
        )
          return null;
        // "decisions took some time coming forward": a time taken, not an action (in a list of
        // improvements, what it took the time to do is: "The team took a month to retrain all officers")
        const taken = past === 'take' ? TIME_TAKEN.exec(clause.slice(m.index + w.length)) : null;
        if (taken) {
          const at = m.index + w.length + taken[0].length;
          // (not a time too long: "It took too long to arrange the adaptations")
          const then =
            learningSection && !/too\s+long|longer/i.test(taken[0])
              ? /^\s+to\s+([a-z]+)/i.exec(clause.slice(at))
              : null;
          const verb = then ? presentActionVerb(then[1]) : null;
          return verb ? { at: at + then![0].length - then![1].length, verb } : null;
        }
        return { at: m.index, verb: past };
      }
      if (learningSection) {
        const pres = presentActionVerb(w);
        if (pres && (/ly$/i.test(prev) || /^(?:we|now)$/i.test(prev))) return { at: m.index, verb: pres };
      }
    }
    prev = w;
  }
  return null;
}

/** Statistics or a description, not an action, whatever its verbs. */
export function isStatisticsOrDescription(sentence: string): boolean {
  const s = sentence.replace(/\s+/g, ' ').trim();
  return STATISTICS.test(s) || DESCRIPTIVE.test(s);
}

/** Is this sentence a lead-in whose actions follow (ends with a colon after a subject/modal)? */
export function isLeadIn(sentence: string): boolean {
  const s = sentence.trim();
  // ("... the LGSCO has recommended the following action be taken." before a numbered list)
  if (FOLLOWING_ACTIONS.test(s)) return true;
  if (!/[:\u2013\u2014-]\s*$/.test(s)) return false;
  return LEAD_IN_END.test(s);
}
const FOLLOWING_ACTIONS =
  /\b(?:recommended|agreed|ordered|proposed)\s+(?:that\s+)?the\s+following\s+(?:actions?|steps|remed(?:y|ies))\s+(?:be|is|are)\s+(?:taken|made|put\s+in\s+place)\s*\.$/i;
