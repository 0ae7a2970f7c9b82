import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from './roles';
import type { AuthUser } from './auth-user';

export const PUBLIC_KEY = 'redress:public';
export const ROLES_KEY = 'redress:roles';
export const NOT_A_CHANGE_KEY = 'redress:not-a-change';

/** A route anyone may call (health, sign-in page, static assets). Everything else is denied by default. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The roles allowed to call a route (on a handler or a controller). A route with no rule is refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * On a POST/PUT/PATCH/DELETE route that changes nothing of the council's records (signing out,
 * marking one's own notification read): read-only roles (scrutiny) may call it when @Roles lists them.
 */
export const NotAChange = () => SetMetadata(NOT_A_CHANGE_KEY, true);

/** The signed-in user or token holder; set on the request by the authentication guard. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
  if (!req.user) throw new Error('CurrentUser used on a route without authentication');
  return req.user;
});
