/** A status change the transition table does not allow. HTTP: 409. */
export class TransitionNotAllowedError extends Error {
  override readonly name = 'TransitionNotAllowedError';

  constructor(
    message: string,
    readonly entity: string,
    readonly from: string,
    readonly to: string,
    /** Where the item could go instead (empty when its status is final). */
    readonly allowedTargets: readonly string[],
  ) {
    super(message);
  }
}

/** A value that is not one of an item's statuses (e.g. a typo in an API call). HTTP: 422. */
export class UnknownStatusError extends Error {
  override readonly name = 'UnknownStatusError';

  constructor(
    message: string,
    readonly entity: string,
    readonly value: unknown,
  ) {
    super(message);
  }
}

/** An allowed status change that is missing something it needs (a reason, evidence ...). HTTP: 422. */
export class TransitionRequirementsError extends Error {
  override readonly name = 'TransitionRequirementsError';

  constructor(
    readonly entity: string,
    readonly from: string,
    readonly to: string,
    /** One sentence per missing requirement, in the words the table gives. */
    readonly problems: readonly string[],
    /** The input the first missing requirement that is about one is about (e.g. `note`). */
    readonly field?: string,
  ) {
    super(problems.join(' '));
  }
}
