import { z } from 'zod';
import { isoDay } from '../platform/input/iso-day';

const reason = z
  .string({ required_error: 'give a reason', invalid_type_error: 'give a reason as text' })
  .trim()
  .min(1, 'give a reason')
  .max(2000, 'keep the reason under 2,000 characters');

export const CATEGORIES = [
  'apology',
  'payment',
  'reassessment',
  'reconsider_decision',
  'provide_service',
  'procedure_review',
  'staff_training',
  'staff_reminder',
  'policy_change',
  'audit_similar_cases',
  'report_back',
  'other',
] as const;

export const PAYMENT_PURPOSES = [
  'distress',
  'time_and_trouble',
  'loss_of_service',
  'financial_loss',
  'refund',
  'backdated_support',
  'symbolic',
  'unspecified',
] as const;

export const acceptSchema = z
  .object({
    serviceAreaId: z
      .string({ required_error: 'choose the service that will own the action' })
      .uuid('choose a service area from the list'),
    ownerId: z.string().uuid('choose a person from the list').nullish(),
    dueDate: isoDay.nullish(),
    text: z.string().trim().min(1, 'the action text cannot be empty').max(10_000).nullish(),
  })
  .strict();

export type AcceptInput = z.infer<typeof acceptSchema>;

export const reasonSchema = z.object({ reason }).strict();

const money = z
  .number({ invalid_type_error: 'must be an amount in pounds, as a number' })
  .nonnegative('cannot be negative')
  .max(10_000_000, 'is too large');

export const editRecommendationSchema = z
  .object({
    text: z.string().trim().min(1, 'the text cannot be empty').max(10_000).optional(),
    category: z
      .enum(CATEGORIES, { errorMap: () => ({ message: `use one of ${CATEGORIES.join(', ')}` }) })
      .optional(),
    learning: z.boolean({ invalid_type_error: 'must be true or false' }).optional(),
    evidenceRequired: z.boolean({ invalid_type_error: 'must be true or false' }).optional(),
    payments: z
      .array(
        z
          .object({
            amount: money,
            payee: z.string().trim().max(200).nullish(),
            purpose: z.enum(PAYMENT_PURPOSES).default('unspecified'),
          })
          .strict(),
      )
      .max(50)
      .optional(),
    deadline: z
      .object({
        date: isoDay.nullish(),
        within: z
          .object({
            count: z.number().int('must be a whole number').min(0).max(1000),
            unit: z.enum(['days', 'working_days', 'weeks', 'months']),
          })
          .nullish(),
        from: z.enum(['final_decision', 'report', 'response', 'other']).nullish(),
        text: z.string().trim().max(500).nullish(),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change' });

export type EditRecommendationInput = z.infer<typeof editRecommendationSchema>;
