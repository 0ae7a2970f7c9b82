import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  ForbiddenException,
  NotFoundException,
} from '@nestjs/common';
import type { Response } from 'express';
import { OptimisticLockError } from '@mikro-orm/core';
import { DomainError } from '../../common/errors';
import { statusForError } from '../../platform/http/domain-error.filter';
import { TransitionNotAllowedError, TransitionRequirementsError, UnknownStatusError } from '../../status';
import { navigationFor } from './navigation';
import { csrfTokenOf, WebRequest } from './page-renderer';

const TITLES: Record<number, string> = {
  400: 'There is a problem with what was sent',
  403: 'You cannot do that',
  404: 'Page not found',
  409: 'That has already changed',
  413: 'The file is too large',
  415: 'That type of file cannot be used',
  422: 'That file could not be used',
};

/**
 * Errors on web pages as GOV.UK error pages (HTML, never JSON). A service's DomainError keeps its
 * status: another service's action is a 404, not a 403. Sign-in redirects stay with auth's filter.
 */
@Catch(
  DomainError,
  TransitionNotAllowedError,
  TransitionRequirementsError,
  UnknownStatusError,
  OptimisticLockError,
  NotFoundException,
  ForbiddenException,
  BadRequestException,
)
export class WebErrorFilter implements ExceptionFilter {
  catch(exception: Error, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<WebRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    const known = statusForError(exception);
    const status =
      known ?? ('getStatus' in exception ? (exception as { getStatus(): number }).getStatus() : 500);
    const message =
      status === 404
        ? 'If you typed the web address, check it is correct. If you followed a link, the item may have been removed or you may not have access to it.'
        : status === 413
          ? `${exception.message} Choose a smaller file and try again.`
          : exception.message;
    const user = req.user ?? null;
    const csrfToken = csrfTokenOf(req, res);
    res.status(status);
    res.setHeader('Cache-Control', 'no-store');
    res.render('pages/errors/error.njk', {
      title: TITLES[status] ?? 'Sorry, there is a problem',
      message,
      user,
      csrfToken,
      navigation: navigationFor(user, req.path, csrfToken),
      flash: [],
      forms: {},
      form: { errors: [] },
    });
  }
}
