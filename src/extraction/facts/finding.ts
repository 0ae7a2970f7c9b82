/**
 * The finding of a single-case document and whether fault was found. A labelled decision
 * ("Decision : Upheld") wins; otherwise the wording of the summary and conclusions.
 */
import { sentenceStartBefore } from '../sentences';
import { DocumentType, Finding } from '../types';
import { FactResult } from './fact-result';

export interface FindingFacts {
  finding: FactResult<Finding>;
  faultFound: FactResult<boolean>;
}

const LABELLED =
  /^[ \t*#]*(?:Decision|Outcome|Finding|Overall\s+finding|Our\s+decision)\s*[:\-\u2013]\s*(Upheld|Not\s+upheld|Partly\s+upheld|Partially\s+upheld|Part\s+upheld|Closed\s+after\s+initial\s+enquiries|Premature|Outside\s+(?:our\s+)?jurisdiction|Not\s+investigated|Discontinued)\b([^\n]{0,80})/im;

/** The decision label run into the header's category label, as a PDF or Word rendering of the page
 *  reflows them ("Category : Benefits and tax Decision : Upheld Decision date : 25 Oct 2024"). */
const RUN_IN_LABEL =
  /^[ \t]*Category[ \t]*:[^\n]{0,200}?[ \t]Decision[ \t]*:[ \t]*(Upheld|Not[ \t]+upheld|Partly[ \t]+upheld|Closed[ \t]+after[ \t]+initial[ \t]+enquiries|Premature|Outside[ \t]+jurisdiction)\b()/im;
/** A mirror site's header line: "LGO (Local Government & Social Care Ombudsman) Not Upheld Reference ...". */
const MIRROR_LABEL =
  /\bOmbudsman\)[ \t]+(Upheld|Not[ \t]+Upheld|Partly[ \t]+Upheld|Closed[ \t]+after[ \t]+initial[ \t]+enquiries|Premature|Outside[ \t]+jurisdiction)\b()/i;

function fromLabel(label: string): Finding | null {
  const l = label.toLowerCase().replace(/\s+/g, ' ');
  if (l === 'upheld') return 'upheld';
  if (l === 'not upheld') return 'not_upheld';
  if (l.startsWith('part')) return 'partly_upheld';
  if (l.startsWith('closed') || l === 'not investigated' || l === 'discontinued')
    return 'closed_after_initial_enquiries';
  if (l === 'premature') return 'premature';
  if (l.startsWith('outside')) return 'outside_jurisdiction';
  return null;
}

function faultFor(finding: Finding | null, rest: string): boolean | null {
  if (/no\s+(?:fault|maladministration)/i.test(rest)) return false;
  if (/fault|maladministration|service\s+failure/i.test(rest)) return true;
  if (finding === 'upheld' || finding === 'partly_upheld') return true;
  if (finding === 'not_upheld') return false;
  return null;
}

