import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { isApiRequest } from '../../auth/auth-request';
import { WebErrorFilter } from '../../web/support/web-error.filter';
import type { WebRequest } from '../../web/support/page-renderer';
import { InputRefusedError } from './hostile-input';

/** A request the input-validation layer refused: JSON for the API, the GOV.UK error page for a browser. */
@Catch(InputRefusedError)
export class InputRefusedFilter implements ExceptionFilter {
  private readonly pages = new WebErrorFilter();

  catch(exception: InputRefusedError, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<WebRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    if (isApiRequest(req) || req.accepts(['html', 'json']) === 'json') {
      res.status(400).json(exception.getResponse());
      return;
    }
    this.pages.catch(exception, host);
  }
}
