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

export const EVIDENCE_FIELD = 'file';

/**
 * Multer's refusals of an evidence form in words an officer understands: a file over the limit is
 * 'too_large' (413), anything else 'invalid' (400); about the file field when they are about the file.
 */
export function evidenceRefusal(error: unknown, maxUploadBytes: number): DomainError {
  const code = (error as { code?: string }).code;
  if (code === 'LIMIT_FILE_SIZE') {
    const mb = Math.round(maxUploadBytes / (1024 * 1024));
    return new DomainError(`The file is larger than ${mb} MB.`, 'too_large', EVIDENCE_FIELD);
  }
  if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') {
    return DomainError.invalid(
      EVIDENCE_FIELD,
      `Send one evidence file, in the form field "${EVIDENCE_FIELD}".`,
    );
  }
  if (code?.startsWith('LIMIT_'))
    return new DomainError('The evidence form has too many or too long fields.');
  return new DomainError(
    'The upload could not be read: it was cut off or is not a multipart form. Try again.',
  );
}

/**
 * Reads an evidence form (one file in `file`, a `note`) with the file streamed to a temporary file on
 * disk, never held in memory, and removes that file when the request is done, whatever happened
 * (a refused file, a failed change, a client that went away). Files left by a killed process are
 * swept at start-up (sweepSpool).
 */
@Injectable()
export class EvidenceUploadInterceptor implements NestInterceptor {
  private readonly handler: RequestHandler;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const dir = uploadSpoolDir(config);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.handler = multer({
      storage: multer.diskStorage({
        destination: dir,
        filename: (_req, _file, cb) => cb(null, randomUUID()),
      }),
      limits: {
        fileSize: config.limits.maxUploadBytes,
        files: 1,
        fields: 5,
        fieldSize: 16 * 1024,
        parts: 8,
        headerPairs: 200,
      },
      defParamCharset: 'utf8',
    }).single(EVIDENCE_FIELD);
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const read = new Promise<void>((resolve, reject) => {
      this.handler(req, res, (error?: unknown) =>
        error ? reject(evidenceRefusal(error, this.config.limits.maxUploadBytes)) : resolve(),
      );
    });
    return from(read).pipe(
      switchMap(() => next.handle()),
      finalize(() => {
        if (req.file?.path) void rm(req.file.path, { force: true });
      }),
    );
  }
}
