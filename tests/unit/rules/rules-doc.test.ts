import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { rulesDocument } from '../../../lib/rules/rules-doc';
import { ruleTitle } from '../../../lib/rules/rule-title';

describe('docs/rules.md', () => {
  it('is generated from the current pack (run `npm run docs:rules` after editing rules/*.yaml)', () => {
    const committed = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(rulesDocument(defaultRuleSet()));
  });

  it('documents every rule of the pack by its title and id, with its reason and the guidance chapter by title', () => {
    const document = rulesDocument(defaultRuleSet());
    for (const rule of defaultRuleSet().rules) {
      expect(document).toContain(`### ${ruleTitle(rule)}\n\n\`${rule.id}\``);
      expect(document).toContain(rule.explanation);
    }
    expect(document).not.toMatch(/guidance[^\n]*\d{3} /);
  });

  it('says in words when a rule with a condition applies', () => {
    const document = rulesDocument(defaultRuleSet());
    const section = (id: string) => document.slice(document.indexOf(`\`${id}\``), document.indexOf('\n### ', document.indexOf(`\`${id}\``)));
    expect(section('clarity.vague-time')).toContain('**Only when:** the customer asked when (or how long).');
    expect(section('empathy.acknowledge-feelings')).toContain('**Only when:** the customer reads as upset (more than one sign).');
    expect(section('tone.blame')).not.toContain('Only when');
  });
});
