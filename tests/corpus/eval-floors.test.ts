// The evaluation floors (tests/eval/floors.yaml): a rule that is on by default, a severity, recall or the
// share of replies with a wrong finding sliding under its floor fails here, naming its figure, its floor
// and where to look. A default-on rule with enough judged findings and no floor fails too, and so does a
// floor whose rule is gone. Our email tickets are in the repo and always checked; the whole set (the
// corpus sample with them) needs ../shared/corpus and is skipped without it.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../lib/rules/default-pack';
import { loadEvaluationSet } from '../eval/evaluation-set';
import { checkTitle, type FloorCheck, type FloorReports, type FloorSet, floorChecks, floorProblem, measureFloorSets, readFloors } from '../eval/floors';
import { scoreCases } from '../eval/run-eval';
import { CORPUS_DIR, corpusAvailable } from './corpus';

/** Scoring the whole set takes a few seconds; more on a loaded machine. */
const SCORING_TIMEOUT_MS = 60_000;

const floors = readFloors();
const rules = defaultRuleSet().rules;
const available = corpusAvailable();
if (!available) console.warn(`${CORPUS_DIR} not found (../shared is missing): checking the evaluation floors of our email tickets only.`);

let measured: FloorReports | undefined;

/** The set scored once for this file: every row reads the same reports. */
function reports(): FloorReports {
  if (!measured) {
    const { cases, corpusSkipped } = loadEvaluationSet();
    measured = measureFloorSets(scoreCases(cases), corpusSkipped === undefined);
  }
  return measured;
}

/** One test per row of the table, titled in full (it.each would cut a rule's floor off the title). */
function testEachFloor(set: FloorSet): void {
  for (const check of floorChecks(floors, rules, set)) it(checkTitle(check, floors), () => holdsItsFloor(check));
}

function holdsItsFloor(check: FloorCheck): void {
  const report = reports()[check.set]?.[check.part];
  if (!report) throw new Error(`the ${check.set} set was not scored`);
  const problem = floorProblem(check, floors, rules, report);
  if (problem) expect.fail(problem);
}

describe('evaluation floors: our email tickets', () => {
  beforeAll(() => void reports(), SCORING_TIMEOUT_MS);
  testEachFloor('email');
});

describe.skipIf(!available)(available ? 'evaluation floors: the whole set (corpus sample and email tickets)' : 'evaluation floors of the whole set: ../shared not found: skipping', () => {
  beforeAll(() => void reports(), SCORING_TIMEOUT_MS);
  testEachFloor('whole');
});
