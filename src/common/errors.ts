/**
 * The one error model of the service. A service that cannot do what it was asked throws a DomainError:
 * a `code` (what kind of refusal), a `message` in words a complaints officer understands, and, when the
 * problem is one input, the `field` it is about. Services know nothing of HTTP: one filter turns a
 * DomainError into JSON for /api (status by code) and into a GOV.UK error summary for forms (by field).
 */
export type DomainErrorCode =
  'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'too_large' | 'unsupported_type' | 'unprocessable';

export class DomainError extends Error {
  constructor(
    message: string,
    readonly code: DomainErrorCode = 'invalid',
    /** The input the error is about (a form field's name, a request body property), when it is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError(`There is no ${what} with that id, or you do not have access to it.`, 'not_found');
  }

  /** A refused input: `message` is shown beside the field named `field`. */
  static invalid(field: string, message: string): DomainError {
    return new DomainError(message, 'invalid', field);
  }
}

/** The HTTP status of each code, for the API. */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorCode, number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  unprocessable: 422,
};
