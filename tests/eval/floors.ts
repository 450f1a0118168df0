// The evaluation floors (tests/eval/floors.yaml): the least `npm run eval` may measure before
// tests/corpus/eval-floors.test.ts fails. A ratchet: a regression fails, an improvement lets a floor rise.
// What a floor is checked on, how it is judged and what it proposes live here, for the test and the CLI.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../../lib/engine/types';
import { ruleIdSchema, type Rule } from '../../lib/rules/schema';
import type { EvaluationPart } from './sample';
import { type EvaluationReport, report, type ScoredPair, type Tally } from './score';

export const FLOORS_FILE = 'tests/eval/floors.yaml';

/**
 * What a set of floors is measured on. `email` is our own email tickets, in the repo: checked in every
 * clone. `whole` is the corpus sample and the email tickets together: needs ../shared/corpus.
 */
export const FLOOR_SETS = ['email', 'whole'] as const;
export type FloorSet = (typeof FLOOR_SETS)[number];

const SET_NAMES: Record<FloorSet, string> = { email: 'our email tickets', whole: 'the whole set' };
const PART_NAMES: Record<EvaluationPart, string> = { tune: 'tuned part', holdout: 'held-out part' };

/** A share in percent, as a person reads it in `npm run eval`. */
const percent = z.number().min(0).max(100);

const partFloors = z.strictObject({
  /** The most replies (%) that may get at least one wrong finding. */
  maxRepliesWithWrongFinding: percent,
  /** The least share (%) of labelled problems that get a finding of their category. */
  minRecall: percent,
  /** The least precision (%) per severity and per default-on rule, where enough findings are judged. */
  minPrecision: z.strictObject({
    severity: z.partialRecord(z.enum(SEVERITIES), percent).default({}),
    rule: z.record(ruleIdSchema, percent).default({}),
  }),
});
export type PartFloors = z.infer<typeof partFloors>;

const setFloors = z.strictObject({ tune: partFloors, holdout: partFloors });

export const floorsFile = z.strictObject({
  /** Below this many judged findings (right or wrong) a precision is one flip from a different story: no floor. */
  minJudgedFindings: z.int().min(1),
  sets: z.strictObject({ email: setFloors, whole: setFloors }),
});
export type Floors = z.infer<typeof floorsFile>;

