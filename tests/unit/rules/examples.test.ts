// Every rule of the default pack carries its own test table (`examples.flagged` / `examples.accepted`);
// this one generic test runs them all. Each example is analyzed with the whole pack, as the
// extension would, so an example only passes if the rule behaves as promised next to its neighbours.
import { describe, expect, it } from 'vitest';
import { type AnalysisInput, analyze } from '../../../lib/engine';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import type { Example } from '../../../lib/rules/schema';

const inputOf = (example: Example): AnalysisInput => (typeof example === 'string' ? { draft: example } : example);

/** A short, one-line label for the test name: the draft, plus which context it carries. */
function label(example: Example): string {
  const { draft, ...context } = inputOf(example);
  const oneLine = draft.replace(/\s+/g, ' ').trim();
  const shown = oneLine.length > 70 ? `${oneLine.slice(0, 67)}…` : oneLine;
  const extras = Object.keys(context).filter((key) => context[key as keyof typeof context] !== undefined);
  return extras.length > 0 ? `"${shown}" (with ${extras.join(', ')})` : `"${shown}"`;
}

const rules = defaultRuleSet().rules;

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s examples', (ruleId, rule) => {
  const flagged = (rule.examples?.flagged ?? []).map((example, index) => [index + 1, label(example), example] as const);
  const accepted = (rule.examples?.accepted ?? []).map((example, index) => [index + 1, label(example), example] as const);

  it.skipIf(flagged.length === 0).each(flagged)(`${ruleId} flags example %i: %s`, (_index, _label, example) => {
    const findings = analyze(inputOf(example)).findings;
    const ids = findings.map((finding) => finding.ruleId);
    expect(ids, `${ruleId} did not fire; the pack found: ${ids.join(', ') || 'nothing'}`).toContain(ruleId);
    for (const finding of findings.filter((candidate) => candidate.ruleId === ruleId)) {
      expect(finding.end, 'a finding points at a range of the draft').toBeGreaterThanOrEqual(finding.start);
      expect(finding.end).toBeLessThanOrEqual(inputOf(example).draft.length);
    }
  });

  it.skipIf(accepted.length === 0).each(accepted)(`${ruleId} accepts example %i: %s`, (_index, _label, example) => {
    const draft = inputOf(example).draft;
    const own = analyze(inputOf(example)).findings.filter((finding) => finding.ruleId === ruleId);
    const where = own.map((finding) => `"${draft.slice(finding.start, finding.end)}" (${finding.message})`).join('; ');
    expect(own, `${ruleId} fired on an accepted example at ${where}`).toHaveLength(0);
  });
});
