import { BadRequestException } from '@nestjs/common';
import { LocalDate } from '../../calendar';

/** Control characters no form, filter or API field of ours ever needs (tab, line feed and carriage return are fine). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ISO_DAY = /^\s*\d{4}-\d{2}-\d{2}\s*$/;
/** How deep we look into a JSON body (ours are at most three levels deep). */
const MAX_DEPTH = 20;

/** A request refused by the input-validation layer: always a 400 with a message for a person. */
export class InputRefusedError extends BadRequestException {
  constructor(message: string) {
    super({ statusCode: 400, error: 'Bad Request', message });
  }
}

function describe(where: string): string {
  return where ? `'${where}'` : 'the request';
}

/**
 * The first problem with a value sent to us, or null: a null byte or other control character in any
 * text (a key or a value, at any depth), or a date written as YYYY-MM-DD that does not exist
 * (`2024-02-30`). `checkDates` is on for query strings (filters): forms keep their own date messages.
 */
export function findHostileInput(value: unknown, checkDates: boolean, where = '', depth = 0): string | null {
  if (depth > MAX_DEPTH) return `${describe(where)} is nested too deeply.`;
  if (typeof value === 'string') {
    if (FORBIDDEN_CONTROL.test(value)) {
      return `${describe(where)} contains a null byte or another control character. Remove it and try again.`;
    }
    if (checkDates && ISO_DAY.test(value)) {
      try {
        LocalDate.parse(value);
      } catch (e) {
        return `${describe(where)}: ${(e as Error).message}`;
      }
    }
    return null;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = findHostileInput(item, checkDates, where, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (FORBIDDEN_CONTROL.test(key)) {
        return `A field name contains a null byte or another control character. Remove it and try again.`;
      }
      const problem = findHostileInput(item, checkDates, where ? `${where}.${key}` : key, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

/** Throws InputRefusedError for the first problem in the value; see findHostileInput. */
export function refuseHostileInput(value: unknown, checkDates: boolean, where = ''): void {
  const problem = findHostileInput(value, checkDates, where);
  if (problem) throw new InputRefusedError(problem);
}
