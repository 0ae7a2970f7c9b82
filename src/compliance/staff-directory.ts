import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ServiceAreasService } from '../service-areas/service-areas.service';
import { User } from '../users/entities/user.entity';
import { NotificationRecipients } from './notification-recipients';

/** Loads the people who can be told things (active users, their areas, their email choice) and the area tree. */
@Injectable()
export class StaffDirectory {
  constructor(private readonly areas: ServiceAreasService) {}

  async load(em: EntityManager): Promise<NotificationRecipients> {
    const tree = await this.areas.tree(em);
    const users = await em.find(User, { active: true }, { populate: ['serviceAreas'] });
    return new NotificationRecipients(
      users.map((u) => ({
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role,
        serviceAreaIds: u.serviceAreas.getItems().map((a) => a.id),
        digestOnly: u.notifyDigestOnly,
      })),
      tree,
    );
  }
}
