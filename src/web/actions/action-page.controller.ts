import { Controller, Get, Param, ParseUUIDPipe, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { ActionsQueryService } from '../../actions/actions-query.service';
import type { AuthUser } from '../../common/access/auth-user';
import { canChangeInServiceArea, seesPersonalData } from '../../auth/access-scope';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { ROLES } from '../../users/entities/user.entity';
import { PAYMENT_PURPOSES } from '../../actions/recommendation-inputs';
import { humanise, statusLabel } from '../setup/view-filters';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';
import { timeline } from './action-events';
import { ServiceAreasService } from '../../service-areas/service-areas.service';
import { PeopleService } from '../../users/people.service';
import { serviceAreaGroups } from '../support/options';

const OFFICER_ONLY_TARGETS = new Set(['verified', 'cancelled']);

/** One action: its details, history, and the forms to change status, add evidence, extend and record payments. */
@Controller('actions')
@UseFilters(WebErrorFilter)
export class ActionPageController {
  constructor(
    private readonly actions: ActionsQueryService,
    private readonly areas: ServiceAreasService,
    private readonly people: PeopleService,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':id')
  @Roles(...ROLES)
  async show(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    const action = await this.actions.get(user, id);
    const officer = user.role === 'officer' || user.role === 'admin';
    const canReassign = officer && !['verified', 'cancelled'].includes(action.status);
    const [areaList, owners] = canReassign
      ? await Promise.all([this.areas.list(), this.people.list()])
      : [[], []];
    const canChange =
      canChangeInServiceArea(user, action.serviceAreaId) &&
      !['verified', 'cancelled'].includes(action.status);
    const targets = action.allowedTransitions.filter((to) => officer || !OFFICER_ONLY_TARGETS.has(to));
    // Sending back (completed -> in progress) is the officer's refusal of the evidence.
    const allowed = officer
      ? targets
      : targets.filter((to) => !(action.status === 'completed' && to === 'in_progress'));
    await this.pages.render(req, res, 'pages/actions/show.njk', {
      // the heading is the action itself (shortened at a word); status and service are shown beneath
      title: shortHeading(action.title),
      caption: `${statusLabel(action.status)}, ${action.serviceAreaName ?? 'no service'}`,
      action,
      events: timeline(action.events),
      showPersonal: seesPersonalData(user),
      canSeeDocument: user.role !== 'scrutiny' && user.role !== 'service_lead',
      canChange,
      canExtend:
        ['officer', 'admin', 'senior_officer'].includes(user.role) &&
        !['verified', 'cancelled'].includes(action.status),
      statusOptions: allowed.map((to) => ({ value: to, text: statusLabel(to) })),
      canAddPayment: canChange && officer,
      canReassign,
      serviceGroupsFor: (selected: string) =>
        serviceAreaGroups(areaList, selected || undefined, 'Choose a service area'),
      ownerItemsFor: (selected: string) => [
        { value: '', text: 'No owner yet', selected: !selected },
        ...owners.map((p) => ({ value: p.id, text: p.name, selected: p.id === selected })),
      ],
      purposeItems: (selected: string) =>
        PAYMENT_PURPOSES.map((p) => ({
          value: p,
          text: humanise(p),
          selected: p === (selected || 'unspecified'),
        })),
      // Scrutiny has no actions list: it reaches actions from the dashboard.
      back:
        user.role === 'service_lead'
          ? { href: '/my-actions', text: 'Back to my actions' }
          : user.role === 'scrutiny'
            ? { href: '/dashboard', text: 'Back to the dashboard' }
            : { href: '/actions', text: 'Back to actions' },
    });
  }
}

/** An action's text as a page heading: its first sentence, at most about 120 characters, cut at a word. */
export function shortHeading(text: string): string {
  const first = text.trim().split(/(?<=[.;])\s+/)[0] ?? text;
  if (first.length <= 120) return first;
  return `${first.slice(0, 120).replace(/\s+\S*$/, '')}…`;
}
