import { EntityManager } from '@mikro-orm/core';
import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { ApiTokensService } from './api-tokens.service';
import { User } from '../users/entities/user.entity';
import { AccessScope } from './access-scope';
import { AuthRequest, bearerToken, isApiRequest } from './auth-request';
import type { AuthUser } from '../common/access/auth-user';
import { readCookie, setAnonCsrfCookie } from './cookies';
import { PUBLIC_KEY } from '../common/access/route-access';
import { newRandomSecret } from './secrets';
import { SessionsService } from './sessions.service';
import { ANON_CSRF_COOKIE, SESSION_COOKIE } from './session-policy';
import { SignInRequiredException } from './sign-in-required';

export const BAD_TOKEN_MESSAGE =
  'The API token is missing, wrong or revoked. Send it as "Authorization: Bearer TOKEN".';

/**
 * Global guard 1 of 3: who is calling. A bearer token (any route) or a session cookie (browser).
 * Denies by default: a non-public route without a caller gets JSON 401 under /api, else a redirect
 * to /sign-in. Sets req.user (AuthUser), req.csrfToken and res.locals.{currentUser, csrfToken}.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly em: EntityManager,
    private readonly tokens: ApiTokensService,
    private readonly sessions: SessionsService,
    private readonly scope: AccessScope,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<AuthRequest>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const isPublic =
      this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()]) === true;
    const em = this.em.fork();
    const bearer = bearerToken(req);
    if (bearer !== null) {
      const user = bearer ? await this.tokens.authenticate(bearer, em) : null;
      if (user) req.user = await this.toAuthUser(user, 'token', em);
      else if (!isPublic) throw new UnauthorizedException(BAD_TOKEN_MESSAGE);
    } else {
      const session = await this.sessions.find(readCookie(req, SESSION_COOKIE), em);
      if (session) {
        req.user = await this.toAuthUser(session.user, 'session', em);
        req.csrfToken = session.csrfToken;
      }
    }
    if (!req.user && !isPublic) {
      if (isApiRequest(req)) throw new UnauthorizedException(BAD_TOKEN_MESSAGE);
      throw new SignInRequiredException(req.method === 'GET' ? req.originalUrl : '');
    }
    if (!req.user && !isApiRequest(req)) {
      let anon = readCookie(req, ANON_CSRF_COOKIE);
      if (!anon || anon.length < 20 || anon.length > 100) {
        anon = newRandomSecret();
        setAnonCsrfCookie(res, anon, this.config.isProduction);
      }
      req.csrfToken = anon;
    }
    res.locals.currentUser = req.user ?? null;
    res.locals.csrfToken = req.csrfToken ?? null;
    return true;
  }

  private async toAuthUser(
    user: User,
    via: AuthUser['via'],
    em: EntityManager,
  ): Promise<AuthUser | undefined> {
    if (user.demo && this.config.isProduction) return undefined;
    const assigned = user.serviceAreas.isInitialized()
      ? user.serviceAreas.getItems().map((a) => a.id)
      : (await user.serviceAreas.init()).getItems().map((a) => a.id);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      serviceAreaIds: await this.scope.expand(assigned, em),
      via,
    };
  }
}
