// The floor check itself, on made-up figures: what fails, what passes, and what a failure tells the
// person who has to fix it. The real floors are checked in tests/corpus/eval-floors.test.ts.
import { describe, expect, it } from 'vitest';
import { type FloorCheck, type Floors, floorChecks, floorProblem, type PackRule, proposedFloor, readFloors } from '../../../tests/eval/floors';
import type { EvaluationReport, Tally } from '../../../tests/eval/score';

const rules: PackRule[] = [
  { id: 'tone.blame', enabled: true, checklistOnly: false },
  { id: 'clarity.reading-grade', enabled: false, checklistOnly: false },
  { id: 'follow-up.unanswered-question', enabled: true, checklistOnly: true },
];

const floors: Floors = readFloors(`
minJudgedFindings: 8
sets:
  email:
    tune: { maxRepliesWithWrongFinding: 10, minRecall: 40, minPrecision: { severity: { warning: 75 }, rule: { tone.blame: 80 } } }
    holdout: { maxRepliesWithWrongFinding: 10, minRecall: 40, minPrecision: { rule: { tone.blame: 80, tone.gone: 50, clarity.reading-grade: 50 } } }
  whole:
    tune: { maxRepliesWithWrongFinding: 10, minRecall: 40, minPrecision: {} }
    holdout: { maxRepliesWithWrongFinding: 10, minRecall: 40, minPrecision: {} }
`);

function tally(right: number, wrong: number): Tally & { category: 'tone'; severity: 'warning' } {
  const judged = right + wrong;
  return { findings: judged, right, wrong, ...(judged ? { precision: right / judged } : {}), category: 'tone', severity: 'warning' };
}

/** A report with 100 replies, 5 with a wrong finding, half the 20 problems found, and these rule tallies. */
function reportWith(byRule: Record<string, ReturnType<typeof tally>>, overrides: Partial<EvaluationReport> = {}): EvaluationReport {
  const warning = Object.values(byRule).reduce((sum, entry) => tally(sum.right + entry.right, sum.wrong + entry.wrong), tally(0, 0));
  return {
    pairs: 100,
    findings: warning.findings,
    findingsPerReply: warning.findings / 100,
    repliesWithWrongFinding: 0.05,
    repliesWithRightFinding: 0.1,
    bySeverity: { info: tally(0, 0), warning, error: tally(0, 0) },
    byCategory: {} as EvaluationReport['byCategory'],
    byRule,
    recall: { problems: 20, found: 10, recall: 0.5 },
    checklist: { shown: { problems: 0, found: 0 }, openOnOk: { pairs: 0, open: 0 } },
    ...overrides,
  };
}

const blame = (part: 'tune' | 'holdout'): FloorCheck => ({ kind: 'rule', set: 'email', part, ruleId: 'tone.blame' });

