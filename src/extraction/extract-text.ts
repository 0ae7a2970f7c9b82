/**
 * The engine: text (as a reader produced it) -> ExtractionResult. Pure: no I/O.
 *
 * Stages: normalise (with an offset map back to the input) -> items and sentences -> document
 * facts -> candidate actions (sections, lead-ins, lists) -> compound splitting -> duplicates merged
 * -> category, learning, payments, deadline, evidence per action. `explainFromText` returns the
 * same result plus the rule and reasons behind every decision.
 */
import { penceToPounds } from '../common/money';
import { AGREED_NOW } from './action-form';
import { buildItems } from './blocks';
import { ORGANISATION_SOURCE } from './parties';
import { documentHeadings, isActionSection } from './sections';
import { Candidate, findCandidates } from './candidates';
import { classifyAction } from './classify';
import { computeDeadlineDate } from './deadlines';
import { mergeDuplicates } from './duplicates';
import { ExplainedResult, FactsTrace, RecommendationTrace } from './explain-types';
import { findFacts } from './facts/find-facts';
import { joinSplitTokens, markRows, mergeRowCandidates, rebuildTables } from './layout';
import { normaliseText, reflowContinuations } from './normalise';
import { analysePayments } from './payments';
import { splitCompound } from './split-actions';
import { candidateFeatures, CandidateFacts } from './scoring/features';
import { SCORER_MODEL, ScorerModel, scoreCandidate } from './scoring/scorer';
import { ExtractedText, ExtractionResult, ExtractionSource, Recommendation } from './types';

/** Upper bound on the characters examined, so time per document is bounded for any input. */
export const MAX_CHARACTERS = 3_000_000;
/** The Ombudsman's suggestion in an early resolution, not a recommendation of the decision. */
const SUGGESTED = /\b(?:I|we)\s+(?:also\s+)?suggested\b/i;
const MAX_RECOMMENDATIONS = 500;

export function pageOf(offset: number, pageStarts: number[] | null): number | null {
  if (!pageStarts || !pageStarts.length) return null;
  let lo = 0;
  let hi = pageStarts.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pageStarts[mid] <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans + 1;
}

const LEADING_MARKS = /^[\s\u2022*\-\u2013\u2014]+/;

/** The action's text: whitespace collapsed, list markers and trailing conjunctions removed. */
export function cleanActionText(raw: string): string {
  // (a sub-point's marker inside the action reads the same from every format: "so that: • ...")
  let s = raw
    .replace(/\s+/g, ' ')
    .replace(LEADING_MARKS, '')
    .replace(/(?<=[:;] |\band )[-*](?= )/g, '\u2022');
  // trailing "; and", ",", "or", a stray bullet: trimmed by hand (a regex anchored at $ with
  // optional groups would backtrack over long runs)
  for (let guard = 0; guard < 6; guard++) {
    const before = s;
    s = s.trimEnd();
    if (/[;,\u2022]$/.test(s)) s = s.slice(0, -1);
    // the next item's marker run onto the line ("...; b)")
    else if (/[;,]\s*\(?[a-z]\)$/.test(s.slice(-6))) s = s.slice(0, s.search(/[;,]\s*\(?[a-z]\)$/));
    else if (/\s(?:and|or)$/i.test(s.slice(-4))) s = s.slice(0, s.length - (/or$/i.test(s) ? 2 : 3));
    if (s === before) break;
  }
  return s.trim();
}

/**
 * Where each offset of cleanActionText(raw) stands in `raw`: the cleaned text is `raw` with each run
 * of whitespace made one space and the leading marks removed, so the two are walked side by side
 * once; the function returned answers in constant time.
 */
export function rawOffsets(raw: string): (at: number) => number {
  const collapsed = raw.replace(/\s+/g, ' ');
  const lead = collapsed.length - collapsed.replace(LEADING_MARKS, '').length;
  const at = new Int32Array(collapsed.length + 1);
  let k = 0;
  for (let i = 0; i < raw.length; k++) {
    at[k] = i;
    if (/\s/.test(raw[i])) while (i < raw.length && /\s/.test(raw[i])) i++;
    else i++;
  }
  at[k] = raw.length;
  return (offset) => at[Math.min(k, offset + lead)];
}

