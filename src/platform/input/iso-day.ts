import { z } from 'zod';
import { LocalDate } from '../../calendar';

/** A date sent as YYYY-MM-DD that exists on the calendar (`2024-02-30` is refused with the reason). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in the form YYYY-MM-DD')
  .superRefine((value, ctx) => {
    try {
      LocalDate.parse(value);
    } catch (e) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: (e as Error).message });
    }
  });

/** True when the text is a real date written YYYY-MM-DD. */
export function isRealIsoDay(value: string | undefined | null): boolean {
  return typeof value === 'string' && isoDay.safeParse(value).success;
}
