import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors';
import { ServiceArea, ServiceAreaKind } from './entities/service-area.entity';
import { ServiceAreaTree, ServiceAreaView } from './service-area-tree';

export function toServiceAreaView(a: ServiceArea): ServiceAreaView {
  return { id: a.id, name: a.name, kind: a.kind, parentId: a.parent?.id ?? null, active: a.active };
}

const KINDS: ServiceAreaKind[] = ['directorate', 'service', 'team'];

/** Reads the service-area tree (directorate > service > team); admins add, rename and retire areas. */
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

  /** One service area, or a not-found refusal. */
  async get(id: string): Promise<ServiceAreaView> {
    const area = await this.em.fork().findOne(ServiceArea, { id });
    if (!area) throw DomainError.notFound('service area');
    return toServiceAreaView(area);
  }

  async tree(em: EntityManager = this.em.fork()): Promise<ServiceAreaTree> {
    return new ServiceAreaTree(await this.list(em));
  }

  /** Adds a service area, under a parent or at the top. Names are unique among siblings. */
  async create(input: { name: string; kind: string; parentId: string | null }): Promise<ServiceAreaView> {
    const em = this.em.fork();
    const name = input.name.trim();
    if (!name) throw DomainError.invalid('name', 'Enter the name of the service area.');
    if (name.length > 200) throw DomainError.invalid('name', 'The name must be 200 characters or fewer.');
    if (!KINDS.includes(input.kind as ServiceAreaKind)) {
      throw DomainError.invalid('kind', 'Choose whether it is a directorate, a service or a team.');
    }
    const parent = input.parentId ? await em.findOne(ServiceArea, { id: input.parentId }) : null;
    if (input.parentId && !parent) {
      throw DomainError.invalid(
        'parentId',
        'There is no service area with that id. Choose one from the list.',
      );
    }
    await this.assertNameFree(em, name, parent?.id ?? null, null);
    const area = em.create(ServiceArea, { name, kind: input.kind as ServiceAreaKind, parent });
    await em.flush();
    return toServiceAreaView(area);
  }

  /** Renames a service area, or takes it out of use (its actions stay; no new ones can be assigned). */
  async update(id: string, input: { name?: string; active?: boolean }): Promise<ServiceAreaView> {
    const em = this.em.fork();
    const area = await em.findOne(ServiceArea, { id });
    if (!area) throw DomainError.notFound('service area');
    if (input.name !== undefined) {
      const name = input.name.trim();
      if (!name) throw DomainError.invalid('name', 'Enter the name of the service area.');
      if (name.length > 200) throw DomainError.invalid('name', 'The name must be 200 characters or fewer.');
      await this.assertNameFree(em, name, area.parent?.id ?? null, area.id);
      area.name = name;
    }
    if (input.active !== undefined) area.active = input.active;
    await em.flush();
    return toServiceAreaView(area);
  }

  private async assertNameFree(
    em: EntityManager,
    name: string,
    parentId: string | null,
    exceptId: string | null,
  ): Promise<void> {
    const siblings = await em.find(ServiceArea, { parent: parentId });
    if (siblings.some((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase())) {
      throw new DomainError(
        `There is already a service area called ${name} in the same place.`,
        'conflict',
        'name',
      );
    }
  }

  /** An active service area that actions can be assigned to. */
  async requireAssignable(id: string, em: EntityManager): Promise<ServiceArea> {
    const area = await em.findOne(ServiceArea, { id });
    if (!area)
      throw DomainError.invalid(
        'serviceAreaId',
        'There is no service area with that id. Choose one from the list.',
      );
    if (!area.active)
      throw DomainError.invalid(
        'serviceAreaId',
        `${area.name} is no longer in use. Choose another service area.`,
      );
    return area;
  }
}
