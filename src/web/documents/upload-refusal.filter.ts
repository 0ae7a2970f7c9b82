import { Catch } from '@nestjs/common';
import { DomainError } from '../../common/errors';
import { FormRefusalFilter } from '../support/form-refusal.filter';

export const UPLOAD_FORM = 'upload';
/** The upload page's one input (its id in upload.njk): every refusal of an upload is shown against it. */
export const FILES_INPUT = 'files';

/**
 * An upload refused as a whole (a file far past the size limit, too many files, nothing chosen, a
 * form that is not one): a DomainError from the upload interceptor or DocumentIntakeService goes back
 * to the upload page against its one input, whether it names the files field or the form as a whole.
 */
@Catch(DomainError)
export class UploadRefusalFilter extends FormRefusalFilter {
  protected readonly formId = UPLOAD_FORM;
  protected readonly fileInput = FILES_INPUT;
  protected formUrl(): string {
    return '/upload';
  }
}
