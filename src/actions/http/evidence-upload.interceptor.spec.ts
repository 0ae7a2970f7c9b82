import { DOMAIN_ERROR_STATUS, DomainError } from '../../common/errors';
import { evidenceRefusal } from './evidence-upload.interceptor';

/** Multer's refusals of an evidence form become DomainErrors with the statuses the API has always had. */
describe('evidenceRefusal', () => {
  it.each([
    [{ code: 'LIMIT_FILE_SIZE' }, 413, 'file', 'The file is larger than 10 MB.'],
    [{ code: 'LIMIT_UNEXPECTED_FILE' }, 400, 'file', 'Send one evidence file, in the form field "file".'],
    [{ code: 'LIMIT_FILE_COUNT' }, 400, 'file', 'Send one evidence file, in the form field "file".'],
    [{ code: 'LIMIT_FIELD_COUNT' }, 400, undefined, 'The evidence form has too many or too long fields.'],
    [
      new Error('Unexpected end of form'),
      400,
      undefined,
      'The upload could not be read: it was cut off or is not a multipart form. Try again.',
    ],
  ])('%j: %d on %s', (error, status, field, message) => {
    const refusal = evidenceRefusal(error, 10 * 1024 * 1024);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(DOMAIN_ERROR_STATUS[refusal.code]).toBe(status);
    expect(refusal.field).toBe(field);
    expect(refusal.message).toBe(message);
  });
});
