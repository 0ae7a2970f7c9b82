import { Controller, Get, Param, ParseUUIDPipe, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { RecommendationReviewService } from '../../actions/recommendation-review.service';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { DocumentQueries } from '../../documents/queries/document-queries.service';
import { PeopleService } from '../../users/people.service';
import { ServiceAreasService } from '../../service-areas/service-areas.service';
import { CATEGORIES, PAYMENT_PURPOSES } from '../../actions/recommendation-inputs';
import { humanise } from '../setup/view-filters';
import { serviceAreaGroups, serviceAreaItems } from '../support/options';
import { REJECT_REASONS } from './document-work.controller';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';
import { DEADLINE_UNITS } from './recommendation-edit-form';
import { byConfidence } from './review-order';
import { highlightSpans, markShowing } from './source-highlight';
import { dueDateInput } from '../support/due-date-field';

const STATUTORY_TYPES = new Set(['stage2_report', 'stage3_panel']);

/**
 * The review of one processed document: the extracted text with each recommendation's source
 * marked, and per recommendation its payments and deadline with Accept (service area, owner, due
 * date prefilled and editable), a form to correct what was found, Reject, and (Stage 2 and panel
 * reports) "not accepted by the council".
 */
@Controller('documents')
@UseFilters(WebErrorFilter)
export class DocumentReviewController {
  constructor(
    private readonly documents: DocumentQueries,
    private readonly review: RecommendationReviewService,
    private readonly areas: ServiceAreasService,
    private readonly people: PeopleService,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':id/review')
  @Roles('officer', 'admin', 'senior_officer')
  async show(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    const doc = await this.documents.get(id);
    const [allRecs, areaList, people, text, sameCase] = await Promise.all([
      this.review.listForDocument(id, user),
      this.areas.list(),
      this.people.list(),
      // the text the extraction thread read, stored at ingestion: the HTTP process never parses a file
      doc.status === 'processed' ? this.documents.sourceText(doc.id) : Promise.resolve(null),
      this.documents.sameCase(doc),
    ]);
    // weak candidates ("possible actions") are listed apart, collapsed, not as proposals; both lists
    // most confident first (the learned scorer's confidence)
    const recs = byConfidence(allRecs.filter((r) => !r.possible));
    const possibles = byConfidence(allRecs.filter((r) => r.possible));
    const prefills = await Promise.all(
      recs.map((r) => (r.status === 'proposed' ? this.review.suggestDueDate(r.id).catch(() => null) : null)),
    );
    const spans = recs.map((r, i) => ({ id: r.id, number: i + 1, start: r.span.start, end: r.span.end }));
    let at = 0;
    // each piece knows where it starts in the text, so a selection in the pane becomes a span
    const pieces = (text ? highlightSpans(text, spans) : []).map((p) => {
      const start = at;
      at += p.text.length;
      return { ...p, start };
    });
    // A recommendation's "show where" link goes to the mark that shows its source (none: no link).
    const showing = markShowing(spans, pieces);
    const recommendations = recs.map((r, i) => ({
      id: r.id,
      number: i + 1,
      status: r.status,
      text: r.text,
      category: r.category,
      learning: r.learning,
      edited: r.edited,
      payments: r.payments.map((p) => ({
        pence: Math.round(p.amount * 100),
        amount: p.amount.toFixed(2),
        payee: p.payee,
        purpose: p.purpose,
        why: p.why,
      })),
      deadlineText: r.deadline?.text ?? null,
      deadlineDate: r.deadline?.date ?? null,
      deadlineCount: r.deadline?.within ? String(r.deadline.within.count) : '',
      deadlineUnit: r.deadline?.within?.unit ?? '',
      deadlineFrom: r.deadline?.from ?? '',
      evidenceRequired: r.evidenceRequired,
      page: r.span.page,
      sourceMark: showing.get(r.id) ?? null,
      reason: r.reason,
      actionId: r.actionId,
      prefillDueDate: prefills[i]?.dueDate?.toString() ?? '',
      why: r.why,
      origin: r.origin,
    }));
    const undecided = recommendations.filter((r) => r.status === 'proposed');
    const owners = people.filter((p) => p.role !== 'scrutiny');
    await this.pages.render(req, res, 'pages/documents/review.njk', {
      title: doc.reference ? `Review ${doc.reference}` : 'Review the recommendations',
      doc,
      recommendations,
      pendingCount: undecided.length,
      decidedCount: recommendations.length - undecided.length,
      possibles,
      sameCase: doc.sameCase === 'different' ? [] : sameCase,
      sameCaseAnswer: doc.sameCase,
      mergeItemsFor: (id: string) => [
        { value: '', text: 'Choose one' },
        ...undecided
          .filter((u) => u.id !== id)
          .map((u) => ({ value: u.id, text: `Recommendation ${u.number}` })),
      ],
      rejectReasons: Object.entries(REJECT_REASONS).map(([value, text]) => ({ value, text })),
      serviceGroupsFor: (selected: string) =>
        serviceAreaGroups(areaList, selected || undefined, 'Choose a service area'),
      totalPence: recommendations.reduce((s, r) => s + r.payments.reduce((a, p) => a + p.pence, 0), 0),
      pieces,
      warnings: doc.status === 'failed' && doc.error ? [doc.error] : [],
      canReview: user.role === 'officer' || user.role === 'admin',
      // Only the council's own Stage 2 and panel recommendations can be declined by the council.
      councilMayDecline: STATUTORY_TYPES.has(doc.documentType ?? ''),
      categoryItems: (selected: string) =>
        CATEGORIES.map((c) => ({ value: c, text: humanise(c), selected: c === selected })),
      purposeItems: (selected: string) =>
        PAYMENT_PURPOSES.map((c) => ({ value: c, text: humanise(c), selected: c === selected })),
      unitItems: (selected: string) => [
        { value: '', text: 'No time limit', selected: !selected },
        ...DEADLINE_UNITS.map((u) => ({ value: u, text: humanise(u), selected: u === selected })),
      ],
      serviceOptionsFor: (selected: string) =>
        serviceAreaItems(areaList, selected || undefined, 'Choose a service area'),
      dueDateInput,
      ownerOptionsFor: (selected: string) => [
        { value: '', text: 'No owner yet', selected: !selected },
        ...owners.map((p) => ({ value: p.id, text: p.name, selected: p.id === selected })),
      ],
    });
  }
}
