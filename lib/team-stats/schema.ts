import { z } from 'zod';
import { CATEGORIES, type Category } from '../rules/vocabulary';
import { ruleIdSchema } from '../rules/schema';

// The file an agent hands their team lead: counts, rule ids and dates, nothing else. Every object
// is strict and every string has a fixed shape (a rule id, an ISO week, a day), so a draft, a
// customer's words or a name has nowhere to go: a file carrying any free text is rejected.

export const TEAM_STATS_FORMAT = 'reply-coach-team-stats';
/** Bumped when the file's shape changes; a lead's copy reads older versions it knows. */
export const TEAM_STATS_VERSION = 1;

const count = z.int().min(0).max(1_000_000_000);
const day = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'expected a day, YYYY-MM-DD');
const isoWeek = z.string().regex(/^\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/, 'expected an ISO week, e.g. 2025-W07');
const perCategory = z.strictObject(Object.fromEntries(CATEGORIES.map((category) => [category, count])) as Record<Category, typeof count>);

export const RuleFigures = z.strictObject({
  ruleId: ruleIdSchema.max(100),
  /** How often it fired, was fixed, was dismissed in this agent's browser. */
  fired: count,
  fixed: count,
  dismissed: count,
  /** The agent chose "Don't show this again" for it. */
  muted: z.boolean(),
});
export type RuleFigures = z.infer<typeof RuleFigures>;

export const WeekFigures = z.strictObject({
  week: isoWeek,
  /** Replies the agent finished that week (their private history). */
  replies: count,
  /** Of those, how many still had a finding of each category when sent. */
  withFindings: perCategory,
  /** And how many findings of each category they had in all. */
  findings: perCategory,
});
export type WeekFigures = z.infer<typeof WeekFigures>;

export const TeamStatsFile = z
  .strictObject({
    format: z.literal(TEAM_STATS_FORMAT),
    version: z.literal(TEAM_STATS_VERSION),
    exportedOn: day,
    rules: z.array(RuleFigures).max(5_000),
    weeks: z.array(WeekFigures).max(1_000),
  })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.rules.forEach((rule, index) => {
      if (seen.has(rule.ruleId)) context.addIssue({ code: 'custom', path: ['rules', index, 'ruleId'], message: `"${rule.ruleId}" is listed twice` });
      seen.add(rule.ruleId);
    });
    const weeks = new Set<string>();
    file.weeks.forEach((week, index) => {
      if (weeks.has(week.week)) context.addIssue({ code: 'custom', path: ['weeks', index, 'week'], message: `${week.week} is listed twice` });
      weeks.add(week.week);
      for (const category of CATEGORIES) {
        if (week.withFindings[category] > week.replies) context.addIssue({ code: 'custom', path: ['weeks', index, 'withFindings', category], message: `more than the week's ${week.replies} replies` });
      }
    });
  });
export type TeamStatsFile = z.infer<typeof TeamStatsFile>;
