import { z } from 'zod';
import { isoDay } from '../platform/input/iso-day';

const ACTION_STATUSES = ['open', 'in_progress', 'completed', 'verified', 'cancelled'] as const;
const flag = z.enum(['true', 'false'], { errorMap: () => ({ message: 'must be true or false' }) });

export const ACTION_SORTS = [
  'dueDate',
  '-dueDate',
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'status',
] as const;

/** The filters of GET /api/actions (and the actions list page), as query-string values. */
export const actionFilterSchema = z
  .object({
    status: z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.enum(ACTION_STATUSES, { errorMap: () => ({ message: `use ${ACTION_STATUSES.join(', ')}` }) }),
        ),
      )
      .optional(),
    serviceAreaId: z.string().uuid('must be a service area id').optional(),
    ownerId: z.union([z.literal('me'), z.string().uuid('must be a person id or "me"')]).optional(),
    documentId: z.string().uuid('must be a document id').optional(),
    overdue: flag.transform((v) => v === 'true').optional(),
    learning: flag.transform((v) => v === 'true').optional(),
    ombudsmanRemedy: flag.transform((v) => v === 'true').optional(),
    dueBefore: isoDay.optional(),
    dueAfter: isoDay.optional(),
    q: z.string().trim().max(200).optional(),
    sort: z
      .enum(ACTION_SORTS, { errorMap: () => ({ message: `use ${ACTION_SORTS.join(', ')}` }) })
      .default('dueDate'),
    page: z.coerce.number().int('must be a whole number').min(1).default(1),
    pageSize: z.coerce
      .number()
      .int('must be a whole number')
      .min(1)
      .max(500, 'must be at most 500')
      .default(50),
  })
  .strict();

export type ActionFilter = z.infer<typeof actionFilterSchema>;
export type ActionFilterInput = z.input<typeof actionFilterSchema>;
