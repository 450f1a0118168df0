import { z } from 'zod';

/**
 * Options of the code-backed checks, by check id. The checks themselves live in lib/engine/checks;
 * their options are declared here so that a rule file is validated (with paths) without the engine.
 */
export const CHECK_OPTIONS = {
  /** Runs of all-caps words read as shouting. */
  shouting: z.strictObject({
    minCapsWords: z.int().min(1).default(2),
    minLetters: z.int().min(1).default(2),
    allow: z.array(z.string()).default([]),
  }),
  /** Acronyms the customer may not know, unless spelled out in the draft. */
  'unexplained-acronyms': z.strictObject({
    known: z.array(z.string()).default([]),
  }),
  /** The customer's name is known but the draft never uses it. */
  'customer-name-unused': z.strictObject({}),
  /** The draft reuses none of the specifics (order numbers, products, key terms) of the customer's message. */
  'template-smell': z.strictObject({
    minDraftWords: z.int().min(0).default(12),
    /** Skip customers who wrote fewer content words than this: there is nothing specific to echo. */
    minCustomerTerms: z.int().min(0).default(4),
  }),
  /** Questions and requests in the customer's message that the reply does not answer. */
  'unanswered-questions': z.strictObject({}),
} as const;

export type CheckId = keyof typeof CHECK_OPTIONS;
export type CheckOptions<Id extends CheckId> = z.output<(typeof CHECK_OPTIONS)[Id]>;
export const CHECK_IDS = Object.keys(CHECK_OPTIONS) as CheckId[];
