import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFiles,
  UseInterceptors,
  UseFilters,
} from '@nestjs/common';
import type { Response } from 'express';
import type { AuthRequest } from '../auth/auth-request';
import { seesPersonalData } from '../auth/access-scope';
import { AUDIT } from '../audit/audit-types';
import { AuditService } from '../audit/audit.service';
import { CurrentUser, Roles } from '../common/access/route-access';
import type { AuthUser } from '../common/access/auth-user';
import { ContentStore } from '../storage/content-store';
import { FILE_NAME_HIDDEN, toDocumentView } from './document-views';
import { toRecommendationView } from './recommendation-view';
import { DocumentIntakeService, UploadFields } from './intake/document-intake.service';
import { DomainError } from '../common/errors';
import { DomainErrorFilter } from '../platform/http/domain-error.filter';
import { DocumentReprocessService } from './intake/document-reprocess.service';
import { attachmentDisposition } from './intake/file-name';
import { UploadInterceptor } from './intake/upload.interceptor';
import { DocumentQueries, ListFilters, NO_SUCH_DOCUMENT } from './queries/document-queries.service';

/** Everyone who reads decisions; scrutiny gets them without personal data. */
const READERS = ['admin', 'officer', 'senior_officer', 'service_lead', 'scrutiny'] as const;

@Controller('api/documents')
@UseFilters(DomainErrorFilter)
export class DocumentsController {
  constructor(
    private readonly intake: DocumentIntakeService,
    private readonly reprocessing: DocumentReprocessService,
    private readonly queries: DocumentQueries,
    private readonly store: ContentStore,
    private readonly audit: AuditService,
  ) {}

  /** A service lead sees only the decisions behind their own service's actions; others get a 404. */
  private async assertCanSee(user: AuthUser, id: string): Promise<void> {
    if (!(await this.queries.canSee(user, id))) throw new DomainError(NO_SUCH_DOCUMENT, 'not_found');
  }

  @Post()
  @Roles('officer', 'admin')
  @HttpCode(202)
  @UseInterceptors(UploadInterceptor)
  async upload(
    @UploadedFiles() files: Express.Multer.File[] | undefined,
    @Body() body: UploadFields,
    @Req() req: AuthRequest,
  ) {
    const documents = await this.intake.upload(files, body ?? {}, req.user?.id ?? null);
    return { documents };
  }

  @Get()
  @Roles('officer', 'admin')
  async list(@Query() query: ListFilters) {
    const page = await this.queries.list(query);
    return {
      documents: page.documents.map((d) => toDocumentView(d)),
      total: page.total,
      page: page.page,
      pageSize: page.pageSize,
    };
  }

  /** `{counts: {queued, processing, processed, failed}, total}`: how far processing has got. */
  @Get('counts')
  @Roles('officer', 'admin')
  async counts() {
    const counts = await this.queries.statusCounts();
    return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  }

  @Get(':id')
  @Roles(...READERS)
  async get(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    await this.assertCanSee(user, id);
    const doc = await this.queries.get(id);
    const personal = seesPersonalData(user);
    const sameCase = await this.queries.sameCase(doc);
    return {
      ...toDocumentView(doc, personal),
      sameCase: sameCase.map((d) => ({
        id: d.id,
        fileName: personal ? d.fileName : FILE_NAME_HIDDEN,
        reference: d.reference,
        actions: d.actions,
      })),
    };
  }

  @Get(':id/extraction')
  @Roles('admin', 'officer', 'senior_officer', 'service_lead')
  async extraction(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    await this.assertCanSee(user, id);
    return this.queries.extraction(id);
  }

  @Get(':id/recommendations')
  @Roles(...READERS)
  async recommendations(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    await this.assertCanSee(user, id);
    const recs = await this.queries.recommendations(id);
    return { recommendations: recs.map((r) => toRecommendationView(r, seesPersonalData(user))) };
  }

  @Get(':id/file')
  @Roles('admin', 'officer', 'senior_officer', 'service_lead')
  async file(
    @Param('id') id: string,
    @CurrentUser() user: AuthUser,
    @Req() req: AuthRequest,
    @Res() res: Response,
  ): Promise<void> {
    await this.assertCanSee(user, id);
    const doc = await this.queries.get(id);
    const stream = this.store.stream(doc.storagePath);
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    }).catch(() => {
      throw new DomainError('The stored copy of this file is missing. Upload the file again', 'not_found');
    });
    await this.audit.record({
      type: AUDIT.documentDownloaded,
      user,
      subjectType: 'document',
      subjectId: doc.id,
      req,
    });
    res.status(200);
    res.setHeader('Content-Type', doc.mediaType);
    res.setHeader('Content-Length', String(doc.sizeBytes));
    res.setHeader('Content-Disposition', attachmentDisposition(doc.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    stream.pipe(res);
  }

  @Post(':id/reprocess')
  @Roles('officer', 'admin')
  @HttpCode(202)
  async reprocess(@Param('id') id: string) {
    return toDocumentView(await this.reprocessing.reprocess(id));
  }
}
