import clarity from '../../rules/clarity.yaml?raw';
import empathy from '../../rules/empathy.yaml?raw';
import followUp from '../../rules/follow-up.yaml?raw';
import personalization from '../../rules/personalization.yaml?raw';
import tone from '../../rules/tone.yaml?raw';
import { describeErrors } from './errors';
import { loadRuleSet } from './load';
import type { Rule, RuleSet } from './schema';

/** The bundled pack's files: each one a rule set a team lead could have written, one per category. */
export const DEFAULT_PACK_FILES: Record<string, string> = {
  'rules/tone.yaml': tone,
  'rules/empathy.yaml': empathy,
  'rules/clarity.yaml': clarity,
  'rules/personalization.yaml': personalization,
  'rules/follow-up.yaml': followUp,
};

let cached: RuleSet | undefined;

/** The default rule set: every bundled file's rules, in file order. Parsed once. */
export function defaultRuleSet(): RuleSet {
  if (cached) return cached;
  const rules: Rule[] = [];
  for (const [file, text] of Object.entries(DEFAULT_PACK_FILES)) {
    const loaded = loadRuleSet(text, 'yaml');
    // The pack is tested; reaching this means a broken build, so fail loudly rather than coach with half a pack.
    if (!loaded.ok) throw new Error(`${file} is not a valid rule file:\n${describeErrors(loaded.errors)}`);
    rules.push(...loaded.ruleSet.rules);
  }
  cached = { schemaVersion: 1, name: 'Reply Coach default', version: '1.0.0', overrides: {}, rules };
  return cached;
}
