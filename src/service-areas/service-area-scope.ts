import type { AuthUser } from '../common/access/auth-user';

/**
 * Which service areas a user may see. Service leads are always limited to their areas (and the teams
 * below them); a senior officer with areas is limited to their directorate for reading; admins,
 * officers and scrutiny see every area (scrutiny without personal data).
 * `user.serviceAreaIds` is already expanded to descendants by the authentication guard.
 */
export function isScopedToServiceAreas(user: AuthUser): boolean {
  if (user.role === 'service_lead') return true;
  return user.role === 'senior_officer' && user.serviceAreaIds.length > 0;
}

/** The service-area ids to filter a list by, or null for "all of them". */
export function serviceAreaFilter(user: AuthUser): string[] | null {
  return isScopedToServiceAreas(user) ? [...user.serviceAreaIds] : null;
}

/** May this user see things (actions, reports rows) owned by this service area? */
export function canSeeServiceArea(user: AuthUser, serviceAreaId: string | null | undefined): boolean {
  if (!isScopedToServiceAreas(user)) return true;
  return !!serviceAreaId && user.serviceAreaIds.includes(serviceAreaId);
}

/** May this user change an action owned by this service area (status, evidence)? Scrutiny never. */
export function canChangeInServiceArea(user: AuthUser, serviceAreaId: string | null | undefined): boolean {
  if (user.role === 'admin' || user.role === 'officer') return true;
  if (user.role === 'service_lead' || user.role === 'senior_officer') {
    return !!serviceAreaId && isScopedToServiceAreas(user) && user.serviceAreaIds.includes(serviceAreaId);
  }
  return false;
}
