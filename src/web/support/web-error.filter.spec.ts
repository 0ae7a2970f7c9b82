import type { ArgumentsHost } from '@nestjs/common';
import { DomainError } from '../../common/errors';
import { WebErrorFilter } from './web-error.filter';

/** What a GOV.UK error page says for a DomainError that reaches it (no form to go back to). */
describe('WebErrorFilter', () => {
  function page(error: Error): { status: number; view: { title: string; message: string } } {
    const res = {
      locals: {},
      status: jest.fn(),
      setHeader: jest.fn(),
      render: jest.fn(),
    };
    const host = {
      switchToHttp: () => ({ getRequest: () => ({ path: '/actions/x/evidence' }), getResponse: () => res }),
    } as unknown as ArgumentsHost;
    new WebErrorFilter().catch(error, host);
    return { status: res.status.mock.calls[0][0], view: res.render.mock.calls[0][1] };
  }

  it('a file too large (an evidence upload refused before the form): 413, the limit and what to do', () => {
    const { status, view } = page(new DomainError('The file is larger than 10 MB.', 'too_large', 'file'));
    expect(status).toBe(413);
    expect(view.title).toBe('The file is too large');
    expect(view.message).toBe('The file is larger than 10 MB. Choose a smaller file and try again.');
  });

  it('a refused form keeps its message and status; not found says what to check', () => {
    const bad = page(DomainError.invalid('file', 'Send one evidence file, in the form field "file".'));
    expect([bad.status, bad.view.message]).toEqual([
      400,
      'Send one evidence file, in the form field "file".',
    ]);
    const missing = page(DomainError.notFound('action'));
    expect(missing.status).toBe(404);
    expect(missing.view.message).toMatch(/^If you typed the web address/);
  });
});
