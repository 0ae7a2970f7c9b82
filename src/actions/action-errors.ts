/** What went wrong, in words a complaints officer understands; the HTTP layer maps `kind` to a status. */
export type DomainErrorKind =
  'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'too_large' | 'unsupported_type' | 'unprocessable';

/**
 * An error the services of actions, compliance, reports, cases and service areas throw. Services stay
 * free of HTTP: the web pages catch it and show `message`; the API maps `kind` to a status code.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly kind: DomainErrorKind = 'invalid',
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError(`There is no ${what} with that id, or you do not have access to it.`, 'not_found');
  }
}

export const DOMAIN_ERROR_STATUS: Record<DomainErrorKind, number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  unprocessable: 422,
};
