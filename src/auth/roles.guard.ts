import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  InternalServerErrorException,
  Logger,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { roleMayCall } from './access-rule';
import type { AuthRequest } from './auth-request';
import { accessRuleOf } from './route-rule';

export const ROLE_REFUSED_MESSAGE = 'Your role does not allow this.';
export const SCRUTINY_READ_ONLY_MESSAGE = 'Scrutiny access is read-only.';

/**
 * Global guard 3 of 3: the route's @Roles(...) must include the caller's role. A route that declares
 * neither @Public() nor @Roles() is refused for everyone (500, naming the route outside production).
 */
@Injectable()
export class RolesGuard implements CanActivate {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(ctx: ExecutionContext): boolean {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<AuthRequest>();
    const rule = accessRuleOf(this.reflector, ctx.getHandler(), ctx.getClass());
    if (rule.kind === 'public') return true;
    if (rule.kind === 'none') {
      const where = `${ctx.getClass().name}.${ctx.getHandler().name} (${req.method} ${req.route?.path ?? req.path})`;
      this.logger.error({ msg: 'route has no @Public() or @Roles(): refused', route: where });
      throw new InternalServerErrorException(
        this.config.isProduction
          ? 'This page is not available.'
          : `${where} declares neither @Public() nor @Roles(...): every route must say who may call it.`,
      );
    }
    const user = req.user;
    if (!user) throw new ForbiddenException(ROLE_REFUSED_MESSAGE);
    if (!roleMayCall(rule, user.role, req.method)) {
      throw new ForbiddenException(
        user.role === 'scrutiny' && rule.roles.includes('scrutiny')
          ? SCRUTINY_READ_ONLY_MESSAGE
          : ROLE_REFUSED_MESSAGE,
      );
    }
    return true;
  }
}
