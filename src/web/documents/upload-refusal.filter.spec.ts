import type { ArgumentsHost } from '@nestjs/common';
import { DomainError } from '../../common/errors';
import type { FlashStore } from '../support/flash-store';
import { WebErrorFilter } from '../support/web-error.filter';
import { UPLOAD_FORM, UploadRefusalFilter } from './upload-refusal.filter';

/** An upload's DomainError goes back to the upload page as a GOV.UK error on the files input. */
describe('UploadRefusalFilter', () => {
  const req = {};
  const res = { redirect: jest.fn() };
  const host = {
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  } as unknown as ArgumentsHost;
  const form = jest.fn();
  const filter = new UploadRefusalFilter({ form } as unknown as FlashStore);
  afterEach(() => jest.restoreAllMocks());

  it.each([
    new DomainError('A file is larger than the 25 MB limit', 'too_large', 'files'),
    new DomainError('"x.exe": This file is a Linux program', 'unsupported_type', 'files'),
    new DomainError('The upload form has too many or too long fields', 'unprocessable'),
  ])(
    'redirects a refusal ($code) to /upload with the error summary linking to the files input',
    async (e) => {
      form.mockClear();
      res.redirect.mockClear();
      await filter.catch(e, host);
      expect(form).toHaveBeenCalledWith(
        req,
        res,
        UPLOAD_FORM,
        expect.objectContaining({
          errorList: [{ text: e.message, href: '#files' }],
          fieldErrors: { files: { text: e.message } },
        }),
      );
      expect(res.redirect).toHaveBeenCalledWith(303, '/upload');
    },
  );

  it('leaves not found and forbidden to the error pages', async () => {
    const page = jest.spyOn(WebErrorFilter.prototype, 'catch').mockImplementation(() => undefined);
    form.mockClear();
    for (const e of [DomainError.notFound('document'), new DomainError('No', 'forbidden')]) {
      await filter.catch(e, host);
      expect(page).toHaveBeenLastCalledWith(e, host);
    }
    expect(form).not.toHaveBeenCalled();
  });
});
