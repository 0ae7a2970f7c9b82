import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuditController } from '../audit/audit.controller';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { AccessScope } from './access-scope';
import { AuthenticationGuard } from './authentication.guard';
import { CsrfGuard } from './csrf.guard';
import { RolesGuard } from './roles.guard';
import { SessionsService } from './sessions.service';
import { SignInRequiredFilter } from './sign-in-required';
import { SignInService } from './sign-in.service';

/**
 * Authentication (bearer token or session cookie), CSRF and roles, as global guards in that order;
 * deny by default. Exports AccessScope, SignInService, SessionsService, UsersService,
 * ApiTokensService and AuditService to every module.
 */
@Global()
@Module({
  imports: [AuditModule, UsersModule],
  controllers: [AuditController],
  providers: [
    AccessScope,
    SessionsService,
    SignInService,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_FILTER, useClass: SignInRequiredFilter },
  ],
  exports: [AccessScope, SessionsService, SignInService, AuditModule, UsersModule],
})
export class AuthModule {}
