import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { serviceAreaFilter } from '../../auth/access-scope';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { DocumentQueries } from '../../documents/queries/document-queries.service';
import { paginationFor } from '../support/options';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';

const PAGE_SIZE = 50;

/**
 * Every uploaded document, newest first, with its status; a processed one links to its review. A senior
 * officer with a directorate sees only the documents behind their directorate's actions (file names
 * often carry complainants' names).
 */
@Controller('documents')
@UseFilters(WebErrorFilter)
export class DocumentsListController {
  constructor(
    private readonly documents: DocumentQueries,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('officer', 'admin', 'senior_officer')
  async list(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Query('page') pageParam?: string,
  ): Promise<void> {
    const page = Math.min(1_000_000, Math.max(1, Number.parseInt(pageParam ?? '1', 10) || 1));
    const result = await this.documents.list({ page, pageSize: PAGE_SIZE }, serviceAreaFilter(user));
    const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    await this.pages.render(req, res, 'pages/documents/list.njk', {
      title: 'Documents',
      documents: result.documents,
      total: result.total,
      page,
      pageCount,
      pagination: paginationFor('/documents', {}, page, pageCount),
    });
  }
}
