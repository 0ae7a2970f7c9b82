import { isRealIsoDay } from '../../platform/input/iso-day';
import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../../common/errors';
import { ActionsQueryService } from '../../actions/actions-query.service';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { ServiceAreasService } from '../../service-areas/service-areas.service';
import { formState, FieldError } from '../support/form-state';
import { seesPersonalData } from '../../auth/access-scope';
import { choiceItems, paginationFor, serviceAreaGroups } from '../support/options';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';

const PAGE_SIZE = 50;

const STATUS_CHOICES = [
  { value: '', text: 'Any status' },
  { value: 'open,in_progress', text: 'Outstanding (open or in progress)' },
  { value: 'open', text: 'Open' },
  { value: 'in_progress', text: 'In progress' },
  { value: 'completed', text: 'Completed' },
  { value: 'verified', text: 'Verified' },
  { value: 'cancelled', text: 'Cancelled' },
];
const KIND_CHOICES = [
  { value: '', text: 'Both' },
  { value: 'learning', text: 'Learning actions' },
  { value: 'personal', text: 'Personal remedies' },
];
const SORT_CHOICES = [
  { value: 'dueDate', text: 'Due date, soonest first' },
  { value: '-dueDate', text: 'Due date, latest first' },
  { value: '-createdAt', text: 'Newest first' },
  { value: 'createdAt', text: 'Oldest first' },
  { value: '-updatedAt', text: 'Recently updated' },
  { value: 'status', text: 'Status' },
];

export interface ActionListQuery {
  serviceAreaId?: string;
  status?: string;
  dueBefore?: string;
  overdue?: string;
  kind?: string;
  q?: string;
  sort?: string;
  page?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The actions list with filters (service, status, due, overdue, learning or personal) and sorting. */
@Controller()
@UseFilters(WebErrorFilter)
export class ActionsListController {
  constructor(
    private readonly actions: ActionsQueryService,
    private readonly areas: ServiceAreasService,
    private readonly pages: PageRenderer,
  ) {}

  @Get('actions')
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  async list(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Query() query: ActionListQuery,
  ): Promise<void> {
    await this.show(req, res, user, query, {
      title: 'Actions',
      listPath: '/actions',
      intro:
        user.role === 'service_lead'
          ? 'The actions for your services.'
          : 'Every tracked action. Filter to find what is outstanding for a service, or what is overdue.',
    });
  }

  /** A service lead's own work: what is outstanding in their services, soonest due first. */
  @Get('my-actions')
  @Roles('service_lead', 'officer', 'admin', 'senior_officer')
  async mine(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Query() query: ActionListQuery,
  ): Promise<void> {
    const q = { status: 'open,in_progress', ...query };
    await this.show(req, res, user, q, {
      title: 'My actions',
      listPath: '/my-actions',
      intro:
        user.role === 'service_lead'
          ? 'Outstanding actions for your services. Open one to update its status or add evidence.'
          : 'Outstanding actions you own.',
      ownerId: user.role === 'service_lead' ? undefined : 'me',
    });
  }

  private async show(
    req: WebRequest,
    res: Response,
    user: AuthUser,
    query: ActionListQuery,
    page: { title: string; listPath: string; intro: string; ownerId?: string },
  ): Promise<void> {
    const filters = {
      serviceAreaId: str(query.serviceAreaId),
      status: str(query.status),
      dueBefore: str(query.dueBefore),
      overdue: query.overdue === 'true',
      kind: str(query.kind),
      q: str(query.q),
      sort: str(query.sort) ?? 'dueDate',
      page: Math.max(1, Number.parseInt(str(query.page) ?? '1', 10) || 1),
    };
    const errors: FieldError[] = [];
    if (filters.q && filters.q.length > 200) {
      errors.push({ field: 'q', text: 'Search words must be 200 characters or fewer' });
    }
    if (filters.dueBefore && !isRealIsoDay(filters.dueBefore)) {
      errors.push({ field: 'dueBefore', text: 'Enter the due date as a date, for example 2025-03-31' });
    }
    const areaList = await this.areas.list();
    let result = { actions: [] as unknown[], total: 0 };
    if (!errors.length) {
      try {
        result = await this.actions.list(user, {
          ...(filters.serviceAreaId ? { serviceAreaId: filters.serviceAreaId } : {}),
          ...(filters.status ? { status: filters.status } : {}),
          ...(filters.dueBefore ? { dueBefore: filters.dueBefore } : {}),
          ...(filters.q ? { q: filters.q } : {}),
          ...(filters.overdue ? { overdue: 'true' } : {}),
          ...(filters.kind === 'learning'
            ? { learning: 'true' }
            : filters.kind === 'personal'
              ? { learning: 'false' }
              : {}),
          ...(page.ownerId ? { ownerId: page.ownerId } : {}),
          sort: SORT_CHOICES.some((s) => s.value === filters.sort) ? filters.sort : 'dueDate',
          page: String(filters.page),
          pageSize: String(PAGE_SIZE),
        });
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'invalid') throw e;
        errors.push({ field: 'serviceAreaId', text: e.message });
      }
    }
    const visibleAreas =
      user.role === 'service_lead' ? areaList.filter((a) => user.serviceAreaIds.includes(a.id)) : areaList;
    const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    await this.pages.render(req, res, 'pages/actions/list.njk', {
      ...page,
      filters,
      form: formState({ dueBefore: filters.dueBefore ?? '', q: filters.q ?? '' }, errors),
      // the owner is personal data; every role that opens this list may see it (scrutiny has no list)
      showOwner: seesPersonalData(user),
      actions: result.actions,
      total: result.total,
      page: filters.page,
      pageCount,
      serviceGroups: serviceAreaGroups(visibleAreas, filters.serviceAreaId, 'Any service'),
      statusOptions: choiceItems(STATUS_CHOICES, filters.status),
      kindOptions: choiceItems(KIND_CHOICES, filters.kind),
      sortOptions: choiceItems(SORT_CHOICES, filters.sort),
      pagination: paginationFor(
        page.listPath,
        query as Record<string, string | undefined>,
        filters.page,
        pageCount,
      ),
    });
  }
}
