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
