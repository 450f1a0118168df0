import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../lib/rules/load';
import { ruleSetFileName, serializeRuleSet } from '../../../lib/rules/serialize';

const team = loadRuleSet(readFileSync(new URL('../../../examples/team-rules.yaml', import.meta.url), 'utf8'), 'yaml');

describe('exporting a rule set', () => {
  it.each(['json', 'yaml'] as const)('writes %s that the loader reads back as the same set', (format) => {
    if (!team.ok) throw new Error('examples/team-rules.yaml should load');
    const again = loadRuleSet(serializeRuleSet(team.ruleSet, format), format);
    expect(again).toEqual({ ok: true, ruleSet: team.ruleSet });
  });

  it('names the file after the set and its version', () => {
    if (!team.ok) throw new Error('examples/team-rules.yaml should load');
    expect(ruleSetFileName(team.ruleSet, 'yaml')).toBe('acme-support-team-1.3.0.yaml');
  });
});