describe('floorProblem', () => {
  it.each([
    { case: 'at its floor', check: blame('tune'), report: reportWith({ 'tone.blame': tally(8, 2) }), says: undefined },
    {
      case: 'under its floor: the rule, its figure, its floor and the command that lists its wrong findings',
      check: blame('tune'),
      report: reportWith({ 'tone.blame': tally(7, 3) }),
      says: 'tone.blame on the tuned part of our email tickets: precision 70.0 % (7 right, 3 wrong), under its floor of 80 % (sets.email.tune.minPrecision.rule). Its wrong findings: `npm run eval -- --show wrong --rule tone.blame`.',
    },
    {
      case: 'under its floor on the held-out part: look in the tuned part, never at the held-out findings',
      check: blame('holdout'),
      report: reportWith({ 'tone.blame': tally(7, 3) }),
      says: /never tuned against: look for the cause in the tuned part's wrong findings \(`npm run eval -- --show wrong --rule tone\.blame`\)/,
    },
    {
      case: 'a floor with too few judged findings left to check it',
      check: blame('tune'),
      report: reportWith({ 'tone.blame': tally(5, 0) }),
      says: /only 5 judged findings today \(fewer than 8\), so the floor checks nothing/,
    },
    {
      case: 'a floor for a rule the pack no longer has',
      check: { kind: 'rule', set: 'email', part: 'holdout', ruleId: 'tone.gone' },
      report: reportWith({}),
      says: /gives tone\.gone a floor \(sets\.email\.holdout\.minPrecision\.rule\), but the pack \(rules\/\*\.yaml\) has no such rule/,
    },
    {
      case: 'a floor for a rule that is off by default',
      check: { kind: 'rule', set: 'email', part: 'holdout', ruleId: 'clarity.reading-grade' },
      report: reportWith({}),
      says: /clarity\.reading-grade a floor .* no longer shows findings by default/,
    },
    {
      case: 'a default-on rule with enough judged findings and no floor: the entry to add',
      check: { kind: 'rule', set: 'whole', part: 'tune', ruleId: 'tone.blame' },
      report: reportWith({ 'tone.blame': tally(9, 1) }),
      says: /tone\.blame on the tuned part of the whole set: 10 judged findings, precision 90\.0 % \(9 right, 1 wrong\), and no floor\. Add `tone\.blame: 81`/,
    },
    { case: 'no floor while too few findings are judged', check: { kind: 'rule', set: 'whole', part: 'tune', ruleId: 'tone.blame' }, report: reportWith({ 'tone.blame': tally(7, 0) }), says: undefined },
    {
      case: 'a severity under its floor',
      check: { kind: 'severity', set: 'email', part: 'tune', severity: 'warning' },
      report: reportWith({ 'tone.blame': tally(14, 6) }),
      says: /^Warning findings on the tuned part of our email tickets: precision 70\.0 % \(14 right, 6 wrong\), under its floor of 75 %/,
    },
    {
      case: 'more replies with a wrong finding than the ceiling',
      check: { kind: 'wrong-share', set: 'email', part: 'tune' },
      report: reportWith({}, { repliesWithWrongFinding: 0.11 }),
      says: /^Replies with a wrong finding on the tuned part of our email tickets: 11\.0 % \(11 of 100 replies\), over the ceiling of 10 %/,
    },
    { case: 'replies with a wrong finding at the ceiling', check: { kind: 'wrong-share', set: 'email', part: 'tune' }, report: reportWith({}, { repliesWithWrongFinding: 0.1 }), says: undefined },
    {
      case: 'recall under its floor',
      check: { kind: 'recall', set: 'email', part: 'tune' },
      report: reportWith({}, { recall: { problems: 20, found: 7, recall: 0.35 } }),
      says: /^Recall on the tuned part of our email tickets: 35\.0 % \(7 of 20 problems\), under its floor of 40 %/,
    },
  ] as const)('$case', ({ check, report, says }) => {
    const problem = floorProblem(check, floors, rules, report);
    if (says === undefined) expect(problem).toBeUndefined();
    else if (typeof says === 'string') expect(problem).toBe(says);
    else expect(problem).toMatch(says);
  });
});

describe('proposedFloor: the looser of 5 points under today and one more wrong finding', () => {
  it.each([
    { right: 43, wrong: 6, floor: 82 }, // 87.8 %: 5 points under is looser than 43 of 50
    { right: 14, wrong: 0, floor: 93 }, // 100 %: 14 of 15 is looser than 95
    { right: 3, wrong: 5, floor: 32 }, // 37.5 %
    { right: 7, wrong: 0, floor: undefined }, // too few judged
  ])('$right right, $wrong wrong → $floor', ({ right, wrong, floor }) => {
    expect(proposedFloor(blame('tune'), reportWith({ 'tone.blame': tally(right, wrong) }), 8)).toBe(floor);
  });

  it('the ceiling on replies with a wrong finding: 2 points over today, or one more reply', () => {
    expect(proposedFloor({ kind: 'wrong-share', set: 'whole', part: 'tune' }, reportWith({}, { pairs: 501, repliesWithWrongFinding: 14 / 501 }), 8)).toBe(5);
    expect(proposedFloor({ kind: 'wrong-share', set: 'email', part: 'holdout' }, reportWith({}, { pairs: 28, repliesWithWrongFinding: 1 / 28 }), 8)).toBe(8);
  });
});

describe('floorChecks', () => {
  it('has a row for every rule that finds by default and every rule with a floor, never for a rule that is off without one', () => {
    const rows = floorChecks(floors, rules, 'email').filter((check) => check.kind === 'rule');
    expect(rows.map((check) => `${check.part} ${check.ruleId}`)).toEqual(['tune tone.blame', 'holdout clarity.reading-grade', 'holdout tone.blame', 'holdout tone.gone']);
  });
});

describe('readFloors', () => {
  it.each([
    ['a floor over 100 %', 'minJudgedFindings: 8\nsets: { email: { tune: { maxRepliesWithWrongFinding: 10, minRecall: 140, minPrecision: {} } } }', /minRecall/],
    ['an unknown key', 'minJudgedFindings: 8\nminPrecison: {}\nsets: {}', /minPrecison/],
  ])('rejects %s with the file and the path', (_case, text, path) => {
    expect(() => readFloors(text)).toThrow(/tests\/eval\/floors\.yaml is not a valid floors file/);
    expect(() => readFloors(text)).toThrow(path);
  });
});
