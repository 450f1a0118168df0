import { z } from 'zod';
import { HelpdeskOverrides } from './helpdesk-overrides';
import { CHECK_IDS, CHECK_OPTIONS } from './check-options';
import { phraseSlotError } from './phrase-slots';
import { userPatternError } from './regex';
import { ADAPTER_IDS, ANSWER_SHAPES, CATEGORIES, COMPOSERS, MOODS, SEVERITIES } from './vocabulary';

/** Bumped when a rule file's shape changes in a way old files need migrating for (lib/rules/migrate.ts). */
export const SCHEMA_VERSION = 1;

/** A rule id: lower-case words joined by "." or "-". Exported for files that carry ids and nothing else (team figures). */
export const ruleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lower-case words joined by "." or "-", e.g. "tone.blame"');

const pattern = z.string().min(1).superRefine((value, ctx) => {
  const problem = userPatternError(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const phrase = z.string().trim().min(1).superRefine((value, ctx) => {
  const problem = phraseSlotError(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * What a rule looks for: phrases (whole words, any case, with slots such as {number} or {money})
 * and/or RE2 patterns.
 */
const matchers = {
  phrases: z.array(phrase).optional(),
  patterns: z.array(pattern).optional(),
  caseSensitive: z.boolean().default(false),
};
export const Matchers = z.strictObject(matchers);

function hasSomethingToMatch(value: { phrases?: string[]; patterns?: string[] }): boolean {
  return (value.phrases?.length ?? 0) + (value.patterns?.length ?? 0) > 0;
}
const needsMatchers = { message: 'give at least one entry in "phrases" or "patterns"', path: ['phrases'] };

/**
 * An example draft, alone or with the context a rule's condition needs. A flagged example may state
 * what the rule does exactly, as a specification: `at`, the words it points at ("" for a finding about
 * something missing, which points at a place), or a list of them, one per finding in order; `fixed`,
 * the draft once its first fix is applied.
 */
export const Example = z.union([
  z.string(),
  z.strictObject({
    draft: z.string(),
    customerMessage: z.string().optional(),
    customerName: z.string().optional(),
    subject: z.string().optional(),
    at: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    fixed: z.string().optional(),
  }),
]);

/**
 * Where a rule (or a whole set) coaches: some helpdesks only (adapter ids, "generic" for sites the
 * agent enabled), public replies and/or internal notes only. Leaving `helpdesks` out means all of
 * them; leaving `composer` out means the category's default (lib/rules/vocabulary.ts: customer-facing
 * categories coach replies only).
 */
export const AppliesTo = z.strictObject({
  helpdesks: z.array(z.enum(ADAPTER_IDS)).min(1).optional(),
  composer: z.array(z.enum(COMPOSERS)).min(1).optional(),
});

/** When a rule applies (any kind: `when`). All given conditions must hold. */
export const Condition = z.strictObject({
  customerName: z.enum(['known']).optional(),
  /** The customer's message reads as any of these (needs the customer's message). */
  customerMood: z.array(z.enum(MOODS)).min(1).optional(),
  /** The customer asked a question calling for one of these kinds of answer ("when…?" is `time`; needs the customer's message). */
  customerAsks: z.array(z.enum(ANSWER_SHAPES)).min(1).optional(),
  customerMentions: Matchers.refine(hasSomethingToMatch, needsMatchers).optional(),
  draftMentions: Matchers.refine(hasSomethingToMatch, needsMatchers).optional(),
  minDraftWords: z.int().min(0).optional(),
});

const common = {
  id: ruleIdSchema,
  /** A short name for people ("Blaming the customer"), shown instead of the id; derived from the id when left out. */
  title: z.string().trim().min(1).max(60).optional(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES).default('warning'),
  enabled: z.boolean().default(true),
  /**
   * Feeds only the panel's checklist (what the customer asked, what they will need next), with no
   * finding of its own: for a rule whose findings are not yet precise enough to interrupt an agent.
   */
  checklistOnly: z.boolean().default(false),
  /** One line shown to the agent. May use {match}, {replacement}, {count}, {value}, {max}, {customerName}. */
  message: z.string().min(1),
  /** Why it matters: paraphrase the guidance, never quote it. */
  explanation: z.string().min(1),
  /** Guidance chapter and section it comes from, e.g. "002 Fostering Trust and Respect". */
  guidance: z.string().regex(/^\d{3} \S/, 'start with the chapter number, e.g. "002 Fostering Trust and Respect"').optional(),
  appliesTo: AppliesTo.optional(),
  /** Only when this holds: a mood of the customer, words in their message or the reply, a reply of some length. */
  when: Condition.optional(),
  examples: z
    .strictObject({
      flagged: z.array(Example).default([]),
      accepted: z.array(Example).default([]),
    })
    .optional(),
};

/** Text elsewhere that, when present, means a match is fine (e.g. "can't" next to an alternative). */
const Unless = z
  .strictObject({
    /** Where the excuse must be: the same sentence, that sentence or the next ("We can't. Please call…"), or anywhere. */
    within: z.enum(['sentence', 'sentence-or-next', 'draft']).default('sentence'),
    ...matchers,
  })
  .refine(hasSomethingToMatch, needsMatchers);

const PhraseRule = z
  .strictObject({
    ...common,
    kind: z.literal('phrase'),
    ...matchers,
    unless: Unless.optional(),
    /** Longer phrases that contain a match and make it fine: "soon", but not "as soon as it ships". */
    exceptions: Matchers.refine(hasSomethingToMatch, needsMatchers).optional(),
    /** A match the customer's own message also has is fine: jargon they used is their word too ("I land in T2"). */
    customerWordsAllowed: z.boolean().optional(),
    /** When set, every match can be replaced by this text in one click ("!!!" → "!"). */
    replacement: z.string().optional(),
  })
  .refine(hasSomethingToMatch, needsMatchers);

const SubstitutionRule = z.strictObject({
  ...common,
  kind: z.literal('substitution'),
  caseSensitive: z.boolean().default(false),
  /** phrase → replacement; the replacement may use {customerFirstName}. */
  swap: z.record(z.string().trim().min(1), z.string()).refine((swap) => Object.keys(swap).length > 0, 'give at least one phrase to swap'),
  /** Used instead of a replacement that needs the customer's name when the name is unknown. */
  withoutName: z.string().optional(),
});

const OccurrenceRule = z
  .strictObject({
    ...common,
    kind: z.literal('occurrence'),
    ...matchers,
    max: z.int().min(0),
    scope: z.enum(['draft', 'paragraph', 'sentence']).default('draft'),
  })
  .refine(hasSomethingToMatch, needsMatchers);

export const METRICS = ['sentence-words', 'paragraph-words', 'draft-words', 'reading-grade'] as const;
const MetricRule = z.strictObject({
  ...common,
  kind: z.literal('metric'),
  metric: z.enum(METRICS),
  max: z.number().positive(),
  /** Skip drafts shorter than this (a reading grade of a ten-word reply is noise). */
  minDraftWords: z.int().min(0).default(0),
});


const RequirementRule = z
  .strictObject({
    ...common,
    kind: z.literal('requirement'),
    ...matchers,
    /** Only look in the first N sentences of the reply. */
    withinSentences: z.int().min(1).optional(),
    /** Only look in the last N sentences of the reply (before the sign-off). */
    withinLastSentences: z.int().min(1).optional(),
    /** Matches that do not count as meeting the requirement (e.g. a stock apology). */
    notCounting: Matchers.refine(hasSomethingToMatch, needsMatchers).optional(),
    /** A sentence to add at the start of the reply (after the greeting) as a one-click fix. */
    insert: z.string().min(1).optional(),
  })
  .refine(hasSomethingToMatch, needsMatchers);

const CheckRule = z
  .strictObject({
    ...common,
    kind: z.literal('check'),
    check: z.enum(CHECK_IDS as [string, ...string[]]),
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((rule, ctx) => {
    const schema = CHECK_OPTIONS[rule.check as keyof typeof CHECK_OPTIONS];
    const parsed = schema.safeParse(rule.options);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['options', ...issue.path] } as never);
  });

const TopicNeed = z.strictObject({
  id: ruleIdSchema,
  /** Short, for the panel's checklist: "When the money arrives". */
  label: z.string().min(1),
  /** Shown when the reply does not cover it yet. */
  message: z.string().min(1),
  /** What in the reply counts as covering it. */
  coveredBy: Matchers.refine(hasSomethingToMatch, needsMatchers),
  /**
   * Words that mention it without saying it ("soon" for when the money arrives): the checklist shows
   * the need as vague, and the finding is left to the rule about those words (clarity.vague-time).
   */
  vagueBy: Matchers.refine(hasSomethingToMatch, needsMatchers).optional(),
  /** Only when this holds (an email-length reply for "check your spam folder", a customer who mentioned two-factor codes). */
  when: Condition.optional(),
});

/**
 * Anticipated follow-up needs: when the reply takes an action (issues a refund, ships a parcel…), what
 * the customer will want to know next, and what in the reply counts as already telling them. A
 * checklist for an action the reply does not take (a refused refund) would be wrong, so `draft` is
 * the reply taking the action and `unless` the reply declining or handing it to someone else; a topic
 * with only `customer` triggers applies when the customer raises it.
 */
const TopicRule = z.strictObject({
  ...common,
  kind: z.literal('topic'),
  category: z.literal('follow-up').default('follow-up'),
  message: z.string().min(1).default('{need}'),
  topic: ruleIdSchema,
  label: z.string().min(1),
  triggers: z
    .strictObject({
      customer: Matchers.refine(hasSomethingToMatch, needsMatchers).optional(),
      draft: Matchers.refine(hasSomethingToMatch, needsMatchers).optional(),
      unless: Matchers.refine(hasSomethingToMatch, needsMatchers).optional(),
    })
    .refine((triggers) => triggers.customer || triggers.draft, 'give "customer" and/or "draft" triggers'),
  needs: z.array(TopicNeed).min(1),
});

export const Rule = z.discriminatedUnion('kind', [PhraseRule, SubstitutionRule, OccurrenceRule, MetricRule, RequirementRule, CheckRule, TopicRule]);

/** Changes to rules of the pack a set extends, by rule id. */
const RuleOverride = z.strictObject({
  enabled: z.boolean().optional(),
  checklistOnly: z.boolean().optional(),
  severity: z.enum(SEVERITIES).optional(),
  appliesTo: AppliesTo.optional(),
});

export const RuleSet = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    name: z.string().min(1),
    version: z.string().default('1.0.0'),
    description: z.string().optional(),
    /** Start from the bundled pack: its rules, then this file's overrides, then this file's rules (same id replaces). */
    extends: z.literal('default').optional(),
    /** Limits the whole set; a rule's own `appliesTo` can narrow it further, never widen it. */
    appliesTo: AppliesTo.optional(),
    overrides: z.record(ruleIdSchema, RuleOverride).default({}),
    rules: z.array(Rule).default([]),
    /** How to read each helpdesk: more hosts and selectors for the bundled adapters (lib/rules/adapter-data.ts). */
    helpdesks: z.optional(HelpdeskOverrides),
  })
  .superRefine((set, ctx) => {
    const seen = new Map<string, number>();
    set.rules.forEach((rule, index) => {
      const first = seen.get(rule.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `duplicate rule id "${rule.id}" (also rules[${first}])` });
      else seen.set(rule.id, index);
    });
  });

export type RuleSetInput = z.input<typeof RuleSet>;
export type RuleSet = z.output<typeof RuleSet>;
export type Rule = z.output<typeof Rule>;
export type RuleOfKind<K extends Rule['kind']> = Extract<Rule, { kind: K }>;
export type MatcherSpec = { phrases?: string[]; patterns?: string[]; caseSensitive: boolean };
export type Condition = z.output<typeof Condition>;
export type Example = z.output<typeof Example>;
export type AppliesTo = z.output<typeof AppliesTo>;
export type RuleOverride = z.output<typeof RuleOverride>;
