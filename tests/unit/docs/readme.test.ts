import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRuleSetExamples } from '../../../lib/rule-testing/run-examples';
import { loadRuleSet } from '../../../lib/rules/load';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

// The README is what a newcomer follows first: what it shows must keep working.
describe('README', () => {
  it('has a two-line quick start: one line runs the demo, one runs the tests', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'));
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)![1]!.trim().split('\n');
    expect(block).toHaveLength(2);
    expect(block[0]).toMatch(/^npm install && npm start\b/);
    expect(block[1]).toMatch(/^npm test\b/);
  });

  it("shows a team lead's rule file that loads and whose examples all pass", () => {
    const section = readme.slice(readme.indexOf('## Writing rules'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const loaded = loadRuleSet(yaml, 'yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const report = runRuleSetExamples(loaded.ruleSet);
    expect(report.failed).toBe(0);
    expect(report.passed).toBeGreaterThan(0);
  });

  it("shows a team's helpdesk selectors in a rule file that loads", () => {
    const section = readme.slice(readme.indexOf('### Reading your helpdesk'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const loaded = loadRuleSet(yaml, 'yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.ruleSet.helpdesks?.zendesk?.hosts).toEqual(['support.acme.com']);
  });
});
