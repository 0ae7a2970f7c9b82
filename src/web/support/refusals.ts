import { OptimisticLockError } from '@mikro-orm/core';
import { statusForError } from '../../platform/http/domain-error.filter';

/**
 * A service's refusal that a form should show next to its field (bad input, a transition the table
 * forbids, a missing reason or evidence, a simultaneous change), or null for anything else (rethrow:
 * not found stays a 404 page, a bug stays a 500).
 */
export function refusalMessage(error: unknown): string | null {
  const status = statusForError(error);
  if (status === null || status === 404 || status === 403) return null;
  if (error instanceof OptimisticLockError) {
    return 'Someone else changed this at the same moment. Reload the page and try again.';
  }
  return (error as Error).message;
}
