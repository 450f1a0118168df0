import { CATEGORIES, type Category } from '../engine/types';
import { addWeeks, isoWeekOf } from './iso-week';
import type { DraftOutcome } from './outcome';

// What the self-assessment view shows, computed from the outcomes alone. Shares are fractions of
// drafts (0–1), and null where there is nothing to divide by, so the view can say "no data" rather
// than a misleading 0 %.

/** `count` of `of` drafts; `share` is null when `of` is 0. */
export interface Share {
  count: number;
  of: number;
  share: number | null;
}

export interface WeekTrend {
  /** ISO week, e.g. "2025-W02". */
  week: string;
  /** Its Monday, `YYYY-MM-DD`. */
  monday: string;
  drafts: number;
  /** Drafts that still had at least one finding. */
  withFindings: Share;
  /** Per category: drafts that still had a finding of that category. */
  categories: Record<Category, Share>;
}

export interface RuleFrequency {
  ruleId: string;
  /** Drafts in which the rule fired (a rule counts once per draft). */
  drafts: Share;
}

export interface SelfAssessmentSummary {
  drafts: number;
  withFindings: Share;
  /** In the order of `CATEGORIES`. */
  categories: { category: Category; withFindings: Share }[];
  /** Every week from the first recorded one to the last, quiet weeks included (with 0 drafts). */
  weeks: WeekTrend[];
  /** Every rule that fired, most frequent first; ties in rule id order. */
  topRules: RuleFrequency[];
  /** Among drafts where the customer's name was known: those that used it. */
  nameUse: Share;
  /** Among drafts to an upset customer: those that acknowledged how they felt. */
  empathyWhenUpset: Share;
  /** Mean Flesch–Kincaid grade of the drafts that had one, one decimal. */
  averageReadingGrade: number | null;
}

export function shareOf(count: number, of: number): Share {
  return { count, of, share: of === 0 ? null : count / of };
}

const hasFindings = (outcome: DraftOutcome) => CATEGORIES.some((category) => outcome.findings[category] > 0);

function categoryShares(outcomes: DraftOutcome[]): Record<Category, Share> {
  return Object.fromEntries(
    CATEGORIES.map((category) => [category, shareOf(outcomes.filter((outcome) => outcome.findings[category] > 0).length, outcomes.length)]),
  ) as Record<Category, Share>;
}

function weeklyTrend(outcomes: DraftOutcome[]): WeekTrend[] {
  const byMonday = new Map<string, DraftOutcome[]>();
  for (const outcome of outcomes) {
    const { monday } = isoWeekOf(outcome.day);
    byMonday.set(monday, [...(byMonday.get(monday) ?? []), outcome]);
  }
  const mondays = [...byMonday.keys()].sort();
  const first = mondays[0];
  const last = mondays.at(-1);
  if (first === undefined || last === undefined) return [];
  const weeks: WeekTrend[] = [];
  for (let monday = first; monday <= last; monday = addWeeks(monday, 1)) {
    const inWeek = byMonday.get(monday) ?? [];
    weeks.push({
      week: isoWeekOf(monday).id,
      monday,
      drafts: inWeek.length,
      withFindings: shareOf(inWeek.filter(hasFindings).length, inWeek.length),
      categories: categoryShares(inWeek),
    });
  }
  return weeks;
}

function ruleFrequencies(outcomes: DraftOutcome[]): RuleFrequency[] {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) for (const ruleId of new Set(outcome.ruleIds)) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  return [...counts]
    .sort(([idA, countA], [idB, countB]) => countB - countA || idA.localeCompare(idB))
    .map(([ruleId, count]) => ({ ruleId, drafts: shareOf(count, outcomes.length) }));
}

function averageGrade(outcomes: DraftOutcome[]): number | null {
  const grades = outcomes.flatMap((outcome) => (outcome.readingGrade === null ? [] : [outcome.readingGrade]));
  if (grades.length === 0) return null;
  return Math.round((grades.reduce((sum, grade) => sum + grade, 0) / grades.length) * 10) / 10;
}

export function summarize(outcomes: DraftOutcome[]): SelfAssessmentSummary {
  const byCategory = categoryShares(outcomes);
  const nameKnown = outcomes.filter((outcome) => outcome.nameKnown);
  const upset = outcomes.filter((outcome) => outcome.customerUpset);
  return {
    drafts: outcomes.length,
    withFindings: shareOf(outcomes.filter(hasFindings).length, outcomes.length),
    categories: CATEGORIES.map((category) => ({ category, withFindings: byCategory[category] })),
    weeks: weeklyTrend(outcomes),
    topRules: ruleFrequencies(outcomes),
    nameUse: shareOf(nameKnown.filter((outcome) => outcome.nameUsed).length, nameKnown.length),
    empathyWhenUpset: shareOf(upset.filter((outcome) => outcome.acknowledged).length, upset.length),
    averageReadingGrade: averageGrade(outcomes),
  };
}
