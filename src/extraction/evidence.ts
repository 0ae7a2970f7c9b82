/**
 * Evidence requests ("The Council should provide us with evidence it has complied with the above
 * actions", "Please provide evidence of this") and timing-only sentences that restate when the
 * previous action is due ("The Council should make the payment within 4 weeks of my final decision").
 * Neither is an action of its own.
 */

import { pastActionVerb, presentActionVerb } from './verbs';

const EVIDENCE =
  /\b(?:provide|send|give|supply|share|forward)\s+(?:us|the\s+Ombudsman|the\s+Housing\s+Ombudsman|me|this\s+office|our\s+office)\s+(?:with\s+)?(?:\w+\s+){0,3}?(?:evidence|proof|confirmation|copies|copy|a\s+copy)\b|\bplease\s+provide\s+(?:\w+\s+){0,2}evidence\b|\b(?:provide|send|give)\s+(?:(?:us|me|the\s+ombudsman)\s+(?:with\s+)?|(?:\w+\s+){1,2}(?=evidence\b))?(?:evidence|proof)\s+(?:of\s+(?:this|these|that|the\s+above|compliance|the\s+actions?|its\s+compliance|(?:the\s+)?payments?)|(?:that\s+)?(?:it|they|the\s+council|the\s+landlord|this|these)\s+(?:has|have|was|were|had)(?:\s+(?:made|paid|done|completed|sent|issued)\s+(?:this|these|that|the|its)\s+\w+)?)\b|\bevidence\s+(?:of\s+compliance|that\s+(?:it|they|the\s+council|the\s+landlord)\s+(?:has|have)\s+(?:complied|done|carried))|\b(?:confirm|demonstrate)\s+(?:to\s+(?:us|the\s+Ombudsman|this\s+service))\s+(?:that|it|compliance)|\bshould\s+evidence\s+(?:its|their)\s+compliance\b|\b(?:provide|send|give)\s+(?:\w+\s+){0,2}evidence\s+to\s+(?:us|me|the\s+(?:Housing\s+)?Ombudsman|this\s+office)\b|\b(?:provide|send)\s+(?:the\s+Ombudsman|us)\s+with\s+(?:\w+\s+){0,3}(?:update|details)\s+(?:of|on)\s+(?:its|the)\s+compliance/i;

export function isEvidenceRequest(sentence: string): boolean {
  return (
    /evidence|proof|confirm|cop(?:y|ies)|demonstrat|compliance/i.test(sentence) && EVIDENCE.test(sentence)
  );
}

/** Evidence sentences that are not also an action in their own right. */
/** The subject and modal before a task: "The Council should also ". */
const SUBJECT_MODAL =
  /^\s*(?:[-\u2022*]\s*)?(?:(?:the\s+(?:council|landlord|local\s+authority|authority)|it|they)\s+(?:should|will|must|shall|(?:has\s+)?agreed\s+to)\s+)?(?:also\s+)?/i;
const EVIDENCE_VERB = /^(?:provide|send|give|supply|share|forward|confirm|demonstrate|please|evidence)$/i;

export function isPureEvidenceRequest(sentence: string): boolean {
  if (!isEvidenceRequest(sentence)) return false;
  // "amend its offer letters ..., and provide us with copies": a task of its own, then the copy
  const first = /^([a-z]+)/i.exec(sentence.replace(EVIDENCE, '').replace(SUBJECT_MODAL, ''))?.[1] ?? '';
  if (presentActionVerb(first) !== null && !EVIDENCE_VERB.test(first)) return false;
  // "provide documentary evidence it has paid directly to the resident £650 compensation ...": an
  // order written as the evidence of its doing, a task named in full after "it has"
  const evidence = EVIDENCE.exec(sentence);
  const done = evidence ? /^\s*([a-z]+)/i.exec(sentence.slice(evidence.index + evidence[0].length)) : null;
  if (
    done &&
    pastActionVerb(done[1]) !== null &&
    /£\s?\d|\b(?:to|with|for)\s+the\s+resident\b/i.test(sentence)
  )
    return false;
  // "update us on its progress to provide a direct payment" is an action, not just evidence
  // (nor is "ensure full compliance with the recommendations in the original report", a further report's remedy)
  return !/\b(?:apologi[sz]e|apology|pay\s|payments?\b|refund|reimburs|review\s|remind|train|waive|cancel|reassess|reconsider|(?:original|earlier|previous|first)\s+report\b)/i.test(
    sentence.replace(EVIDENCE, ''),
  );
}

const TIMING_ONLY =
  /^(?:(?:the\s+)?(?:council|landlord|local\s+authority|it|they)\s+(?:should|will|must|shall)\s+(?:\w+\s+){0,2}?(?:make|complete|ensure|do|carry\s+out|take|finish|action|implement|pay|provide|send|have\s+(?:completed|made|done))\s+(?:the\s+(?:payment|payments|review|reviews|apology|assessment|reassessment|above|actions?|work|remedy|remedies)|this|these|them|it|all\s+(?:of\s+)?(?:the\s+)?above|both)\b[^.]{0,40}?(?:is\s+done\s+|are\s+done\s+|has\s+been\s+done\s+)?(?:within|by|no\s+later\s+than|before)\b|(?:this|these|both|all\s+(?:of\s+)?(?:these|the\s+above)|the\s+above)\s+(?:actions?\s+|recommendations?\s+|remed(?:y|ies)\s+|payments?\s+)?(?:should|will|must|shall|are\s+to|is\s+to)\s+(?:all\s+)?(?:be\s+)?(?:taken|done|completed|carried\s+out|implemented|made|actioned|paid|finished)\s+(?:within|by|no\s+later\s+than|before)\b|(?:in\s+the\s+same\s+time\s+period)\b|(?:the\s+)?(?:council|landlord|local\s+authority|it|they)\s+(?:should|will|must|shall|is\s+to|are\s+to)\s+(?:also\s+)?comply\s+with\s+(?:all\s+(?:of\s+)?)?(?:the\s+above|these|this|those|the|its|each\s+of\s+the)\s*(?:above\s+)?(?:orders?|recommendations?|actions?|remed(?:y|ies))\b[^.]{0,30}?\b(?:within|by|no\s+later\s+than|before)\b)/i;

export function isTimingOnly(sentence: string): boolean {
  if (sentence.length > 400 || !/\b(?:within|by|before|later|same\s+time)\b/i.test(sentence)) return false;
  return TIMING_ONLY.test(sentence.replace(/\s+/g, ' ').trim());
}

/**
 * "The council should send the payments within a month; monitor how its new procedure works": the
 * timing of the action before it, then a task of its own. The offset where the task starts, or null.
 */
export function timedThenTask(sentence: string): number | null {
  const semi = /;\s*(?:and\s+)?(?:also\s+)?(?=([a-z]+)\b)/i.exec(sentence);
  if (!semi || presentActionVerb(semi[1]) === null || !isTimingOnly(sentence.slice(0, semi.index)))
    return null;
  return semi.index + semi[0].length;
}

/** Refers to all earlier actions ("the above", "these actions") rather than the last one. */
export function refersToAll(sentence: string): boolean {
  return /\b(?:these|all|the\s+above|above|both|them)\b/i.test(sentence);
}
