import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { OptimisticLockError } from '@mikro-orm/core';
import type { Response } from 'express';
import { TransitionNotAllowedError, TransitionRequirementsError, UnknownStatusError } from '../../status';
import { DOMAIN_ERROR_STATUS, DomainError } from '../../common/errors';

type Handled =
  | DomainError
  | TransitionNotAllowedError
  | TransitionRequirementsError
  | UnknownStatusError
  | OptimisticLockError;

/** The HTTP status for an error the services throw, or null for one it does not know. */
export function statusForError(error: unknown): number | null {
  if (error instanceof DomainError) return DOMAIN_ERROR_STATUS[error.code] ?? 400;
  if (error instanceof TransitionNotAllowedError) return 409;
  if (error instanceof OptimisticLockError) return 409;
  if (error instanceof TransitionRequirementsError || error instanceof UnknownStatusError) return 422;
  return null;
}

/**
 * Answers the services' errors with a status and `{statusCode, message}` (and `field` when a DomainError
 * names the input it is about): DomainError by its code, a transition the
 * table forbids 409, a change made by someone else at the same moment 409, a missing requirement 422.
 */
@Catch(
  DomainError,
  TransitionNotAllowedError,
  TransitionRequirementsError,
  UnknownStatusError,
  OptimisticLockError,
)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: Handled, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const status = statusForError(error) ?? 400;
    const message =
      error instanceof OptimisticLockError
        ? 'Someone else changed this action at the same moment. Reload it and try again.'
        : error.message;
    const field = error instanceof DomainError ? error.field : undefined;
    // a refusal about one item of several (a bulk decision) names it
    const about = (error as { recommendationId?: unknown }).recommendationId;
    res.status(status).json({
      statusCode: status,
      message,
      ...(field ? { field } : {}),
      ...(typeof about === 'string' ? { recommendationId: about } : {}),
    });
  }
}
