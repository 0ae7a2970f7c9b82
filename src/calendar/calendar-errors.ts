/** A date that is not a real calendar date, or not written the way we read dates. */
export class InvalidDateError extends Error {
  override readonly name = 'InvalidDateError';

  constructor(message: string) {
    super(message);
  }
}

/** A time limit (a count and a unit) that cannot be turned into a due date. */
export class InvalidTimeLimitError extends Error {
  override readonly name = 'InvalidTimeLimitError';

  constructor(message: string) {
    super(message);
  }
}
