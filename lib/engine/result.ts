import { z } from 'zod';
import { CATEGORIES, MOODS, SEVERITIES } from '../rules/vocabulary';

// What the engine returns, defined once as zod schemas: the engine's types are inferred from them,
// and every context that receives a result (background, panel, options page) validates with them.
// Object schemas drop unknown keys, so a state saved by an older or newer build still loads.

/** A span of text: UTF-16 offsets into the string it was found in. */
export const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/**
 * Words outside the draft that caused a finding. `source: "customer"` means offsets into
 * `customerMessage` (the question the draft leaves unanswered, the words that made a topic apply).
 */
export const triggerSchema = spanSchema.extend({ source: z.literal('customer') });

/** A one-click fix: replace the finding's `start`..`end` range of the draft with `replacement`. */
export const suggestionSchema = z.object({ replacement: z.string() });

export const findingSchema = z.object({
  ruleId: z.string(),
  /** The rule's short name for people ("Blaming the customer"), shown instead of its id. */
  title: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  /** One line for the agent: what is wrong here. */
  message: z.string(),
  /** Why it matters, paraphrasing the guidance. */
  explanation: z.string(),
  /** The guidance chapter the rule comes from, e.g. "002 Fostering Trust and Respect". */
  guidance: z.string().optional(),
  /** UTF-16 offsets into the original draft of the words the finding is about (equal when it is about a place). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** A follow-up topic id from the rule set, e.g. "refund". */
  topic: z.string().optional(),
  /** With `topic`: which anticipated need of that topic the reply does not cover yet, e.g. "timeline". */
  need: z.string().optional(),
  suggestion: suggestionSchema.optional(),
  trigger: triggerSchema.optional(),
});

/** How the reply stands against what the customer wrote: shown by the panel beside the findings. */
export const listeningSchema = z.object({
  mood: z.object({ primary: z.enum(MOODS), states: z.array(z.enum(MOODS)), cues: z.array(spanSchema.extend({ kind: z.string() })) }).optional(),
  /** The customer's questions and requests, each answered by the reply or not yet. */
  questions: z.array(
    spanSchema.extend({
      text: z.string(),
      kind: z.enum(['question', 'request']),
      answered: z.boolean(),
      /** How the reply addresses it: answered, sent to the right channel, a link, a question back, a plain no, or only vaguely ("soon"). */
      how: z.enum(['answered', 'redirected', 'linked', 'asked-back', 'declined', 'vague']).optional(),
    }),
  ),
  /** Topics the conversation is about, with the needs the customer will probably have next. */
  topics: z.array(
    z.object({
      topic: z.string(),
      ruleId: z.string(),
      label: z.string(),
      trigger: triggerSchema.optional(),
      /** `vague`: the reply mentions it without saying it ("soon"); the vague-time rule speaks to that. */
      needs: z.array(z.object({ id: z.string(), label: z.string(), covered: z.boolean(), vague: z.boolean().optional() })),
    }),
  ),
});

/** Measures of the reply itself (not of quoted text or the signature). */
export const draftStatsSchema = z.object({
  words: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  /** Flesch–Kincaid grade of the whole reply; absent when it has no words to grade. */
  readingGrade: z.number().optional(),
});

export const analysisSchema = z.object({
  findings: z.array(findingSchema),
  /** Present when there is a customer message or a topic: what the panel's "listening" sections show. */
  listening: listeningSchema.optional(),
  /** Absent for an empty draft. */
  stats: draftStatsSchema.optional(),
});

export type Span = z.infer<typeof spanSchema>;
export type Trigger = z.infer<typeof triggerSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Listening = z.infer<typeof listeningSchema>;
export type DraftStats = z.infer<typeof draftStatsSchema>;
export type AnalysisResult = z.infer<typeof analysisSchema>;
