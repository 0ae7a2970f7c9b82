/**
 * The features the learned scorer reads for one candidate action: which rules made it, where it
 * stands (section role, lead-in, list position) and a few words of its own (modal and agreement
 * verbs, first words, length). Each feature is a name; a candidate has a feature or not.
 * Pure and deterministic: the same candidate always gives the same features in the same order.
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';

/** What the engine knows about one recommendation when it scores it. */
export interface CandidateFacts {
  /** The recommendation's text as proposed. */
  text: string;
  /** Ids of the rules that made it, most decisive first. */
  ruleIds: readonly string[];
  /** Role of the section it stands in (null before any known heading). */
  role: string | null;
  /** Kind of the section ("action", "summary", ...). */
  section: string;
  /** Grammatical form that made it an action ("modal", "agreed", ...). */
  form: string;
  /** Under a lead-in, in a list, or alone in its item. */
  listed: boolean;
  /** The lead-in line it sits under, if any. */
  leadIn: string | null;
  /** 1-based position among the recommendations under the same lead-in (0 when none). */
  leadPosition: number;
  /** Split out of a compound sentence. */
  split: boolean;
  /** The document's type ("lgsco_decision", ...). */
  documentType: string;
  /** How many recommendations the document gives (before scoring). */
  documentCount: number;
  /** Where it starts in the document, 0..1. */
  at: number;
  hasDeadline: boolean;
  evidence: boolean;
  hasPayment: boolean;
  category: string;
  learning: boolean;
}

const MODAL = /\b(?:will|shall|must|should)\b/i;
const SHOULD_HAVE = /\b(?:should|could|would|must)\s+(?:not\s+)?have\s+(?:been\s+)?\w+/i;
const AGREE = /\b(?:agreed?|agrees|accept(?:s|ed)?|undert(?:ake|akes|aken|ook))\b/i;
const RECOMMEND = /\brecommend\w*\b/i;
const ORDER = /\b(?:order(?:s|ed)?|direct(?:s|ed)?|require[sd]?)\b/i;
const PAST_DONE = /\b(?:has|have|had)\s+(?:now\s+|already\s+|since\s+)?(?:been\s+)?[a-z]+ed\b/i;
const ALREADY = /\b(?:already|previously|at\s+the\s+time)\b/i;
const COMPLAINANT_START = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]\b|the\s+complainant|he|she|they)\b/;
const WANTS =
  /\b(?:wants?|wanted|would\s+like|seeks?|sought|asks?\s+for|asked\s+for|claims?\s+that|complain(?:s|ed)?\s+(?:that|about))\b/i;
const FIRST_PERSON = /^(?:we|i|our|my)\b/i;
const ORG_SUBJECT =
  /^(?:the\s+)?(?:council|landlord|local\s+authority|organisation|trust|service|department)\b/i;
const CONDITIONAL = /^(?:if|when|where|whether|unless)\b/i;
const GENERAL_ADVICE = /\b(?:landlords|councils|organisations|authorities)\s+(?:should|must|need\s+to)\b/i;

function lengthBucket(words: number): string {
  if (words < 6) return 'len:<6';
  if (words < 16) return 'len:6-15';
  if (words < 31) return 'len:16-30';
  if (words < 61) return 'len:31-60';
  return 'len:>60';
}

function countBucket(n: number): string {
  if (n <= 2) return 'doc-count:1-2';
  if (n <= 5) return 'doc-count:3-5';
  if (n <= 10) return 'doc-count:6-10';
  return 'doc-count:>10';
}

function stemmedWords(text: string, n: number): string[] {
  const words = text.toLowerCase().match(/[a-z][a-z'\u2019-]*/g) ?? [];
  return words.slice(0, n).map((w) => PorterStemmer.stem(w));
}

/** The feature names of one candidate, deduplicated, in a fixed order. */
export function candidateFeatures(c: CandidateFacts): string[] {
  const f: string[] = [];
  const text = c.text.replace(/\s+/g, ' ').trim();
  c.ruleIds.forEach((id, i) => {
    f.push(`rule:${id}`);
    if (i === 0) f.push(`rule-first:${id}`);
  });
  f.push(`role:${c.role ?? 'none'}`);
  f.push(`section:${c.section}`);
  f.push(`form:${c.form}`);
  f.push(`doc:${c.documentType}`);
  f.push(countBucket(c.documentCount));
  f.push(`at:${Math.min(3, Math.floor(Math.max(0, c.at) * 4))}`);
  if (c.listed) f.push('listed');
  if (c.leadIn !== null) {
    f.push('lead-in');
    f.push(`lead-pos:${Math.min(c.leadPosition, 6)}`);
    if (MODAL.test(c.leadIn)) f.push('lead-in:modal');
    if (AGREE.test(c.leadIn)) f.push('lead-in:agree');
    if (RECOMMEND.test(c.leadIn)) f.push('lead-in:recommend');
    if (WANTS.test(c.leadIn)) f.push('lead-in:wants');
  }
  if (c.split) f.push('split');
  if (c.hasDeadline) f.push('deadline');
  if (c.evidence) f.push('evidence');
  if (c.hasPayment) f.push('payment');
  f.push(`category:${c.category}`);
  if (c.learning) f.push('learning');
  const words = text.split(' ').filter(Boolean).length;
  f.push(lengthBucket(words));
  if (MODAL.test(text)) f.push('cue:modal');
  if (SHOULD_HAVE.test(text)) f.push('cue:should-have');
  if (AGREE.test(text)) f.push('cue:agree');
  if (RECOMMEND.test(text)) f.push('cue:recommend');
  if (ORDER.test(text)) f.push('cue:order');
  if (PAST_DONE.test(text)) f.push('cue:past-done');
  if (ALREADY.test(text)) f.push('cue:already');
  if (COMPLAINANT_START.test(text)) f.push('cue:complainant-subject');
  if (WANTS.test(text)) f.push('cue:wants');
  if (FIRST_PERSON.test(text)) f.push('cue:first-person');
  if (ORG_SUBJECT.test(text)) f.push('cue:org-subject');
  if (CONDITIONAL.test(text)) f.push('cue:conditional');
  if (GENERAL_ADVICE.test(text)) f.push('cue:general-advice');
  if (/[?]/.test(text)) f.push('cue:question');
  if (/£\s?\d/.test(text)) f.push('cue:money');
  const [w0, w1] = stemmedWords(text, 2);
  if (w0) f.push(`w0:${w0}`);
  if (w1) f.push(`w1:${w1}`);
  return [...new Set(f)];
}
