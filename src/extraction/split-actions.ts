/**
 * Splitting compound actions (filled in below): one sentence may hold several actions of
 * different kinds.
 */
import { Candidate } from './candidates';

export interface Action extends Candidate {
  /** Offset from `start` where the action's own wording (its verb) begins. */
  coreAt: number;
}

export function splitCompound(text: string, candidates: Candidate[]): Action[] {
  return candidates.map((c) => ({ ...c, coreAt: Math.max(0, c.form.at) }));
}
