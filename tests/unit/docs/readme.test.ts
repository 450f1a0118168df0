import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../../../lib/engine';
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

  it('links and names only files a clone has', () => {
    const root = new URL('../../../', import.meta.url);
    const linked = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/.test(target));
    // Paths in code spans, e.g. `lib/helpdesks/input-paths.ts` or `examples/late-refund/ticket.txt`.
    const named = [...readme.matchAll(/`((?:lib|components|entrypoints|examples|docs|rules|schema|scripts|demo|tests)\/[\w./-]+)`/g)].map((match) => match[1]!);
    expect(linked.length).toBeGreaterThan(3);
    for (const target of [...linked, ...named]) {
      expect(target.startsWith('..'), `${target} is outside the repository`).toBe(false);
      expect(existsSync(new URL(target, root)), `${target} exists`).toBe(true);
    }
  });

  it('says how many findings the first draft gets, as the engine counts them', () => {
    const example = (file: string) => readFileSync(new URL(`../../../examples/late-refund/${file}`, import.meta.url), 'utf8');
    const stated = /gets (\w+) findings/.exec(readme)![1]!;
    const numbers = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];
    const { findings } = analyze({ draft: example('draft.txt'), customerMessage: example('ticket.txt'), customerName: 'Dana Whitfield', subject: 'Refund for order #48213 STILL not here' });
    expect(numbers[findings.length]).toBe(stated);
  });

  it("shows a team's helpdesk selectors in a rule file that loads", () => {
    const section = readme.slice(readme.indexOf('### Reading your helpdesk'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const loaded = loadRuleSet(yaml, 'yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.ruleSet.helpdesks?.zendesk?.hosts).toEqual(['support.acme.com']);
  });
});
