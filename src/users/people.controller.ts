import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/access/auth-user';
import { serviceAreaFilter } from '../service-areas/service-area-scope';
import { CurrentUser, Roles } from '../common/access/route-access';
import { DomainErrorFilter } from '../platform/http/domain-error.filter';
import { PeopleService } from './people.service';
import { ServiceAreasService } from '../service-areas/service-areas.service';

@ApiTags('service areas and people')
@ApiBearerAuth()
@Controller('api')
@UseFilters(DomainErrorFilter)
export class PeopleController {
  constructor(
    private readonly areas: ServiceAreasService,
    private readonly people: PeopleService,
  ) {}

  @Get('service-areas')
  @Roles('admin', 'officer', 'service_lead', 'senior_officer', 'scrutiny')
  @ApiOperation({ summary: 'The service areas (directorate > service > team), parents first' })
  @ApiOkResponse({ description: '{serviceAreas: [{id, name, kind, parentId, active}]}' })
  async list() {
    return { serviceAreas: await this.areas.list() };
  }

  @Get('people')
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  @ApiOperation({
    summary:
      'People who can own actions; ?serviceAreaId= limits to one area and those below it. A service lead ' +
      'or senior officer sees only the people of their own service areas.',
  })
  @ApiQuery({ name: 'serviceAreaId', required: false })
  async listPeople(@CurrentUser() user: AuthUser, @Query('serviceAreaId') serviceAreaId?: string) {
    let ids: string[] | undefined;
    if (serviceAreaId) ids = (await this.areas.tree()).ancestry(serviceAreaId).map((a) => a.id);
    return { people: await this.people.list({ serviceAreaIds: ids }, serviceAreaFilter(user)) };
  }
}
