// `npm run eval`: the engine's precision and recall on the hand-labelled evaluation set, per rule and
// per category, for the tuned part and the held-out part apart (../shared/evaluation.md).
//   npm run eval                 both parts, as text
//   npm run eval -- --json       the same as JSON
//   npm run eval -- --show wrong the tuned part's wrong findings with their pair ids (never the held-out part's)
//   npm run eval -- --show missed --category empathy
//                                the tuned part's labelled problems no finding speaks to, with the labellers' reasons
//   npm run eval -- --floors     each floor of tests/eval/floors.yaml beside today's figure and the floor it calls for
//   npm run eval -- --all-rules  every rule of the pack on, checklist-only ones as findings: the figures of the rules
//                                that ship off by default (combines with --json and --show)
//   npm run eval -- --round 3    only the corpus pairs labelled in round 3 (tests/eval/sample.ts): how a new batch,
//                                labelled blind, fares before any rule is tuned on it
import { parseArgs } from 'node:util';
import { analyze } from '../../lib/engine';
import { CATEGORIES, type Category, SEVERITIES } from '../../lib/engine/types';
import { defaultRuleSet } from '../../lib/rules/default-pack';
import { ruleSetFor } from '../../lib/rules/profiles';
import type { RuleSet } from '../../lib/rules/schema';
import { type EvaluationCase, loadEvaluationSet } from './evaluation-set';
import { describeFigure, FLOOR_SETS, floorChecks, floorOf, floorProblem, measureFloorSets, proposedFloor, readFloors } from './floors';
import { type EvaluationReport, type FindingVerdict, missedProblems, report, type ScoredPair, scorePair, type Tally } from './score';
import type { EvaluationPart } from './sample';

export function scoreCases(cases: readonly EvaluationCase[], pack: RuleSet = defaultRuleSet()): ScoredPair[] {
  return cases.map((entry) => {
    const { findings, listening } = analyze(entry.input, ruleSetFor(pack, { composer: entry.composer }));
    const checklistOpen = Boolean(listening?.questions.some((question) => !question.answered) || listening?.topics.some((topic) => topic.needs.some((need) => !need.covered)));
    return scorePair(entry, findings, checklistOpen);
  });
}

/** The default pack with every rule on and every checklist-only rule making findings. */
export function everyRuleOn(pack: RuleSet): RuleSet {
  return { ...pack, rules: pack.rules.map((rule) => ({ ...rule, enabled: true, checklistOnly: false })) };
}

export function evaluate(pack?: RuleSet, round?: number): { parts: Record<EvaluationPart, EvaluationReport>; scored: ScoredPair[]; corpusSkipped?: string } {
  const { cases: all, corpusSkipped } = loadEvaluationSet();
  const cases = round === undefined ? all : all.filter((entry) => entry.round === round);
  const scored = scoreCases(cases, pack);
  const part = (name: EvaluationPart) => report(scored.filter((entry) => entry.pair.part === name));
  return { parts: { tune: part('tune'), holdout: part('holdout') }, scored, ...(corpusSkipped ? { corpusSkipped } : {}) };
}

const pct = (share: number | undefined) => (share === undefined ? '   –  ' : `${(share * 100).toFixed(1).padStart(5)}%`);
const counts = (entry: Tally) => `${String(entry.right).padStart(3)} right ${String(entry.wrong).padStart(3)} wrong ${String(entry.findings - entry.right - entry.wrong).padStart(2)} split`;

function formatReport(title: string, result: EvaluationReport): string {
  const lines = [
    `${title}: ${result.pairs} replies, ${result.findings} findings (${result.findingsPerReply.toFixed(2)} per reply)`,
    `  replies with a wrong finding ${pct(result.repliesWithWrongFinding)}   with a right finding ${pct(result.repliesWithRightFinding)}   recall ${pct(result.recall.recall)} (${result.recall.found} of ${result.recall.problems} problems)`,
    `  follow-up in the Before you send checklist (no finding): shows ${pct(result.checklist.shown.recall)} (${result.checklist.shown.found} of ${result.checklist.shown.problems} problems); an open item on ${pct(result.checklist.openOnOk.share)} of replies with nothing open (${result.checklist.openOnOk.open} of ${result.checklist.openOnOk.pairs})`,
    '  by severity:',
    ...SEVERITIES.map((severity) => `    ${severity.padEnd(16)} precision ${pct(result.bySeverity[severity].precision)}  ${counts(result.bySeverity[severity])}`),
    '  by category:',
    ...CATEGORIES.map((category) => {
      const entry = result.byCategory[category];
      return `    ${category.padEnd(16)} precision ${pct(entry.precision)}  ${counts(entry)}   recall ${pct(entry.recall)} (${entry.found} of ${entry.problems})`;
    }),
    '  by rule:',
    ...Object.entries(result.byRule)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ruleId, entry]) => `    ${ruleId.padEnd(36)} ${entry.severity.padEnd(7)} precision ${pct(entry.precision)}  ${counts(entry)}`),
  ];
  return lines.join('\n');
}

