import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { AuditService } from '../../audit/audit.service';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { ServiceAreasService } from '../../service-areas/service-areas.service';
import { FlashStore } from '../support/flash-store';
import { FieldError, FormState, formValues } from '../support/form-state';
import { serviceAreaItems } from '../support/options';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { submitForm } from '../support/form-submission';
import { WebErrorFilter } from '../support/web-error.filter';

const KIND_ITEMS = [
  { value: 'directorate', text: 'Directorate' },
  { value: 'service', text: 'Service' },
  { value: 'team', text: 'Team' },
];

/** Admin: the service areas that own actions (directorate > service > team): add, rename, take out of use. */
@Controller('admin/service-areas')
@Roles('admin')
@UseFilters(WebErrorFilter)
export class ServiceAreasAdminController {
  constructor(
    private readonly areas: ServiceAreasService,
    private readonly audit: AuditService,
    private readonly pages: PageRenderer,
    private readonly flash: FlashStore,
  ) {}

  @Get()
  async list(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const areaList = await this.areas.list();
    const items = serviceAreaItems(areaList, undefined, '').slice(1);
    await this.pages.render(req, res, 'pages/admin/service-areas.njk', {
      title: 'Service areas',
      formId: 'new-area',
      areas: areaList.map((a) => ({
        id: a.id,
        text: items.find((i) => i.value === a.id)?.text ?? a.name,
        name: a.name,
        kind: a.kind,
        active: a.active,
      })),
      fromForm: (form: FormState) => ({
        kindItems: KIND_ITEMS.map((k) => ({ ...k, checked: form.values.kind === k.value })),
        parentItems: serviceAreaItems(
          areaList.filter((a) => a.active),
          form.values.parentId,
          'None: at the top',
        ),
      }),
    });
  }

  @Post()
  async create(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() admin: AuthUser,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['name', 'kind', 'parentId']);
    const errors: FieldError[] = [];
    if (!values.name) errors.push({ field: 'name', text: 'Enter the name of the service area' });
    if (!values.kind)
      errors.push({ field: 'kind', text: 'Choose whether it is a directorate, a service or a team' });
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'new-area',
      values,
      errors,
      act: async () => {
        const area = await this.areas.create({
          name: values.name,
          kind: values.kind,
          parentId: values.parentId || null,
        });
        await this.audit.record({
          type: 'service_area_created',
          user: admin,
          subjectType: 'service_area',
          subjectId: area.id,
          req,
          detail: { name: area.name, kind: area.kind, parentId: area.parentId },
        });
        return `${area.name} added.`;
      },
      successUrl: '/admin/service-areas',
      refusalField: (field) => (field === 'kind' || field === 'parentId' ? field : 'name'),
    });
  }

  @Get(':id')
  async show(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    const area = await this.areas.get(id);
    await this.pages.render(req, res, 'pages/admin/service-area.njk', {
      title: area.name,
      formId: 'area',
      area,
    });
  }

  @Post(':id')
  async update(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() admin: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['name', 'active']);
    const errors: FieldError[] = [];
    if (!values.name) errors.push({ field: 'name', text: 'Enter the name of the service area' });
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'area',
      values,
      errors,
      act: async () => {
        const area = await this.areas.update(id, { name: values.name, active: values.active === 'true' });
        await this.audit.record({
          type: 'service_area_updated',
          user: admin,
          subjectType: 'service_area',
          subjectId: area.id,
          req,
          detail: { name: area.name, active: area.active },
        });
        return 'Changes saved.';
      },
      successUrl: '/admin/service-areas',
      failureUrl: `/admin/service-areas/${id}`,
      refusalField: () => 'name',
    });
  }
}