export interface ExplainOptions {
  /** The learned scorer (the committed model by default); null leaves the rule-based confidence. */
  scorer?: ScorerModel | null;
}

/**
 * The start of the line that first prints the case reference ("Camden Council (202115731)",
 * "Complaint reference: 24 017 882") when it is near the top: a web page's banner or cookie notice
 * may stand before it, the document itself never does.
 */
function titleLineStart(text: string, reference: string | null): number | undefined {
  if (reference === null) return undefined;
  const at = text.indexOf(reference);
  if (at < 0 || at > 1500) return undefined;
  const start = text.lastIndexOf('\n', at) + 1;
  // a layout that prints the reference after the summary keeps the summary
  if (/\bsummary\b|\b(?:agreed|recommend\w*|remedy)\b/i.test(text.slice(0, start))) return undefined;
  return start;
}

/**
 * A summary in which the organisation agrees to act although the complaint about it is not upheld
 * (a provider acting for it was at fault, or no fault but it agreed to improve) or not investigated
 * ("We will not investigate this complaint ... because the Council will reconsider ..."): the
 * agreement and the commitments that follow it in the same paragraph ("... have agreed to our
 * recommendations and will apologise ... The Council will waive ... It will also remind ...").
 */
const AGREES =
  /\b(?:it|the\s+(?:council|landlord|provider|care\s+provider|(?:NHS\s+)?trust|ICB|CCG|integrated\s+care\s+board))\s+will\s+(?:also\s+)?(?:refund|repay|pay|apologise|reimburse)\b|\b(?:(?:has|have)\s+(?:also\s+)?)?(?:agreed|accepted)\s+to\b|\b(?:has|have)\s+(?:also\s+)?accepted\b|\bbecause\s+(?:the\s+(?:council|landlord)|it)\s+(?:will|has\s+agreed)\b|\b(?:we|I)\s+(?:have\s+)?recommended\b|\bthe\s+Ombudsman\s+(?:has\s+)?recommended\b(?![^.]*\b(?:(?:has|have|had)\s+(?:since|already)|since\s+done|(?:it|the\s+council)\s+(?:paid|did)|in\s+(?:19|20)\d\d)\b)/i;
/** "We will not investigate ... because the Council agreed to resolve the complaint early". */
const RESOLVED_EARLY =
  /\b(?:agreed|offered)\s+to\s+resolve\s+(?:the|this|her|his|their|it)\s+(?:complaint\s+)?early\b/i;
