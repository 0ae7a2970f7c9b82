import { Module } from '@nestjs/common';
import { ServiceAreasModule } from '../service-areas/service-areas.module';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { UsersService } from './users.service';

/**
 * Users: who they are, their role, service areas and password, and the people who can own actions
 * (/api/people, /api/service-areas). The admin API of users and tokens is auth's (/api/users, /api/me).
 */
@Module({
  imports: [ServiceAreasModule],
  controllers: [PeopleController],
  providers: [UsersService, PeopleService],
  exports: [UsersService, PeopleService],
})
export class UsersModule {}
