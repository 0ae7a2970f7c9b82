import { EntityManager, raw } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { sqlEm } from '../common/sql/sql-em';
import { DocumentActions } from '../documents/document-actions';
import { TrackedAction } from './entities/tracked-action.entity';

/** The documents module's questions about actions, answered from tracked_actions. */
@Injectable()
export class ActionsOfDocuments implements DocumentActions {
  documentIdsInAreas(em: EntityManager, areaIds: string[]) {
    return sqlEm(em)
      .createQueryBuilder(TrackedAction, 'a')
      .select('a.document_id')
      .where({ serviceArea: { $in: areaIds } })
      .getKnexQuery();
  }

  async anyInAreas(em: EntityManager, documentId: string, areaIds: string[]): Promise<boolean> {
    const n = await em.count(TrackedAction, { document: documentId, serviceArea: { $in: areaIds } });
    return n > 0;
  }

  async countByDocument(em: EntityManager, documentIds: string[]): Promise<Map<string, number>> {
    if (!documentIds.length) return new Map();
    const rows = await sqlEm(em)
      .createQueryBuilder(TrackedAction, 'a')
      .select(['a.document_id', raw('count(*) as n')])
      .where({ document: { $in: documentIds } })
      .groupBy('a.document_id')
      .execute<{ document_id: string; n: number | string }[]>('all', false);
    return new Map(rows.map((r) => [r.document_id, Number(r.n)]));
  }
}
