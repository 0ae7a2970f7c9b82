import { z } from 'zod';
import { CATEGORIES, PAYMENT_PURPOSES } from './recommendation-inputs';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in the form YYYY-MM-DD');
const id = z.string({ required_error: 'give the recommendation id' }).uuid('must be a recommendation id');
const reason = z
  .string({ required_error: 'give a reason', invalid_type_error: 'give a reason as text' })
  .trim()
  .min(1, 'give a reason')
  .max(2000, 'keep the reason under 2,000 characters');

/** Several recommendations of one decision decided at once (all or nothing). */
export const decisionsSchema = z
  .object({
    accept: z
      .array(
        z
          .object({
            id,
            serviceAreaId: z
              .string({ required_error: 'choose the service that will own the action' })
              .uuid('choose a service area from the list'),
            ownerId: z.string().uuid('choose a person from the list').nullish(),
            dueDate: isoDay.nullish(),
          })
          .strict(),
      )
      .max(500)
      .default([]),
    reject: z.array(z.object({ id, reason }).strict()).max(500).default([]),
  })
  .strict()
  .refine((v) => v.accept.length + v.reject.length > 0, { message: 'choose at least one recommendation' })
  .refine(
    (v) => new Set([...v.accept, ...v.reject].map((d) => d.id)).size === v.accept.length + v.reject.length,
    { message: 'each recommendation can be decided only once' },
  );
export type DecisionsInput = z.infer<typeof decisionsSchema>;

const money = z
  .number({ invalid_type_error: 'must be an amount in pounds, as a number' })
  .nonnegative('cannot be negative')
  .max(10_000_000, 'is too large');
const payment = z
  .object({
    amount: money,
    payee: z.string().trim().max(200).nullish(),
    purpose: z.enum(PAYMENT_PURPOSES).default('unspecified'),
  })
  .strict();
const deadline = z
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
  .strict();

/** A recommendation the officer adds: typed, or selected in the document's text (its span kept). */
export const addRecommendationSchema = z
  .object({
    text: z
      .string({ required_error: 'enter the action' })
      .trim()
      .min(1, 'enter the action')
      .max(10_000, 'keep the action under 10,000 characters'),
    span: z
      .object({
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        page: z.number().int().min(1).nullish(),
      })
      .strict()
      .refine((s) => s.end > s.start, { message: 'the end of the selection must come after its start' })
      .nullish(),
    category: z.enum(CATEGORIES).optional(),
    learning: z.boolean().optional(),
    evidenceRequired: z.boolean().optional(),
    payments: z.array(payment).max(50).optional(),
    deadline: deadline.nullish(),
  })
  .strict();
export type AddRecommendationInput = z.infer<typeof addRecommendationSchema>;

/** One proposal split into two or more: each part's text, and which of the original payments it takes. */
export const splitSchema = z
  .object({
    parts: z
      .array(
        z
          .object({
            text: z.string().trim().min(1, 'a part cannot be empty').max(10_000),
            payments: z.array(z.number().int().min(0)).max(50).optional(),
          })
          .strict(),
      )
      .min(2, 'split it into at least two actions')
      .max(20),
  })
  .strict();
export type SplitInput = z.infer<typeof splitSchema>;

/** Proposals merged into this one. */
export const mergeSchema = z
  .object({
    with: z.array(id).min(1, 'choose at least one other recommendation to merge with').max(50),
    text: z.string().trim().min(1).max(10_000).optional(),
  })
  .strict();

export const FINDINGS = [
  'upheld',
  'partly_upheld',
  'not_upheld',
  'closed_after_initial_enquiries',
  'premature',
  'outside_jurisdiction',
] as const;
export const DOCUMENT_TYPES = [
  'lgsco_decision',
  'housing_ombudsman_decision',
  'stage2_report',
  'stage3_panel',
  'annual_report',
  'unknown',
] as const;

/** The document's facts an officer may correct. */
export const documentFactsSchema = z
  .object({
    documentType: z.enum(DOCUMENT_TYPES).optional(),
    reference: z.string().trim().max(100, 'keep the reference under 100 characters').nullish(),
    organisation: z.string().trim().max(300, 'keep the organisation under 300 characters').nullish(),
    decisionDate: isoDay.nullish(),
    finding: z.enum(FINDINGS).nullish(),
    faultFound: z.boolean({ invalid_type_error: 'must be true or false' }).nullish(),
    /** Had the council already remedied it before the Ombudsman (the officer's answer; null: not known). */
    remediedBefore: z.boolean({ invalid_type_error: 'must be true or false' }).nullish(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one fact to change' });
export type DocumentFactsInput = z.infer<typeof documentFactsSchema>;

export const sameCaseSchema = z
  .object({
    answer: z.enum(['same', 'different'], {
      errorMap: () => ({
        message: 'say whether it is the same case ("same") or a different one ("different")',
      }),
    }),
  })
  .strict();
