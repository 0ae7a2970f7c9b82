import type { EntityManager } from '@mikro-orm/core';

/**
 * A case-insensitive "contains" condition for a text column on both drivers: SQLite's LIKE already
 * ignores case (for ASCII letters), PostgreSQL's does not, so it gets ILIKE. LIKE wildcards typed by the
 * user are dropped (they would match anything).
 */
export function containsText(em: EntityManager, words: string): { $like: string } | { $ilike: string } {
  const pattern = `%${words.replace(/[%_\\]/g, '')}%`;
  return isPostgres(em) ? { $ilike: pattern } : { $like: pattern };
}

/** Whether this entity manager talks to PostgreSQL (else SQLite). */
export function isPostgres(em: EntityManager): boolean {
  return em.getPlatform().constructor.name.startsWith('PostgreSql');
}
