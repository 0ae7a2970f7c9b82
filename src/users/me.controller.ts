import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Controller, Get, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { seesPersonalData } from '../auth/access-scope';
import { csrfTokenFor } from '../auth/csrf-token';
import { CurrentUser, Roles } from '../auth/decorators';

/** GET /api/me: who the caller is, and what they may see. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('api/me')
@Roles('admin', 'officer', 'service_lead', 'senior_officer', 'scrutiny')
export class MeController {
  @Get()
  me(@CurrentUser() user: AuthUser, @Req() req: Request) {
    return {
      user: { ...user, seesPersonalData: seesPersonalData(user) },
      csrfToken: user.via === 'session' ? csrfTokenFor(req) : null,
    };
  }
}
