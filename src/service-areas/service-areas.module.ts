import { Module } from '@nestjs/common';
import { ServiceAreasService } from './service-areas.service';

/** The council's service areas (directorate > service > team). Their API (/api/service-areas) is users'. */
@Module({
  providers: [ServiceAreasService],
  exports: [ServiceAreasService],
})
export class ServiceAreasModule {}
