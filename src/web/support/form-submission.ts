import type { Response } from 'express';
import { DomainError } from '../../common/errors';
import { TransitionRequirementsError } from '../../status';
import type { FlashStore } from './flash-store';
import { FieldError, formState } from './form-state';
import type { WebRequest } from './page-renderer';
import { refusalMessage } from './refusals';

/** One form's POST, Post/Redirect/Get: what was sent, what is wrong with it, and what to do with it. */
export interface FormSubmission {
  req: WebRequest;
  res: Response;
  flash: FlashStore;
  /** The form's id on the page it goes back to (its values and errors are kept for it). */
  formId: string;
  values: Record<string, string>;
  /** Errors found in the input before trying; when there are any, `act` is not called. */
  errors: FieldError[];
  /** Does the change and returns the message to show (and where to go, when not `successUrl`). */
  act: () => Promise<string | { message: string; url: string }>;
  successUrl: string;
  /**
   * Where a refused form goes back to; by default the success page without its fragment (the page
   * opens at its error summary, which takes the focus).
   */
  failureUrl?: string;
  /**
   * The form field a refusal from the service is shown next to. `field` is the input the service's
   * error names (a DomainError's field, a missing transition requirement's input such as `note`), when
   * it names one: map it to the form's field, with a fallback for the rest.
   */
  refusalField: (field: string | undefined) => string;
}

/**
 * The GOV.UK error for a service's refusal of a form: its message, against the form field
 * `refusalField` maps the input it names to; or null when the error is not a refusal (not found, a
 * bug), which the caller rethrows.
 */
export function refusalError(
  error: unknown,
  refusalField: FormSubmission['refusalField'],
): FieldError | null {
  const message = refusalMessage(error);
  if (message === null) return null;
  const named =
    error instanceof DomainError || error instanceof TransitionRequirementsError ? error.field : undefined;
  return { field: refusalField(named), text: message };
}

/** Back to the form with what was sent and what is wrong with it (Post/Redirect/Get). */
export async function returnToForm(
  s: Pick<FormSubmission, 'req' | 'res' | 'flash' | 'formId' | 'values'>,
  errors: FieldError[],
  url: string,
): Promise<void> {
  await s.flash.form(s.req, s.res, s.formId, formState(s.values, errors));
  s.res.redirect(303, url);
}

/**
 * Runs the change when the input is valid and redirects with a message; otherwise (or when the service
 * refuses it, e.g. a transition the table forbids) redirects back with the values and a GOV.UK error
 * against the right field. Anything that is not a refusal (not found, a bug) is thrown to the filter.
 */
export async function submitForm(s: FormSubmission): Promise<void> {
  const errors = [...s.errors];
  if (!errors.length) {
    try {
      const done = await s.act();
      const { message, url } = typeof done === 'string' ? { message: done, url: s.successUrl } : done;
      await s.flash.message(s.req, s.res, message);
      return s.res.redirect(303, url);
    } catch (e) {
      const refused = refusalError(e, s.refusalField);
      if (refused === null) throw e;
      errors.push(refused);
    }
  }
  await returnToForm(s, errors, s.failureUrl ?? s.successUrl.split('#')[0]);
}
