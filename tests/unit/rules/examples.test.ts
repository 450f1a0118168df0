// Every rule of the default pack carries its own test table (`examples.flagged` / `examples.accepted`);
// this one generic test runs them all, through the same runner as `npm run rules -- test` and the
// options page. Each example is analyzed with the whole pack, as the extension would, so an example
// only passes if the rule behaves as promised next to its neighbours.
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../../../lib/engine';
import { describeExample, inputOf, runExample } from '../../../lib/rule-testing/run-examples';
import { defaultRuleSet } from '../../../lib/rules/default-pack';

// Every rule switched on, the ones that ship off by default too: a lead who switches one on gets what its examples promise.
const rules = defaultRuleSet().rules;
const pack = compileRuleSet({ ...defaultRuleSet(), rules: rules.map((rule) => ({ ...rule, enabled: true, checklistOnly: false })) });

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s examples', (ruleId, rule) => {
  const flagged = (rule.examples?.flagged ?? []).map((example, index) => [index + 1, describeExample(example), example] as const);
  const accepted = (rule.examples?.accepted ?? []).map((example, index) => [index + 1, describeExample(example), example] as const);

  it.skipIf(flagged.length === 0).each(flagged)(`${ruleId} flags example %i: %s`, (_index, _label, example) => {
    const outcome = runExample(pack, ruleId, 'flagged', example);
    expect(outcome.passed, `${ruleId} ${outcome.problem}`).toBe(true);
    for (const finding of outcome.findings) {
      expect(finding.end, 'a finding points at a range of the draft').toBeGreaterThanOrEqual(finding.start);
      expect(finding.end).toBeLessThanOrEqual(inputOf(example).draft.length);
    }
  });

  it.skipIf(accepted.length === 0).each(accepted)(`${ruleId} accepts example %i: %s`, (_index, _label, example) => {
    const outcome = runExample(pack, ruleId, 'accepted', example);
    expect(outcome.passed, `${ruleId} ${outcome.problem} on an accepted example`).toBe(true);
  });
});
