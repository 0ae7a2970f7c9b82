import type { Role } from '../users/entities/user.entity';

/** What a route declares: @Public(), @Roles(...), or nothing (refused). */
export type AccessRule =
  { kind: 'public' } | { kind: 'roles'; roles: Role[]; notAChange?: boolean } | { kind: 'none' };

export const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isMutating(method: string): boolean {
  return MUTATING_METHODS.has(method.toUpperCase());
}

/**
 * Whether a signed-in role may call a route with this rule. Scrutiny is read-only whatever a
 * route declares: it may never call POST, PUT, PATCH or DELETE on a non-public route, unless the
 * route is marked @NotAChange() (sign-out) and its @Roles lists scrutiny.
 * The guards and the authorization-matrix test both use this one function.
 */
export function roleMayCall(rule: AccessRule, role: Role, method: string): boolean {
  if (rule.kind === 'public') return true;
  if (rule.kind === 'none') return false;
  if (role === 'scrutiny' && isMutating(method) && !rule.notAChange) return false;
  return rule.roles.includes(role);
}
