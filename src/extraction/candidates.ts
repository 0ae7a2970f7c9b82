/**
 * Candidate actions: walks the items of the document in order, keeping track of the section
 * (headings), lead-in lines ("Within one month of the final decision, the Council will:") and the
 * lists under them, and picks the sentences that state an action. Evidence requests and
 * timing-only sentences are folded into the actions they refer to.
 */
import {
  ActionForm,
  actionForm,
  AGREED_NOW,
  isHearsay,
  isLeadIn,
  isStatisticsOrDescription,
  lastClause,
  LEADING_CONDITION,
  OUTCOME_CELL,
  PERSON_SUBJECT_SOURCE,
} from './action-form';
import { buildItems, Item } from './blocks';
import { DeadlineMatch, findDeadline } from './deadlines';
import {
  isEvidenceRequest,
  isPureEvidenceRequest,
  isTimingOnly,
  refersToAll,
  timedThenTask,
} from './evidence';
import { findMoney } from './money';
import { ORGANISATION_SOURCE } from './parties';
import {
  FORM_WHY,
  formRuleId,
  isCommitment,
  ITEM_ELABORATION,
  ITEM_STEP,
  proceedingsSentence,
  THEMES_LEAD,
  ROLE_POLICIES,
  stockSentence,
  WISH_LEAD,
} from './candidate-rules';
import {
  classifyHeading,
  documentHeadings,
  isActionSection,
  LOOSE_REMEDY_RULE,
  SectionKind,
  SectionMatch,
  SectionRole,
} from './sections';
import { RowCandidate } from './layout';
import { sentenceStartBefore, splitSentences } from './sentences';
import {
  ACTION_NOUN_START,
  actionVerb,
  GIVEN_BEFORE_SOURCE,
  presentActionVerb,
  REFUSED_SOURCE,
} from './verbs';

export interface Candidate extends RowCandidate {
  form: ActionForm;
  section: SectionKind;
  sectionIndex: number;
  paragraph: number;
  /** The lead-in line the action sits under, if any. */
  leadIn: string | null;
  /** Under a lead-in, in a list, or alone in its item: a strong structural signal. */
  listed: boolean;
  rule: string;
  /** The role of the section it stands in (null before any known heading). */
  role: SectionRole | null;
  /** Ids of the rules (kept as data) that made it, most decisive first. */
  ruleIds: string[];
  /** One line a complaints officer understands: where it was found and why it reads as an action. */
  why: string;
  /** A weak candidate: shown apart as a possible action, not proposed. */
  possible: boolean;
}

interface LeadIn {
  itemIndex: number;
  kind: Item['kind'];
  paragraph: number;
  deadline: DeadlineMatch | null;
  type: 'pure' | 'action' | 'quote' | 'wish';
  candidate: Candidate | null;
  text: string;
  /** The lead-in announces actions ("the Council will:", "Improvements:"), not just any list. */
  announcesActions: boolean;
  /** "To remedy the injustice caused, the council has agreed to:" (read even in a narrative section). */
  remedyLeadIn?: boolean;
  /** The lead-in this one is an item of ("b. Pay £1,150, made up of:" under "the landlord must:"). */
  parent: LeadIn | null;
  /** The last item of an unmarked list under this lead-in (its own item until one follows). */
  unmarkedRun: number;
  /** The lead-in item's own marker ("9."), if any. */
  marker: string | null;
  /** The column of the lead-in item's marker (or text): deeper items with the same marker are its sub-items. */
  indent: number;
  /** Items read under it so far (for "item 2 under ..."). */
  children: number;
  /** The id of the lead-in rule. */
  ruleId: string;
  /** A resolution noting what follows ("(a) To note the following:"). */
  noting?: boolean;
}

function childOf(l: LeadIn, item: Item, ii: number, text: string): boolean {
  const sameParagraph = item.paragraph === l.paragraph && ii > l.itemIndex;
  const marked =
    item.kind !== null && (l.kind === null || item.kind !== l.kind || subNumberOf(item.marker, l.marker));
  // a list whose markers were lost ("the landlord:" then one line per order): the unmarked
  // paragraphs that follow the colon, while each starts with a verb
  const unmarkedList =
    item.kind === null &&
    !item.heading &&
    ii > l.itemIndex &&
    ii <= l.itemIndex + 8 &&
    l.unmarkedRun === ii - 1 &&
    l.type === 'pure' &&
    ORDERING_LEAD_END.test(l.text);
  // the parts of a total under "Pay £1,150, made up of:" whatever their markers became ("c) £900 ...")
  const part =
    l.type === 'action' &&
    ii > l.itemIndex &&
    BREAKDOWN_LEAD.test(l.text) &&
    /^£\s?\d/.test(text.slice(item.start, Math.min(item.end, item.start + 12)));
  // a remedy lead-in on a page whose every paragraph has the same marker ("- We therefore asked the
  // Council to consider remedying the injustice by completing the following:", "- Apologise to ..."):
  // the paragraphs that follow it, while each starts with a verb
  const sameMarkerList =
    item.kind !== null &&
    item.kind === l.kind &&
    l.remedyLeadIn === true &&
    l.type === 'pure' &&
    ii > l.itemIndex &&
    ii <= l.itemIndex + 8 &&
    l.unmarkedRun === ii - 1 &&
    presentActionVerb(/^[\W\d]*([A-Za-z][\w-]*)/.exec(text.slice(item.start, item.end))?.[1] ?? '') !== null;
  // "  • reimburse the costs ...:" then "    • School 1 - £568": the same glyph, indented deeper
  const indented =
    item.kind !== null &&
    item.kind === l.kind &&
    l.kind !== null &&
    columnOf(text, item.markerStart) >= l.indent + 2;
  return sameParagraph || marked || unmarkedList || part || sameMarkerList || indented;
}

/** The column of an offset in its line. */
function columnOf(text: string, at: number): number {
  return at - (text.lastIndexOf('\n', at - 1) + 1);
}
const BREAKDOWN_LEAD =
  /\b(?:made\s+up\s+(?:of|as\s+follows)|comprising|comprises|comprised\s+of|consisting\s+of|broken\s+down\s+(?:as\s+follows|into|as)|as\s+follows)\s*[:\u2013\u2014-]\s*$/i;

/** "9.1" under "9.": a sub-paragraph of the numbered lead-in. */
function subNumberOf(marker: string | null, leadMarker: string | null): boolean {
  const n = leadMarker ? /^\(?(\d{1,2}(?:\.\d{1,2})?)[.)]?$/.exec(leadMarker) : null;
  return (
    n !== null &&
    marker !== null &&
    marker.startsWith(`${n[1]}.`) &&
    /^\d/.test(marker.slice(n[1].length + 1))
  );
}

/** The lead-in (this one or one it is nested in) that the item belongs to. */
function nearestLead(lead: LeadIn, item: Item, ii: number, text: string): LeadIn | null {
  for (let l: LeadIn | null = lead; l; l = l.parent) if (childOf(l, item, ii, text)) return l;
  return null;
}

/** Is the next item a marked item of this lead-in or of one it is nested in? */
function nextChildOfChain(lead: LeadIn, items: Item[], ii: number, text: string): boolean {
  const next = items[ii + 1];
  if (!next || next.kind === null || next.heading) return false;
  for (let l: LeadIn | null = lead; l; l = l.parent) if (childOf(l, next, ii + 1, text)) return true;
  return false;
}

/**
 * What a committee paper reports as done that is a remedy or a change to how the council works:
 * an apology, a payment, a reminder or training for staff, a procedure, policy or process changed,
 * measures put in place, an investigation or review commissioned.
 */
/** A change told as part of what happened in the case: what it led to, or when it stood to the events. */
const CHANGE_IN_THE_STORY =
  /\bcontributed\s+to\s+(?:the\s+|some\s+of\s+the\s+)?(?:delays?|failings?|faults?|problems?|confusion)\b|\b(?:shortly\s+before|before\s+the\s+events|at\s+the\s+time\s+of\s+the\s+complaint|but\s+(?:left|did\s+not|was\s+not|had\s+not)|but\s+no\s+(?:assessment|action|review|visit|contact|progress)|identified\s+the\s+same\s+failings|later\s+found)\b/i;
/** What a changed way of working is called ("its procedures", "new working practices"). */
const CHANGED_THING =
  'procedures?|polic(?:y|ies)|process(?:es)?|guidance|templates?|checklists?|systems?|leaflets?|practices?|methods?|methodolog(?:y|ies)|pathways?|teams?|criteria';
const REMEDY_OR_CHANGE_DONE = new RegExp(
  `\\bwork\\s+(?:was|is|has\\s+been|had\\s+been)\\s+(?:now\\s+|already\\s+)?(?:under\\s*way|ongoing|in\\s+progress)\\s+to\\b|\\bapolog|\\b(?:paid|payment|compensation|refund\\w*|reimburs\\w*|£\\s?\\d)|\\b(?:reminded|reiterated\\s+to)\\b|\\b(?:audits?|audit\\s+work|learning\\s+reviews?)\\b[^.]{0,40}\\b(?:undertaken|carried\\s+out|completed)\\b|\\b(?:undertaken|held|carried\\s+out|completed|convened)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:(?:learning|lessons?\\s+learn(?:ed|t))\\s+(?:meetings?|reviews?|sessions?|events?)|checks|audits?|case\\s+reviews?)\\b|\\b(?:training|briefings?)\\b[^.]{0,80}\\b(?:delivered|provided|given|arranged|held|rolled\\s+out|completed)\\b|\\b(?:${CHANGED_THING}|letters?)\\b[^.]{0,80}\\b(?:amended|updated|revised|changed|introduced|rewritten|improved|reviewed|strengthened|redesigned|reorganised|restructured|created|developed|put\\s+in\\s+place)\\b|\\b(?:advice|instructions)(?:\\s+(?:on|about|for)\\s+[^.]{0,60}?)?\\s+(?:(?:had|has|have)\\s+been|was|were)\\s+(?:circulated|disseminated|issued|sent)\\b(?![^.]{0,30}\\bby\\s+the\\s+[A-Z][\\w\\s]{0,40}Act\\b)|\\b(?:introduced|put\\s+in\\s+place|implemented|developed|produced|created|issued)\\s+(?:an?\\s+|the\\s+|new\\s+|additional\\s+)+(?:[\\w-]+\\s+){0,3}?(?:${CHANGED_THING}|training|measures|controls|checks)\\b|\\benacted\\s+measures\\b|\\bmeasures\\s+(?:had\\s+been\\s+|have\\s+been\\s+|were\\s+)?put\\s+in\\s+place\\b|\\b(?:have|has|had)\\s+(?:now\\s+|also\\s+|since\\s+)?(?:reviewed|revised|updated|changed|amended|improved|introduced|strengthened|revamped|overhauled|redesigned|restructured)\\s+(?:their|its|it[\\u2019']s|our|the|how|an?|new)\\b|\\b(?:updated|revised|amended|changed|reviewed|rewrote|improved)\\s+(?:its|their|the|our)\\s+(?:[\\w-]+\\s+){0,3}?(?:${CHANGED_THING})\\b|\\b(?:work\\s+programme|(?:action|improvement)\\s+plan)\\b[^.]{0,40}\\b(?:developed|produced|agreed|put\\s+in\\s+place|implemented|introduced)\\b|\\b(?:policy|procedures?|process)\\s+review\\b|(?<!\\b(?:requested|asked\\s+for|wanted|sought|for)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?)\\breview\\s+of\\s+how\\b|\\b(?:introduced|made|implemented)\\s+(?:[\\w-]+\\s+)?(?:proposals|changes|improvements)\\b|\\b(?:convened|commissioned)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}?(?:investigation|review)\\b|\\b(?:officer|manager|worker|lead|coordinator)s?\\s+(?:had\\s+been|has\\s+been|have\\s+been|was|were)\\s+(?:assigned|appointed|allocated|designated)\\b|\\b(?:additional|new|more|extra|dedicated)\\s+(?:[\\w-]+\\s+){0,2}?(?:staff|officers|investigators|caseworkers|posts?)\\s+(?:had\\s+been|has\\s+been|have\\s+been|was|were)\\s+(?:recruited|appointed|employed|created|added)\\b`,
  'i',
);
/** What the organisation did or agreed in answer to the complaint, before the Ombudsman. */
const AT_COMPLAINT_STAGE =
  /^(?:[-\u2022*]\s*)?(?:when|after)\s+(?:the\s+(?:council|landlord)|it)\s+(?:responded|replied)\s+to\s+(?:her|his|their|the|(?:Mr|Mrs|Ms|Miss|Mx)\s+[A-Z]\w*[\u2019']s)\s+(?:[\w-]+\s+)?complaint\b|^(?:[-\u2022*]\s*)?in\s+(?:its|the\s+council[\u2019']s)\s+(?:stage\s+(?:1|2|one|two)\s+|final\s+|complaint\s+)+response\b/i;
