/**
 * Document type from signals in the text: which body wrote it, its headings, and whether it covers
 * one case or many (annual reports and scrutiny papers cover many cases, with statistics, year
 * ranges like 2022/23 and tables of outcomes).
 */
import { DocumentType } from '../types';
import { FactResult } from './fact-result';

/** Global copies of the patterns counted, made once. */
const GLOBAL = new WeakMap<RegExp, RegExp>();
function count(re: RegExp, s: string, cap = 50): number {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  g.lastIndex = 0;
  let n = 0;
  while (g.exec(s) && n < cap) n++;
  return n;
}

export interface TypeSignals {
  type: DocumentType;
  singleCase: boolean;
  /** A council committee paper or minute: it reports on a decision, so it has no case reference of its own. */
  committee?: boolean;
}

const ANNUAL =
  /\bannual\s+(?:complaints?\s+|review\s+)?(?:report|letter)\b|\b(?:overview\s+and\s+)?scrutiny\s+(?:committee|panel|board)\b|\breporting\s+(?:period|year)\b|\bthis\s+(?:financial\s+)?year\b/i;
// "annual review" alone is not a signal: an EHC plan's or a care plan's annual review is the subject of
// many single decisions; the Ombudsman's "annual review letter" is caught above.
const YEAR_RANGE = /\b20\d\d\s?[/\u2013-]\s?(?:20)?\d\d\b/;
const MULTI_CASE_TABLE =
  /\bRefusal\s+to\s+Investigate\b|\bNo\s+recommendations\b|\bPremature\s+(?:Referral|Complaint)\b|\bInvestigation\s+Commenced\b|\bAwaiting\s+decision\b|\bRemains\s+in\s+investigation\b|\bLessons\s+learnt\s+identified\b/i;

/**
 * A council committee paper or minute (about an Ombudsman decision or the annual review letter): a
 * committee system's page header, a meeting line, "Minutes:", "RESOLVED", a committee receiving a
 * report. Two of these make a committee paper, whatever decision it reports.
 */
