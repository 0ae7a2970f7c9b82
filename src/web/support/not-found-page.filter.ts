import { ArgumentsHost, Catch, ExceptionFilter, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import { isApiRequest } from '../../auth/auth-request';
import type { WebRequest } from './page-renderer';
import { WebErrorFilter } from './web-error.filter';

/**
 * A browser asking for a page that does not exist gets the GOV.UK "Page not found" page, and one its
 * role may not open (a service lead at /upload) the "You cannot do that" page; API clients (and
 * anything asking for JSON) keep Nest's JSON answer unchanged.
 */
@Catch(NotFoundException, ForbiddenException)
export class NotFoundPageFilter implements ExceptionFilter {
  private readonly pages = new WebErrorFilter();

  catch(exception: NotFoundException | ForbiddenException, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<WebRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    if (isApiRequest(req) || req.accepts(['html', 'json']) === 'json') {
      res.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    this.pages.catch(exception, host);
  }
}