/** "This is £19,898.", "That amounts to £350.", "A total of £100.": the amount of the action before it. */
const AMOUNT_OF_IT =
  /^(?:(?:this|that|which|the\s+(?:amount|sum|total))\s+(?:is|comes\s+to|amounts\s+to|totals)|(?:(?:a|the|in)\s+)?total(?:\s+of)?:?)\s+£\s?\d[\d,]*(?:\.\d{2})?\.?$/i;
/** The organisation (or "it", "they") as the subject just before the action. */
const ORGANISATION_SUBJECT =
  /(?:^|\b)(?:the\s+(?:council|landlord|local\s+authority|authority|organisation|service)|it|they|we)\s+(?:(?:has|have|will|should|must|shall|also|now|then|agreed|agrees)\s+)*(?:to\s+)?$/i;
/** The organisation's agreed or ordered remedy announced before a colon. */
const REMEDY_LEAD_IN =
  /\b(?:the\s+(?:council|landlord|local\s+authority|authority|organisation)|it)\s+(?:has\s+|have\s+)?(?:also\s+)?(?:(?:agreed|(?:is|was)\s+(?:asked|ordered|required))\s+to|will|should|must)\s*:\s*$|\b(?:we|I)\s+(?:have\s+)?(?:also\s+|therefore\s+|then\s+)*asked\s+(?:to\s+)?(?:the\s+)?(?:council|landlord|local\s+authority|authority|organisation|it)\s+to\s+(?:consider\s+)?remedy(?:ing)?\b[^:]{0,120}:\s*$|\b(?:we|I|the\s+ombudsman)\s+(?:also\s+|therefore\s+)*recommend(?:s|ed)?\s+(?:that\s+)?(?:the\s+)?(?:council|landlord|local\s+authority|authority|organisation|it)(?:\s+should)?\s*:\s*$/i;
/** A step that is a remedy or a learning task of its own, whatever sentence it comes in. */
const OWN_KIND_STEP = new RegExp(
  `£|\\b(?:pay|pays|refund|reimburse|apologi[sz]e|remind|train|audit)\\b|\\breview\\s+(?:its|how|the\\s+way|all|any|whether)\\b|\\b(?:other|all)\\s+(?:tenants|residents|people|families|cases|applicants)\\b|\\b(?:also|procedures?|policy|policies|staff|officers)\\b`,
  'i',
);
/** What was not recommended, asked for or agreed, before the items it lists. */
const REFUSED_LEAD = new RegExp(
  String.raw`\b(?:did|does|do|would|will)\s+not\s+(?:recommend|ask|agree|order|require)\b|\b(?:${REFUSED_SOURCE})\s+to\b`,
  'i',
);
/** "This has now been done.", "It has done so.": the action before it was carried out already. */
const DONE_DURING =
  /^(?:this|that|these|which)\s+(?:has|have)\s+(?:now\s+|already\s+|since\s+)*been\s+(?:done|completed|carried\s+out|actioned)\s*\.?$|^(?:it|the\s+(?:council|landlord|provider))\s+(?:has|have)\s+(?:now\s+|already\s+|since\s+)*done\s+(?:so|this)\s*\.?$/i;
/** The sentence names an amount, and not inside what someone says, claims or wants. */
function amountNotHearsay(sText: string, pastOutside: boolean): boolean {
  const first = findMoney(sText)[0];
  return first !== undefined && !isHearsay(sText.slice(0, first.start), pastOutside);
}
/** What a policy or procedure says the organisation will do ("The policy says ... it will:") is not a remedy. */
const SAYS =
  /\b(?:policy|procedures?|guidance|leaflet|website|code|scheme)\b[^.]*\b(?:says?|said|states?|stated|explains?|explained|sets?\s+out)\b/i;
function remedyLeadIn(text: string): boolean {
  const m = REMEDY_LEAD_IN.exec(text);
  if (!m) return false;
  // (the sentence of the lead-in only: the paragraph may begin with what the complainant says; its
  // lines wrapped by a PDF are one sentence: "The policy says the landlord ... but when" / "antisocial
  // behaviour is reported it will:")
  const flat = text.replace(/\s/g, ' ');
  return !SAYS.test(flat.slice(sentenceStartBefore(flat, m.index)));
}
/** A sentence that states the remedy of an old short decision: "To remedy the injustice caused to Mr B, the Council should
 *  ...", "The Ombudsman recommended the Council to pay Ms S £4,500" (a 2010 report page). */
const REMEDY_OPENER =
  /^to\s+remedy\s+(?:the\s+)?(?:injustice|this|faults?|failings?)\b(?:[^,:]{0,120},|(?:\s+caused(?:\s+to\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]\w*|him|her|them))?)?)\s*(?:the\s+)?(?:council|local\s+authority|authority|landlord|it)\s+(?:has\s+|have\s+)?(?:also\s+)?(?:agreed|should|will|must)\b(?![^.]*:\s*$)|^the\s+ombudsman\s+(?:also\s+)?recommended\s+(?:that\s+)?(?:the\s+)?(?:council|local\s+authority|authority|landlord)\b(?![^.]*:\s*$)/i;
const ACTION_LEAD =
  /\b(?:will|should|must|shall|agreed|agree|recommend\w*|the\s+council|the\s+landlord|the\s+local\s+authority|actions?|improvements?|learning|lessons|remed(?:y|ies)|steps|changes|order(?:s|ed)?|had|has|have|disseminated|instructions?|following\s+(?:was|were|is|are)\s+(?:agreed|disseminated|shared|introduced))\b/i;

const REMEDY_MONEY =
  /\b(?:in\s+recognition|to\s+recognise|to\s+acknowledge|remedy|redress|compensation|symbolic|for\s+(?:the\s+)?(?:distress|time\s+and\s+trouble|uncertainty|frustration|further\s+distress)|paid\s+(?:an?\s+)?(?:extra|additional|further)|settlement|\b(?:council|landlord|provider|authority|it)\s+(?:has\s+|had\s+)?(?:offer(?:ed|ing)|ma(?:de|king))\s+(?:an?\s+)?£\s?\d[\d,.]*\s+(?:goodwill\s+|symbolic\s+)?payment)\b/i;
/** The organisation paid or refunded the money already (past simple or perfect), as the Ombudsman notes. */
const MONEY_ALREADY_GIVEN =
  /\b(?:the\s+(?:council|landlord|organisation|care\s+provider|provider)|it)\s+(?:has\s+|had\s+)?(?:already\s+|since\s+|now\s+)?(?:refunded|paid|reimbursed|repaid|credited)\b/i;
/** "... but this did not cause significant injustice to warrant a remedy": money named, no remedy. */
const NO_REMEDY_NEEDED =
  /\b(?:not|no|nothing)\b[^.]{0,80}?\b(?:warrants?|justif(?:y|ies)|requires?|needs?)\s+(?:a|any)\s+(?:further\s+|financial\s+)?remedy\b/i;
/** "The payment of £2000 by the Council ... was satisfactory and no further payment is justified":
 * a payment made before, judged enough (past tense, or no further one needed), not a remedy. */
/** "Ms F rejected this offer as ... the £500 offered ... was insufficient", "The landlord had offered
 * £150": money the complainant turned down, the Ombudsman found too little, or offered earlier in the
 * story; not a remedy. */
const MONEY_REJECTED = new RegExp(
  String.raw`^(?:[^,]{0,60},\s*)?(?:the\s+(?:council|landlord|provider|care\s+provider|authority|organisation)|it)\s+had\s+(?:already\s+|previously\s+|initially\s+)?offered\b|\b(?:${REFUSED_SOURCE})\s+(?:this|the|that|its|their|his|her)\s+(?:offer|payment|compensation|sum|amount|remedy)\b|\b(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:offer|payment|amount|sum|compensation|£\s?[\d,.]+)\b[^.;]{0,80}?\b(?:was|is|were)\s+(?:insufficient|inadequate|not\s+(?:enough|sufficient|adequate))\b`,
  'i',
);
const PAID_AND_ENOUGH =
  /^(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:payment|offer|amount|sum|compensation|£\s?[\d,.]+)\b[^.;]*?\b(?:was|were|had\s+been)\s+(?:a\s+)?(?:satisfactory|sufficient|adequate|proportionate)\b|\bno\s+further\s+(?:financial\s+)?(?:payment|remedy|compensation)\s+(?:is|was)\s+(?:justified|warranted|needed|required|necessary)\b/i;
/** A lead-in quoting other text: a policy that "states the following:", the remedy an earlier
 * decision asked for ("We issued a final decision in May which asked the Council to:"), or
 * recommendations the council did not accept ("The Council did not agree with the recommendations,
 * which were:"). */