/** "This is because the Council's agreement to apologise and pay Ms X ... provides a suitable remedy". */
const AGREEMENT_NAMED = /\b(?:the\s+(?:council|landlord)[\u2019']s|its)\s+(?:agreement|offer)\s+to\s+[a-z]+/i;
/** "The Council should also advise ...", "It has agreed to ...": the organisation commits itself. */
const ORGANISATION_COMMITS = new RegExp(
  String.raw`^(?:in\s+addition,?\s+)?${ORGANISATION_SOURCE}\s+(?:(?:should|must|will|shall)\s+(?!be\b)|(?:has\s+)?agreed\s+to\b|(?:is|was|are|were)\s+(?:also\s+|further\s+)?(?:ordered|required|directed)\s+to\b)`,
  'i',
);
/** The summary, over the lines a PDF or Word file wraps it onto: a line that stops mid-sentence goes
 *  on to the next one; a line that ends a sentence ends the summary (a text page's next line may be
 *  a heading or the complaint). */
const SUMMARY_LINE =
  /^[ \t]*Summary\s*:[ \t]*((?:[^\n]*[^\n.!?:\s][ \t]*\n(?![ \t]*\n)(?![ \t]*(?:\d{1,2}\.\s|The\s+complaint|Complaint|What\s+happened|The\s+Ombudsman[\u2019']s\s+role)\b)){0,8}[^\n]*)/im;
function agreedDespiteFinding(text: string, candidates: Candidate[]): Candidate[] {
  // (an offer the Ombudsman accepts is agreed: "The Care Provider ... apologised, offered £200 ...")
  const first = candidates.find(
    (c) =>
      c.section === 'summary' &&
      (c.form.offer === true || AGREES.test(text.slice(c.sentenceStart, c.sentenceEnd))),
  );
  const summary = first
    ? text.slice(first.sentenceStart, first.sentenceEnd)
    : (SUMMARY_LINE.exec(text.slice(0, 5000))?.[1] ?? '');
  // an early resolution whose summary gives the remedy only in general ("agreed to resolve the
  // complaint early by providing a proportionate remedy"), or names the agreement only as a noun
  // ("because the Council's agreement to apologise and pay Ms X ... is a suitable remedy"): what the
  // organisation agreed or offered in the assessment below it is the remedy, when the page goes that far
  if (first ? RESOLVED_EARLY.test(summary) : AGREEMENT_NAMED.test(summary)) {
    const offered = candidates.filter(
      (c) =>
        c.section !== 'summary' &&
        (c.form.offer === true ||
          (c.form.kind === 'agreed' && AGREED_NOW.test(text.slice(c.sentenceStart, c.sentenceEnd)))),
    );
    if (offered.length) return offered;
  }
  if (!first) return [];
  return candidates.filter(
    (c) =>
      c.item === first.item &&
      c.start >= first.start &&
      (c.form.kind === 'agreed' || c.form.kind === 'modal' || c.form.kind === 'recommend'),
  );
}

export function explainFromText(
  input: ExtractedText,
  source: ExtractionSource,
  options: ExplainOptions = {},
): ExplainedResult {
  const scorer = options.scorer === undefined ? SCORER_MODEL : options.scorer;
  const full = input.text ?? '';
  const text = full.length > MAX_CHARACTERS ? full.slice(0, MAX_CHARACTERS) : full;
  const warnings: string[] = [];
  if (full.length > MAX_CHARACTERS)
    warnings.push(`Only the first ${MAX_CHARACTERS.toLocaleString('en-GB')} characters were examined`);

  const tables = rebuildTables(joinSplitTokens(normaliseText(text)));
  const norm = reflowContinuations(tables);
  const N = norm.text;
  const items = buildItems(N);
  markRows(items, tables.rows, norm.origin);
  const facts = findFacts(N);

  const headingLines = items.filter((it) => it.heading).map((it) => N.slice(it.start, it.end));
  const headings = documentHeadings(headingLines);
  const sectionsOnly =
    facts.singleCase && headingLines.some((h) => isActionSection(headings.classify(h) ?? 'none'));
  const found = findCandidates(N, items, {
    pastOutside: facts.documentType === 'annual_report',
    sectionsOnly,
    ombudsmanVoice:
      facts.documentType === 'lgsco_decision' || facts.documentType === 'housing_ombudsman_decision',
    singleCase: facts.singleCase,
    housingOmbudsman: facts.documentType === 'housing_ombudsman_decision',
    bodyStart: titleLineStart(N, facts.reference),
  });
  let candidates: Candidate[] = mergeRowCandidates(found.candidates, items, N);
  const decisionDoc = facts.singleCase;
  // An explicit first-person recommendation outside the action sections ("I recommend a payment of
  // £150 ..." under its own heading) is kept too; a restatement of a listed action merges below.
  // What the Ombudsman suggested before an early resolution ("We suggested the Council apologise
  // ...") counts when the action section only refers back to it ("taking the suggested actions").
  const inActionSection = candidates.some((c) => c.section === 'action' || c.section === 'learning');
  const sectionCands = candidates.filter(
    (c) =>
      c.section === 'action' ||
      c.section === 'learning' ||
      (c.form.kind === 'recommend' &&
        (c.section === 'none' || c.section === 'narrative') &&
        !(inActionSection && SUGGESTED.test(N.slice(c.start, c.end)))),
  );
  // with no action section, what the recommendation goes on to say in its section is part of it
  // ("we recommend the Council reconsider ... The Council should also advise Miss C of her right ...")
  if (!inActionSection && sectionCands.length) {
    const first = sectionCands[0];
    for (const c of candidates)
      if (
        c.start > first.start &&
        c.sectionIndex === first.sectionIndex &&
        (c.form.kind === 'modal' || c.form.kind === 'agreed') &&
        ORGANISATION_COMMITS.test(N.slice(c.sentenceStart, c.sentenceEnd)) &&
        !sectionCands.includes(c)
      )
        sectionCands.push(c);
    sectionCands.sort((a, b) => a.start - b.start);
  }
  let selection = 'all candidates (no action section)';
  if (decisionDoc && sectionCands.length) {
    candidates = sectionCands;
    selection = 'only the action sections (the summary and findings repeat or describe them)';
  } else if (
    decisionDoc &&
    facts.finding !== null &&
    facts.finding !== 'upheld' &&
    facts.finding !== 'partly_upheld'
  ) {
    // only what the organisation agrees to do although the complaint about it is not upheld (a care
    // provider acting for it was at fault: "The Council and the Home have agreed to ... and will pay ...")
    candidates = agreedDespiteFinding(N, candidates);
    selection = `no action section and the finding is ${facts.finding}: only what the organisation agreed`;
  }

  const split = splitCompound(N, candidates);
  const merged = mergeDuplicates(N, split, { singleCase: facts.singleCase });

  const recommendations: Recommendation[] = [];
  const traces: RecommendationTrace[] = [];
  const candidateFacts: Array<Omit<CandidateFacts, 'documentCount' | 'leadPosition'>> = [];
  let totalPence = 0;
  const assumeFromDecision =
    facts.documentType === 'lgsco_decision' || facts.documentType === 'housing_ombudsman_decision';
  for (const c of merged.slice(0, MAX_RECOMMENDATIONS)) {
    const raw = N.slice(c.start, c.end);
    const textOut = cleanActionText(raw);
    if (!textOut) continue;
    const core = cleanActionText(N.slice(Math.min(c.end, c.start + Math.max(0, c.coreAt)), c.end)) || textOut;
    const cls = classifyAction(core, textOut);
    const context = N.slice(Math.max(0, c.sentenceStart - 600), c.start);
    const pay = analysePayments(
      textOut,
      textOut.includes('£') || /pounds/i.test(textOut)
        ? cleanActionText(N.slice(c.sentenceStart, c.sentenceEnd))
        : '',
      context,
    );
    let category = cls.category;
    let learning = cls.learning;
    let categoryReason = cls.categoryReason;
    if (pay.payments.length && category !== 'payment' && !/apolog/i.test(core.slice(0, 40))) {
      category = 'payment';
      learning = false;
      categoryReason = 'carries a remedy payment';
    }
    for (const p of pay.pence) totalPence += p;
    // each payment with the amount it came from and the money rule that counted it
    const inRaw = pay.payments.length ? rawOffsets(raw) : null;
    const payments = pay.payments.map((p, k) => {
      const d = pay.sources[k];
      const from = norm.origin[c.start + inRaw!(d.mention.start)];
      const to = norm.origin[c.start + inRaw!(d.mention.end - 1)] + 1;
      return {
        ...p,
        span: { start: from, end: to, page: pageOf(from, input.pageStarts) },
        rule: [...d.rule],
        why: d.reason,
      };
    });
    warnings.push(...pay.warnings);
    let deadline = null;
    // "respond to enquiries within 5 working days" in a learning action is a service standard
    const standard =
      c.deadline !== null &&
      learning &&
      c.deadline.deadline.from === null &&
      c.deadline.deadline.within !== null &&
      (c.deadline.deadline.within.unit === 'days' || c.deadline.deadline.within.unit === 'working_days') &&
      c.deadline.deadline.within.count > 0 &&
      c.deadline.deadline.within.count <= 15;
    if (c.deadline && !standard) {
      const d = { ...c.deadline.deadline };
      d.date = computeDeadlineDate(d, facts.decisionDate, assumeFromDecision);
      deadline = d;
    }
    const start = norm.origin[c.start];
    const end = norm.origin[Math.max(c.start, c.end - 1)] + 1;
    const confidence =
      Math.round(
        Math.min(0.98, cls.confidence * (c.listed ? 1 : 0.9) * (c.section === 'none' ? 0.95 : 1)) * 100,
      ) / 100;
    recommendations.push({
      text: textOut,
      category,
      learning,
      payments,
      deadline,
      evidenceRequired: c.evidence,
      span: { start, end, page: pageOf(start, input.pageStarts) },
      confidence,
      rule: c.ruleIds,
      why: c.why,
      ...(c.possible ? { possible: true } : {}),
    });
    traces.push({
      rule: c.rule,
      reasons: [...c.reasons],
      categoryReason,
      learningReason: cls.learningReason,
      payments: pay.decisions.map((d) => ({
        amount: penceToPounds(d.mention.pence),
        counted: d.payment,
        rule: [...d.rule],
        reason: d.reason,
      })),
      deadlineSource: c.deadlineSource,
      evidenceReason: c.evidenceReason,
      features: [],
    });
    candidateFacts.push({
      text: textOut,
      ruleIds: c.ruleIds,
      role: c.role,
      section: c.section,
      form: c.form.kind,
      listed: c.listed,
      leadIn: c.leadIn,
      split: c.splitReason !== null,
      documentType: facts.documentType,
      at: N.length ? c.start / N.length : 0,
      hasDeadline: deadline !== null,
      evidence: c.evidence,
      hasPayment: pay.payments.length > 0,
      category,
      learning,
    });
  }
  // the learned scorer: confidence from the model; a weak candidate becomes a possible action
  const leadCounts = new Map<string, number>();
  recommendations.forEach((r, i) => {
    const f = candidateFacts[i];
    const leadPosition = f.leadIn === null ? 0 : (leadCounts.get(f.leadIn) ?? 0) + 1;
    if (f.leadIn !== null) leadCounts.set(f.leadIn, leadPosition);
    const features = candidateFeatures({ ...f, documentCount: recommendations.length, leadPosition });
    traces[i].features = features;
    if (!scorer) return;
    const v = scoreCandidate(scorer, features, {
      hasPayment: f.hasPayment,
      alreadyPossible: r.possible === true,
    });
    r.confidence = v.confidence;
    if (v.reason) {
      r.possible = true;
      r.rule = [...(r.rule ?? []), 'scorer.below-threshold'];
      r.why = `${r.why ?? ''} (${v.reason})`.trim();
      traces[i].reasons.push(v.reason);
    }
  });
  if (merged.length > MAX_RECOMMENDATIONS)
    warnings.push(`Only the first ${MAX_RECOMMENDATIONS} actions were kept`);

  const result: ExtractionResult = {
    schemaVersion: 1,
    source,
    documentType: facts.documentType,
    reference: facts.reference,
    organisation: facts.organisation,
    decisionDate: facts.decisionDate,
    finding: facts.finding,
    faultFound: facts.faultFound,
    complainants: facts.complainants,
    // optional in the contract: given only when the decision says so
    ...(facts.remediedBefore !== null ? { remediedBefore: facts.remediedBefore } : {}),
    recommendations,
    remedyTotal: penceToPounds(totalPence),
    warnings: dedupeStrings(warnings),
    errors: [],
  };
  const factsTrace: FactsTrace = { ...facts.reasons, selection };
  return { result, facts: factsTrace, recommendations: traces };
}

/** Extract everything from the text a reader produced. `source` is copied through. */
export function extractFromText(input: ExtractedText, source: ExtractionSource): ExtractionResult {
  return explainFromText(input, source).result;
}

function dedupeStrings(xs: string[]): string[] {
  return [...new Set(xs)].slice(0, 100);
}
