import { defaultRuleSet } from './default-pack';
import type { Rule, RuleSet } from './schema';

/**
 * The rules a set really runs: for `extends: default`, the bundled pack's rules with the set's
 * overrides applied, then the set's own rules (a rule with a pack rule's id replaces it).
 * `base` replaces the pack as what the set builds on (an administrator's set, lib/rules/managed.ts).
 */
export function effectiveRules(ruleSet: RuleSet, base: readonly Rule[] = ruleSet.extends === 'default' ? defaultRuleSet().rules : []): Rule[] {
  const own = new Map(ruleSet.rules.map((rule) => [rule.id, rule]));
  const merged = base.filter((rule) => !own.has(rule.id)).concat(ruleSet.rules);
  return merged.map((rule) => {
    const override = ruleSet.overrides[rule.id];
    return override ? ({ ...rule, ...override } as Rule) : rule;
  });
}
