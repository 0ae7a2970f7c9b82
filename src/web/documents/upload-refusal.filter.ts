import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { SignInRequiredException, SignInRequiredFilter } from '../../auth/sign-in-required';
import { FlashStore } from '../support/flash-store';
import { formState } from '../support/form-state';
import type { WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';

export const UPLOAD_FORM = 'upload';

/**
 * An upload ingestion refused (too large, wrong type, too many files, nothing chosen) goes back to
 * the upload page with the reason as a GOV.UK error on the file field (Post/Redirect/Get).
 */
@Catch(HttpException)
export class UploadRefusalFilter implements ExceptionFilter {
  constructor(private readonly flash: FlashStore) {}

  async catch(exception: HttpException, host: ArgumentsHost): Promise<void> {
    if (exception instanceof SignInRequiredException)
      return new SignInRequiredFilter().catch(exception, host);
    const status = exception.getStatus();
    if (status === 401 || status === 403 || status === 404)
      return new WebErrorFilter().catch(exception, host);
    const req = host.switchToHttp().getRequest<WebRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    const body = exception.getResponse();
    const message =
      typeof body === 'object' && body && typeof (body as { message?: unknown }).message === 'string'
        ? (body as { message: string }).message
        : exception.message;
    await this.flash.form(req, res, UPLOAD_FORM, formState({}, [{ field: 'files', text: message }]));
    res.redirect(303, '/upload');
  }
}
