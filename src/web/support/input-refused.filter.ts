import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { isApiRequest } from '../../common/api-request';
import { InputRefusedError } from '../../platform/input/hostile-input';
import type { WebRequest } from './page-renderer';
import { WebErrorFilter } from './web-error.filter';

/**
 * A request the input-validation layer (platform/input) refused: JSON for the API, the GOV.UK error
 * page for a browser. Registered for the whole application by WebModule.
 */
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
