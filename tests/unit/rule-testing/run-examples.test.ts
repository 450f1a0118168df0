import { describe, expect, it } from 'vitest';
import { describeExample, runRuleSetExamples } from '../../../lib/rule-testing/run-examples';
import { RuleSet } from '../../../lib/rules/schema';
import { ruleSetOf } from '../engine/rule-set-helpers';

const sorry = { kind: 'phrase', phrases: ['so sorry'] };

describe("running a rule set's examples", () => {
  it('passes a flagged example the rule fires on and an accepted one it leaves alone', () => {
    const report = runRuleSetExamples(ruleSetOf({ ...sorry, examples: { flagged: ['I am so sorry.'], accepted: ['I am sorry.'] } }));
    expect(report).toMatchObject({ passed: 2, failed: 0 });
  });

  it('fails a flagged example the rule does not fire on, saying what the set found instead', () => {
    const report = runRuleSetExamples(ruleSetOf({ ...sorry, examples: { flagged: ['Apologies for the wait.'] } }, { kind: 'phrase', phrases: ['apologies'] }));
    expect(report.failed).toBe(1);
    expect(report.outcomes[0]).toMatchObject({ ruleId: 'test.rule-0', expectation: 'flagged', index: 0, passed: false, problem: 'was not flagged (the set found: test.rule-1)' });
  });

  it('fails an accepted example the rule fires on, quoting the words it fired at', () => {
    const report = runRuleSetExamples(ruleSetOf({ ...sorry, examples: { accepted: ['Fine.', 'We are SO SORRY about it.'] } }));
    expect(report.outcomes.map((outcome) => outcome.passed)).toEqual([true, false]);
    expect(report.outcomes[1]).toMatchObject({ expectation: 'accepted', index: 1, problem: 'was flagged at "SO SORRY"' });
  });

  it('gives an example its context (a requirement on the customer message)', () => {
    const empathy = {
      kind: 'requirement',
      phrases: ['I understand'],
      when: { customerMentions: { phrases: ['angry'] } },
      examples: { flagged: [{ draft: 'Your order ships Monday.', customerMessage: 'I am angry!' }], accepted: ['Your order ships Monday.'] },
    };
    expect(runRuleSetExamples(ruleSetOf(empathy))).toMatchObject({ passed: 2, failed: 0 });
  });

  it('skips the examples of a disabled rule and names rules that have none', () => {
    const report = runRuleSetExamples(ruleSetOf({ ...sorry, enabled: false, examples: { flagged: ['nothing here'] } }, { kind: 'phrase', phrases: ['oops'] }));
    expect(report).toMatchObject({ passed: 0, failed: 0, skippedRules: ['test.rule-0'], rulesWithoutExamples: ['test.rule-1'] });
  });

  it('runs the pack with a set that extends it, overrides and replacements applied', () => {
    const set = RuleSet.parse({
      schemaVersion: 1,
      name: 'team',
      extends: 'default',
      overrides: { 'tone.blame': { enabled: false } },
      rules: [{ id: 'clarity.vague-time', kind: 'phrase', category: 'clarity', message: 'm', explanation: 'e', phrases: ['shortly'], examples: { flagged: ['It ships soon.'] } }],
    });
    const report = runRuleSetExamples(set);
    expect(report.skippedRules).toContain('tone.blame');
    expect(report.outcomes.some((outcome) => outcome.ruleId === 'tone.blame')).toBe(false);
    // The replacement's own example, not the pack's: "soon" is no longer one of its phrases.
    expect(report.outcomes.filter((outcome) => outcome.ruleId === 'clarity.vague-time')).toEqual([expect.objectContaining({ passed: false })]);
    expect(report.outcomes.filter((outcome) => outcome.ruleId === 'tone.shouting').length).toBeGreaterThan(0);
  });

  it('labels an example on one line, with the context it carries', () => {
    expect(describeExample({ draft: 'Hi\n\nthere', customerMessage: 'x' })).toBe('"Hi there" (with customerMessage)');
    expect(describeExample('a'.repeat(100), 10)).toBe(`"${'a'.repeat(9)}…"`);
  });
});