const NOT_INVESTIGATE =
  /\b(?:we|I)\s+(?:will|shall|cannot|can[\u2019']?t|did|do)\s+not\s+(?:investigate|continue|pursue)|\b(?:are|am)\s+(?:therefore\s+)?discontinuing\s+(?:our|my|the)\s+investigation|\bwe\s+cannot\s+investigate|\b(?:have|has)\s+discontinued\b|\bwill\s+not\s+start\s+an\s+investigation/i;
/** The decision itself declines this complaint (not the powers text: "We cannot investigate late complaints unless ..."). */
const WILL_NOT_INVESTIGATE_THIS =
  /\b(?:we|I)\s+will\s+not\s+investigate\s+(?:this|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w\u2019']*|(?:his|her|their))\b|\bdiscontinued\s+(?:his|her|our|the|my)\s+investigation\b[^.]*\bno\s+finding\b|\b(?:making|make|made)\s+no\s+finding\s+(?:about|on|of)\s+fault\b/i;
const PREMATURE =
  /\bpremature\b|\bhas\s+not\s+(?:yet\s+)?(?:completed|finished)\s+(?:its|the)\s+complaints?\s+procedure|\bnot\s+given\s+the\s+council\s+(?:a\s+chance|the\s+opportunity)/i;
const OUTSIDE =
  /\boutside\s+(?:our|the\s+Ombudsman[\u2019']s|my)\s+jurisdiction|\bnot\s+within\s+(?:our|my)\s+jurisdiction|\blaw\s+(?:says|prevents)\s+(?:we|us)\s+(?:cannot|from)/i;
const FAULT_INJUSTICE =
  /(?<!\b(?:if|whether|not|n[\u2019']t)\s+(?:\w+\s+){0,3})\bthere\s+(?:has|have)\s+been\s+(?:some\s+)?fault\b|\b(?:has|have)\s+(?:now\s+)?(?:accepted|admitted|acknowledged)\s+(?:some\s+)?fault\b|(?<!\bnot\s+)\baffected\s+by\s+fault\b|\backnowledges?\s+(?:that\s+)?(?:its|the\s+council[\u2019']s)\s+(?:error|fault|mistake)s?\b|\b(?:accepts?|accepted|has\s+accepted)\s+(?:that\s+)?(?:it|the\s+(?:council|landlord))\s+(?:did\s+not|failed|was\s+at\s+fault|delayed)\b(?![^.]*\bno\s+fault\b)|\b(?:we|I|the\s+ombudsman)\s+(?:also\s+)?(?:have\s+|has\s+)?(?:also\s+)?(?:found|finds?|identified|uphold|upheld)\s+(?:some\s+)?(?:fault|maladministration|service\s+failure)|\bthere\s+(?:was|is|were)\s+(?:some\s+)?(?:fault|maladministration|service\s+failure)|\b(?:was|were|is)(?:\s*,\s*however\s*,\s*|\s+also\s+|\s+)at\s+fault\b|\bfault\s+(?:causing|which\s+caused|that\s+caused)\s+(?:an\s+)?injustice|\b(?:found|find|finds)\s+(?:the\s+Council|it|the\s+landlord|the\s+[A-Z]\w+)\s+(?:to\s+be\s+)?at\s+fault|(?<!\b(?:not|n[\u2019']t|cannot|never)\b[^.]{0,20})\b(?:we|I)\s+(?:also\s+)?consider(?:ed)?\s+(?:the\s+(?:Council|landlord|care\s+home|care\s+provider|provider)|it)\s+(?:to\s+(?:be|have\s+been)\s+)?at\s+fault|\b(?:I|we)\s+uphold\b|\bwe\s+upheld\b|\b(?:the\s+)?ombudsman\s+upholds\b|\b(?:found|find)\s+(?:one|an?|some|two|three)\s+areas?\s+of\s+fault\b|\bintends?\s+to\s+find\s+fault\b|\bfinding\s+of\s+fault\b|\b(?:is|was|are|were)\s+fault\b|\b(?:I|we)\s+(?:have\s+)?found\s+(?:that\s+)?the\s+(?:council|landlord)\s+(?:delayed|failed|did\s+not)\b|\b(?:I|we)\s+(?:have\s+)?found\s+that\s+both\s+(?:councils|landlords)\b[^.]{0,60}?\s(?:delayed|caused\s+(?:avoidable\s+)?delays?|failed\s+to)\b|\b(?:I|we)\s+(?:have\s+)?(?:found|find)\s+(?:that\s+)?it\s+failed\s+to\b|\b(?:we|I)\s+have\s+upheld\s+(?:[\w\u2019']+\s+){0,3}?complaint\b/i;
const NO_FAULT =
  /\b(?:we|I|the\s+Ombudsman)\s+(?:have\s+|has\s+)?(?:found|find|finds)\s+no\s+(?:evidence\s+of\s+)?(?:fault|maladministration)|\bthere\s+(?:was|is|were)\s+no\s+(?:evidence\s+of\s+)?(?:fault|maladministration)|\bwas\s+not\s+at\s+fault|\b(?:is|were|are)\s+not\s+at\s+fault\s*[.;]|\bno\s+fault\s+by\b|(?<!\b(?:council|landlord|provider|it)\s+)\b(?:do|did)\s+not\s+(?:uphold|find\s+(?:any\s+)?(?:evidence\s+of\s+)?fault)|\b(?:we|I)\s+(?:have|has)\s+not\s+(?:found|identified)\s+(?:any\s+)?(?:evidence\s+of\s+)?fault|\b(?:is|was)\s+not\s+upheld\b/i;
const PARTLY =
  /\b(?:partly|partially|part)\s+upheld\b|\b(?:I|we)\s+(?:have\s+)?(?:uphold|upheld)\s+(?:[\w\u2019']+\s+){0,4}?complaint\s+in\s+part\b|\bfault\s+(?:causing|which\s+caused)\s+(?:an\s+)?injustice\s+in\s+(?:part|some)\s+of\b/i;
/** A Stage 2/3 report's own overall statement ("Overall, the complaint is partly upheld"). */
const OVERALL =
  /\boverall(?:\s+(?:finding|outcome|decision))?\s*[,:\-\u2013]?\s*(?:(?:the|this|Mr|Mrs|Ms|Miss|Mx)\s+(?:[\w\u2019']+\s+){0,2}?(?:complaints?\s+)?(?:is|are|was|were|has\s+been|have\s+been)\s+)?(partly|partially|part|not)?\s*upheld\b/i;
/**
 * A Stage 2/3 report that gives no upheld/not upheld per point but says what went wrong ("The panel
 * found that the reduction ... was not a proper reassessment", "the investigator found the Council
 * failed to ...").
 */
const FOUND_FAILING =
  /\b(?:the\s+)?(?:panel|investigat(?:or|ing\s+officer)|review(?:ing)?\s+officer|I|we)\s+(?:has\s+|have\s+)?(?:found|finds?|concluded?|considers?)\s+(?:that\s+)?[^.\n]{0,200}?\b(?:did\s+not|failed\s+to|was\s+not\s+(?:a\s+)?(?:proper|reasonable|adequate|appropriate|lawful)|were\s+not\s+(?:proper|reasonable|adequate)|should\s+have|was\s+(?:at\s+)?fault|delay(?:ed)?\s+(?:was|were)\s+(?:unreasonable|avoidable))\b/i;
const NOT_UPHELD = /\bnot\s+upheld\b/i;
/**
 * A summary that agrees or recommends a remedy upholds the complaint even when it does not say
 * "fault" ("A suitable remedy is agreed.", "The Council should apologise ... and make a payment").
 */
const REMEDY_AGREED =
  /\b(?:suitable|appropriate|satisfactory|fair)\s+remedy\s+(?:is|was|has\s+been)\s+agreed\b|\b(?:is|are)\s+(?:an?\s+)?(?:suitable|appropriate|satisfactory|fair)\s+remed(?:y|ies)\s*\.|\b(?:the\s+)?(?:Council|landlord|it|(?:care\s+)?provider|care\s+home|[A-Z][a-z]+\s+(?:Council|Trust))\s+(?:should|has\s+(?:also\s+)?agreed\s+to|agreed\s+to|will)\s+(?:(?:now|properly|also|promptly)\s+)?(?:apologise|pay|make\s+a\s+(?:\w+\s+)?payment|review|reconsider|reassess|investigate|consider|correct|amend|rectify)\b(?![^.]*\bif\b[^.]*\bchanges?\b)|\baction\s+(?:it|the\s+Council)\s+has\s+agreed\s+to\s+take\b/i;
const UPHELD = /\bupheld\b/i;
/** The Ombudsman's finding of failings, without the word fault ("We found failings in the care ..."). */
const FAILINGS_FOUND =
  /\b(?:we|I)\s+(?:have\s+)?(?:found|find|identified)\s+(?:some\s+|several\s+|serious\s+|significant\s+)?failings\b/i;
/** "The Council and the Home have agreed to our recommendations", "and will apologise to Mr B". */
const RECOMMENDATIONS_AGREED =
  /\b(?:has|have)\s+agreed\s+to\s+(?:our|my|the\s+Ombudsman[\u2019']s)\s+recommendations?\b|\band\s+will\s+(?:apologise|pay)\b/i;
/**
 * A failing the decision states without the word fault ("However, it did not follow correct
 * procedure", "there was an error in the report", "However, it should have considered ..."): with a
 * remedy agreed beside it, fault was found although another point had none.
 */
const FAILING_STATED =
  /\b(?:it|the\s+(?:Council|landlord|Trust|[A-Z]\w+\s+Council))\s+(?:did\s+not|failed\s+to)\s+follow\s+(?:the\s+|its\s+)?(?:correct|proper|right|own|relevant)?\s*(?:procedures?|process(?:es)?|guidance|polic(?:y|ies))\b|\bthere\s+(?:was|were)\s+(?:an?\s+)?(?:error|mistake|failure)s?\s+(?:in|by)\b|\b(?:however|but)\b(?:(?!\b(?:not|cannot|can[\u2019']t|no|never)\b)[^.]){0,80}?\b(?:it|the\s+(?:Council|landlord|(?:care\s+)?provider|care\s+home))\s+should\s+have\s+(?:[a-z]+ly\s+)?[a-z]+ed\b/i;
/**
 * The complaint as put ("Mr X complains the Council was at fault ..."): the complainant's words, not
 * a finding. Each such sentence is left out before the finding is read.
 */
const COMPLAINT_AS_PUT =
  /(?<=^|[.!?:]\s+)(?:(?:The\s+)?complainants?|Mr|Mrs|Ms|Miss|Mx|Dr)\b[^.!?;\n]{0,60}?\b(?:complain(?:s|ed)?|alleges?|alleged|says|said)\b[^.!?;\n]*/gm;

function withoutComplaintAsPut(s: string): string {
  return s.replace(COMPLAINT_AS_PUT, ' ');
}

/**
 * `head` is the opening part of the document (title, summary), `conclusion` the final decision
 * part; `type` decides which wording applies. Multi-case documents have no finding.
 */
export function findFinding(
  head: string,
  text: string,
  type: DocumentType,
  singleCase: boolean,
): FindingFacts {
  if (!singleCase || type === 'annual_report') {
    const r = 'multi-case document: no single finding';
    return { finding: { value: null, reason: r }, faultFound: { value: null, reason: r } };
  }
  // Stage 2/3 reports label a finding per complaint point: the overall finding is worked out below
  const label =
    type === 'stage2_report' || type === 'stage3_panel'
      ? null
      : (LABELLED.exec(head) ??
        MIRROR_LABEL.exec(head.slice(0, 1500)) ??
        RUN_IN_LABEL.exec(head.slice(0, 600)));
  if (label) {
    const f = fromLabel(label[1]);
    if (f) {
      const rest = label[2] ?? '';
      let fault = faultFor(f, rest);
      let why = 'from the labelled decision';
      // the label and the summary disagree ("Upheld" but "We do not find fault in ..."; "Not upheld"
      // but "We found failings in the care ..." with a remedy agreed), or the investigation stopped
      // before any finding: the text does not say. The complaint as put is not the summary's word.
      const said = withoutComplaintAsPut(head);
      if (
        (fault === true &&
          rest === '' &&
          NO_FAULT.test(said) &&
          !FAULT_INJUSTICE.test(said) &&
          // (a failing in other words: "The Council wrongly offered a refund ... and delayed ...";
          // "..., which remedies the injustice caused")
          !/\bfail(?:ed|ure)\s+to\b|\bwrongly\b|\bdelayed\b|\bremed(?:y|ies|ied)\s+(?:the|any|this)\s+injustice\b/i.test(
            said,
          ) &&
          !failingStated(said)) ||
        (fault === false && rest === '' && NOT_INVESTIGATE.test(said) && !NO_FAULT.test(said)) ||
        // ("Upheld" but "We will not investigate ... because the Council has already provided a
        // satisfactory remedy": the Ombudsman made no finding of fault)
        (fault === true &&
          rest === '' &&
          WILL_NOT_INVESTIGATE_THIS.test(said) &&
          !FAULT_INJUSTICE.test(said) &&
          // (the refusal may be of one part only: "The Council failed to ... We will not investigate
          // his complaint about the provider's charges")
          !/(?<!\bcomplain(?:ed|s|ts?)?\s+(?:that\s+)?)\b(?:the\s+council|it|the\s+landlord|the\s+(?:care\s+)?provider)\s+(?:wrongly|delayed|failed\s+to)\b/i.test(
            said,
          )) ||
        (fault === false &&
          rest === '' &&
          f === 'not_upheld' &&
          (FAULT_INJUSTICE.test(said) || FAILINGS_FOUND.test(said)) &&
          (REMEDY_AGREED.test(said) || RECOMMENDATIONS_AGREED.test(said)))
      ) {
        fault = null;
        why = 'the labelled decision and the summary do not say the same about fault';
      }
      return {
        finding: { value: f, reason: `labelled decision "${label[0].trim()}"` },
        faultFound: { value: fault, reason: why },
      };
    }
  }
  const scope = withoutComplaintAsPut(head);
  if (type === 'stage2_report' || type === 'stage3_panel') {
    // findings are given per complaint point; the report has an overall finding only when it says so
    const points = text.slice(0, 400_000);
    const up = countAll(/(?<!not\s)(?<!partly\s)(?<!partially\s)(?<!part\s)\bupheld\b|\bupholds\b/gi, points);
    const part = countAll(/\b(?:partly|partially|part)\s+upheld\b/gi, points);
    const not = countAll(/\bnot\s+upheld\b|\b(?:does|do|did)\s+not\s+uphold\b/gi, points);
    const overall = OVERALL.exec(points);
    const value: Finding | null = overall
      ? overall[1]
        ? /^not$/i.test(overall[1])
          ? 'not_upheld'
          : 'partly_upheld'
        : 'upheld'
      : null;
    const failing = up + part + not === 0 && value === null ? FOUND_FAILING.exec(points) : null;
    const fault =
      value !== null
        ? value !== 'not_upheld'
        : up + part > 0
          ? true
          : not > 0
            ? false
            : failing
              ? true
              : null;
    const counts = failing
      ? `no findings per point; the report found failings: "${failing[0].trim().slice(0, 120)}"`
      : `complaint points: ${up} upheld, ${part} partly, ${not} not upheld`;
    return {
      finding: {
        value,
        reason: overall
          ? `overall finding stated ("${overall[0].trim()}")`
          : `no overall finding (${counts})`,
      },
      faultFound: { value: fault, reason: `from the findings on the complaint points (${counts})` },
    };
  }
  if (type === 'housing_ombudsman_decision') return housingFinding(text.slice(0, 400_000));
  if (PREMATURE.test(scope) && NOT_INVESTIGATE.test(scope))
    return both('premature', null, 'not investigated: premature');
  if (OUTSIDE.test(scope) && NOT_INVESTIGATE.test(scope))
    return both('outside_jurisdiction', null, 'not investigated: outside jurisdiction');
  if (NOT_INVESTIGATE.test(scope) && !FAULT_INJUSTICE.test(scope))
    return both('closed_after_initial_enquiries', null, 'the Ombudsman will not investigate');
  if (PARTLY.test(scope)) return both('partly_upheld', true, 'partly upheld');
  const fault = FAULT_INJUSTICE.exec(scope);
  const noFault = NO_FAULT.exec(scope);
  if (fault && (!noFault || fault.index < noFault.index))
    return both('upheld', true, `fault found ("${fault[0]}")`);
  // "We found no fault in its decision, but we found fault in its communications."; "There is no
  // fault in ... There is also no evidence of fault in ... However, the Council is at fault for ..."
  const faultSentence = fault ? sentenceStartBefore(scope, fault.index) : 0;
  if (
    fault &&
    noFault &&
    ((fault.index - noFault.index < 240 &&
      /\b(?:but|however)\b/i.test(scope.slice(noFault.index, fault.index))) ||
      /^\s*(?:but|however)\b(?![^.]*\bif\b)/i.test(scope.slice(faultSentence, fault.index)) ||
      // a sentence of its own that finds fault on another point: "There was some fault in how it ..."
      /^\s*$/.test(scope.slice(faultSentence, fault.index)))
  )
    return both('upheld', true, `no fault on one point but fault on another ("${fault[0]}")`);
  const remedy = REMEDY_AGREED.exec(scope);
  const failing = FAILING_STATED.exec(scope);
  if (noFault && failing && remedy && !NOT_UPHELD.test(scope))
    return both(
      'upheld',
      true,
      `no fault on one point, but a failing stated ("${failing[0]}") and a remedy agreed ("${remedy[0]}")`,
    );
  if (noFault) return both('not_upheld', false, `no fault found ("${noFault[0]}")`);
  if (remedy && !NOT_UPHELD.test(scope))
    return both('upheld', true, `a remedy agreed or recommended ("${remedy[0]}")`);
  if (NOT_UPHELD.test(scope)) return both('not_upheld', false, 'not upheld');
  if (UPHELD.test(scope)) return both('upheld', true, 'upheld');
  return both(null, null, 'no finding stated');
}

/** "Our decision (determination)" up to the next part ("Summary of reasons", "Putting things right"). */
const DETERMINATION =
  /^[ \t]*Our\s+decision\s*\(determination\)[ \t]*$([\s\S]{0,3000}?)^[ \t]*(?:Summary\s+of\s+reasons|Reasons|Putting\s+things\s+right|Background|What\s+the\s+complaint\s+is\s+about)[ \t]*$/im;
/** A stated finding of fault: "there was maladministration", "we have found a service failure", "we
 *  found that there had been maladministration", "determined that the landlord was responsible for
 *  maladministration" (not what a resident felt there had been, nor "whether it was responsible"). */
const HOUSING_FAULT =
  /\bthere\s+(?:was|were|has\s+been)\s+(?:a\s+)?(?:severe\s+)?(?:maladministration|service\s+failure)\b|\b(?:found|determined|decided|concluded)\s+(?:that\s+)?(?:there\s+had\s+been|(?:the\s+landlord|it)\s+(?:was|had\s+been)\s+responsible\s+for)\s+(?:a\s+)?(?:severe\s+)?(?:maladministration|service\s+failure)\b|(?:^|[.!?]\s+)the\s+landlord\s+was\s+responsible\s+for\s+(?:severe\s+)?(?:maladministration|service\s+failure)\b|\b(?:we\s+have\s+)?(?:found|made\s+a\s+finding\s+of|finding\s+of)\s+(?:a\s+)?(?:severe\s+)?(?:maladministration|service\s+failure)\b/gi;
/** A stated finding of no fault on a point: "there was no maladministration in ...". */
const HOUSING_NO_FAULT = /\bthere\s+was\s+no\s+maladministration\b|\bno\s+maladministration\s+(?:by|in)\b/gi;
/** Fault the landlord had already put right: "reasonable redress". */
const HOUSING_REDRESS =
  /\bthere\s+was\s+reasonable\s+redress\b|\b(?:finding|found)\s+(?:of\s+)?reasonable\s+redress\b|\breasonable\s+(?:offer\s+of\s+)?redress\s+(?:was\s+made|by|in|for)\b|\bwas\s+reasonable\s+redress\b|\boffered\s+redress\s+to\s+the\s+resident\s+prior\s+to\s+investigation\b/gi;
/** A jurisdiction decision on the whole complaint (not "the following aspect of the complaint is outside ..."). */
const HOUSING_JURISDICTION =
  /^[ \t]*Decision\s+type[ \t]*\n+[ \t]*Jurisdiction[ \t]*$|^[ \t]*Determination\s*\(\s*jurisdiction(?:al)?\s+decision\s*\)[ \t]*$|\b(?:I|we)\s+(?:have\s+)?(?:determined|decided|found)\s+that\s+(?:the|this)\s+complaint\b[^.\n]{0,80}?\s(?:is|was)\s+not\s+within\s+(?:our|the\s+Ombudsman[\u2019']s|my)\s+jurisdiction\b|(?<!\b(?:aspects?|parts?|elements?|points?)\s+of\s+)\b(?:the|this)\s+complaint\s+(?:is|was)\s+outside\s+(?:of\s+)?(?:our|the\s+Ombudsman[\u2019']s)\s+jurisdiction\b|\bhave\s+no\s+jurisdiction\s+to\s+investigate\s+(?:the|this)\s+complaint\b/im;

/**
 * A Housing Ombudsman determination: a stated finding of maladministration or service failure
 * upholds the complaint (partly, when another point had no maladministration at all); reasonable
 * redress on every point is not upheld, though the landlord was at fault (redress puts a fault
 * right); no maladministration is not upheld without fault; a
 * jurisdiction decision was not investigated. The Scheme's stock words about "any
 * 'maladministration'" are not a finding.
 */
function housingFinding(t: string): FindingFacts {
  const det = DETERMINATION.exec(t);
  const scope = det ? det[1] : t;
  const yes =
    countAll(HOUSING_FAULT, scope) +
    (det
      ? countAll(
          /^[ \t]*(?:[a-z][.)][ \t]*)?(?:A\s+)?(?:severe\s+)?(?:maladministration|service\s+failure)\b/gim,
          scope,
        )
      : 0);
  const no = countAll(HOUSING_NO_FAULT, scope);
  const redress = countAll(HOUSING_REDRESS, scope);
  // a point with no fault at all makes the complaint partly upheld; a fault already put right
  // (reasonable redress) does not
  if (yes > 0 && no > 0)
    return both('partly_upheld', true, 'maladministration or service failure on some points, none on others');
  if (yes > 0) return both('upheld', true, 'maladministration or service failure found');
  if (no > 0) return both('not_upheld', false, 'no maladministration found');
  if (redress > 0) return both('not_upheld', true, 'reasonable redress: not upheld, the fault was put right');
  if (HOUSING_JURISDICTION.test(t.slice(0, 6000)))
    return both('closed_after_initial_enquiries', null, 'a jurisdiction decision: not investigated');
  return both(null, null, 'no determination stated');
}

/** The Ombudsman's own sentence that names a failing ("the Council should have reviewed ...", "its
 *  handling was poor"), not a denial of one nor someone else's view of it. */
function failingStated(said: string): boolean {
  return said.split(/(?<=[.!?])\s+/).some((x) => {
    const m =
      /\b(?:was|were)\s+poor\b|\bshould\s+have\s+(?:[a-z]+ed|done|made|given|taken|sent|told)\b/i.exec(x);
    return (
      m !== null &&
      !/\bnot\b|n[\u2019']t\b|\b(?:says?|said|complain(?:s|ed)?|wants?|believes?|feels?|considers?)\b|\bfor\s+us\s+to\s+say\b/i.test(
        x.slice(0, m.index),
      )
    );
  });
}

function both(f: Finding | null, fault: boolean | null, reason: string): FindingFacts {
  return { finding: { value: f, reason }, faultFound: { value: fault, reason } };
}

function countAll(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) && n < 1000) n++;
  return n;
}
