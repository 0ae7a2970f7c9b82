import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';

/**
 * What documents need to know about the actions made from them, declared here and answered by the
 * actions module (which owns TrackedAction and sits above documents); the application binds it.
 */
export abstract class DocumentActions {
  /** A subquery giving the ids of documents behind an action of these service areas. */
  abstract documentIdsInAreas(em: EntityManager, areaIds: string[]): Knex.QueryBuilder;

  /** Has this document an action owned by one of these service areas? */
  abstract anyInAreas(em: EntityManager, documentId: string, areaIds: string[]): Promise<boolean>;

  /** How many actions each of these documents has (a document with none is absent). */
  abstract countByDocument(em: EntityManager, documentIds: string[]): Promise<Map<string, number>>;
}
