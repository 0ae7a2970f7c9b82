import { DOMAIN_ERROR_STATUS, DomainError } from '../../common/errors';
import type { AppConfig } from '../../config/app-config';
import { uploadRefusal } from './upload.interceptor';

const config = { limits: { maxUploadBytes: 25 * 1024 * 1024, maxFilesPerUpload: 20 } } as AppConfig;

/** Multer's refusals become DomainErrors: the status by their code, the files field when about the files. */
describe('uploadRefusal', () => {
  it.each([
    [{ code: 'LIMIT_FILE_SIZE' }, 413, 'files', /^A file is larger than the 25 MB limit/],
    [
      { code: 'LIMIT_FILE_SIZE', filename: 'a/film.mp4' },
      413,
      'files',
      /^"film\.mp4": larger than the 25 MB/,
    ],
    [{ code: 'LIMIT_FILE_COUNT' }, 422, 'files', /at most 20 files at a time/],
    [{ code: 'LIMIT_UNEXPECTED_FILE', field: 'files' }, 422, 'files', /at most 20 files at a time/],
    [{ code: 'LIMIT_UNEXPECTED_FILE', field: 'file' }, 422, 'files', /in the form field "files"/],
    [{ code: 'LIMIT_FIELD_VALUE' }, 422, undefined, /too many or too long fields/],
    [new Error('Unexpected end of form'), 422, undefined, /cut off or is not a multipart form/],
  ])('%j: %d on %s', (error, status, field, message) => {
    const refusal = uploadRefusal(error, config);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(DOMAIN_ERROR_STATUS[refusal.code]).toBe(status);
    expect(refusal.field).toBe(field);
    expect(refusal.message).toMatch(message);
  });
});
