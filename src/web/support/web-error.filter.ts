import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  ForbiddenException,
  NotFoundException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Response } from 'express';
import { OptimisticLockError } from '@mikro-orm/core';
import { DomainError } from '../../actions/action-errors';
import { statusForError } from '../../actions/http/domain-error.filter';
import { TransitionNotAllowedError, TransitionRequirementsError, UnknownStatusError } from '../../status';
import { UserInputError } from '../../users/user-errors';
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
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
  UserInputError,
)
export class WebErrorFilter implements ExceptionFilter {
  catch(exception: Error, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<WebRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    const known =
      exception instanceof UserInputError
        ? { invalid: 400, not_found: 404, conflict: 409 }[exception.kind]
        : statusForError(exception);
    const status =
      known ?? ('getStatus' in exception ? (exception as { getStatus(): number }).getStatus() : 500);
    const message =
      known !== null && known !== 404
        ? exception.message
        : status === 404
          ? 'If you typed the web address, check it is correct. If you followed a link, the item may have been removed or you may not have access to it.'
          : status === 413
            ? 'Choose a smaller file and try again.'
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
