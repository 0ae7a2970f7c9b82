import {
  Controller,
  Get,
  Post,
  Query,
  Req,
  Res,
  UploadedFiles,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { Inject } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { DocumentIntakeService } from '../../documents/intake/document-intake.service';
import { UploadEachInterceptor } from '../../documents/intake/upload.interceptor';
import { DocumentQueries } from '../../documents/queries/document-queries.service';
import { FlashStore } from '../support/flash-store';
import { formState } from '../support/form-state';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { FILES_INPUT, UPLOAD_FORM, UploadRefusalFilter } from './upload-refusal.filter';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function idList(ids: unknown, max: number): string[] {
  if (typeof ids !== 'string') return [];
  return [...new Set(ids.split(','))].filter((id) => UUID.test(id)).slice(0, max);
}

/**
 * Upload: several files in one form (DocumentIntakeService), then the upload page lists them with
 * their processing status. A small script polls /upload/status to update it without a reload.
 */
@Controller('upload')
@Roles('officer', 'admin')
export class UploadController {
  constructor(
    private readonly intake: DocumentIntakeService,
    private readonly documents: DocumentQueries,
    private readonly pages: PageRenderer,
    private readonly flash: FlashStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async show(@Req() req: WebRequest, @Res() res: Response, @Query('ids') ids?: string): Promise<void> {
    const uploaded = await this.statuses(idList(ids, this.config.limits.maxFilesPerUpload));
    await this.pages.render(req, res, 'pages/documents/upload.njk', {
      title: 'Upload documents',
      formId: UPLOAD_FORM,
      uploaded,
      uploadedIds: uploaded.map((d) => d.id).join(','),
      maxUploadMb: Math.round(this.config.limits.maxUploadBytes / (1024 * 1024)),
      maxFiles: this.config.limits.maxFilesPerUpload,
    });
  }

  @Post()
  @UseInterceptors(UploadEachInterceptor)
  @UseFilters(UploadRefusalFilter)
  async upload(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @UploadedFiles() files: Express.Multer.File[] | undefined,
  ): Promise<void> {
    const nonEmpty = (files ?? []).filter((f) => f.size > 0 || f.originalname);
    // the good files go in; each refused one is listed in the error summary with its reason
    const { stored, refused } = await this.intake.uploadEach(nonEmpty, {}, user.id);
    const fresh = stored.filter((d) => !d.duplicateOf).length;
    if (stored.length) {
      await this.flash.message(
        req,
        res,
        `${stored.length} ${stored.length === 1 ? 'file' : 'files'} uploaded${
          fresh < stored.length ? `, ${stored.length - fresh} of them already stored before` : ''
        }${refused.length ? `; ${refused.length} not uploaded (listed above)` : ''}.`,
      );
    }
    if (refused.length) {
      const form = formState(
        {},
        refused.map((r) => ({ field: FILES_INPUT, text: r.message })),
      );
      form.fieldErrors[FILES_INPUT] = {
        text:
          refused.length === 1
            ? refused[0].message
            : `${refused.length} files were not uploaded: ${refused.map((r) => r.fileName).join(', ')}. The list above says why`,
      };
      await this.flash.form(req, res, UPLOAD_FORM, form);
    }
    res.redirect(303, stored.length ? `/upload?ids=${stored.map((d) => d.id).join(',')}` : '/upload');
  }

  /** JSON for the status poller: each document's status, and why it failed. */
  @Get('status')
  async status(@Res() res: Response, @Query('ids') ids?: string): Promise<void> {
    const documents = (await this.statuses(idList(ids, this.config.limits.maxFilesPerUpload))).map((d) => ({
      id: d.id,
      status: d.status,
      error: d.error,
    }));
    res.setHeader('Cache-Control', 'no-store');
    res.json({ documents });
  }

  private async statuses(ids: string[]) {
    const found = await Promise.all(ids.map((id) => this.documents.get(id).catch(() => null)));
    return found
      .filter((d): d is NonNullable<typeof d> => d !== null)
      .map((d) => ({ id: d.id, status: d.status, error: d.error, fileName: d.fileName, duplicateOf: null }));
  }
}
