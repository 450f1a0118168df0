import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';
import { loadRuleSet } from '../../../lib/rules/load';

const validRule = `
  - id: team.no-sorry-spam
    kind: phrase
    category: tone
    message: m
    explanation: e
    phrases: [so sorry]`;

/** A YAML rule file: three header lines, then the rules (a rule starting with a blank line starts on line 5). */
const yamlFile = (rule: string) => `schemaVersion: 1\nname: Team rules\nrules:\n${rule}\n`;

describe('loading a rule file', () => {
  it.each([
    ['an unknown rule kind', yamlFile(validRule.replace('kind: phrase', 'kind: phrasal')), 'rules[0].kind', 6],
    ['a pattern RE2 cannot run (look-behind)', yamlFile(`${validRule}\n    patterns: ['(?<=a)b']`), 'rules[0].patterns[0]', 11],
    ['a missing message', yamlFile(validRule.replace('    message: m\n', '')), 'rules[0].message', 5],
    ['a misspelt field (strict keys)', yamlFile(validRule.replace('phrases:', 'phrase:')), 'rules[0]', 5],
    ['an unknown severity', yamlFile(`${validRule}\n    severity: fatal`), 'rules[0].severity', 11],
    ['a rule with nothing to match', yamlFile(validRule.replace('    phrases: [so sorry]', '    phrases: []')), 'rules[0].phrases', 10],
    ['a bad id', yamlFile(validRule.replace('team.no-sorry-spam', 'Team Rule')), 'rules[0].id', 5],
    ['a check option of the wrong type', yamlFile(`
  - id: team.caps
    kind: check
    check: shouting
    category: tone
    message: m
    explanation: e
    options: { minCapsWords: lots }`), 'rules[0].options.minCapsWords', 11],
    ['an unknown check', yamlFile(validRule.replace('kind: phrase', 'kind: check\n    check: telepathy').replace('    phrases: [so sorry]', '')), 'rules[0].check', 7],
    ['a missing schema version', 'name: x\nrules: []\n', 'schemaVersion', 1],
  ])('rejects %s with the path of the bad field and its line', (_name, text, path, line) => {
    const result = loadRuleSet(text, 'yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((candidate) => candidate.path === path);
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error!.line).toBe(line);
  });

  it('rejects a duplicate rule id, naming both places', () => {
    const result = loadRuleSet(yamlFile(validRule + validRule), 'yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ path: 'rules[1].id', message: expect.stringContaining('rules[0]') })]);
  });

  it('rejects broken YAML with its line, and broken JSON', () => {
    const yaml = loadRuleSet('schemaVersion: 1\nname: [unclosed\n', 'yaml');
    expect(yaml.ok || yaml.errors[0]!.message).toMatch(/not valid YAML/);
    const json = loadRuleSet('{"schemaVersion": 1,', 'json');
    expect(json.ok || json.errors[0]).toEqual(expect.objectContaining({ path: '(root)', message: expect.stringMatching(/not valid JSON/) }));
  });

  it('reads the same rule set from JSON', () => {
    const json = JSON.stringify({ schemaVersion: 1, name: 'x', rules: [{ id: 'a', kind: 'phrase', category: 'tone', message: 'm', explanation: 'e', phrases: ['x'] }] });
    const result = loadRuleSet(json, 'json');
    expect(result.ok && result.ruleSet.rules[0]!.severity).toBe('warning');
  });

  it("lets a team lead add a phrase rule on top of the default pack and switch a default rule off", () => {
    const text = `schemaVersion: 1
name: Acme support
extends: default
overrides:
  tone.blame: { enabled: false }
rules:
  - id: acme.competitor
    kind: phrase
    category: tone
    severity: error
    message: Don't name competitors ("{match}").
    explanation: We talk about our own products.
    phrases: [MegaCorp]
`;
    const result = loadRuleSet(text, 'yaml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const ids = analyze({ draft: 'As I already explained, megacorp is worse. It will be fixed soon.', customerMessage: 'When will it be fixed?' }, result.ruleSet).findings.map((finding) => finding.ruleId);
    expect(ids).toContain('acme.competitor');
    expect(ids).toContain('clarity.vague-time');
    expect(ids).not.toContain('tone.blame');
  });
});
