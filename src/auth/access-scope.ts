import { EntityManager } from '@mikro-orm/core';
import { expandWithDescendants } from '../service-areas/service-area-tree';
import { Injectable } from '@nestjs/common';
import { ServiceArea } from '../service-areas/entities/service-area.entity';
import type { AuthUser } from '../common/access/auth-user';
import {
  canChangeInServiceArea,
  canSeeServiceArea,
  isScopedToServiceAreas,
  serviceAreaFilter,
} from '../service-areas/service-area-scope';

/** Scrutiny sees no personal data: names, notes, evidence and documents are hidden or redacted. */
export function seesPersonalData(user: AuthUser): boolean {
  return user.role !== 'scrutiny';
}

/** Queries the service_areas tree; other modules inject it to scope their own queries. */
@Injectable()
export class AccessScope {
  constructor(private readonly em: EntityManager) {}

  /** The ids given plus every service area below them. */
  async expand(ids: string[], em: EntityManager = this.em.fork()): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await em.find(ServiceArea, {}, { fields: ['id', 'parent'] });
    return expandWithDescendants(
      ids,
      rows.map((r) => ({ id: r.id, parentId: r.parent?.id ?? null })),
    );
  }

  canSeeServiceArea(user: AuthUser, serviceAreaId: string | null | undefined): boolean {
    return canSeeServiceArea(user, serviceAreaId);
  }

  canChangeInServiceArea(user: AuthUser, serviceAreaId: string | null | undefined): boolean {
    return canChangeInServiceArea(user, serviceAreaId);
  }

  serviceAreaFilter(user: AuthUser): string[] | null {
    return serviceAreaFilter(user);
  }

  seesPersonalData(user: AuthUser): boolean {
    return seesPersonalData(user);
  }
}

export { expandWithDescendants };
export { canChangeInServiceArea, canSeeServiceArea, isScopedToServiceAreas, serviceAreaFilter };
