import { Module } from '@nestjs/common';
import { PeopleService } from './people.service';
import { ServiceAreasController } from './service-areas.controller';
import { ServiceAreasService } from './service-areas.service';

@Module({
  controllers: [ServiceAreasController],
  providers: [ServiceAreasService, PeopleService],
  exports: [ServiceAreasService, PeopleService],
})
export class ServiceAreasModule {}
