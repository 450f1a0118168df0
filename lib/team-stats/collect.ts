import { CATEGORIES, type Category } from '../rules/vocabulary';
import { ruleIdSchema } from '../rules/schema';
import type { DraftOutcome } from '../self-assessment/outcome';
import { isoWeekOf } from '../self-assessment/iso-week';
import type { RuleStats } from '../settings/rule-stats';
import { TEAM_STATS_FORMAT, TEAM_STATS_VERSION, TeamStatsFile, type WeekFigures } from './schema';

/** What this browser already counts: per-rule events, muted rules, and the private history of finished replies. */
export interface LocalFigures {
  stats: RuleStats;
  muted: readonly string[];
  outcomes: readonly DraftOutcome[];
  /** `YYYY-MM-DD`. */
  today: string;
}

const zeros = (): Record<Category, number> => Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;

/**
 * The agent's figures as the file for their team lead. Only ids of the rule-id shape are taken (a
 * stored key of another shape is left out rather than carried); the result is checked against the
 * same schema the lead's side reads with.
 */
export function teamStatsOf({ stats, muted, outcomes, today }: LocalFigures): TeamStatsFile {
  const ids = [...new Set([...Object.keys(stats), ...muted])].filter((id) => ruleIdSchema.max(100).safeParse(id).success).sort();
  const rules = ids.map((ruleId) => {
    const counts = stats[ruleId] ?? { fired: 0, fixed: 0, dismissed: 0 };
    return { ruleId, fired: counts.fired, fixed: counts.fixed, dismissed: counts.dismissed, muted: muted.includes(ruleId) };
  });
  const byWeek = new Map<string, WeekFigures>();
  for (const outcome of outcomes) {
    const { id } = isoWeekOf(outcome.day);
    let week = byWeek.get(id);
    if (!week) {
      week = { week: id, replies: 0, withFindings: zeros(), findings: zeros() };
      byWeek.set(id, week);
    }
    week.replies += 1;
    for (const category of CATEGORIES) {
      week.findings[category] += outcome.findings[category];
      if (outcome.findings[category] > 0) week.withFindings[category] += 1;
    }
  }
  const weeks = [...byWeek.values()].sort((a, b) => a.week.localeCompare(b.week));
  return TeamStatsFile.parse({ format: TEAM_STATS_FORMAT, version: TEAM_STATS_VERSION, exportedOn: today, rules, weeks });
}

/** Pretty-printed, so a lead (or the agent) can read exactly what is in it before sharing. */
export function teamStatsJson(file: TeamStatsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** e.g. "reply-coach-team-stats-2025-03-14.json". */
export function teamStatsFileName(day: string): string {
  return `reply-coach-team-stats-${day}.json`;
}