const QUOTE_LEAD =
  /\b(?:outlines?|states?|says|reads|sets\s+out|provides?|includes?)\s+(?:the\s+following|as\s+follows|that)\s*:\s*$|\b(?:we|I|the\s+ombudsman)\s+(?:issued|made)\s+(?:a|an|our|the|its)\s+(?:final\s+|earlier\s+|previous\s+)?(?:decision|report)\b[^:]{0,160}:\s*$|\b(?:previous|earlier|original)\s+(?:decision|report|investigation)\b[^:]{0,160}\b(?:asked|recommended)\b[^:]{0,100}:\s*$|\b(?:did|does|do)\s+not\s+(?:agree|accept)\s+(?:with\s+)?(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:findings?\s*(?:\/|and|or)\s*)?recommendations?\b[^:]{0,60}:\s*$|\b(?:rejected|declined)\s+(?:the\s+)?(?:following\s+)?recommendations?\b[^:]{0,60}:\s*$/i;
const SUMMARY_LABEL = /^\s*(?:Complaint\s+)?[Ss]ummary\s*:\s*/;
/** "That the Audit and Governance Committee:": the meeting's own resolutions follow, each read alone. */
const COMMITTEE_RESOLVES_LEAD =
  /^that\s+(?:the\s+)?(?:[\w&,'\u2019-]+\s+){0,6}?(?:committee|cabinet|panel|board|members|sub-committee)\s*:\s*$/i;
/** A committee resolution "(a) To note the following:": what it notes follows, not actions. */
const NOTING_LEAD =
  /^(?:\(?[a-z\d]{1,4}\)\s*)?(?:to\s+)?(?:note|notes|noted|receive|received)\s+(?:and\s+\w+\s+)?(?:the\s+following|that)\s*:\s*$/i;
const NON_ORG_SUBJECT =
  /(?:^|\s)(?:the\s+)?(?:LGSCO|LGO|Ombudsman|Housing\s+Ombudsman|panel|complainants?|the\s+complainant|(?:Mr|Mrs|Ms|Miss|Mx)\s+[A-Z]\b|IIO|IP|independent\s+person|investigating\s+officer|relevant\s+senior\s+officer|senior\s+officer|committee|scrutiny\s+panel|cabinet(?:\s+member)?|councillors?)\s*$|^(?:councils|a\s+council|local\s+authorities|landlords|a\s+landlord|they|you|he|she|providers|schools)$/i;
/** The subject after an opening clause ("When deciding whether to charge, councils" -> "councils"). */
function afterOpeningClause(subject: string): string {
  return subject.replace(/^[^,]{0,120},\s*/, '');
}
/** A sub-heading run into the sentence under it ("Housing allocations Every local housing authority"). */
const HEADING_RUN_IN = /^[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+(?=(?:Every|Each|All|Any)\b)/;
/** The law stated: "The law says ...", "The Care Act requires ...", "Statutory guidance states ...". */
const LAW_SAYS =
  /^(?:[Tt]he\s+law|(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Act|Regulations)(?:\s+\d{4})?|(?:[Tt]he\s+)?(?:[Ss]tatutory\s+)?[Gg]uidance|[Ll]egislation)\s+(?:says|states|requires|provides|sets\s+out)\b/;
/** A notice, form or letter as the subject (what it will say is the law's or the procedure's). */
const DOCUMENT_SUBJECT =
  /^(?:the|a|an|each|every|any)\s+(?:[\w-]+\s+){0,2}?(?:notice|form|leaflet|certificate|bill|summons|demand)$/i;
/** A condition on people in general: "If they do not do so", "Where a tenant ...", "If someone ...". */
const GENERIC_CONDITION =
  /^(?:if|where|when|once|unless)\s+(?:they|people|someone|anyone|a\s+(?:person|resident|tenant|taxpayer|customer|parent|child|pupil|applicant))\b/i;
/** Whom the law binds: every authority, all decisions, councils in general (not this council). */
const LAW_SUBJECT =
  /^(?:every|each|all|any)\b|^(?:an?\s+)?(?:local\s+(?:housing\s+|planning\s+|education\s+|highway\s+)?authorit(?:y|ies)|councils|landlords?|housing\s+authorities)$|^(?:leaseholders?|tenants|residents|landlords)\s+(?:usually|normally|generally)$/i;
/** Parties in general, whom the law binds: "a landlord", "Leaseholders usually". */
const GENERAL_PARTY =
  /^(?:an?\s+landlord|(?:the\s+)?(?:leaseholders?|tenants|residents|landlords)\s+(?:usually|normally|generally))$/i;
/** A standard quoted under its label: "Person-centred care: people must have care ...". */
const STANDARD_SUBJECT = /^(?:[A-Z][\w\s,&'\u2019-]{0,60}:\s*)?(?:people|service\s+users)\s+must\s*$/i;
/** A linking word or phrase before the subject ("As a result, they have ..."): not the subject. */
const OPENING_ADVERBIAL =
  /^(?:(?:and|but|so|also|however|therefore|subsequently|since\s+then|as\s+a\s+result|in\s+response|in\s+addition|following\s+(?:this|that))\s*,?\s+)+/i;
/** The organisation's next step of a remedy: "It should then arrange ...", "The council must then ...". */
const NEXT_STEP =
  /^(?:it|the\s+(?:council|landlord|organisation|authority))\s+(?:should|must|will)\s+then\b(?!\s+(?:usually|normally|generally|typically|always|each|only)\b)/i;
/** A sentence that agrees or recommends a remedy without naming it: "a series of actions it agreed
 *  to take", "The Council has agreed to remedy the injustice", "We recommended the Council take
 *  action to remedy ..." (no amount: "This included £100 for ..." after one is its breakdown). */
const REMEDY_AGREED_UNNAMED =
  /^(?:(?!\b(?:said|says|complain(?:s|ed)?|wants?|wanted)\b)[^£])*\b(?:agreed|agrees|recommend(?:s|ed)?)\b(?:(?!\b(?:said|says|complain(?:s|ed)?|wants?|wanted)\b)[^£])*\b(?:actions?|remed(?:y|ies)|recommendations?|steps)\b[^£]*$/i;
/** A remedy given earlier: before the Ombudsman, at a stage of the complaints procedure. */
const GIVEN_EARLIER =
  /\b(?:before|already|previously|earlier)\b|\bstage\s+(?:one|two|three|1|2|3)\b|\bfinal\s+response\b|\bcomplaints?\s+(?:process|procedure)\b/i;
/** A process description ("Applications will each be assessed", "The panel will then decide"); not
 *  two bodies that "should each" act ("should each pay Mrs B £150"). */
function describesProcess(sentence: string): boolean {
  const m = PROCESS_ADVERB.exec(sentence);
  if (!m) return false;
  const each = /\beach$/i.test(m[0]) ? /^\s+([a-z]+)/i.exec(sentence.slice(m.index + m[0].length)) : null;
  return !(each && presentActionVerb(each[1]) !== null);
}
/** "This included ..." lists the remedy the text before agreed or recommended (not one given earlier). */
function remedyListedAfter(text: string, before: { start: number; end: number } | null): boolean {
  if (!before) return false;
  const b = norm(text.slice(before.start, before.end));
  return REMEDY_AGREED_UNNAMED.test(b) && !GIVEN_EARLIER.test(b);
}
/** The same subject's next step: "... and will then arrange". */
const AND_THEN = /\band\s+(?:will|should|must)\s+then\b/i;
const PROCESS_ADVERB =
  /\b(?:will|shall|should|must)\s+(?:then|each|only|usually|normally|generally|typically|always|also\s+then)\b|^(?:when|whenever|once|where)\b[^,]{3,240},\s*(?:the\s+)?[\w\s]{1,60}?\bwill\b|^(?:sometimes|usually|normally|generally|typically)\b/i;
/**
 * A later sentence of the same item that comments on the action before it ("These should be
 * answered promptly", "The measures included ..."), not a new action. "It was also recommended
 * that ..." and "It has agreed to ..." start a new one.
 */
const ELABORATION =
  /^(?:in\s+(?:its|their)\s+place|this|these|they|those|it\s+(?:is|was|has)(?!\s+(?:also\s+|now\s+|further\s+)*(?:(?:agreed|undertaken|committed)\s+(?:not\s+)?to|recommended|ordered|asked\s+to|decided\s+that)\b)|copies|a\s+copy|compliance\s+with\s+this|there\s+has\s+been|the\s+(?:measures|steps|changes|actions|improvements|arrangements)\s+(?:included|include|includes|were|are|taken)\b)\b/i;
/**
 * "It should assess this against its data protection policy": a further step on the object of the
 * action before it (this, these, those), part of that action.
 */
const SAME_OBJECT_SENTENCE =
  /^(?:it|they|the\s+(?:council|landlord|local\s+authority|organisation))\s+(?:should|must|will|shall)\s+(?:also\s+|then\s+)*[a-z]+\s+(?:this|these|those)(?=\s+(?:against|with|to|for|in|on|at|from|into|onto|as|and|or|before|after|within|under|through|over|about|alongside|where|if|when|so|once|again)\b|\s*[.;,]?\s*$)/i;
/** A sentence that pays, refunds or apologises, or names a sum, is an action of its own. */
const OWN_REMEDY =
  /£\s?\d|\b(?:pay|pays|paying|refund|refunds|refunding|reimburse|reimburses|compensate|compensates|apologise|apologises|apologize|apologizes|apologising)\b/i;

/**
 * "This did not go far enough, so the Council has agreed to reassess ...", "... and the Council will
 * therefore arrange a fresh appeal": after a comment on the previous action, or after the Ombudsman's
 * own words, a clause with the organisation as subject and its own modal or agreed verb is a new
 * action, not a comment.
 */
const OWN_CLAUSE = new RegExp(
  String.raw`(?:[,;]|\b(?:so|and|but|therefore|instead|now|as|because|since))\s+(?:(?:so|and|therefore|now)\s+)?(?:${ORGANISATION_SOURCE}|the\s+service|they)\s+(?:(?:has|have|now|also|therefore|instead|then)\s+)*(?:agreed\s+to|agrees\s+to|will|should|must|shall)\s+(?:[a-z]+\s+){0,2}$`,
  'i',
);
function ownAction(sText: string, form: ActionForm): boolean {
  return (form.kind === 'modal' || form.kind === 'agreed') && OWN_CLAUSE.test(sText.slice(0, form.at));
}

/** A sentence whose subject is the remedy the organisation gave before the decision. */
const REMEDY_ALREADY_GIVEN = new RegExp(
  `^(?:[^,]{0,60},\\s*)?(?:the|this|its)\\s+${GIVEN_BEFORE_SOURCE}`,
  'i',
);

/** An offer made before the complaint came to the Ombudsman, or already carried out, or granted only
 * in a concession ("Whilst the landlord offered £150 ..., it is not an effective way to ..."). */
const OFFER_BEFORE =
  /^(?:whilst|while|although|though|even\s+though)\s+(?:the\s+(?:council|landlord|organisation|provider|care\s+provider|authority)|it)\s+(?:had\s+|has\s+)?(?:also\s+)?offered\b[^,;]*,\s*(?!which\b)|\bbefore\s+(?:(?:he|she|they|Mr|Mrs|Ms|Miss|Mx|Dr)\b[^.;]{0,20}?|the\s+complainant\s+|the\s+resident\s+)(?:came|complained|referred|brought|went|approached)\b[^.;]{0,30}?\b(?:us|the\s+ombudsman)\b|\b(?:at|in\s+its|in\s+the)\s+stage\s+(?:1|2|one|two)\b|\bstage\s+(?:1|2|one|two)\s+(?:complaint\s+)?response\b|\bwhich\s+it\s+(?:then\s+|has\s+|later\s+)?(?:did|done)\b|\b(?:has|had)\s+already\s+(?:agreed|accepted|acknowledged|admitted)\b[^.;]{0,80}?\band\s+(?:has\s+)?offered\s+(?:an?\s+|its\s+)?apolog(?:y|ies)\b/i;
/** The next sentences say the offer was not enough, refused, or replaced ("... £250 instead"). */
const OFFER_SUPERSEDED =
  /\binstead\s*[.;]|\binstead\s+of\s+(?:this|that|it|the\s+(?:offer|payment|amount|sum)|its\s+offer|£)|£[^.;]*\binstead\b|\binstead\b[^.;]*£|\b(?:(?:increase[ds]?|increasing|raise[ds]?)\s+(?:this|it|that|the\s+(?:payment|offer|amount|sum|remedy)|its\s+offer)\b|(?:an\s+|a\s+)?(?:increased|higher|larger)\s+(?:financial\s+)?(?:remedy|payment|offer|amount|sum)\b|did\s+not\s+go\s+far\s+enough|(?:was|is|were|are)\s+not\s+(?:enough|sufficient|adequate)|not\s+enough|insufficient|declined|did\s+not\s+want|did\s+not\s+accept|refused|rejected|turned\s+(?:it\s+|this\s+)?down)\b/i;
function offerNotTheRemedy(text: string, sText: string, end: number): boolean {
  if (OFFER_BEFORE.test(sText)) return true;
  // (up to the next heading, a short line before a blank line or a list: "The complaint" opens what
  // the complainant says, not what came of the offer; a wrapped line of the paragraph is no heading)
  const next = text
    .slice(end, end + 600)
    .replace(
      /\n[ \t]*[A-Z][^\n.!?:;,]{0,40}\n(?=[ \t]*\n|[ \t]*(?:[-\u2022]|\d+[.)]|[a-z][.)])\s)[\s\S]*$/,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z(\d])/)
    .slice(0, 2)
    .join(' ');
  return OFFER_SUPERSEDED.test(next);
}

/** Who the previous sentence is about, when it is not the organisation. */
const NON_ORG_ACTOR =
  /^(?:the\s+)?(?:LGSCO|LGO|(?:housing\s+|local\s+government\s+(?:and\s+social\s+care\s+)?)?ombudsman\b(?![\u2019']s\s+(?:findings|recommendations?|decision|report))|complainants?|the\s+complainant|residents|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\s+[A-Z]\b|panel|IIO|independent\s+(?:person|investigat\w+)|investigating\s+officer|councillors|landlords|councils|providers)/i;

/**
 * Is the subject before the action not the organisation ("the Ombudsman", "Mrs X", "they")? After
 * a linking phrase ("As a result, they have ...") "they" is whoever the sentence before was about:
 * the Ombudsman or the complainant, or a team of the organisation ("The Housing Repairs team
 * accepted the findings. As a result, they have apologised ...").
 */
function nonOrgSubject(subject: string, text: string, at: number): boolean {
  const bare = subject.replace(OPENING_ADVERBIAL, '');
  if (bare === subject || !/^they$/i.test(bare))
    // "When deciding whether to charge, councils should ...": the subject after the opening clause
    return NON_ORG_SUBJECT.test(bare) || NON_ORG_SUBJECT.test(afterOpeningClause(bare));
  const before = text.slice(Math.max(0, at - 500), at).trim();
  const previous = (before.split(/(?<=[.!?:])\s+|\n\s*\n/).pop() ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^[\W\d]*(?:[a-z]\)\s*)?/i, '');
  return NON_ORG_ACTOR.test(previous);
}

/** One of the council's own committees or its cabinet, as the subject. */
const COUNCIL_BODY = /\b(?:committee|sub-committee|cabinet|executive)\s*$/i;
/** "agreed a payment to Mr Oak of £700", "approved compensation of £500". */
const AGREED_REMEDY =
  /^(?:had\s+|has\s+|have\s+)?(?:agreed|approved|authorised)\s+(?:to\s+(?:pay|make|offer)\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:payment|compensation|apology|£\s?\d)/i;
/** A person (the complainant, a relative) as the one who agreed: "Ms F agreed to ...", "she agreed to ...". */
// (case-sensitive, as before: "she", "the family" in the sentence; titles and names by their capitals)
const PERSON_AGREED = new RegExp(
  `${PERSON_SUBJECT_SOURCE}\\s+(?:had\\s+|has\\s+|also\\s+)*agreed\\s+to\\s*$`,
);
/** Reports that the previous action was done: part of that action, not a new one. */
const IMPLEMENTATION_REPORT =
  /\b(?:achieve|achieves|complete|completes|meet|meets|address|addresses|implement|implements|fulfil|fulfils)\s+(?:this|the\s+above)\s+recommendation\b|\bthis\s+recommendation\s+(?:is|was|has\s+been)\b|^(?:I|we)\s+can\s+confirm\s+that\b|^(?:[\w\s]{0,40}\s)?(?:were|was|have\s+been|has\s+been)\s+asked\s+to\s+(?:disseminate|cascade|share|circulate)\b|\b(?:this|the)\s+(?:instruction|information|learning)\s+was\s+(?:shared|disseminated|cascaded|circulated)\b/i;
/** A lead-in that orders or agrees what follows ("..., the landlord:", "the Council has agreed to:"). */
const ORDERING_LEAD_END =
  /\b(?:will|should|must|shall|agreed\s+to|agrees\s+to|ordered\s+to|required\s+to|asked\s+to|the\s+(?:council|landlord|local\s+authority|organisation)|recommends?(?:\s+that)?|orders?\s+that)\s*[:\u2013\u2014]\s*$/i;
/** A lead-in sentence with a subject and a verb, not a label: "The panel recommends:". */
const STATEMENT_LEAD =
  /^(?:the|we|i|it|our)\b.*\b(?:recommends?|recommended|will|should|must|shall|agreed\s+to|agrees\s+to|has\s+agreed|is\s+ordered\s+to|are\s+ordered\s+to|asks?|requires?)\b(?:\s+that)?\s*:$/i;
/** "The review should include:" - what the action before it must cover, not new actions. */
const POINTS_TO_COVER =
  /^(?:the|this|that|these|its|any|such)\s+(?:[\w-]+\s+){0,3}?(?:should|must|will|shall|is\s+to|are\s+to|needs?\s+to)\s+(?:also\s+)?(?:include|cover|consider|address|look\s+at|examine|identify|set\s+out|explain|establish)(?:,?\s+(?:as\s+a\s+minimum|at\s+least|but\s+not\s+be\s+limited\s+to))?\s*[:\u2013\u2014-]$/i;
/** "The Council should consider this guidance in making the apology": how to do the action before it. */
const USE_GUIDANCE =
  /^(?:the\s+(?:council|landlord|organisation|local\s+authority)|it)\s+(?:should|must|will)\s+(?:also\s+)?(?:consider|follow|take\s+(?:account\s+of|into\s+account)|have\s+regard\s+to|use|read)\s+(?:this|that|our|the\s+(?:ombudsman[\u2019']s\s+)?)\s*guidance\b/i;
const COMMITTEE_ACTION =
  /\b(?:note|notes|noted|endorse|endorses|scrutinise|comment\s+on|receive|receives)\s+(?:the\s+)?(?:contents?|report|annual\s+report|update|information|performance)\b/i;

/** The kinds of personal remedy a sentence names: an apology, money. */
function remedyKinds(s: string): Set<string> {
  const kinds = new Set<string>();
  if (/\bapolog/i.test(s)) kinds.add('apology');
  if (/£\s?\d|\b(?:pa(?:y|id|ying|yments?)|financial\s+remedy|compensation|refund\w*|reimburs\w*)\b/i.test(s))
    kinds.add('money');
  return kinds;
}

/**
 * A first-person recommendation ("I recommend a payment of £150 ...", "the panel recommends ...") is
 * read wherever it stands, not only in the action sections.
 */
const EXPLICIT_RECOMMENDATION =
  /\b(?:I|we|the\s+panel|the\s+investigat(?:or|ing\s+officer)|the\s+independent\s+person)\s+(?:would\s+|also\s+)?recommends?\b|\b(?:I|we)\s+(?:also\s+)?suggested\s+(?:that\s+)?(?:the\s+(?:council|landlord|organisation|trust|provider)|it|a\s+(?:payment|remedy)|an\s+apology)\b/i;

export interface CandidateOptions {
  /** Accept past-tense "done" actions outside action sections (annual reports report them). */
  pastOutside: boolean;
  /** Only look inside action sections (a single-case decision that has one): faster. */
  sectionsOnly?: boolean;
  /** An Ombudsman's decision: "we" and "our" are the Ombudsman, not the organisation. */
  ombudsmanVoice?: boolean;
  /** A decision (or report) about one case: section roles are read strictly (candidate-rules.ts). */
  singleCase?: boolean;
  /** A Housing Ombudsman decision: its "Learning" section is general advice (possible actions). */
  housingOmbudsman?: boolean;
  /** Where the document itself starts: what comes before its title line is the web page's own
   *  text (a site banner, "Respond by 25 October", cookie notices), never an action. */
  bodyStart?: number;
}

/**
 * The Ombudsman (or the investigator) describing its own practice: "We publish guidance on
 * remedies which sets out how organisations should apologise", "I have made recommendations to
 * ...", "Our guidance says ...". Not an action of the organisation. Reporting what the
 * Ombudsman decided the organisation should do ("I consider it should pay her £100", "We
 * recommend ...") is an action and is not matched here.
 */
export function isOmbudsmanVoice(sentence: string, weAreOmbudsman: boolean): boolean {
  const s = sentence
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\W\d]*(?:(?:and|but|also|however|so|further(?:more)?|in\s+addition)\b,?\s*)?/i, '');
  const subject = weAreOmbudsman
    ? /^(?:we|I|our\s+(?![Cc]ouncil\b)([\w-]+)|the\s+(?:housing\s+|local\s+government\s+(?:and\s+social\s+care\s+)?)?ombudsman(?:[\u2019']s\s+([\w-]+))?|the\s+LGSCO(?:[\u2019']s\s+([\w-]+))?|this\s+office)\b\s*/i
    : /^(?:I|the\s+(?:housing\s+|local\s+government\s+(?:and\s+social\s+care\s+)?)?ombudsman(?:[\u2019']s\s+([\w-]+))?|the\s+LGSCO(?:[\u2019']s\s+([\w-]+))?)\b\s*/i;
  const m = subject.exec(s);
  if (!m) return false;
  const noun = m[1] ?? m[2] ?? m[3];
  // "Our view is that the Council should ...", "The Ombudsman's recommendation is ...": a decision
  if (noun !== undefined)
    return !/^(?:view|views|recommendations?|decision|finding|findings|conclusion)$/i.test(noun);
  const rest = s.slice(m[0].length);
  // outside an Ombudsman's decision "I" may be the council's own officer ("I will ensure staff
  // are reminded"): only the investigator's account of the recommendations made is excluded
  if (!weAreOmbudsman && /^I\b/i.test(s)) {
    const commitment = /^(?:will|shall|am\s+going\s+to)\s+(?:also\s+|now\s+|personally\s+)?([a-z]+)/i.exec(
      rest,
    );
    if (commitment && actionVerb(commitment[1]) !== null) return false;
  }
  const verb =
    /^(?:(?:also|have|has|had|will|would|do|did|now|then|therefore|further|not|cannot|can|may|must|should|always|usually|normally|generally|often|only)\s+)*([a-z]+)/i.exec(
      rest,
    )?.[1] ?? '';
  // the Ombudsman's decision about what the organisation is to do
  return !/^(?:consider|considers|considered|think|thinks|thought|find|finds|found|am|are|is|was|were|believe|believes|believed|recommend\w*|suggest\w*|ask|asks|asked|expect|expects|expected|agree|agrees|agreed|require|requires|required|order|orders|ordered|direct|directs|directed|instruct\w*|request\w*|propose\w*|say|says|said|welcome|welcomes|note|notes|noted|accept|accepts|accepted|want|would|conclude|concluded|decided|decide|uphold|upheld|remain|remains)$/i.test(
    verb,
  );
}

/** A short line that reads as an action: an imperative with an object, or a remedy noun. */
function actionCell(line: string): boolean {
  const t = line.trim().replace(OUTCOME_CELL, '');
  const words = t.match(/[A-Za-z][\w'\u2019-]*/g) ?? [];
  if (words.length < 3) return false;
  return presentActionVerb(words[0] ?? '') !== null || ACTION_NOUN_START.test(t);
}

/**
 * A line that reads like a loose remedy heading ("Financial remedy for distress", "Payment of
 * remedies") in an action section: a cell of the action table when the line after it is a short
 * cell too; before prose it is a heading.
 */
function remedyCell(text: string, items: Item[], ii: number): boolean {
  const own = text.slice(items[ii].start, items[ii].end).trim();
  if (!actionCell(own)) return false;
  const next = items[ii + 1];
  if (!next) return false;
  const t = text.slice(next.start, next.end).trim();
  return t.length <= 90 && !t.includes('\n') && !/[.!?;:]$/.test(t) && actionCell(t);
}

/** Whitespace made plain spaces, same length as the input (offsets stay valid). */
function norm(s: string): string {
  return s.replace(/\s/g, ' ');
}

export function findCandidates(
  text: string,
  items: Item[] = buildItems(text),
  options: CandidateOptions = { pastOutside: false },
): { candidates: Candidate[]; items: Item[]; hasActionSection: boolean } {
  const out: Candidate[] = [];
  let section: SectionKind = 'none';
  let role: SectionRole | null = null;
  let sectionRuleId: string | null = null;
  let heading: string | null = null;
  let sectionIndex = 0;
  let hasActionSection = false;
  let lead: LeadIn | null = null;
  let sectionLeadDeadline: DeadlineMatch | null = null;
  /** A remedy lead-in ("To remedy the injustice caused, the council has agreed to:") was read in this section. */
  let remedyOpened = false;
  const evidenceSections = new Set<number>();
  /** Numbered recommendations seen so far ("Recommendation 2", or "2." in an action section). */
  const byNumber = new Map<string, Candidate>();
  /** Labels of recommendations stated with an explicit "Recommendation N" / "RN" marker. */
  const explicitNumbers = new Set<string>();

  const headings = documentHeadings(
    items.filter((it) => it.heading).map((it) => text.slice(it.start, it.end)),
  );

  for (let ii = 0; ii < items.length; ii++) {
    const item = items[ii];
    if (options.bodyStart !== undefined && item.end <= options.bodyStart) continue;
    const itemText = text.slice(item.start, item.end);
    if (item.heading) {
      // a running page header between two lines of a list ends neither the list nor its section
      if (headings.isRunningHeader(itemText)) continue;
      const matched = headings.match(itemText);
      // a cell of an action table that names a remedy ("Financial remedy for distress and time and
      // trouble") reads like a loose remedy heading: in an action section it is an action
      const hm: SectionMatch | null =
        matched?.rule.id === LOOSE_REMEDY_RULE.id && isActionSection(section) && remedyCell(text, items, ii)
          ? null
          : matched;
      const k: SectionKind | null = hm?.kind ?? null;
      const majorNumbered = item.marker !== null && /^\d{1,2}\.\d{1,2}/.test(item.marker);
      if ((k !== null || majorNumbered) && !(k !== null && isTableHeaderCell(text, items, ii))) {
        section = k ?? 'none';
        role = hm?.role ?? null;
        sectionRuleId = hm?.rule.id ?? null;
        heading = itemText
          .trim()
          .replace(/\s+/g, ' ')
          .replace(/[:.]\s*$/, '');
        sectionIndex++;
        remedyOpened = false;
        lead = null;
        sectionLeadDeadline = null;
        if (isActionSection(section)) hasActionSection = true;
        continue;
      }
      // an unknown heading: a sub-heading; a lead-in ends there (and a remedy opened above it). A
      // short line that reads as a lead-in ("The panel recommends:", "The landlord must:") opens its list instead.
      lead = null;
      remedyOpened = false;
      // headings that end with ':' ("Improvements:") are handled by classifyHeading above
      const statementLead =
        k === null && /:\s*$/.test(itemText) && STATEMENT_LEAD.test(itemText.trim()) && isLeadIn(itemText);
      // in an action section a short line that starts with an action verb or names a remedy
      // ("Provide copy of charging policy", "Financial remedy for distress") is a table cell
      // holding an action, not a sub-heading
      if (!statementLead && !(k === null && isActionSection(section) && actionCell(itemText))) continue;
    }

    // is this item a child of the current lead-in?
    let child = false;
    if (
      lead &&
      lead.type === 'quote' &&
      !item.kind &&
      /^(?:the\s+(?:council|local\s+authority|service|landlord)|we|however|our)\b/i.test(itemText.trim())
    )
      lead = null;
    // "(a) To note the following:" ends at the next marker of its own kind ("(b) To agree ...")
    if (
      lead &&
      lead.type === 'quote' &&
      lead.noting &&
      lead.kind !== null &&
      item.kind === lead.kind &&
      !subNumberOf(item.marker, lead.marker)
    )
      lead = null;
    if (lead && lead.type === 'quote') continue;
    if (lead) {
      // the nearest lead-in this item belongs to: a sub-list's lead-in ("b. Pay £1,150, made up
      // of:") ends at the next item of the outer list ("c. Inspect ..."), which still belongs to
      // the outer lead-in ("Within 4 weeks ..., the landlord is ordered to:") and its deadline
      let l = nearestLead(lead, item, ii, text);
      if (l && item.kind === null && item.paragraph !== l.paragraph) {
        // an unmarked item after the colon: the list goes on only while its items start with a verb
        const first = /^[\W]*([A-Za-z][\w-]*)/.exec(itemText)?.[1] ?? '';
        if (ii === l.itemIndex + 1 || presentActionVerb(first) !== null || /^to$/i.test(first))
          l.unmarkedRun = ii;
        else l = null;
      }
      if (l) {
        child = true;
        lead = l;
        if (item.kind !== null && item.kind === l.kind) l.unmarkedRun = ii;
      } else if (!(item.kind === null && nextChildOfChain(lead, items, ii, text))) {
        // (an unmarked note between the items of a list, "This amount replaces the £75 offered.",
        // is not an item of the list, but the list goes on after it)
        lead = null;
      }
    }
    if (lead && child && (lead.type === 'quote' || lead.type === 'wish')) continue;
    if (lead && child && lead.type === 'action' && lead.candidate) {
      // sub-points of one task: extend that action
      lead.candidate.end = item.end;
      lead.candidate.sentenceEnd = item.end;
      lead.candidate.reasons.push('sub-item of the same task merged');
      lead.candidate.subPoints = true;
      continue;
    }

    // "Recommendation 2: Accepted. ..." answering (or repeating) an earlier recommendation 2
    const number = markerLabel(item.marker);
    // "Recommendation 2: Accepted." / "R2 Accepted." answer recommendation 2; "2. Apology to Ms A" in a
    // summary of recommendations repeats a "Recommendation 2" stated earlier
    const restated =
      number !== null &&
      isActionSection(section) &&
      (item.kind === 'number' || item.kind === 'letter') &&
      explicitNumbers.has(number) &&
      byNumber.get(number)?.sectionIndex !== sectionIndex;
    const recNo = (item.kind === 'recommendation' || restated) && number ? number : null;
    if (recNo !== null && byNumber.has(recNo)) {
      const original = byNumber.get(recNo)!;
      let alternative = false;
      for (const r of splitSentences(text, item.start, item.end)) {
        const sText = norm(text.slice(r.start, r.end));
        if (/\b(?:instead|alternatively|rather\s+than\s+this)\b/i.test(sText)) {
          alternative = true;
          continue;
        }
        const d = findDeadline(sText);
        if (d && !original.deadline) {
          original.deadline = shift(d, r.start);
          original.deadlineSource = `response to recommendation ${recNo}: "${sText.trim().slice(0, 60)}"`;
        }
      }
      if (!alternative) continue;
    }
    // the role of the section decides whether its sentences may be actions at all
    const policy = role ? ROLE_POLICIES[role] : null;
    // where a candidate of this item stands, for its rule ids and its "why"
    const here = (): Where => ({
      sectionRuleId,
      heading,
      role,
      lead: child && lead ? lead : null,
      policyId: policy?.id ?? null,
      housingOmbudsman: options.housingOmbudsman === true,
    });
    let reading =
      policy === null
        ? 'all'
        : policy.reading === 'never_in_decision'
          ? options.singleCase
            ? 'never'
            : 'all'
          : policy.reading;
    // (an old short decision's remedy goes on after its list: "The council should send the
    // payments within a month; monitor ...": what follows the remedy lead-in in its section is
    // read as a remedy section)
    // ("To remedy the injustice caused, the Council should ensure ...": the remedy in a sentence of its own)
    if (REMEDY_OPENER.test(itemText.trim())) remedyOpened = true;
    if (reading === 'never' && remedyOpened) reading = 'all';
    if (remedyLeadIn(itemText.trim())) remedyOpened = true;
    // (an old short decision states its remedy under "The complaint": "To remedy the injustice
    // caused, the council has agreed to:" and its items are actions wherever they stand; in a
    // paragraph of the complaint that ends with that lead-in, only the lead-in and what the
    // organisation commits to are read)
    const leadInOnly =
      reading === 'never' &&
      item.kind !== 'recommendation' &&
      !(child && lead?.announcesActions && lead.remedyLeadIn);
    if (leadInOnly && !remedyLeadIn(itemText.trim())) {
      lead = null;
      continue;
    }
    if (child && lead) lead.children++;
    const inSection = isActionSection(section) || item.kind === 'recommendation' || remedyOpened;
    if (
      options.sectionsOnly &&
      !inSection &&
      !(child && lead?.announcesActions) &&
      !EXPLICIT_RECOMMENDATION.test(text.slice(item.start, Math.min(item.end, item.start + 2000)))
    )
      continue;
    const sentences = splitSentences(text, item.start, item.end);
    // "Summary: The Council has agreed to ...": the summary's own label is not part of its first sentence
    if (sentences.length) {
      const label = SUMMARY_LABEL.exec(text.slice(sentences[0].start, sentences[0].end));
      if (label && label[0].length < sentences[0].end - sentences[0].start)
        sentences[0] = { ...sentences[0], start: sentences[0].start + label[0].length };
    }
    let firstInItem = true;
    /** A sentence of the item said what the law requires of councils in general. */
    let lawStated = false;
    /** "I accept recommendation 3." - the rest of the item says how it will be done. */
    let answering: Candidate[] | null = null;
    for (let si = 0; si < sentences.length; si++) {
      let r = sentences[si];
      let sText = norm(text.slice(r.start, r.end));
      const last = si === sentences.length - 1;
      // "The Ombudsman asked the Council to refer the matter to the LADO. This has now been done.": in
      // a decision, what the Ombudsman asked for and was done during the investigation is a remedy
      // given before the decision (not what the organisation agreed: that stays its action)
      if (
        options.ombudsmanVoice === true &&
        !firstInItem &&
        out.length > 0 &&
        out[out.length - 1].item === ii &&
        out[out.length - 1].form.kind === 'recommend' &&
        // (money asked for and paid stays: the total is what was paid or is to be paid)
        !/£\s?\d/.test(text.slice(out[out.length - 1].start, out[out.length - 1].end)) &&
        DONE_DURING.test(sText.trim())
      ) {
        out.pop();
        continue;
      }
      // "The council should send the payments within a month; monitor ...": the timing of the
      // action before it, then a task of its own
      const task = out.length ? timedThenTask(sText) : null;
      if (task !== null) {
        const head = sText.slice(0, task);
        const d = findDeadline(head);
        const previous = out[out.length - 1];
        if (refersToAll(head)) applyTiming(out, sectionIndex, head, r.start);
        else if (d && !previous.deadline && previous.sectionIndex === sectionIndex) {
          previous.deadline = shift(d, r.start);
          previous.deadlineSource = `following sentence "${head.slice(0, 60)}"`;
        }
        r = { ...r, start: r.start + task };
        sText = norm(text.slice(r.start, r.end));
      }
      // a later sentence of a listed task: how it is done, or its next step ("The Council should then
      // complete the review ...", "If the Council concludes ... it should offer ..."), which the task's
      // text takes in
      const previousInItem =
        child && !firstInItem && out.length > 0 && out[out.length - 1].item === ii
          ? out[out.length - 1]
          : null;
      // (a step of a kind of its own, a payment, an apology or a learning task, stays an action:
      // "... The Council should then review how it handles applications.")
      if (
        previousInItem &&
        (item.kind === null || item.kind === 'bullet') &&
        ITEM_STEP.pattern.test(sText.trim()) &&
        !OWN_KIND_STEP.test(sText)
      ) {
        previousInItem.reasons.push('its later steps follow');
        firstInItem = false;
        continue;
      }
      // the Ombudsman's stock sentences ("We must also consider whether any fault ...")
      if (
        stockSentence(sText) ||
        (!options.singleCase && proceedingsSentence(sText)) ||
        (previousInItem && item.kind === null && ITEM_ELABORATION.pattern.test(sText.trim()))
      ) {
        firstInItem = false;
        continue;
      }
      const accepted = answeredRecommendations(sText, byNumber);
      if (accepted) {
        answering = accepted;
        continue;
      }
      if (answering && !/\b(?:instead|alternatively|rather\s+than\s+this)\b/i.test(sText)) {
        const d = findDeadline(sText);
        for (const original of answering)
          if (d && !original.deadline) {
            original.deadline = shift(d, r.start);
            original.deadlineSource = `response: "${sText.trim().slice(0, 60)}"`;
          }
        continue;
      }
      if (isPureEvidenceRequest(sText)) {
        evidenceSections.add(sectionIndex);
        // an evidence request inside an item belongs to the actions of that item
        for (let k = out.length - 1; k >= 0 && out[k].item === ii; k--) {
          out[k].evidence = true;
          out[k].evidenceReason = `evidence requested: "${sText.slice(0, 80)}"`;
        }
        // "The landlord must comply with the above orders within four weeks ... and provide
        // evidence of compliance": the time limit of the actions before it
        if (isTimingOnly(sText) && refersToAll(sText)) applyTiming(out, sectionIndex, sText, r.start);
        continue;
      }
      if (isTimingOnly(sText)) {
        const d = findDeadline(sText);
        if (d && out.length) {
          const all = refersToAll(sText);
          for (let k = out.length - 1; k >= 0; k--) {
            if (out[k].sectionIndex !== sectionIndex) break;
            if (!out[k].deadline) {
              out[k].deadline = shift(d, r.start);
              out[k].deadlineSource = `following sentence "${sText.slice(0, 60)}"`;
            }
            if (!all) break;
          }
          continue;
        }
      }
      // (a sentence that runs on into an inline lettered or numbered list, "the actions taken had
      // included a) an apology ... and b) a review ...", leads into its items as a colon would)
      const next = items[ii + 1];
      const runsIntoList =
        next !== undefined &&
        next.paragraph === item.paragraph &&
        (next.kind === 'letter' || next.kind === 'number') &&
        item.kind !== next.kind &&
        !/[.!?:;]\s*$/.test(sText);
      if (last && (isLeadIn(sText) || runsIntoList)) {
        const d = findDeadline(sText);
        // (a sentence run on into its lettered items has no colon: "The complainant wanted the Council
        // to a) apologise and b) pay her £1,000"; nor are the items of a refusal actions: "The
        // Ombudsman did not recommend that the Council a) pay compensation or b) ...")
        const wish =
          WISH_LEAD.pattern.test(runsIntoList ? `${sText.trimEnd()}:` : sText) ||
          // (the clause that governs the list: "... refused to pay but the Ombudsman recommended that ...")
          (runsIntoList && REFUSED_LEAD.test(lastClause(sText)));
        const quote =
          !wish &&
          (QUOTE_LEAD.test(sText) || THEMES_LEAD.pattern.test(sText) || NOTING_LEAD.test(sText.trim()));
        // "That the Audit and Governance Committee:" opens what the meeting itself resolved
        const meetingLead = COMMITTEE_RESOLVES_LEAD.test(sText.trim());
        // (a task whose points are quoted keeps its own action: "circulate guidance to all relevant
        // staff correcting the errors we found, which include that:")
        let form =
          wish || meetingLead
            ? null
            : actionForm(sText.replace(/[:\u2013\u2014-]\s*$/, ''), inSection, section === 'learning');
        if (quote && form !== null && !(form.at === 0 && (inSection || child))) form = null;
        const moneyLead =
          !quote && !wish && form === null && REMEDY_MONEY.test(sText) && findMoney(sText).length > 0;
        if (moneyLead) form = { kind: 'remedy_money', at: 0, verb: 'pay' };
        const hasObject = form !== null && (moneyLead || actionObjectBeforeColon(sText, form));
        let cand: Candidate | null = null;
        // the lead-in's own action, up to `end`
        const leadCandidate = (f: ActionForm, end: number, why: string): Candidate =>
          makeCandidate(
            r.start,
            end,
            f,
            remedyOpened && !isActionSection(section) ? 'action' : section,
            sectionIndex,
            ii,
            item,
            d ? shift(d, r.start) : (lead?.deadline ?? null),
            why,
          );
        const actionLead =
          form !== null &&
          hasObject &&
          (!/^(?:implemented|nominal)$/.test(form.kind) || /\bto\s+ensure\b|\bso\s+that\b/i.test(sText)) &&
          !/^\s*(?:examples?|changes|improvements|actions|learning)\b/i.test(sText.replace(/^\W+/, '')) &&
          // "... should review its procedures and:": the items are tasks of their own, not its sub-points
          !/\band\s*:\s*$/i.test(sText);
        const previous = out.length ? out[out.length - 1] : null;
        if (
          !actionLead &&
          previous !== null &&
          (previous.item === ii || previous.item === ii - 1) &&
          previous.sectionIndex === sectionIndex &&
          POINTS_TO_COVER.test(sText.trim())
        ) {
          // "The review should include:" - the points the action before it must cover
          cand = previous;
          cand.end = r.end;
          cand.sentenceEnd = r.end;
          cand.reasons.push('the points it must cover follow');
          cand.subPoints = true;
        } else if (
          form &&
          actionLead &&
          !(
            reading === 'commitments' &&
            options.singleCase &&
            !(child && lead?.announcesActions) &&
            !isCommitment(form, sText)
          )
        ) {
          cand = leadCandidate(form, r.end, 'action with sub-points');
          if (!cand.deadline && sectionLeadDeadline) {
            cand.deadline = sectionLeadDeadline;
            cand.deadlineSource = 'section lead-in';
          }
          cand.listed = true;
          describe(cand, here());
          out.push(cand);
        }
        // "... the Council should review its procedures and:": the review is an action of its own,
        // and the items after the colon are tasks of their own (not its sub-points)
        if (
          !cand &&
          form !== null &&
          hasObject &&
          /^(?:modal|agreed|imperative|recommend|that)$/.test(form.kind) &&
          /\band\s*:\s*$/i.test(sText)
        ) {
          const own = leadCandidate(
            form,
            r.start + sText.replace(/\s*\band\s*:\s*$/i, '').length,
            'action before a list of further tasks ("... and:")',
          );
          describe(own, here());
          out.push(own);
        }
        const leadDeadline: DeadlineMatch | null = d
          ? shift(d, r.start)
          : child && lead
            ? lead.deadline
            : null;
        lead = {
          itemIndex: ii,
          kind: item.kind,
          paragraph: item.paragraph,
          deadline: leadDeadline,
          type: wish ? 'wish' : quote ? 'quote' : cand ? 'action' : 'pure',
          candidate: cand,
          text: sText,
          announcesActions: cand !== null || inSection || ACTION_LEAD.test(sText),
          parent: child && lead ? lead : null,
          unmarkedRun: ii,
          children: 0,
          ruleId: wish
            ? WISH_LEAD.id
            : quote
              ? 'lead-in.quote'
              : ORDERING_LEAD_END.test(sText)
                ? 'lead-in.ordering'
                : 'lead-in.colon',
          marker: item.marker,
          indent: columnOf(text, item.markerStart),
          noting: quote && NOTING_LEAD.test(sText.trim()),
          remedyLeadIn: remedyLeadIn(sText.trim()),
        };
        if (!child && !item.kind && d) sectionLeadDeadline = shift(d, r.start);
        firstInItem = false;
        continue;
      }

      const inList = (child && lead !== null && lead.announcesActions) || (inSection && item.kind !== null);
      // ("The law says people must pay their council tax as billed.")
      if (reading !== 'all' && LAW_SAYS.test(sText.trim())) lawStated = true;
      let form = actionForm(
        sText,
        inSection || inList,
        section === 'learning' || (inList && inSection),
        options.pastOutside && section !== 'statistics',
      );
      let rule = form ? `${form.kind} sentence` : '';
      if (
        !form &&
        /£|\bpounds\b/i.test(sText) &&
        REMEDY_MONEY.test(sText) &&
        !NO_REMEDY_NEEDED.test(sText) &&
        !PAID_AND_ENOUGH.test(sText) &&
        !MONEY_REJECTED.test(sText) &&
        // "In recognition of this, the Council refunded Mr B £700": a remedy given before the decision
        !(options.ombudsmanVoice === true && MONEY_ALREADY_GIVEN.test(sText)) &&
        !isStatisticsOrDescription(sText) &&
        // "Ms X complains about ... its offer of £2000 to remedy ...": the complaint, not a remedy
        // (in a minute everything is reported: "He said ... a remedy of £7,000 had been awarded")
        amountNotHearsay(sText, options.pastOutside === true)
      ) {
        form = { kind: 'remedy_money', at: 0, verb: 'pay' };
        rule = 'sentence stating a remedy payment';
      }
      if (!form) {
        // "Settles the invoice with the care home. This is £19,898.": the amount belongs to the action
        const previous = out.length ? out[out.length - 1] : null;
        if (previous && previous.item === ii && previous.end <= r.start && AMOUNT_OF_IT.test(sText.trim())) {
          previous.end = r.end;
          previous.sentenceEnd = r.end;
          previous.reasons.push('the amount follows in its own sentence');
        }
        firstInItem = false;
        continue;
      }
      // "This included an apology, ...": the remedy the sentence before named, when that was an
      // agreement or a recommendation ("we set out a series of actions it agreed to take"), not a
      // remedy given before ("The Council gave her a remedy before she came to us")
      if (
        /^(?:this|these)\s+included\b/i.test(sText.trim()) &&
        !remedyListedAfter(
          text,
          si > 0 ? sentences[si - 1] : ii > 0 && !items[ii - 1].heading ? items[ii - 1] : null,
        )
      ) {
        firstInItem = false;
        continue;
      }
      // a later sentence of a listed remedy about what someone else does ("the care home has agreed
      // to reimburse ...", "The woman or her solicitor should provide ..."): a note on it
      if (
        child &&
        !firstInItem &&
        out.length > 0 &&
        out[out.length - 1].item === ii &&
        (form.kind === 'modal' || form.kind === 'agreed') &&
        // (after the condition it waits on: "If the reassessment finds he was eligible, the Council should ...")
        !ORGANISATION_SUBJECT.test(sText.slice(0, Math.max(0, form.at)).replace(LEADING_CONDITION, ''))
      ) {
        firstInItem = false;
        continue;
      }
      // an offer the complainant refused, that was replaced by a larger remedy, or made before
      // the complaint came to the Ombudsman: not the remedy
      if (form.offer && offerNotTheRemedy(text, sText, r.end)) {
        firstInItem = false;
        continue;
      }
      // who is acting: not the Ombudsman, the panel or the complainant describing a process
      const subject = sText
        .slice(0, Math.max(0, form.at))
        .replace(
          /\s+(?:(?:has|have|had|will|should|must|shall|would|also|now|been)(?:\s+(?:also|now|been|each|both|jointly))*|(?:is|are)\s+(?:also\s+)?(?:required|expected|obliged)\s+to)\s*$/i,
          '',
        );
      // the law, outside an action section: "Every local housing authority must publish ...", "All
      // decisions on planning applications must be made ..."; and what it goes on to say of the
      // same duty ("Local authorities must make suitable travel arrangements ... This transport
      // must be provided free of charge.")
      const bareSubject = afterOpeningClause(subject.trim());
      const lawSubject: boolean =
        form.kind === 'modal' &&
        // (on a page with no headings only parties in general: "a landlord is required to consult")
        (reading !== 'all' || (!inSection && GENERAL_PARTY.test(bareSubject))) &&
        (LAW_SUBJECT.test(bareSubject.replace(HEADING_RUN_IN, '')) ||
          STANDARD_SUBJECT.test(sText.slice(0, Math.max(0, form.at)).trim()) ||
          // (a document the law or a procedure prescribes: "The counter notice will explain ...")
          DOCUMENT_SUBJECT.test(subject.trim()) ||
          // (and, after the law, what follows if people do not comply: "If they do not pay, the
          // Council will issue a reminder")
          (lawStated && GENERIC_CONDITION.test(sText.trim())) ||
          (lawStated &&
            /^(?:this|these|that|those|such)\b/i.test(subject.trim()) &&
            // (not a remedy for this case: "This delay should be remedied by the Council paying Mrs X £200")
            !/£|\bremed|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]/.test(sText)));
      lawStated ||= lawSubject;
      if (
        ((form.kind === 'modal' || form.kind === 'implemented') &&
          nonOrgSubject(subject.trim(), text, r.start) &&
          // (a council committee that agreed a payment or an apology is the council giving the remedy)
          !(COUNCIL_BODY.test(subject.trim()) && AGREED_REMEDY.test(sText.slice(form.at)))) ||
        // "Ms F agreed to take the young children": the complainant agreed, not the organisation
        (form.kind === 'agreed' && PERSON_AGREED.test(subject)) ||
        lawSubject ||
        // (in an action section "It should then arrange ..." is the remedy's next step)
        // (and "The Council will apologise ... and will then, if she agrees, arrange ...": the
        // organisation's next step after its task)
        (describesProcess(sText.trim()) &&
          !(
            inSection &&
            (NEXT_STEP.test(sText.trim()) ||
              (AND_THEN.test(sText) &&
                ORGANISATION_SUBJECT.test(
                  sText.slice(0, Math.max(0, form.at)).replace(LEADING_CONDITION, ''),
                )))
          )) ||
        (form.kind !== 'recommend' &&
          isOmbudsmanVoice(sText, options.ombudsmanVoice === true) &&
          // ("we cannot know what the panel would have decided and the Council will therefore
          // arrange a fresh appeal": the organisation's own clause carries the action)
          !ownAction(sText, form)) ||
        // a remedy given before the decision, which the Ombudsman only notes ("The Council has
        // already apologised to Mr T and refunded the £45")
        (options.ombudsmanVoice === true &&
          form.kind === 'implemented' &&
          /\b(?:already|previously)\b/i.test(sText.slice(0, form.at + 30))) ||
        // "The action already taken by the Council, which included an apology and £100, put matters
        // right": the remedy given before the decision is the subject, nothing more is agreed
        (options.ombudsmanVoice === true &&
          REMEDY_ALREADY_GIVEN.test(sText.trim()) &&
          !/\b(?:agreed\s+to|will|should|must|recommend\w*)\b/i.test(sText)) ||
        // "When the Council responded to her complaint, it agreed to ...": agreed at its own
        // complaint stage, before the Ombudsman
        (options.ombudsmanVoice === true && AT_COMPLAINT_STAGE.test(sText.trim()))
      ) {
        firstInItem = false;
        continue;
      }
      // of a complaint paragraph that ends with the remedy lead-in, only what the organisation has
      // agreed: "The council has agreed to pay Mrs D £1,500 ...", not "In May 2015 the council agreed
      // to reassess Mr D but it did not do so"
      if (
        leadInOnly &&
        !last &&
        !(form.kind === 'agreed' && AGREED_NOW.test(sText) && !/\bbut\b/i.test(sText))
      ) {
        firstInItem = false;
        continue;
      }
      // a summary, findings or conclusions of a decision: only what the organisation agreed, was
      // recommended or ordered to do (not what it did before, "has apologised")
      if (
        reading === 'commitments' &&
        options.singleCase &&
        !(child && lead?.announcesActions) &&
        item.kind !== 'recommendation' &&
        !isCommitment(form, sText)
      ) {
        firstInItem = false;
        continue;
      }
      // a committee paper's account of what happened is mostly not a remedy: what was done counts
      // when it names a remedy or a change to how the council works, and not when the change is
      // part of the story of the case ("In March 2021 a social worker was allocated ..., but ...")
      if (
        options.pastOutside &&
        form.kind === 'implemented' &&
        !isActionSection(section) &&
        !(child && lead?.announcesActions) &&
        (!REMEDY_OR_CHANGE_DONE.test(sText) ||
          (CHANGE_IN_THE_STORY.test(sText) && remedyKinds(sText).size === 0))
      ) {
        firstInItem = false;
        continue;
      }
      if (section === 'committee' || COMMITTEE_ACTION.test(sText.slice(form.at, form.at + 60))) {
        firstInItem = false;
        continue;
      }
      // elaboration of the previous action in the same item ("These should be responded to promptly")
      if (
        out.length &&
        ((!firstInItem &&
          out[out.length - 1].item === ii &&
          (ELABORATION.test(sText.trim()) || SAME_OBJECT_SENTENCE.test(sText.trim())) &&
          !OWN_REMEDY.test(sText) &&
          !ownAction(sText, form)) ||
          (out[out.length - 1].sectionIndex === sectionIndex && IMPLEMENTATION_REPORT.test(sText)) ||
          USE_GUIDANCE.test(sText.trim()))
      ) {
        firstInItem = false;
        continue;
      }
      if (
        recNo !== null &&
        byNumber.has(recNo) &&
        !/\b(?:instead|alternatively|rather\s+than\s+this)\b/i.test(sText)
      ) {
        firstInItem = false;
        continue;
      }
      const strength = inSection || child ? 'section' : 'open';
      // "Upheld Apologise to Mr R ...": the outcome cell run into the action is not its text
      const cell = OUTCOME_CELL.exec(sText);
      const cut = cell && form.at >= cell[0].length ? cell[0].length : 0;
      if (cut) form = { ...form, at: form.at - cut };
      const cand = makeCandidate(
        r.start + cut,
        r.end,
        form,
        // "Recommendation 2: ..." is a recommendation wherever it stands, and so is an item under
        // "To remedy the injustice caused, the council has agreed to:", and a commitment after its list
        (item.kind === 'recommendation' || (child && lead?.remedyLeadIn) || remedyOpened) &&
          !isActionSection(section)
          ? 'action'
          : section,
        sectionIndex,
        ii,
        item,
        null,
        `${rule}${child ? ' under a lead-in' : ''}${item.kind === 'recommendation' ? ' numbered recommendation' : inSection ? ` in ${section} section` : ''}`,
      );
      cand.listed = child || item.kind !== null;
      let own = findDeadline(sText);
      // "remind officers to reply within ten working days" under "Within three months ...:" states a
      // standard, not the deadline
      if (
        own &&
        own.deadline.from === null &&
        own.deadline.within &&
        ((child && lead?.deadline) || (sectionLeadDeadline && inSection))
      )
        own = null;
      if (own) {
        cand.deadline = shift(own, r.start);
        cand.deadlineSource = 'stated in the action';
      } else if (child && lead?.deadline) {
        cand.deadline = lead.deadline;
        cand.deadlineSource = `lead-in "${lead.text.slice(0, 60)}"`;
      } else if (sectionLeadDeadline && inSection) {
        cand.deadline = sectionLeadDeadline;
        cand.deadlineSource = 'section lead-in';
      }
      if (child && lead) cand.leadIn = lead.text;
      describe(cand, here());
      if (isEvidenceRequest(sText)) {
        cand.evidence = true;
        cand.evidenceReason = 'evidence requested in the action';
      }
      cand.reasons.push(
        strength === 'section'
          ? 'in an action section or list'
          : 'strong action wording outside an action section',
      );
      out.push(cand);
      if (
        number &&
        firstInItem &&
        (recNo !== null ||
          (isActionSection(section) && (item.kind === 'number' || item.kind === 'letter'))) &&
        !byNumber.has(number)
      ) {
        byNumber.set(number, cand);
        if (item.kind === 'recommendation') explicitNumbers.add(number);
      }
      firstInItem = false;
    }
  }
  for (const c of out) {
    if (evidenceSections.has(c.sectionIndex) && !c.evidence) {
      c.evidence = true;
      c.evidenceReason = 'evidence requested for the actions in this section';
    }
  }
  return { candidates: out, items, hasActionSection };
}

const ACCEPTS_NUMBERED =
  /^(?:I|we|the\s+(?:council|service|director|local\s+authority))\s+(?:(?:fully|also|have|has)\s+)*(?:accepts?|accepted|agrees?\s+(?:with|to)|agreed\s+(?:with|to))\s+(?:(?:the\s+)?panel[\u2019']s\s+)?recommendations?\s+((?:\(?[0-9]{1,2}\)?|\([a-z]\)|[a-z]\b)(?:\s*(?:,|and|&)\s*(?:\(?[0-9]{1,2}\)?|\([a-z]\)|[a-z]\b))*)\s*(?:in\s+full\s*)?[.:]?$/i;

/** "I accept recommendations 1 and 2.": the recommendations answered, when all are known. */
function answeredRecommendations(sText: string, byNumber: Map<string, Candidate>): Candidate[] | null {
  const m = ACCEPTS_NUMBERED.exec(sText.trim());
  if (!m) return null;
  const labels = m[1].match(/\d{1,2}|\b[a-z]\b/gi) ?? [];
  const found = labels
    .map((l) => byNumber.get(l.toLowerCase()))
    .filter((c): c is Candidate => c !== undefined);
  return found.length && found.length === labels.length ? found : null;
}

/** A sentence that only says when the actions before it in the section are due. */
function applyTiming(out: Candidate[], sectionIndex: number, sText: string, at: number): void {
  const d = findDeadline(sText);
  if (!d) return;
  for (let k = out.length - 1; k >= 0 && out[k].sectionIndex === sectionIndex; k--) {
    if (!out[k].deadline) {
      out[k].deadline = shift(d, at);
      out[k].deadlineSource = `following sentence "${sText.slice(0, 60)}"`;
    }
  }
}

/** The label of a numbered or lettered marker: "Recommendation (a):" -> "a", "R2." -> "2", "3." -> "3". */
export function markerLabel(marker: string | null): string | null {
  if (!marker) return null;
  const m = /(\d{1,2})|(?:^|[\s(])([a-z])(?=[.:)]|$)/i.exec(
    marker.replace(/^(?:recommendation|rec\.?|order)\s*/i, ' '),
  );
  if (!m) return null;
  return (m[1] ?? m[2]).toLowerCase();
}

/**
 * A known heading word that is one cell of a table's header row ("Complaint / Finding /
 * Recommendation" one cell per line): it names a column, it does not open a section.
 */
function isTableHeaderCell(text: string, items: Item[], ii: number): boolean {
  const own = text.slice(items[ii].start, items[ii].end).trim();
  if (own.split(/\s+/).length > 2) return false;
  const cell = (i: number): boolean => {
    const it = items[i];
    if (!it || it.kind !== null) return false;
    const t = text.slice(it.start, it.end).trim();
    return t.length <= 25 && t.split(/\s+/).length <= 3 && !/[;!?]$|[a-z]\.$/.test(t) && !t.includes('\n');
  };
  // the cell before names a column we know too ("Finding", "Complaint")
  const before = items[ii - 1];
  if (cell(ii - 1) && cell(ii - 2) && classifyHeading(text.slice(before.start, before.end)) !== null)
    return true;
  // the rows that follow hold finding and yes/no cells ("1. Contact was cancelled ..." / "Upheld" / "Yes")
  let verdicts = 0;
  for (let k = ii + 1; k <= ii + 8 && k < items.length; k++) {
    const t = text.slice(items[k].start, items[k].end).trim();
    if (/^(?:upheld|not\s+upheld|partly\s+upheld|partially\s+upheld|yes|no|n\/a)\.?$/i.test(t)) verdicts++;
  }
  return verdicts >= 2;
}

function shift(d: DeadlineMatch, by: number): DeadlineMatch {
  return { ...d, index: d.index + by };
}

/** "review its procedures for dealing with prisoners to ensure:" has an object; "the Council will:" has not. */
function actionObjectBeforeColon(s: string, form: ActionForm): boolean {
  // "has also agreed to the following service improvements, to be completed within ...:"
  if (
    /\bthe\s+following\s+(?:[\w-]+\s+){0,2}?(?:actions?|improvements?|remed(?:y|ies)|steps|recommendations?|changes|measures|orders?)\b/i.test(
      s,
    )
  )
    return false;
  const tail = s
    .slice(form.at)
    .replace(/[:\u2013\u2014-]\s*$/, '')
    .trim()
    .replace(
      /\s*(?:to\s+ensure(?:\s+that)?|so\s+that|including|to\s+include|covering|in\s+order\s+to|which\s+(?:will|should)\s+(?:include|cover)|,?\s*which\s+includes?(?:\s+that)?)$/i,
      '',
    );
  if (
    /\b(?:will|should|must|shall|agreed\s+to|has\s+agreed\s+to|recommend(?:ed|s)?(?:\s+that)?|the\s+council|the\s+landlord|it|following|below|to|that|had|has|have)\s*$/i.test(
      tail,
    )
  )
    return false;
  if (/\bthe\s+following\b|\bas\s+follows\b/i.test(tail)) return false;
  if (/\b(?:these\s+actions|actions|steps|remed(?:y|ies))\s*$/i.test(tail)) return false;
  return tail.split(/\s+/).length >= 3;
}

function makeCandidate(
  start: number,
  end: number,
  form: ActionForm,
  section: SectionKind,
  sectionIndex: number,
  itemIndex: number,
  item: Item,
  deadline: DeadlineMatch | null,
  rule: string,
): Candidate {
  return {
    start,
    end,
    form,
    section,
    sectionIndex,
    item: itemIndex,
    paragraph: item.paragraph,
    sentenceStart: start,
    sentenceEnd: end,
    deadline,
    deadlineSource: deadline ? 'lead-in' : null,
    evidence: false,
    evidenceReason: null,
    leadIn: null,
    listed: false,
    rule,
    reasons: [],
    role: null,
    ruleIds: [formRuleId(form.kind)],
    why: FORM_WHY[form.kind],
    possible: false,
  };
}

interface Where {
  sectionRuleId: string | null;
  heading: string | null;
  role: SectionRole | null;
  lead: LeadIn | null;
  policyId: string | null;
  housingOmbudsman: boolean;
}

/** Records where a candidate was found: the rule ids (most decisive first) and the one-line why. */
function describe(c: Candidate, w: Where): void {
  c.role = w.role;
  const form = formRuleId(c.form.kind);
  const ids: string[] = [];
  const under = w.heading ? `'${short(w.heading, 50)}'` : null;
  if (w.lead) {
    ids.push(w.lead.ruleId);
    if (w.sectionRuleId) ids.push(w.sectionRuleId);
    c.why = `item ${Math.max(1, w.lead.children)} ${under ? `under ${under}, ` : ''}lead-in '${short(w.lead.text, 70)}'`;
  } else if (w.sectionRuleId && (w.role === 'remedy' || w.role === 'response' || w.role === 'learning')) {
    ids.push(w.sectionRuleId);
    c.why = `in ${under}: ${FORM_WHY[c.form.kind]}`;
  } else {
    c.why = under ? `${FORM_WHY[c.form.kind]}, in ${under}` : FORM_WHY[c.form.kind];
  }
  ids.push(form);
  if (!w.lead && w.sectionRuleId && !ids.includes(w.sectionRuleId)) ids.push(w.sectionRuleId);
  if (w.policyId) ids.push(w.policyId);
  // a Housing Ombudsman "Learning" section is general advice to landlords, not an order
  if (w.housingOmbudsman && w.role === 'learning') {
    c.possible = true;
    ids.push('possible.housing-ombudsman-learning');
    c.why += " (general advice in the Ombudsman's learning section, not an order)";
  }
  c.ruleIds = ids;
}

/** A phrase shortened for a "why" line: the start and the end, "..." between. */
function short(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const head = Math.ceil((max - 5) * 0.6);
  return `${t.slice(0, head).trimEnd()} ... ${t.slice(t.length - (max - 5 - head)).trimStart()}`;
}