function showFindings(scored: readonly ScoredPair[], wanted: FindingVerdict | 'all', rule: string | undefined): string {
  const lines: string[] = [];
  for (const { pair, findings } of scored) {
    if (pair.part !== 'tune') continue;
    for (const { finding, verdict } of findings) {
      if (wanted !== 'all' && verdict !== wanted) continue;
      if (rule && finding.ruleId !== rule) continue;
      lines.push(`${verdict.padEnd(11)} ${pair.id}  ${finding.ruleId}  [${pair.labels[finding.category]}]  ${finding.message}`);
    }
  }
  return lines.join('\n');
}

function showMissed(scored: readonly ScoredPair[], category: Category | undefined): string {
  const missed = missedProblems(scored, category);
  const lines = missed.map((problem) => `missed      ${problem.id}  ${problem.category}  ${problem.reasons.join(' | ') || '(no reason given)'}`);
  lines.push(`${missed.length} labelled problems on the tuned part with no finding of their category`);
  return lines.join('\n');
}

/** The ratchet's view: where each floor stands today, which fail, which are missing and which could rise. */
function showFloors(scored: readonly ScoredPair[], corpusLoaded: boolean): string {
  const floors = readFloors();
  const rules = defaultRuleSet().rules;
  const reports = measureFloorSets(scored, corpusLoaded);
  const lines = [
    `Floors of tests/eval/floors.yaml (precision where at least ${floors.minJudgedFindings} findings are judged)`,
    `  ${'set'.padEnd(6)} ${'part'.padEnd(8)} ${'what'.padEnd(34)} ${'today'.padEnd(30)} floor  less the margin`,
  ];
  for (const set of FLOOR_SETS) {
    const bySet = reports[set];
    if (!bySet) {
      lines.push(`  ${set}: not measured (../shared/corpus not found)`);
      continue;
    }
    for (const check of floorChecks(floors, rules, set)) {
      const measured = bySet[check.part];
      const floor = floorOf(check, floors);
      const proposal = proposedFloor(check, measured, floors.minJudgedFindings);
      const problem = floorProblem(check, floors, rules, measured);
      const stricter = check.kind === 'wrong-share' ? (a: number, b: number) => a < b : (a: number, b: number) => a > b;
      const status = problem ? 'FAILS' : floor !== undefined && proposal !== undefined && stricter(proposal, floor) ? 'could rise' : '';
      if (floor === undefined && proposal === undefined) continue;
      const what = check.kind === 'rule' ? check.ruleId : check.kind === 'severity' ? `${check.severity} findings` : check.kind === 'recall' ? 'recall' : 'replies with a wrong finding';
      lines.push(
        `  ${set.padEnd(6)} ${check.part.padEnd(8)} ${what.padEnd(34)} ${describeFigure(check, measured).padEnd(30)} ${String(floor ?? '–').padStart(5)}  ${String(proposal ?? '–').padStart(15)}  ${status}`.trimEnd(),
      );
    }
  }
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: { json: { type: 'boolean' }, show: { type: 'string' }, rule: { type: 'string' }, category: { type: 'string' }, floors: { type: 'boolean' }, 'all-rules': { type: 'boolean' }, round: { type: 'string' } },
  });
  if (values.floors && values['all-rules']) throw new Error('--floors holds the default pack to its floors: leave out --all-rules');
  const round = values.round === undefined ? undefined : Number(values.round);
  if (round !== undefined && !Number.isInteger(round)) throw new Error(`--round takes a round number (tests/eval/sample.ts), not "${values.round}"`);
  if (values.floors && round !== undefined) throw new Error('--floors holds the whole set to its floors: leave out --round');
  const result = evaluate(values['all-rules'] ? everyRuleOn(defaultRuleSet()) : undefined, round);
  if (result.corpusSkipped) console.error(`note: ${result.corpusSkipped}`);
  if (values.floors) {
    console.log(showFloors(result.scored, !result.corpusSkipped));
    return;
  }
  if (values.category !== undefined && !(CATEGORIES as readonly string[]).includes(values.category)) throw new Error(`--category takes one of ${CATEGORIES.join(', ')}, not "${values.category}"`);
  if (values.show === 'missed') {
    console.log(showMissed(result.scored, values.category as Category | undefined));
    return;
  }
  if (values.show) {
    const wanted = values.show as FindingVerdict | 'all';
    if (!['right', 'wrong', 'not-counted', 'all'].includes(wanted)) throw new Error('--show takes right, wrong, not-counted, all or missed');
    console.log(showFindings(result.scored, wanted, values.rule));
    return;
  }
  if (values.json) console.log(JSON.stringify(result.parts, null, 2));
  else {
    const sections = [formatReport('Tuned part', result.parts.tune), formatReport('Held-out part (never tuned against)', result.parts.holdout)];
    // A round lies in one part: the other one has nothing to say.
    console.log(sections.filter((_, index) => [result.parts.tune, result.parts.holdout][index]!.pairs > 0).join('\n\n'));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
