import type { AuthUser } from '../common/access/auth-user';
import {
  canChangeInServiceArea,
  canSeeServiceArea,
  seesPersonalData,
  serviceAreaFilter,
} from '../auth/access-scope';
import { DomainError } from '../common/errors';
import type { ViewerLens } from './action-views';

/** Who may see and change which actions: service leads only their areas (others are 404), scrutiny reads only. */
export const actionAccess = {
  lens(user: AuthUser): ViewerLens {
    return { personalData: seesPersonalData(user) };
  },

  scope(user: AuthUser): string[] | null {
    return serviceAreaFilter(user);
  },

  assertCanSee(user: AuthUser, serviceAreaId: string): void {
    if (!canSeeServiceArea(user, serviceAreaId)) throw DomainError.notFound('action');
  },

  assertCanChange(user: AuthUser, serviceAreaId: string): void {
    this.assertCanSee(user, serviceAreaId);
    if (!canChangeInServiceArea(user, serviceAreaId)) {
      throw new DomainError('You can see this action but not change it.', 'forbidden');
    }
  },

  /** Verifying, sending back, cancelling and changing due dates are for complaints officers. */
  assertOfficer(user: AuthUser, what: string): void {
    if (user.role !== 'officer' && user.role !== 'admin') {
      throw new DomainError(`Only a complaints officer can ${what}.`, 'forbidden');
    }
  },
};
