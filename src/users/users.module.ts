import { Module } from '@nestjs/common';
import { ApiTokensService } from './api-tokens.service';
import { MeController } from './me.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Users and their API tokens; the admin API at /api/users and /api/me. */
@Module({
  controllers: [UsersController, MeController],
  providers: [UsersService, ApiTokensService],
  exports: [UsersService, ApiTokensService],
})
export class UsersModule {}
