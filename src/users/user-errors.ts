/** A request about users that cannot be done; the message is shown to the person as it is. */
export class UserInputError extends Error {
  constructor(
    message: string,
    readonly kind: 'invalid' | 'not_found' | 'conflict' = 'invalid',
  ) {
    super(message);
  }
}
