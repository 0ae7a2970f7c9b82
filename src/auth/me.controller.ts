import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Controller, Get, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from '../common/access/auth-user';
import { seesPersonalData } from './access-scope';
import { csrfTokenFor } from './csrf-token';
import { CurrentUser, Roles } from '../common/access/route-access';

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