export function readFloors(text = readFileSync(new URL('./floors.yaml', import.meta.url), 'utf8')): Floors {
  const parsed = floorsFile.safeParse(parse(text));
  if (!parsed.success) throw new Error(`${FLOORS_FILE} is not a valid floors file:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** What the floors need to know of a pack rule. */
export type PackRule = Pick<Rule, 'id' | 'enabled' | 'checklistOnly'>;

/** A rule whose findings an agent sees without switching anything on: only these are held to a floor. */
export function findsByDefault(rule: PackRule): boolean {
  return rule.enabled && !rule.checklistOnly;
}

/** Each set's report per part; `whole` only when the corpus part of the set was loaded. */
export type FloorReports = Partial<Record<FloorSet, Record<EvaluationPart, EvaluationReport>>>;

export function measureFloorSets(scored: readonly ScoredPair[], corpusLoaded: boolean): FloorReports {
  const parts = (pairs: readonly ScoredPair[]) => ({
    tune: report(pairs.filter((entry) => entry.pair.part === 'tune')),
    holdout: report(pairs.filter((entry) => entry.pair.part === 'holdout')),
  });
  const email = parts(scored.filter((entry) => entry.pair.source === 'email'));
  return corpusLoaded ? { email, whole: parts(scored) } : { email };
}

/**
 * How far under today's figure a floor sits: the looser of five points and one more wrong finding
 * (for recall, one fewer problem found). Labellers often split on these calls, so a second opinion or
 * a small rework flips a finding or two either way; that is noise. Losing more is a regression. The
 * share of replies with a wrong finding is a share of hundreds of replies, where one reply is a
 * fraction of a point: its ceiling sits two points (or one more reply) over today's.
 */
export const MARGIN_POINTS = 5;
export const WRONG_SHARE_MARGIN_POINTS = 2;

export type FloorCheck =
  | { kind: 'rule'; set: FloorSet; part: EvaluationPart; ruleId: string }
  | { kind: 'severity'; set: FloorSet; part: EvaluationPart; severity: Severity }
  | { kind: 'wrong-share'; set: FloorSet; part: EvaluationPart }
  | { kind: 'recall'; set: FloorSet; part: EvaluationPart };

/**
 * Every check of one set: the replies with a wrong finding, recall, each severity, and each rule that
 * is on by default or has a floor (so a rule without a floor, or a floor without a rule, is a row too).
 */
export function floorChecks(floors: Floors, rules: readonly PackRule[], set: FloorSet): FloorCheck[] {
  return (['tune', 'holdout'] as const).flatMap((part): FloorCheck[] => {
    const floored = Object.keys(floors.sets[set][part].minPrecision.rule);
    const ruleIds = [...new Set([...rules.filter(findsByDefault).map((rule) => rule.id), ...floored])].sort();
    return [
      { kind: 'wrong-share', set, part },
      { kind: 'recall', set, part },
      ...SEVERITIES.map((severity) => ({ kind: 'severity' as const, set, part, severity })),
      ...ruleIds.map((ruleId) => ({ kind: 'rule' as const, set, part, ruleId })),
    ];
  });
}

/** The floor a check has in the file, if any. */
export function floorOf(check: FloorCheck, floors: Floors): number | undefined {
  const part = floors.sets[check.set][check.part];
  if (check.kind === 'wrong-share') return part.maxRepliesWithWrongFinding;
  if (check.kind === 'recall') return part.minRecall;
  if (check.kind === 'severity') return part.minPrecision.severity[check.severity];
  return part.minPrecision.rule[check.ruleId];
}

/** A test name: what is held to what. */
export function checkTitle(check: FloorCheck, floors: Floors): string {
  const floor = floorOf(check, floors);
  const where = `${check.part} ·`;
  if (check.kind === 'wrong-share') return `${where} replies with a wrong finding ≤ ${floor} %`;
  if (check.kind === 'recall') return `${where} recall ≥ ${floor} %`;
  const subject = check.kind === 'severity' ? `${check.severity} findings` : check.ruleId;
  return floor === undefined ? `${where} ${subject}: no floor while fewer than ${floors.minJudgedFindings} findings are judged` : `${where} ${subject}: precision ≥ ${floor} %`;
}

const judged = (tally: Tally) => tally.right + tally.wrong;
const shown = (share: number) => `${(share * 100).toFixed(1)} %`;
const downTo = (share: number) => Math.max(0, Math.floor(share * 100 + 1e-9));
const upTo = (share: number) => Math.min(100, Math.ceil(share * 100 - 1e-9));

function tallyOf(check: FloorCheck & { kind: 'rule' | 'severity' }, measured: EvaluationReport): Tally {
  if (check.kind === 'severity') return measured.bySeverity[check.severity];
  return measured.byRule[check.ruleId] ?? { findings: 0, right: 0, wrong: 0 };
}

/** Today's figure, as `npm run eval` would print it. */
export function describeFigure(check: FloorCheck, measured: EvaluationReport): string {
  if (check.kind === 'wrong-share') return `${shown(measured.repliesWithWrongFinding)} (${repliesWithWrong(measured)} of ${measured.pairs} replies)`;
  if (check.kind === 'recall') return `${measured.recall.recall === undefined ? '–' : shown(measured.recall.recall)} (${measured.recall.found} of ${measured.recall.problems} problems)`;
  const tally = tallyOf(check, measured);
  return `${tally.precision === undefined ? '–' : shown(tally.precision)} (${tally.right} right, ${tally.wrong} wrong)`;
}

function repliesWithWrong(measured: EvaluationReport): number {
  return Math.round(measured.repliesWithWrongFinding * measured.pairs);
}

/** The floor today's figure calls for (MARGIN_POINTS); undefined where too few findings are judged. */
export function proposedFloor(check: FloorCheck, measured: EvaluationReport, minJudgedFindings: number): number | undefined {
  if (check.kind === 'wrong-share') {
    const oneMore = (repliesWithWrong(measured) + 1) / Math.max(1, measured.pairs);
    return upTo(Math.max(measured.repliesWithWrongFinding + WRONG_SHARE_MARGIN_POINTS / 100, oneMore));
  }
  if (check.kind === 'recall') {
    const { found, problems, recall } = measured.recall;
    if (recall === undefined) return undefined;
    return downTo(Math.min(recall - MARGIN_POINTS / 100, (found - 1) / problems));
  }
  const tally = tallyOf(check, measured);
  if (judged(tally) < minJudgedFindings || tally.precision === undefined) return undefined;
  return downTo(Math.min(tally.precision - MARGIN_POINTS / 100, tally.right / (judged(tally) + 1)));
}

/** Where to look into a failure, as a sentence, without tuning against the held-out part (`--show` lists the tuned part only). */
function whereToLook(check: FloorCheck, show: 'wrong' | 'right'): string {
  const command = `\`npm run eval -- --show ${show}${check.kind === 'rule' ? ` --rule ${check.ruleId}` : ''}\``;
  const what = show === 'wrong' ? 'wrong findings' : 'right findings';
  if (check.part === 'tune') return `Its ${what}: ${command}.`;
  return `The held-out part is never tuned against: look for the cause in the tuned part's ${what} (${command}), or label more tuned pairs that show it.`;
}

/**
 * What is wrong with one check today, in words that name the rule, its figure, its floor and where to
 * look; undefined when it holds. `rules` is the default pack, the one source of rule ids.
 */
export function floorProblem(check: FloorCheck, floors: Floors, rules: readonly PackRule[], measured: EvaluationReport): string | undefined {
  const floor = floorOf(check, floors);
  const where = `the ${PART_NAMES[check.part]} of ${SET_NAMES[check.set]}`;
  const figure = describeFigure(check, measured);
  const key = `sets.${check.set}.${check.part}`;

  if (check.kind === 'wrong-share') {
    if (floor === undefined || measured.repliesWithWrongFinding * 100 <= floor + 1e-9) return undefined;
    return `Replies with a wrong finding on ${where}: ${figure}, over the ceiling of ${floor} % (${key}.maxRepliesWithWrongFinding). ${whereToLook(check, 'wrong')}`;
  }
  if (check.kind === 'recall') {
    if (floor === undefined || (measured.recall.recall ?? 0) * 100 >= floor - 1e-9) return undefined;
    return `Recall on ${where}: ${figure}, under its floor of ${floor} % (${key}.minRecall): some rule finds less than it did; \`npm run eval\` shows recall per category. ${whereToLook(check, 'right')}`;
  }

  const subject = check.kind === 'severity' ? `${check.severity[0]!.toUpperCase()}${check.severity.slice(1)} findings` : check.ruleId;
  const entry = check.kind === 'severity' ? `${key}.minPrecision.severity.${check.severity}` : `${key}.minPrecision.rule`;
  if (check.kind === 'rule') {
    const rule = rules.find((candidate) => candidate.id === check.ruleId);
    if (!rule) return `${FLOORS_FILE} gives ${check.ruleId} a floor (${entry}), but the pack (rules/*.yaml) has no such rule: remove the floor, or rename it with the rule.`;
    if (!findsByDefault(rule)) return `${FLOORS_FILE} gives ${check.ruleId} a floor (${entry}), but the rule no longer shows findings by default (enabled: false or checklistOnly): remove the floor.`;
  }
  const tally = tallyOf(check, measured);
  const count = judged(tally);
  if (floor === undefined) {
    if (count < floors.minJudgedFindings) return undefined;
    const proposal = proposedFloor(check, measured, floors.minJudgedFindings);
    return `${subject} on ${where}: ${count} judged findings, precision ${figure}, and no floor. Add \`${check.kind === 'rule' ? `${check.ruleId}: ${proposal}` : proposal}\` under ${entry} in ${FLOORS_FILE} (today's figure less the margin).`;
  }
  if (count < floors.minJudgedFindings) {
    return `${subject} on ${where}: a floor of ${floor} % but only ${count} judged findings today (fewer than ${floors.minJudgedFindings}), so the floor checks nothing. If it was made quieter on purpose, remove the floor (${entry}). If not: ${whereToLook(check, 'right')}`;
  }
  if ((tally.precision ?? 0) * 100 >= floor - 1e-9) return undefined;
  return `${subject} on ${where}: precision ${figure}, under its floor of ${floor} % (${entry}). ${whereToLook(check, 'wrong')}`;
}
