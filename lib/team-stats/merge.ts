import { CATEGORIES, type Category } from '../rules/vocabulary';
import { addWeeks, isoWeekOf } from '../self-assessment/iso-week';
import { statsRows } from '../settings/rule-stats-table';
import type { TeamStatsFile } from './schema';

export interface TeamRuleRow {
  ruleId: string;
  fired: number;
  fixed: number;
  dismissed: number;
  /** Dismissed ÷ fired (0..1), as the options page's own statistics count it; null when it never fired. */
  dismissRate: number | null;
  /** How many of the agents muted it. */
  mutedBy: number;
}

export interface TeamWeekRow {
  /** ISO week id, "2025-W07". */
  week: string;
  /** Its Monday, YYYY-MM-DD. */
  monday: string;
  replies: number;
  /** Agents whose file has this week. */
  agents: number;
  withFindings: Record<Category, number>;
  findings: Record<Category, number>;
}

export interface CategoryTrend {
  category: Category;
  /** Share of replies with a finding of this category in the first and last week shown (0..1). */
  from: number;
  to: number;
  /** to − from: below zero, fewer replies go out with such a finding. */
  change: number;
}

export interface MergedTeamStats {
  agents: number;
  exportedOn: { first: string; last: string };
  /** Noisiest first: most dismissed, then by dismiss rate. */
  rules: TeamRuleRow[];
  /** Oldest first, every week from the first to the last (weeks with no replies included, with zeros). */
  weeks: TeamWeekRow[];
  /** Over the weeks a report shows (the last `TREND_WEEKS` with replies). */
  trends: CategoryTrend[];
}

/** How many weeks the trend compares: two months reads at a glance, and older weeks are in the table. */
export const TREND_WEEKS = 8;

/** Adds up several agents' files: counts are summed, muting is counted per agent. */
export function mergeTeamStats(files: readonly TeamStatsFile[]): MergedTeamStats {
  const counts: Record<string, { fired: number; fixed: number; dismissed: number }> = {};
  const mutedBy = new Map<string, number>();
  const weeks = new Map<string, TeamWeekRow>();
  for (const file of files) {
    for (const rule of file.rules) {
      const total = (counts[rule.ruleId] ??= { fired: 0, fixed: 0, dismissed: 0 });
      total.fired += rule.fired;
      total.fixed += rule.fixed;
      total.dismissed += rule.dismissed;
      if (rule.muted) mutedBy.set(rule.ruleId, (mutedBy.get(rule.ruleId) ?? 0) + 1);
    }
    for (const week of file.weeks) {
      const row = weeks.get(week.week) ?? emptyWeek(week.week, isoMonday(week.week));
      row.replies += week.replies;
      row.agents += 1;
      for (const category of CATEGORIES) {
        row.withFindings[category] += week.withFindings[category];
        row.findings[category] += week.findings[category];
      }
      weeks.set(week.week, row);
    }
  }
  const rules = statsRows(counts)
    .map((row) => ({ ...row, mutedBy: mutedBy.get(row.ruleId) ?? 0 }))
    .sort((a, b) => b.dismissed - a.dismissed || (b.dismissRate ?? -1) - (a.dismissRate ?? -1) || a.ruleId.localeCompare(b.ruleId));
  const days = files.map((file) => file.exportedOn).sort();
  const weekRows = fillGaps([...weeks.values()].sort((a, b) => a.monday.localeCompare(b.monday)));
  return { agents: files.length, exportedOn: { first: days[0] ?? '', last: days.at(-1) ?? '' }, rules, weeks: weekRows, trends: trendsOf(weekRows) };
}

/** The share of a week's replies that had a finding of the category; null for a week without replies. */
export function shareOf(week: TeamWeekRow, category: Category): number | null {
  return week.replies === 0 ? null : week.withFindings[category] / week.replies;
}

/** The weeks a chart shows: the last `TREND_WEEKS`, from the first with replies. */
export function shownWeeks(weeks: readonly TeamWeekRow[]): TeamWeekRow[] {
  return weeks.slice(-TREND_WEEKS);
}

function trendsOf(weeks: readonly TeamWeekRow[]): CategoryTrend[] {
  const withReplies = shownWeeks(weeks).filter((week) => week.replies > 0);
  const first = withReplies[0];
  const last = withReplies.at(-1);
  if (!first || !last || first === last) return [];
  return CATEGORIES.map((category) => {
    const from = shareOf(first, category)!;
    const to = shareOf(last, category)!;
    return { category, from, to, change: to - from };
  });
}

function emptyWeek(week: string, monday: string): TeamWeekRow {
  const zeros = () => Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  return { week, monday, replies: 0, agents: 0, withFindings: zeros(), findings: zeros() };
}

/** Weeks nobody recorded anything still take their place, so a chart's spacing is time. */
function fillGaps(weeks: TeamWeekRow[]): TeamWeekRow[] {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return [];
  const byMonday = new Map(weeks.map((week) => [week.monday, week]));
  const result: TeamWeekRow[] = [];
  for (let monday = first.monday; monday <= last.monday; monday = addWeeks(monday, 1)) {
    result.push(byMonday.get(monday) ?? emptyWeek(isoWeekOf(monday).id, monday));
  }
  return result;
}

/** The Monday of an ISO week id: week 1 holds January 4th. */
function isoMonday(week: string): string {
  const [year, number] = week.split('-W').map(Number) as [number, number];
  const january4 = `${year}-01-04`;
  return addWeeks(isoWeekOf(january4).monday, number - 1);
}
