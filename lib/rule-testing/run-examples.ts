// Runs a rule set's own test table: every rule's `examples.flagged` must make that rule fire, every
// `examples.accepted` must not. One module for the `rules test` CLI, the options page's badges and
// the pack's unit test, so "passes" means the same thing everywhere. It sits above lib/rules and
// lib/engine (it needs both), which is why it is not inside lib/rules.
import { type CompiledRuleSet, analyze, compileRuleSet } from '../engine';
import type { AnalysisInput, Finding } from '../engine/types';
import { effectiveRules } from '../rules/resolve';
import type { Example, RuleSet } from '../rules/schema';

export type Expectation = 'flagged' | 'accepted';

export interface ExampleOutcome {
  ruleId: string;
  expectation: Expectation;
  /** 0-based position in the rule's `examples.flagged` or `examples.accepted`. */
  index: number;
  example: Example;
  passed: boolean;
  /** This rule's findings on the example (empty when it did not fire). */
  findings: Finding[];
  /** Why it failed, in words a team lead can act on; empty when it passed. */
  problem: string;
}

export interface ExamplesReport {
  outcomes: ExampleOutcome[];
  passed: number;
  failed: number;
  /** Enabled rules that carry no example at all: nothing proves what they do. */
  rulesWithoutExamples: string[];
  /** Disabled and checklist-only rules: their examples are not run, since such a rule makes no finding. */
  skippedRules: string[];
}

export function inputOf(example: Example): AnalysisInput {
  if (typeof example === 'string') return { draft: example };
  const { at: _at, fixed: _fixed, ...input } = example;
  return input;
}

/** A short, one-line label: the draft, plus which context it carries. */
export function describeExample(example: Example, maxLength = 70): string {
  const { draft, ...context } = inputOf(example);
  const oneLine = draft.replace(/\s+/g, ' ').trim();
  const shown = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  const extras = Object.keys(context).filter((key) => context[key as keyof typeof context] !== undefined);
  return extras.length > 0 ? `"${shown}" (with ${extras.join(', ')})` : `"${shown}"`;
}

/**
 * Runs one example of one rule against the whole compiled set, as the extension would: an example
 * only passes if the rule behaves as promised next to its neighbours.
 */
export function runExample(set: CompiledRuleSet, ruleId: string, expectation: Expectation, example: Example, index = 0): ExampleOutcome {
  const input = inputOf(example);
  const all = analyze(input, set).findings;
  const own = all.filter((finding) => finding.ruleId === ruleId);
  const passed = expectation === 'flagged' ? own.length > 0 : own.length === 0;
  let problem = '';
  if (!passed && expectation === 'flagged') {
    const others = [...new Set(all.map((finding) => finding.ruleId))];
    problem = `was not flagged (the set found: ${others.join(', ') || 'nothing'})`;
  } else if (!passed) {
    problem = `was flagged at ${own.map((finding) => `"${input.draft.slice(finding.start, finding.end)}"`).join(', ')}`;
  } else if (expectation === 'flagged' && typeof example !== 'string') {
    problem = specificationProblem(example, own);
  }
  return { ruleId, expectation, index, example, passed: problem === '', findings: own, problem };
}

/** What a flagged example's `at` and `fixed` promise and the rule does not do; empty when it keeps its word. */
function specificationProblem(example: Exclude<Example, string>, findings: readonly Finding[]): string {
  const { draft } = example;
  if (example.at !== undefined) {
    const words = findings.map((finding) => draft.slice(finding.start, finding.end));
    const expected = Array.isArray(example.at) ? example.at : words.map(() => example.at as string);
    if (words.length !== expected.length || words.some((word, index) => word !== expected[index])) {
      return `was flagged at ${words.map((word) => `"${word}"`).join(', ')}, not at ${expected.map((word) => `"${word}"`).join(', ')}`;
    }
  }
  if (example.fixed !== undefined) {
    const withFix = findings.find((finding) => finding.suggestion);
    if (!withFix?.suggestion) return 'was flagged with no fix to apply';
    const after = draft.slice(0, withFix.start) + withFix.suggestion.replacement + draft.slice(withFix.end);
    if (after !== example.fixed) return `its fix gives ${JSON.stringify(after)}, not ${JSON.stringify(example.fixed)}`;
  }
  return '';
}

/**
 * Runs the examples of every enabled rule the set really runs (for `extends: default`, the pack's
 * rules too, with the set's overrides and replacements applied).
 */
export function runRuleSetExamples(ruleSet: RuleSet): ExamplesReport {
  const compiled = compileRuleSet(ruleSet);
  const outcomes: ExampleOutcome[] = [];
  const rulesWithoutExamples: string[] = [];
  const skippedRules: string[] = [];
  const enabled = new Set(compiled.rules.filter(({ rule }) => !rule.checklistOnly).map(({ rule }) => rule.id));
  // Every effective rule, disabled ones included: the compiled set keeps only the enabled ones.
  for (const rule of effectiveRules(ruleSet)) {
    if (!enabled.has(rule.id)) {
      skippedRules.push(rule.id);
      continue;
    }
    const flagged = rule.examples?.flagged ?? [];
    const accepted = rule.examples?.accepted ?? [];
    if (flagged.length + accepted.length === 0) rulesWithoutExamples.push(rule.id);
    flagged.forEach((example, index) => outcomes.push(runExample(compiled, rule.id, 'flagged', example, index)));
    accepted.forEach((example, index) => outcomes.push(runExample(compiled, rule.id, 'accepted', example, index)));
  }
  const failed = outcomes.filter((outcome) => !outcome.passed).length;
  return { outcomes, passed: outcomes.length - failed, failed, rulesWithoutExamples, skippedRules };
}
