import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors';
import { Role, User } from './entities/user.entity';
import { expandWithDescendants } from '../service-areas/service-area-tree';
import { ServiceArea } from '../service-areas/entities/service-area.entity';

/** A person who can own actions (a user), as the owner pickers show them. */
export interface PersonView {
  id: string;
  name: string;
  email: string;
  role: Role;
  serviceAreaIds: string[];
}

/** People (users) who can own actions. */
@Injectable()
export class PeopleService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Active people, optionally only those assigned to one of these service areas. `scope` is the
   * caller's own service areas (null: council-wide): a scoped caller sees only people assigned to one
   * of them, never the whole staff list with emails and roles.
   */
  async list(
    filter: { serviceAreaIds?: string[] } = {},
    scope: string[] | null = null,
    em: EntityManager = this.em.fork(),
  ): Promise<PersonView[]> {
    let areaIds = filter.serviceAreaIds?.length ? filter.serviceAreaIds : null;
    if (scope) areaIds = areaIds ? areaIds.filter((id) => scope.includes(id)) : scope;
    if (areaIds && !areaIds.length) return [];
    const where = areaIds ? { active: true, serviceAreas: { id: { $in: areaIds } } } : { active: true };
    const users = await em.find(User, where, { populate: ['serviceAreas'], orderBy: { name: 'asc' } });
    return users
      .filter((u) => u.role !== 'scrutiny')
      .map((u) => ({
        id: u.id,
        name: u.name,
        email: u.email,
        role: u.role,
        serviceAreaIds: u.serviceAreas.getItems().map((a) => a.id),
      }));
  }

  /**
   * An owner must be someone who can see the action's service: the service's people (a service lead or
   * senior officer assigned to it or to an area above it), or an officer or admin, who see every service.
   * Refused (422) in words an officer understands.
   */
  async assertCanOwn(owner: User, serviceAreaId: string, em: EntityManager): Promise<void> {
    if (owner.role === 'officer' || owner.role === 'admin') return;
    await em.populate(owner, ['serviceAreas']);
    const assigned = owner.serviceAreas.getItems().map((a) => a.id);
    const tree = await em.find(ServiceArea, {}, { fields: ['id', 'parent'] });
    const visible = expandWithDescendants(
      assigned,
      tree.map((a) => ({ id: a.id, parentId: a.parent?.id ?? null })),
    );
    const seesAll = owner.role === 'senior_officer' && assigned.length === 0;
    if (seesAll || visible.includes(serviceAreaId)) return;
    throw new DomainError(
      `${owner.name || owner.email} cannot see actions of this service, so cannot own this one. Choose someone in that service, or give them access to it first.`,
      'unprocessable',
      'ownerId',
    );
  }

  /** An active user who may own an action. */
  async requireOwner(id: string, em: EntityManager): Promise<User> {
    const user = await em.findOne(User, { id });
    if (!user || !user.active)
      throw DomainError.invalid('ownerId', 'There is no active person with that id to own the action.');
    if (user.role === 'scrutiny')
      throw DomainError.invalid('ownerId', `${user.name} is a scrutiny member and cannot own actions.`);
    return user;
  }
}
