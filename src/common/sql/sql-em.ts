import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';

/** Both our drivers (SQLite, PostgreSQL) are SQL drivers: this gives their query builder. */
export function sqlEm(em: EntityManager): SqlEntityManager {
  return em as unknown as SqlEntityManager;
}