const COMMITTEE_SIGNALS: RegExp[] = [
  /^[ \t]*Issue\s*[-\u2013]\s*(?:meetings|decisions)[ \t]*$/im,
  /^[ \t]*(?:Meeting\s*:\s*)?\d{1,2}\/\d{1,2}\/\d{4}\s*[-\u2013]\s*[A-Z]/m,
  /^[ \t]*(?:Minutes|Decision)\s*:[ \t]*$/im,
  // (a committee system's item page; a PDF of it may run the line into the one before)
  /\b(?:Additional|Supporting)\s+documents\s*:/i,
  /\b(?:UNANIMOUSLY\s+)?RESOLVED\b|^[ \t]*Resolved\s*(?:that|[-\u2013:])/m,
  /\b(?:Cabinet|Executive|Full\s+Council|(?:the\s+)?Committee|Members|Council)\s+(?:received|gave\s+consideration\s+to|considered|noted)\s+(?:a|the)\s+report\b/i,
  /^[ \t]*(?:\d{1,3}\s+)?Report\s+of\s+(?:the\s+)?(?:Head|Director|Monitoring\s+Officer|Group\s+Head|Chief|Interim)\b/im,
  // the report's addressee line, often in capitals: "REPORT TO SCRUTINY & AUDIT COMMITTEE"
  /^[ \t]*Report\s+to\s+(?:the\s+)?[A-Za-z,&' ]{0,80}?\b(?:Committee|Sub-Committee|Cabinet|Panel|Board|Full\s+Council)[ \t]*$/im,
  /\bAgenda\s+item\b/i,
  // a motion: "The Leader proposed to delete recommendations 1-3 ...", "Cllr Hart seconded"
  /\b(?:[Tt]he\s+(?:Leader|Chair(?:man)?|Mayor|Deputy\s+Leader)|(?:Councillor|Cllr)\s+[A-Z][\w'\u2019-]+)\s+(?:proposed|moved|seconded)\b/,
  // a committee system's decision record ("Decision Maker:", "Is Key Decision?", "Is Callable In?")
  // (who decided, and the record's own questions, are two signals: a decision record has both)
  /^[ \t]*(?:Decision\s+Maker|Date\s+of\s+Decision|Decision\s+status)\s*:/im,
  /^[ \t]*(?:Is\s+Key\s+Decision\s*\??|Is\s+Callable\s+In\s*\??)\s*:/im,
  // the parts of a council's committee report template
  /\bPurpose\s+of\s+(?:the\s+|this\s+)?report\b/i,
  /^[ \t]*(?:Date\s+of\s+(?:the\s+)?meeting|Meeting\s+date|Wards?\s+affected|Portfolio(?:\s+Holder)?|Key\s+decision|Report\s+author|Lead\s+officer|Background\s+papers|Exempt\s+information|Contact\s+officer)\b/im,
  // a title line naming the meeting: "Audit and Governance Committee", "Overview and Scrutiny Panel"
  /^[ \t]*[A-Z][A-Za-z,&' ]{2,60}?\s(?:Committee|Sub-Committee|Cabinet|Scrutiny\s+(?:Panel|Board))[ \t]*$/m,
  // the report's recommendation to the meeting: "That the Committee notes the report"
  /\bThat\s+(?:the\s+)?(?:Committee|Cabinet|Members|Panel|Sub-Committee)\s+(?:notes?|considers?|agrees?|approves?|endorses?|reviews?|comments?)\b/i,
  // a resolution in the passive: "(1) That the report of the Ombudsman be received."
  /^[ \t]*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s*)?That\s+[^\n]{5,300}?\s+be\s+(?:received|noted|approved|agreed|accepted|affirmed|endorsed)\b/im,
  // a decision record's parts: "Matter for Decision", "Decision of Executive Councillor for Housing"
  /^[ \t]*(?:Matter\s+for\s+Decision|Decision\s+of\s+(?:the\s+)?(?:Executive\s+Councillor|Cabinet\s+Member|Leader|Portfolio\s+Holder)\b)/im,
  // the agenda's description of the item: "(To receive a report from the Executive Director ...)"
  /^[ \t]*\(?To\s+(?:receive|consider|note)\s+(?:a|the)\s+report\s+(?:from|of|by)\b/im,
];
/** A minute of an agenda item ("The Complaints Manager presented the report", "Members were informed
 *  that"): signals only on a page that is an agenda item (a decision tells of committees too). */
const MINUTE_SIGNALS: RegExp[] = [
  /\b(?:presented|introduced|outlined|submitted)\s+(?:the|a|his|her|their)\s+report\b/i,
  /\bMembers\s+(?:were\s+(?:informed|advised|told|reminded)|heard|asked|noted|welcomed)\b/,
];

const LANDLORD_WORD = /\blandlord\b/i;
const PANEL_VOICE = /\bthe\s+panel\b|\bpanel\s+members\b|\bpanel\s+(?:date|held|met|chair)\b/i;
const DECISION_HEADING =
  /^[ \t]*(?:The complaint|What I found|How I considered this complaint|Final decision|Agreed action|Decision\s*:|Category\s*:|Summary\s*:?|The Ombudsman[\u2019']s role and powers|Conclusions?|Investigator[\u2019']s decision)\b/im;

/** The labelled lines that open the Ombudsman's decision page ("Category : Education > School
 *  admissions", "Decision : Upheld", "Decision date : 07 Jun 2016"). */
const LGSCO_PAGE_LABELS =
  /^[ \t]*Category\s+:[^\n]*>[^\n]*\n(?:[ \t]*\n)*[ \t]*Decision\s+:[^\n]*\n(?:[ \t]*\n)*[ \t]*Decision\s+date\s+:/m;
/** A case study's title, at the top of its page: "Case Study 17: Repairs", "CASE STUDY". */
const CASE_STUDY_TITLE = /^\s*case\s+study\b/i;
/** The "Decision date :" line of a decision page (once on a page of one decision). */
const DECISION_DATE_LABEL = /^[ \t]*Decision\s+date\s*:/im;

/** A type found, with its reason; a multi-case document is an annual report. */
function typed(type: DocumentType, reason: string, committee?: true): FactResult<DocumentType> & TypeSignals {
  return {
    value: type,
    type,
    singleCase: type !== 'annual_report',
    reason,
    ...(committee ? { committee } : {}),
  };
}

export function isCommitteePaper(head: string): boolean {
  let n = 0;
  const signals = /^[ \t]*Agenda\s+item[ \t]*$/im.test(head)
    ? [...COMMITTEE_SIGNALS, ...MINUTE_SIGNALS]
    : COMMITTEE_SIGNALS;
  for (const re of signals) if (re.test(head) && ++n >= 2) return true;
  return false;
}

export function findDocumentType(
  head: string,
  text: string,
  pseudonymCount: number,
): FactResult<DocumentType> & TypeSignals {
  const scope = text.length > 400_000 ? text.slice(0, 400_000) : text;
  // a decision's title names the body complained about; a committee item's line that names the
  // Ombudsman's report or asks the meeting "To consider the report ... (20 006 289)" is not one
  const lgscoTitle =
    /^[ \t#*]*(?!To\s+[a-z])(?![^\n()]*\bOmbudsman\b)[A-Z][^\n()]{2,140}?\s*\(\d{2}[ \u00a0]\d{3}[ \u00a0]\d{3}[a-c]?\)/m.test(
      head,
    );
  const landlordWords = count(LANDLORD_WORD, scope) >= 2;
  const housing =
    (/\bHousing\s+Ombudsman\b/i.test(head) && (landlordWords || /\bOrders?\b/.test(scope))) ||
    (/(?<![\d£.,])20\d{7}(?![\d,])/.test(head.slice(0, 1500)) && landlordWords) ||
    // the Housing Ombudsman's report header ("REPORT" / "COMPLAINT 202113373"), whatever the body is called
    /^[ \t]*COMPLAINT\s+20\d{7}[ \t]*$/m.test(head.slice(0, 1500)) ||
    /\bHousing\s+Ombudsman\s+Scheme\b/.test(head) ||
    // the Housing Ombudsman's case studies ("Case Study 17: Repairs and compensation"): a landlord,
    // or its tenants and leaseholders, and the Housing Ombudsman's words for fault (a council's own
    // case study, or the Local Government Ombudsman's, has neither)
    (CASE_STUDY_TITLE.test(head.slice(0, 300)) &&
      (landlordWords || count(/\b(?:leaseholder|tenant)s?\b/i, scope, 2) >= 2) &&
      /\bmaladministration\b|\bservice\s+failure\b|\bHousing\s+Ombudsman\b/i.test(scope));
  const lgscoWords =
    /\bLocal\s+Government\s+(?:and\s+Social\s+Care\s+)?Ombudsman\b|\bLGSCO\b|\bOmbudsman[\u2019']s\s+role\b|\bThe\s+Ombudsman\b/i.test(
      head,
    );
  const decisionHeadings = count(DECISION_HEADING, scope);
  // the decision page's labelled lines, once (a report of several decisions repeats them), when no
  // title names the body
  const pageLabels =
    LGSCO_PAGE_LABELS.test(head.slice(0, 1500)) && count(DECISION_DATE_LABEL, scope, 2) === 1;
  const annualHits = count(ANNUAL, scope) + (YEAR_RANGE.test(head) ? 1 : 0);
  const tableHits = count(MULTI_CASE_TABLE, scope);
  const stage2 =
    /\bstage\s*(?:2|two)\b/i.test(head) &&
    /\b(?:investigating\s+officer|independent\s+person|investigation\s+report|adjudicat)/i.test(head);
  const stage3 =
    /\b(?:stage\s*(?:3|three)|review\s+panel|complaints?\s+review\s+panel)\b/i.test(head) &&
    /\bpanel\b/i.test(head) &&
    /\b(?:panel\s+(?:members|recommend|found|considered|report)|the\s+panel)\b/i.test(scope);
  // a panel report talks about the Stage 2 investigation it reviews; a Stage 2 report mentions a
  // panel at most as the next step. The title, or the panel speaking throughout, decides.
  // the title block: the opening short lines, before the first paragraph of prose
  const opening = head.slice(0, 600).split('\n');
  const firstProse = opening.findIndex(
    (l) => l.length > 100 || (/[.!?]$/.test(l) && l.split(/\s+/).length > 6),
  );
  const title = opening.slice(0, firstProse < 0 ? 10 : Math.min(firstProse, 10)).join('\n');
  const panelTitle =
    /\b(?:stage\s*(?:3|three)|review\s+panel|panel\s+report|report\s+of\s+the\s+(?:review\s+)?panel)\b/i.test(
      title,
    );
  const stage2Title =
    /\bstage\s*(?:2|two)\s+(?:independent\s+)?investigation\b|\binvestigat\w+\s+report\b/i.test(title);
  const panelVoice = count(PANEL_VOICE, scope, 10) >= 3;
  const panel = stage3 && ((panelTitle && !stage2Title) || (panelVoice && !stage2Title));

  // strong single-case signals: a reference near the top, decision headings
  const strongSingle =
    lgscoTitle ||
    /\(\s*(?:reference|ref)(?:\s+number)?\s*:?\s*\d{2}[ \u00a0]\d{3}[ \u00a0]\d{3}\s*\)/i.test(head) ||
    decisionHeadings >= 3 ||
    // the Ombudsman's decision header: "Complaint reference:" and "Complaint against:" labels
    (/^[ \t]*Complaint\s+reference\s*:?/im.test(head) && /^[ \t]*Complaint\s+against\s*:?/im.test(head)) ||
    (/^[ \t#*]*Final decision\b/im.test(scope) && /\b\d{2}[ \u00a0]\d{3}[ \u00a0]\d{3}\b/.test(head));
  // a table of several decisions: three or more different Ombudsman references ("21004417", "21 006 120")
  const references = new Set(
    (scope.slice(0, 20_000).match(/\b(?:1[4-9]|2[0-6])[ \u00a0]?\d{3}[ \u00a0]?\d{3}\b/g) ?? []).map((r) =>
      r.replace(/\D/g, ''),
    ),
  );
  // (or three or more of the Housing Ombudsman's complaint numbers: "Peabody 202329536 and 202300329*")
  // (not a determination's own header, which may name two complaints and cite an earlier one)
  const housingHeader =
    /^[ \t]*(?:complaints?(?:\s+reference)?|case\s+reference|decision\s+on\s+complaint)\s*:?\s*20\d{7}\b|^[^\n(]{3,120}\(20\d{7}\)[ \t]*$/im.test(
      head.slice(0, 1500),
    ) ||
    (/^[ \t]*(?:our\s+decision|determination)\b/im.test(scope) && /^[ \t]*orders?\b/im.test(scope));
  const manyHousingReferences =
    !housingHeader && new Set(scope.slice(0, 20_000).match(/(?<![\d£.,])20\d{7}(?![\d,])/g) ?? []).size >= 3;
  const manyReferences = references.size >= 3 || manyHousingReferences;
  const multiCase = strongSingle
    ? annualHits >= 2 || tableHits >= 3
    : annualHits >= 1 || tableHits >= 2 || manyReferences;

  if (!lgscoTitle && isCommitteePaper(head))
    return typed(
      'annual_report',
      'a council committee paper or minute (it reports on decisions, it is not one)',
      true,
    );
  if (lgscoTitle && !(annualHits >= 2)) return typed('lgsco_decision', 'title line with an LGSCO reference');
  if (housing && !(annualHits >= 2 || tableHits >= 2 || manyHousingReferences))
    return typed('housing_ombudsman_decision', 'Housing Ombudsman decision about a landlord');
  if (multiCase) return typed('annual_report', 'covers many cases (annual report or scrutiny paper signals)');
  if (panel || (stage3 && !stage2)) return typed('stage3_panel', 'Stage 3 review panel report');
  if (stage2) return typed('stage2_report', 'Stage 2 investigation report');
  if (pseudonymCount >= 4 && !strongSingle && decisionHeadings < 2)
    return typed('annual_report', 'many different complainants');
  if (lgscoWords || decisionHeadings >= 2 || pageLabels || /\bfinal\s+decision\b/i.test(head))
    return typed('lgsco_decision', 'Ombudsman decision wording');
  if (pseudonymCount >= 4) return typed('annual_report', 'many different complainants');
  return typed('unknown', 'no signal of a known document type');
}
