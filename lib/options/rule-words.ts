import { fillTemplate } from '../engine';
import type { ExampleOutcome } from '../rule-testing/run-examples';
import { inputOf } from '../rule-testing/run-examples';
import type { Rule } from '../rules/schema';

/** Words in place of a template's slots when no example shows them filled. */
const SAMPLE_VALUES: Record<string, string> = {
  match: '…',
  replacement: '…',
  count: '3',
  max: '2',
  value: '25',
  customerName: 'Maria',
  question: '“When will it arrive?”',
  need: 'the next step',
};

/**
 * A rule's message as an agent reads it in the panel: filled from the rule's first flagged example
 * when it ran (`"as I explained" can read as…`), else with sample words, never `{match}`.
 */
export function messageAsShown(rule: Pick<Rule, 'message'>, outcomes: readonly ExampleOutcome[] | undefined): string {
  const shown = outcomes?.find((outcome) => outcome.expectation === 'flagged' && outcome.findings.length > 0)?.findings[0]?.message;
  return shown ?? fillTemplate(rule.message, { ...SAMPLE_VALUES, max: 'max' in rule && typeof rule.max === 'number' ? rule.max : SAMPLE_VALUES.max! });
}

/** What went wrong with an example, in words a team lead can act on (no rule ids). */
export function exampleProblem(outcome: ExampleOutcome): string {
  if (outcome.passed) return '';
  if (outcome.expectation === 'flagged') return 'the rule did not flag it';
  const { draft } = inputOf(outcome.example);
  const words = outcome.findings.map((finding) => `“${draft.slice(finding.start, finding.end)}”`);
  return words.length > 0 ? `the rule flagged ${words.join(', ')}` : 'the rule flagged it';
}
