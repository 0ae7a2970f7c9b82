import type { Reflector } from '@nestjs/core';
import type { Role } from '../users/entities/user.entity';
import type { AccessRule } from './access-rule';
import { NOT_A_CHANGE_KEY, PUBLIC_KEY, ROLES_KEY } from '../common/access/route-access';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Target = Function;

/** The rule a handler declares (the handler's decorator wins over its controller's). */
export function accessRuleOf(reflector: Reflector, handler: Target, controller: Target): AccessRule {
  if (reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, controller]) === true)
    return { kind: 'public' };
  const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [handler, controller]);
  if (Array.isArray(roles) && roles.length) {
    const notAChange = reflector.getAllAndOverride<boolean>(NOT_A_CHANGE_KEY, [handler, controller]) === true;
    return notAChange ? { kind: 'roles', roles, notAChange } : { kind: 'roles', roles };
  }
  return { kind: 'none' };
}
