import { Global, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuditController } from '../audit/audit.controller';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { AccessScope } from './access-scope';
import { ApiTokensService } from './api-tokens.service';
import { AuthenticationGuard } from './authentication.guard';
import { CsrfGuard } from './csrf.guard';
import { RolesGuard } from './roles.guard';
import { SessionsService } from './sessions.service';
import { SignInRequiredFilter } from './sign-in-required';
import { SignInService } from './sign-in.service';
import { MeController } from './me.controller';
import { UsersController } from './users.controller';

/**
 * Authentication (bearer token or session cookie), CSRF and roles, as global guards in that order, and
 * the HTTP API of users, their tokens, the signed-in person (/api/me) and the audit log;
 * deny by default. Exports AccessScope, SignInService, SessionsService, UsersService,
 * ApiTokensService and AuditService to every module.
 */
@Global()
@Module({
  imports: [AuditModule, UsersModule],
  controllers: [AuditController, UsersController, MeController],
  providers: [
    AccessScope,
    ApiTokensService,
    SessionsService,
    SignInService,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_FILTER, useClass: SignInRequiredFilter },
  ],
  exports: [AccessScope, ApiTokensService, SessionsService, SignInService, AuditModule, UsersModule],
})
export class AuthModule implements NestModule {
  /** Cookies (session, anonymous CSRF) are read by cookie-parser before the guards run. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(cookieParser()).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
