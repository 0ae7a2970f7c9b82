import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { serviceAreaFilter } from '../../auth/access-scope';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { DomainError } from '../../common/errors';
import { todayInLondon } from '../../calendar';
import { DOCUMENT_TYPES } from '../../actions/document-review-inputs';
import { DocumentQueries, LIST_SORTS } from '../../documents/queries/document-queries.service';
import { ServiceAreasService } from '../../service-areas/service-areas.service';
import { documentType as documentTypeLabel } from '../setup/view-filters';
import { paginationFor, serviceAreaGroups } from '../support/options';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';

const PAGE_SIZE = 50;
const FILTERS = ['status', 'type', 'serviceAreaId', 'year', 'reference', 'q', 'sort'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

const STATUS_CHOICES = [
  { value: '', text: 'Any status' },
  { value: 'needs_review', text: 'Needs review' },
  { value: 'reviewed', text: 'Reviewed' },
  { value: 'processing', text: 'Processing' },
  { value: 'queued', text: 'Waiting to be processed' },
  { value: 'failed', text: 'Failed' },
];
const SORT_TEXT: Record<(typeof LIST_SORTS)[number], string> = {
  '-createdAt': 'Newest upload first',
  createdAt: 'Oldest upload first',
  '-decisionDate': 'Newest decision first',
  decisionDate: 'Oldest decision first',
  reference: 'Reference (A to Z)',
  '-reference': 'Reference (Z to A)',
  fileName: 'File name (A to Z)',
  '-fileName': 'File name (Z to A)',
};

const one = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/**
 * The documents as a work queue: what needs the officer first (decisions waiting for review, with how
 * many of their recommendations are decided; failures), then every document with filters (status, type,
 * service, year of the decision, reference), words in the file name, reference or organisation, sorting
 * and pages. A senior officer with a directorate sees only the documents behind their actions.
 */
@Controller('documents')
@UseFilters(WebErrorFilter)
export class DocumentsListController {
  constructor(
    private readonly documents: DocumentQueries,
    private readonly areas: ServiceAreasService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('officer', 'admin', 'senior_officer')
  async list(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const filters: Filters = Object.fromEntries(FILTERS.map((f) => [f, one(query[f])]).filter(([, v]) => v));
    const page = Math.min(1_000_000, Math.max(1, Number.parseInt(one(query.page) || '1', 10) || 1));
    const scoped = serviceAreaFilter(user);
    // the review queue (not for a scoped user) comes with the list, from the query that counts it
    const [areaList, listed] = await Promise.all([
      this.areas.list(),
      this.documents
        .list({ ...filters, page, pageSize: PAGE_SIZE }, scoped, { withQueue: !scoped })
        .catch((e: unknown) => {
          if (!(e instanceof DomainError) || e.code !== 'unprocessable') throw e;
          return e;
        }),
    ]);
    let result: Awaited<ReturnType<DocumentQueries['list']>> = {
      documents: [],
      total: 0,
      page,
      pageSize: PAGE_SIZE,
    };
    const errors: { text: string; href: string }[] = [];
    if (listed instanceof DomainError) {
      errors.push({ text: officerWords(listed.message), href: `#filter-${filterOf(listed.field)}` });
    } else result = listed;
    // filters refused: the queue is still shown
    const queue = scoped ? null : (result.queue ?? (await this.documents.reviewQueue()));
    const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    const thisYear = todayInLondon().year;
    const yearItems = [{ value: '', text: 'Any year' }];
    for (let y = thisYear; y >= thisYear - 10; y--) yearItems.push({ value: String(y), text: String(y) });
    const select = (items: { value: string; text: string }[], selected = '') =>
      items.map((i) => ({ ...i, selected: i.value === selected }));
    const filtered = Object.keys(filters).some((k) => k !== 'sort');
    await this.pages.render(req, res, 'pages/documents/list.njk', {
      title: 'Documents',
      documents: result.documents,
      total: result.total,
      page,
      pageCount,
      queue,
      filters,
      filtered,
      errors,
      pagination: paginationFor('/documents', filters, page, pageCount),
      statusItems: select(STATUS_CHOICES, filters.status),
      typeItems: select(
        [
          { value: '', text: 'Any type' },
          ...DOCUMENT_TYPES.map((t) => ({ value: t, text: documentTypeLabel(t) })),
        ],
        filters.type,
      ),
      yearItems: select(yearItems, filters.year),
      sortItems: select(
        LIST_SORTS.map((s) => ({ value: s, text: SORT_TEXT[s] })),
        filters.sort ?? '-createdAt',
      ),
      serviceGroups: serviceAreaGroups(areaList, filters.serviceAreaId, 'Any service'),
      canChange: user.role === 'officer' || user.role === 'admin',
    });
  }
}

/** The filter a refused query parameter is (the page's `type` is the API's `documentType`); else the words. */
function filterOf(field: string | undefined): (typeof FILTERS)[number] {
  if (field === 'documentType') return 'type';
  return FILTERS.find((f) => f === field) ?? 'q';
}

/** The API's messages name query parameters; the page names its fields. */
function officerWords(message: string): string {
  return message
    .replace('"q"', 'The words to search for')
    .replace('"reference"', 'The reference')
    .replace('"year"', 'The year')
    .replace(/^"(\w+)"/, 'The $1');
}
