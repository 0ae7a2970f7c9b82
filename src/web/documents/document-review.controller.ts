import { Controller, Get, Param, ParseUUIDPipe, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { RecommendationReviewService } from '../../actions/recommendation-review.service';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser, Roles } from '../../auth/decorators';
import { DocumentQueries } from '../../documents/queries/document-queries.service';
import { PeopleService } from '../../service-areas/people.service';
import { ServiceAreasService } from '../../service-areas/service-areas.service';
import { serviceAreaItems } from '../support/options';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';
import { DocumentText } from './document-text';
import { highlightSpans } from './source-highlight';

/**
 * The review of one processed document: the extracted text with each recommendation's source
 * marked, and per recommendation its payments and deadline with Accept (service area, owner, due
 * date prefilled, text editable) and Reject.
 */
@Controller('documents')
@UseFilters(WebErrorFilter)
export class DocumentReviewController {
  constructor(
    private readonly documents: DocumentQueries,
    private readonly review: RecommendationReviewService,
    private readonly areas: ServiceAreasService,
    private readonly people: PeopleService,
    private readonly text: DocumentText,
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
    const [recs, areaList, people, text] = await Promise.all([
      this.review.listForDocument(id, user),
      this.areas.list(),
      this.people.list(),
      doc.status === 'processed' ? this.text.of(doc) : Promise.resolve(null),
    ]);
    const prefills = await Promise.all(
      recs.map((r) => (r.status === 'proposed' ? this.review.suggestDueDate(r.id).catch(() => null) : null)),
    );
    const recommendations = recs.map((r, i) => ({
      id: r.id,
      number: i + 1,
      status: r.status,
      text: r.text,
      category: r.category,
      learning: r.learning,
      payments: r.payments.map((p) => ({
        pence: Math.round(p.amount * 100),
        payee: p.payee,
        purpose: p.purpose,
      })),
      deadlineText: r.deadline?.text ?? null,
      deadlineDate: r.deadline?.date ?? null,
      evidenceRequired: r.evidenceRequired,
      page: r.span.page,
      reason: r.reason,
      actionId: r.actionId,
      prefillDueDate: prefills[i]?.dueDate?.toString() ?? '',
    }));
    const pieces = text
      ? highlightSpans(
          text,
          recs.map((r, i) => ({ id: r.id, number: i + 1, start: r.span.start, end: r.span.end })),
        )
      : [];
    const owners = people.filter((p) => p.role !== 'scrutiny');
    await this.pages.render(req, res, 'pages/documents/review.njk', {
      title: doc.reference ? `Review ${doc.reference}` : 'Review the recommendations',
      doc,
      recommendations,
      pendingCount: recommendations.filter((r) => r.status === 'proposed').length,
      totalPence: recommendations.reduce((s, r) => s + r.payments.reduce((a, p) => a + p.pence, 0), 0),
      pieces,
      warnings: doc.status === 'failed' && doc.error ? [doc.error] : [],
      canReview: user.role === 'officer' || user.role === 'admin',
      serviceOptionsFor: (selected: string) =>
        serviceAreaItems(areaList, selected || undefined, 'Choose a service area'),
      ownerOptionsFor: (selected: string) => [
        { value: '', text: 'No owner yet', selected: !selected },
        ...owners.map((p) => ({ value: p.id, text: p.name, selected: p.id === selected })),
      ],
    });
  }
}
