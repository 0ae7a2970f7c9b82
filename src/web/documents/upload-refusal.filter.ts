import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../../common/errors';
import { FlashStore } from '../support/flash-store';
import { refusalError, returnToForm } from '../support/form-submission';
import type { WebRequest } from '../support/page-renderer';
import { WebErrorFilter } from '../support/web-error.filter';

export const UPLOAD_FORM = 'upload';
/** The upload page's one input (its id in upload.njk): every refusal of an upload is shown against it. */
export const FILES_INPUT = 'files';

/**
 * An upload refused as a whole (a file far past the size limit, too many files, nothing chosen, a
 * form that is not one): a DomainError from the upload interceptor or DocumentIntakeService, which goes back to the
 * upload page as a GOV.UK error on its field (Post/Redirect/Get): a refusal naming the files field,
 * and one about the form as a whole, both go against the page's one input. Not found and forbidden stay error pages;
 * guards' refusals (sign-in, CSRF, role) are not DomainErrors and go to the application's filters.
 */
@Catch(DomainError)
export class UploadRefusalFilter implements ExceptionFilter {
  constructor(private readonly flash: FlashStore) {}

  async catch(exception: DomainError, host: ArgumentsHost): Promise<void> {
    const refused = refusalError(exception, () => FILES_INPUT);
    if (refused === null) return new WebErrorFilter().catch(exception, host);
    const req = host.switchToHttp().getRequest<WebRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    await returnToForm(
      { req, res, flash: this.flash, formId: UPLOAD_FORM, values: {} },
      [refused],
      '/upload',
    );
  }
}
