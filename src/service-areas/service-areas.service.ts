import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../actions/action-errors';
import { ServiceArea } from './entities/service-area.entity';
import { ServiceAreaTree, ServiceAreaView } from './service-area-tree';

export function toServiceAreaView(a: ServiceArea): ServiceAreaView {
  return { id: a.id, name: a.name, kind: a.kind, parentId: a.parent?.id ?? null, active: a.active };
}

/** Reads the service-area tree (directorate > service > team). */
@Injectable()
export class ServiceAreasService {
  constructor(private readonly em: EntityManager) {}

  /** Every service area, parents before children, alphabetical within a level. */
  async list(em: EntityManager = this.em.fork()): Promise<ServiceAreaView[]> {
    const rows = await em.find(ServiceArea, {}, { orderBy: { name: 'asc' } });
    const views = rows.map(toServiceAreaView);
    const ordered: ServiceAreaView[] = [];
    const visit = (parentId: string | null) => {
      for (const v of views.filter((x) => x.parentId === parentId)) {
        ordered.push(v);
        visit(v.id);
      }
    };
    visit(null);
    // Anything unreachable (bad data) still appears, at the end.
    for (const v of views) if (!ordered.includes(v)) ordered.push(v);
    return ordered;
  }

  async tree(em: EntityManager = this.em.fork()): Promise<ServiceAreaTree> {
    return new ServiceAreaTree(await this.list(em));
  }

  /** An active service area that actions can be assigned to. */
  async requireAssignable(id: string, em: EntityManager): Promise<ServiceArea> {
    const area = await em.findOne(ServiceArea, { id });
    if (!area)
      throw new DomainError('There is no service area with that id. Choose one from the list.', 'invalid');
    if (!area.active) throw new DomainError(`${area.name} is no longer in use. Choose another service area.`);
    return area;
  }
}
