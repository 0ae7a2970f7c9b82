import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finalize, from, Observable, switchMap } from 'rxjs';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { uploadSpoolDir } from '../../config/data-paths';
import { DomainError } from '../../common/errors';
import { fileTooLarge, UPLOAD_FIELD } from './accepted-type';
import { sanitiseFileName } from './file-name';
import { SpoolStorage } from './spool-storage';

/**
 * Multer's refusals in words an officer understands: a DomainError whose code gives the API's status
 * (413 too large, 422 otherwise) and whose field is the files input when the refusal is about the files
 * (not when it is about the form as a whole: its other fields, or a body that is not a whole form).
 */
export function uploadRefusal(error: unknown, config: AppConfig): DomainError {
  const code = (error as { code?: string }).code;
  const limit = config.limits.maxFilesPerUpload;
  const aboutFiles = (message: string) => new DomainError(message, 'unprocessable', UPLOAD_FIELD);
  switch (code) {
    case 'LIMIT_FILE_SIZE': {
      const name = (error as { filename?: string }).filename;
      return fileTooLarge(config.limits.maxUploadBytes, name ? sanitiseFileName(name) : undefined);
    }
    case 'LIMIT_FILE_COUNT':
      return aboutFiles(`Upload at most ${limit} files at a time`);
    case 'LIMIT_UNEXPECTED_FILE':
      return (error as { field?: string }).field === UPLOAD_FIELD
        ? aboutFiles(`Upload at most ${limit} files at a time`)
        : aboutFiles(`Send the files in the form field "${UPLOAD_FIELD}"`);
    case 'LIMIT_PART_COUNT':
    case 'LIMIT_FIELD_COUNT':
    case 'LIMIT_FIELD_KEY':
    case 'LIMIT_FIELD_VALUE':
      return new DomainError('The upload form has too many or too long fields', 'unprocessable');
    default:
      return new DomainError(
        'The upload could not be read: it was cut off or is not a multipart form. Try again',
        'unprocessable',
      );
  }
}

/**
 * How far past the size limit a file refused on its own is still read (and dropped) so that the files
 * after it in the request are read too. Past this the whole request ends with the one 413: a video or
 * a disk image chosen by mistake is not worth reading to the end.
 */
export const DRAIN_FACTOR = 4;

/**
 * Reads the multipart body to temporary files in the spool directory (SpoolStorage; limits from
 * AppConfig: file size, number of files), and removes those files when the request is done, whatever
 * happened. `perFile` says what a file over the size limit does: false, it ends the whole request
 * with a 413 (the API: all or nothing); true, it is handed on with no path and its size, for the
 * intake to refuse on its own while the others go in (the upload page).
 */
abstract class SpoolingUploadInterceptor implements NestInterceptor {
  private readonly handler: RequestHandler;

  constructor(
    private readonly config: AppConfig,
    perFile: boolean,
  ) {
    const dir = uploadSpoolDir(config);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const max = config.limits.maxFilesPerUpload;
    const maxBytes = config.limits.maxUploadBytes;
    this.handler = multer({
      storage: new SpoolStorage(dir, maxBytes),
      limits: {
        fileSize: perFile ? maxBytes * DRAIN_FACTOR : maxBytes,
        files: max,
        fields: 10,
        fieldSize: 4096,
        parts: max + 10,
        headerPairs: 200,
      },
      defParamCharset: 'utf8',
    }).array(UPLOAD_FIELD, max);
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const read = new Promise<void>((resolve, reject) => {
      this.handler(req, res, (error?: unknown) =>
        error ? reject(uploadRefusal(error, this.config)) : resolve(),
      );
    });
    return from(read).pipe(
      switchMap(() => next.handle()),
      finalize(() => {
        const files = (req.files as Express.Multer.File[] | undefined) ?? [];
        for (const f of files) if (f.path) void rm(f.path, { force: true }).catch(() => undefined);
      }),
    );
  }
}

/** POST /api/documents: all or nothing, as the API contract says; a file over the limit ends it (413). */
@Injectable()
export class UploadInterceptor extends SpoolingUploadInterceptor {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config, false);
  }
}

/**
 * The upload page: a file over the size limit is one more refusal of one file (the intake's
 * `uploadEach`), and the other files of the form still go in.
 */
@Injectable()
export class UploadEachInterceptor extends SpoolingUploadInterceptor {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config, true);
  }
}
