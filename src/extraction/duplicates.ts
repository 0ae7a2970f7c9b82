/**
 * The same action stated twice (filled in below) is one action.
 */
import { Action } from './split-actions';

export function mergeDuplicates(text: string, actions: Action[]): Action[] {
  const seen = new Set<string>();
  const out: Action[] = [];
  for (const a of actions) {
    const key = `${a.start}:${a.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}
