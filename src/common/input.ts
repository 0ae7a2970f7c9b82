import type { z } from 'zod';
import { DomainError } from './errors';

/** Validates request input; a failure is a DomainError('invalid') naming each field in plain words. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, value: unknown, what = 'request'): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const field = i.path.join('.');
    return field ? `${field}: ${i.message}` : i.message;
  });
  // the input it is about, when every problem is about the same one
  const fields = new Set(result.error.issues.map((i) => (i.path.length ? String(i.path[0]) : '')));
  const [only] = fields;
  throw new DomainError(
    `The ${what} is not valid. ${problems.join('; ')}.`,
    'invalid',
    fields.size === 1 && only ? only : undefined,
  );
}

/**
 * An optional text input (a query parameter, a form field): absent or blank is null, otherwise the
 * trimmed text; given twice or as something else than text, or longer than `max`, it is refused
 * (DomainError 'unprocessable' naming the input).
 */
export function optionalText(value: unknown, name: string, max: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new DomainError(`Give "${name}" once, as text`, 'unprocessable', name);
  const text = value.trim();
  if (text.length > max) {
    throw new DomainError(`"${name}" is too long: at most ${max} characters`, 'unprocessable', name);
  }
  return text || null;
}
