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
import { DocumentQueries } from '../../documents/queries/document-queries.service';
import { toDocumentView } from '../../documents/document-views';
import { RecommendationReviewService } from '../../actions/recommendation-review.service';
import { highlightSpans } from '../documents/source-highlight';
import { dueDateInput } from '../support/due-date-field';

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
    private readonly documents: DocumentQueries,
    private readonly recommendations: RecommendationReviewService,
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
      // a service lead (or senior officer) reads the decision behind the action, without the review forms
      canReadDecision: user.role === 'service_lead' || user.role === 'senior_officer',
      canChange,
      canExtend:
        ['officer', 'admin', 'senior_officer'].includes(user.role) &&
        !['verified', 'cancelled'].includes(action.status),
      statusOptions: allowed.map((to) => ({ value: to, text: statusLabel(to) })),
      canAddPayment: canChange && officer,
      dueDateInput,
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

  /**
   * The decision behind one action, read only: its facts, the other actions from it that this person may
   * see, and its text with this action's passage marked. Reached through the action, so it is scoped as
   * the action is (another service's action is a 404). Scrutiny sees no documents.
   */
  @Get(':id/decision')
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  async decision(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    const action = await this.actions.get(user, id);
    const [doc, text, recs, siblings] = await Promise.all([
      this.documents.get(action.documentId),
      this.documents.sourceText(action.documentId),
      this.recommendations.listForDocument(action.documentId, user),
      this.actions.list(user, { documentId: action.documentId, sort: 'createdAt', pageSize: '100' }),
    ]);
    const rec = recs.find((r) => r.id === action.recommendationId);
    const pieces =
      text && rec
        ? highlightSpans(text, [{ id: rec.id, number: 1, start: rec.span.start, end: rec.span.end }])
        : [];
    const view = toDocumentView(doc);
    await this.pages.render(req, res, 'pages/actions/decision.njk', {
      title: view.reference ? `Decision ${view.reference}` : 'The decision behind this action',
      action,
      actionHeading: shortHeading(action.title),
      doc: view,
      passage: rec ? (text?.slice(rec.span.start, rec.span.end) ?? null) : null,
      marked: pieces.some((p) => p.kind === 'mark'),
      pieces,
      text,
      others: siblings.actions.filter((a) => a.id !== action.id),
      back: { href: `/actions/${action.id}`, text: 'Back to the action' },
    });
  }
}

/** An action's text as a page heading: its first sentence, at most about 120 characters, cut at a word. */
export function shortHeading(text: string): string {
  const first = text.trim().split(/(?<=[.;])\s+/)[0] ?? text;
  if (first.length <= 120) return first;
  return `${first.slice(0, 120).replace(/\s+\S*$/, '')}…`;
}
