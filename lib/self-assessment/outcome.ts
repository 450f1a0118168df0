import { z } from 'zod';
import { CATEGORIES, type AnalysisResult, type Category, type Mood } from '../engine/types';
import { ADAPTER_IDS, type AdapterId } from '../messaging/adapter-ids';
import type { Rule } from '../rules/schema';

// What one finished reply leaves in the agent's private history: counts, rule ids, a day and a few
// yes/no facts. The schema is strict and has no free-text field, so a draft, a customer's words, a
// name or a finding's message has nowhere to go, and whatever is read back from storage is checked
// against the same shape.

/** The rules whose absence the headline rates are made of (rule ids of the default pack). */
export const NAME_UNUSED_RULE = 'personalization.name-unused';
/** "Dear customer" with the name known: the name is not used either (the engine reports it once, as this). */
export const FORM_LETTER_GREETING_RULE = 'personalization.generic-greeting';
export const FEELINGS_UNACKNOWLEDGED_RULE = 'empathy.acknowledge-feelings';
/** The same for a customer only mildly upset (a soft hint). */
export const ANNOYANCE_UNACKNOWLEDGED_RULE = 'empathy.acknowledge-annoyance';
/** Either says the reply skipped an upset customer's feelings: one habit, counted once. */
export const UNACKNOWLEDGED_RULES: readonly string[] = [FEELINGS_UNACKNOWLEDGED_RULE, ANNOYANCE_UNACKNOWLEDGED_RULE];

/**
 * The moods for which the rule set checks that a reply acknowledges the customer: those of the enabled
 * rules above. With a rule off (the bundled pack ships `annoyed`'s off) a reply to such a customer was
 * never checked, so it must count neither as acknowledging them nor as skipping it.
 */
export function moodsCheckedForAcknowledgement(rules: readonly Pick<Rule, 'id' | 'enabled' | 'when'>[]): Mood[] {
  return [...new Set(rules.filter((rule) => rule.enabled && UNACKNOWLEDGED_RULES.includes(rule.id)).flatMap((rule) => rule.when?.customerMood ?? []))];
}

// Same shape the rule schema enforces (lib/rules/schema.ts): lower-case words joined by "." or "-".
const ruleIdSchema = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/).max(100);
const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const countSchema = z.number().int().nonnegative();

export const draftOutcomeSchema = z.strictObject({
  /** The agent's local calendar day, `YYYY-MM-DD`: no time of day is kept. */
  day: daySchema,
  helpdesk: z.enum(ADAPTER_IDS),
  /** How many findings of each category the final draft still had. */
  findings: z.strictObject(Object.fromEntries(CATEGORIES.map((category) => [category, countSchema])) as Record<Category, typeof countSchema>),
  /** Each rule that fired at least once, sorted. */
  ruleIds: z.array(ruleIdSchema),
  nameKnown: z.boolean(),
  /** Only meaningful when `nameKnown`: false otherwise. */
  nameUsed: z.boolean(),
  /** Upset in a way the rule set checks a reply to acknowledge (`moodsCheckedForAcknowledgement`). */
  customerUpset: z.boolean(),
  /** Only meaningful when `customerUpset`: false otherwise. */
  acknowledged: z.boolean(),
  /** Flesch–Kincaid grade, one decimal; null when the engine had nothing to grade. */
  readingGrade: z.number().nullable(),
  words: countSchema,
});
export type DraftOutcome = z.infer<typeof draftOutcomeSchema>;

export interface DraftOutcomeContext {
  helpdesk: AdapterId;
  /** The helpdesk showed the customer's name, so the reply could have used it. */
  customerNameKnown: boolean;
  /** When the draft was finished; only its local day is kept. */
  at: Date;
  /** The customer moods the rule set checks replies to acknowledge (`moodsCheckedForAcknowledgement`). */
  moodsChecked: readonly Mood[];
}

/** The private record of a finished draft, from the engine's analysis of its final text. */
export function draftOutcome(analysis: AnalysisResult, { helpdesk, customerNameKnown, at, moodsChecked }: DraftOutcomeContext): DraftOutcome {
  const findings = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  const ruleIds = new Set<string>();
  for (const finding of analysis.findings) {
    findings[finding.category] += 1;
    // A team's own rule with an id outside the rule schema's shape is left out rather than stored as-is.
    if (ruleIdSchema.safeParse(finding.ruleId).success) ruleIds.add(finding.ruleId);
  }
  const customerUpset = analysis.listening?.mood?.states.some((state) => moodsChecked.includes(state)) ?? false;
  const grade = analysis.stats?.readingGrade;
  return {
    day: localDay(at),
    helpdesk,
    findings,
    ruleIds: [...ruleIds].sort(),
    nameKnown: customerNameKnown,
    nameUsed: customerNameKnown && !ruleIds.has(NAME_UNUSED_RULE) && !ruleIds.has(FORM_LETTER_GREETING_RULE),
    customerUpset,
    acknowledged: customerUpset && !UNACKNOWLEDGED_RULES.some((ruleId) => ruleIds.has(ruleId)),
    readingGrade: grade === undefined || !Number.isFinite(grade) ? null : Math.round(grade * 10) / 10,
    words: analysis.stats?.words ?? 0,
  };
}

/** `YYYY-MM-DD` in the agent's own time zone: "Monday" should mean the Monday they worked. */
export function localDay(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
