/**
 * Whether the decision says the organisation had already offered or given a satisfactory remedy
 * before the complaint reached the Ombudsman (the Ombudsman's "satisfactory remedy" figure). Null
 * when the text does not say; a remedy the Ombudsman asks for is not one given before.
 */
import { FactResult } from './fact-result';

export interface RemediedBeforeRule {
  id: string;
  reason: string;
  pattern: RegExp;
}

/** Each rule: an id, why it holds, and the wording it reads (fixtures in remedied-before.spec.ts). */
export const REMEDIED_BEFORE_RULES: RemediedBeforeRule[] = [
  {
    id: 'remedied-before.hos-53b',
    reason:
      'Housing Ombudsman: redress offered before the investigation that resolves the complaint satisfactorily',
    pattern:
      /\boffered\s+redress\s+to\s+the\s+resident\s+prior\s+to\s+investigation\b|\bprior\s+to\s+(?:our\s+)?investigation\b[^.]{0,80}\bresolves?\s+the\s+complaint\b/i,
  },
  {
    id: 'remedied-before.already-remedied',
    reason: 'the Ombudsman says the organisation has already put the injustice right',
    pattern:
      /\b(?:has|had)\s+(?:already\s+|now\s+)?(?:suitably|satisfactorily|appropriately|adequately)\s+remedied\b|\b(?:has|had)\s+already\s+(?:remedied|put\s+(?:this|things|matters)\s+right)\b/i,
  },
  {
    id: 'remedied-before.offer-satisfactory',
    reason: 'the remedy the organisation already offered or gave is called suitable or satisfactory',
    pattern:
      /\b(?:already|previously)\s+(?:offered|agreed|provided|given|paid|made|apologised|refunded|reimbursed)\b[^.]{0,120}?\b(?:is|was|were|are)\s+(?:a\s+)?(?:suitable|satisfactory|appropriate|sufficient|reasonable|proportionate)\s+(?:remedy|redress|response)\b|\b(?:the\s+)?(?:remedy|redress|offer|payment|apology)\s+(?:the\s+(?:Council|landlord|organisation)|it)\s+(?:has\s+|had\s+)?(?:already\s+)?(?:offered|gave|provided|made|paid)\s+(?:is|was)\s+(?:a\s+)?(?:suitable|satisfactory|appropriate|sufficient|reasonable|proportionate)\b/i,
  },
  {
    id: 'remedied-before.action-already-taken',
    reason:
      'the action the organisation already took is said to have put matters right, with nothing more agreed',
    pattern:
      /\b(?:action|actions|steps|remed(?:y|ies))\s+(?:(?:it|the\s+(?:council|landlord|organisation|provider))\s+(?:has|had)\s+)?already\s+(?:taken|given|provided|offered)\b(?![^.]*\b(?:agreed|will|should|must)\b)[^.]{0,240}?\b(?:put\s+(?:matters|things|this|it)\s+right|(?:is|was|were|are)\s+(?:a\s+)?(?:suitable|satisfactory|sufficient|appropriate|proportionate))\b/i,
  },
];

export function findRemediedBefore(scope: string): FactResult<boolean> & { rule: string | null } {
  for (const rule of REMEDIED_BEFORE_RULES) {
    const m = rule.pattern.exec(scope);
    if (m) return { value: true, reason: `${rule.reason} ("${m[0].slice(0, 80)}")`, rule: rule.id };
  }
  return { value: null, reason: 'the text does not say a remedy was given before', rule: null };
}
