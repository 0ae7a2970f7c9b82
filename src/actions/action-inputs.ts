import { z } from 'zod';
import { isoDay } from '../platform/input/iso-day';

const note = z.string().trim().max(5000, 'keep the note under 5,000 characters');

export const transitionSchema = z
  .object({
    to: z.string({ required_error: 'say which status to move the action to' }).min(1),
    note: note.nullish(),
    /** When it really happened (completed or verified on an earlier day); today when left out. */
    date: isoDay.nullish(),
  })
  .strict();

export const dueDateChangeSchema = z
  .object({
    dueDate: isoDay,
    reason: z
      .string({ required_error: 'give a reason for changing the due date' })
      .trim()
      .min(1, 'give a reason for changing the due date')
      .max(2000),
  })
  .strict();

export const assignSchema = z
  .object({
    serviceAreaId: z.string().uuid('choose a service area from the list').optional(),
    ownerId: z.string().uuid('choose a person from the list').nullable().optional(),
    text: z.string().trim().min(1, 'the action text cannot be empty').max(10_000).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change' });

const money = z
  .number({ invalid_type_error: 'must be an amount in pounds, as a number' })
  .nonnegative('cannot be negative')
  .max(10_000_000);

export const paymentUpdateSchema = z
  .object({
    amountPaid: money.optional(),
    datePaid: isoDay.nullish(),
    agreedAmount: money.optional(),
    payee: z.string().trim().max(200).nullish(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change' });

export const newPaymentSchema = z
  .object({
    agreedAmount: money,
    payee: z.string().trim().max(200).nullish(),
    purpose: z
      .enum([
        'distress',
        'time_and_trouble',
        'loss_of_service',
        'financial_loss',
        'refund',
        'backdated_support',
        'symbolic',
        'unspecified',
      ])
      .default('unspecified'),
    amountPaid: money.optional(),
    datePaid: isoDay.nullish(),
  })
  .strict();

export const evidenceNoteSchema = z.object({ note: note.min(1).nullish() }).passthrough();
