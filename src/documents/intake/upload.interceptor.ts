import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finalize, from, Observable, switchMap } from 'rxjs';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { uploadSpoolDir } from '../../config/data-paths';
import { DomainError } from '../../common/errors';
import { UPLOAD_FIELD } from './accepted-type';

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

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
    case 'LIMIT_FILE_SIZE':
      return new DomainError(
        `A file is larger than the ${megabytes(config.limits.maxUploadBytes)} limit. Decisions and reports are much smaller: check you chose the right file`,
        'too_large',
        UPLOAD_FIELD,
      );
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
 * Reads the multipart body to temporary files on disk (limits from AppConfig: file size, number of
 * files), and removes those files when the request is done, whatever happened.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly handler: RequestHandler;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const dir = uploadSpoolDir(config);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const max = config.limits.maxFilesPerUpload;
    this.handler = multer({
      storage: multer.diskStorage({
        destination: dir,
        filename: (_req, _file, cb) => cb(null, randomUUID()),
      }),
      limits: {
        fileSize: config.limits.maxUploadBytes,
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
        for (const f of files) void rm(f.path, { force: true });
      }),
    );
  }
}
