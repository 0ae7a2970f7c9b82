import { EntityManager } from '@mikro-orm/core';
import { expandWithDescendants } from '../service-areas/service-area-tree';
import { Injectable } from '@nestjs/common';
import { TrackedAction } from '../actions/entities/tracked-action.entity';
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

  /**
   * May this user open this uploaded document (its details, text and file)? Unscoped roles: yes.
   * A service lead (or a senior officer with a directorate): only when the document has an action
   * owned by one of their service areas. Answer a "no" with 404, as for actions.
   */
  async canSeeDocument(
    user: AuthUser,
    documentId: string,
    em: EntityManager = this.em.fork(),
  ): Promise<boolean> {
    if (!isScopedToServiceAreas(user)) return true;
    if (!user.serviceAreaIds.length) return false;
    const n = await em.count(TrackedAction, {
      document: documentId,
      serviceArea: { $in: user.serviceAreaIds },
    });
    return n > 0;
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
