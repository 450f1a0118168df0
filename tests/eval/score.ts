// Scoring the engine against the hand labels, per ../shared/evaluation.md: a finding is right when a lead
// would want the reply reconsidered in its category at its severity, wrong when not, and not counted when
// the labellers split on it.
import { CATEGORIES, type Category, type Finding, type Severity } from '../../lib/engine/types';
import type { LabelledPair, Verdict } from './labels';

export type FindingVerdict = 'right' | 'wrong' | 'not-counted';

/** An info finding is a soft hint: right for `flag` and `hint`. A warning or error is right only for `flag`. */
export function judgeFinding(severity: Severity, label: Verdict): FindingVerdict {
  if (label === 'unsure') return 'not-counted';
  if (label === 'flag') return 'right';
  if (label === 'hint') return severity === 'info' ? 'right' : 'wrong';
  return 'wrong';
}

export interface ScoredPair {
  pair: LabelledPair;
  findings: { finding: Finding; verdict: FindingVerdict }[];
  /** The panel's *Before you send* checklist has an open item (a question not answered, a need not covered). */
  checklistOpen: boolean;
}

export function scorePair(pair: LabelledPair, findings: readonly Finding[], checklistOpen = false): ScoredPair {
  return { pair, findings: findings.map((finding) => ({ finding, verdict: judgeFinding(finding.severity, pair.labels[finding.category]) })), checklistOpen };
}

export interface Tally {
  findings: number;
  right: number;
  wrong: number;
  /** right / (right + wrong); undefined with nothing judged. */
  precision?: number;
}

export interface RecallTally {
  /** Pairs labelled `flag` in the category. */
  problems: number;
  /** Of those, pairs with at least one finding of the category. */
  found: number;
  recall?: number;
}

export interface EvaluationReport {
  pairs: number;
  findings: number;
  findingsPerReply: number;
  /** Share of replies with at least one wrong finding. */
  repliesWithWrongFinding: number;
  /** Share of replies with at least one right finding. */
  repliesWithRightFinding: number;
  bySeverity: Record<Severity, Tally>;
  byCategory: Record<Category, Tally & RecallTally>;
  byRule: Record<string, Tally & { category: Category; severity: Severity }>;
  recall: RecallTally;
  /**
   * Follow-up as the panel's checklist shows it, which is no finding and so not in `recall`: of the
   * pairs labelled `flag` for follow-up, those with an open checklist item; and of the pairs labelled
   * `ok`, those with one all the same (an item the agent has to tick for nothing).
   */
  checklist: { shown: RecallTally; openOnOk: { pairs: number; open: number; share?: number } };
}

export function report(scored: readonly ScoredPair[]): EvaluationReport {
  const bySeverity = { info: tally(), warning: tally(), error: tally() } as Record<Severity, Tally>;
  const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, { ...tally(), problems: 0, found: 0 }])) as EvaluationReport['byCategory'];
  const byRule: EvaluationReport['byRule'] = {};
  let withWrong = 0;
  let withRight = 0;
  let findings = 0;
  const recall: RecallTally = { problems: 0, found: 0 };
  const shown: RecallTally = { problems: 0, found: 0 };
  const openOnOk: EvaluationReport['checklist']['openOnOk'] = { pairs: 0, open: 0 };
  for (const { pair, findings: judged, checklistOpen } of scored) {
    if (pair.labels['follow-up'] === 'flag') {
      shown.problems++;
      if (checklistOpen) shown.found++;
    }
    if (pair.labels['follow-up'] === 'ok') {
      openOnOk.pairs++;
      if (checklistOpen) openOnOk.open++;
    }
    findings += judged.length;
    if (judged.some((entry) => entry.verdict === 'wrong')) withWrong++;
    if (judged.some((entry) => entry.verdict === 'right')) withRight++;
    for (const { finding, verdict } of judged) {
      add(bySeverity[finding.severity], verdict);
      add(byCategory[finding.category], verdict);
      byRule[finding.ruleId] ??= { ...tally(), category: finding.category, severity: finding.severity };
      add(byRule[finding.ruleId]!, verdict);
    }
    for (const category of CATEGORIES) {
      if (pair.labels[category] !== 'flag') continue;
      const found = judged.some((entry) => entry.finding.category === category);
      byCategory[category].problems++;
      recall.problems++;
      if (found) {
        byCategory[category].found++;
        recall.found++;
      }
    }
  }
  for (const entry of [...Object.values(bySeverity), ...Object.values(byCategory), ...Object.values(byRule)]) finish(entry);
  for (const entry of [...Object.values(byCategory), recall, shown]) if (entry.problems > 0) entry.recall = entry.found / entry.problems;
  if (openOnOk.pairs > 0) openOnOk.share = openOnOk.open / openOnOk.pairs;
  const pairs = scored.length;
  return {
    pairs,
    findings,
    findingsPerReply: pairs ? findings / pairs : 0,
    repliesWithWrongFinding: pairs ? withWrong / pairs : 0,
    repliesWithRightFinding: pairs ? withRight / pairs : 0,
    bySeverity,
    byCategory,
    byRule,
    recall,
    checklist: { shown, openOnOk },
  };
}

function tally(): Tally {
  return { findings: 0, right: 0, wrong: 0 };
}

function add(entry: Tally, verdict: FindingVerdict): void {
  entry.findings++;
  if (verdict === 'right') entry.right++;
  if (verdict === 'wrong') entry.wrong++;
}

function finish(entry: Tally): void {
  const judged = entry.right + entry.wrong;
  if (judged > 0) entry.precision = entry.right / judged;
}

export interface MissedProblem {
  id: string;
  category: Category;
  /** Each labeller's reason for the call, in their own words (never corpus text). */
  reasons: string[];
}

/**
 * The tuned part's labelled problems (`flag`) that no finding of their category speaks to: where recall is
 * lost, for whoever works on it. The held-out part is never listed, so nobody tunes against it.
 */
export function missedProblems(scored: readonly ScoredPair[], category?: Category): MissedProblem[] {
  const missed: MissedProblem[] = [];
  for (const { pair, findings } of scored) {
    if (pair.part !== 'tune') continue;
    for (const each of CATEGORIES) {
      if ((category && each !== category) || pair.labels[each] !== 'flag') continue;
      if (findings.some(({ finding }) => finding.category === each)) continue;
      missed.push({ id: pair.id, category: each, reasons: pair.byLabeller.flatMap((label) => label.why?.[each] ?? []) });
    }
  }
  return missed;
}
