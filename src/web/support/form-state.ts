/** A form's submitted values and errors, shaped for the GOV.UK error summary and field error messages. */
export interface FieldError {
  field: string;
  text: string;
}

export interface FormState {
  values: Record<string, string>;
  errors: FieldError[];
  errorList: { text: string; href: string }[];
  fieldErrors: Record<string, { text: string }>;
}

export function formState(values: Record<string, string> = {}, errors: FieldError[] = []): FormState {
  const fieldErrors: Record<string, { text: string }> = {};
  for (const e of errors) if (!fieldErrors[e.field]) fieldErrors[e.field] = { text: e.text };
  return {
    values,
    errors,
    errorList: errors.map((e) => ({ text: e.text, href: `#${e.field}` })),
    fieldErrors,
  };
}

/** Only string fields of a body, trimmed: what a form can send back into its inputs. */
export function formValues(body: unknown, keep: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const src = (body ?? {}) as Record<string, unknown>;
  for (const k of keep) {
    const v = src[k];
    if (typeof v === 'string') out[k] = v.trim();
  }
  return out;
}
