import { effectiveRules } from '../rules/resolve';
import type { Rule, RuleSet } from '../rules/schema';
import { CustomerReadings } from './analysis-context';
import type { RuleBehaviour } from './hit';
import { compileRule } from './kinds';

export interface CompiledRule extends RuleBehaviour {
  rule: Rule;
}

/** A rule set made ready to run: regexes and phrase tables built once, reused on every keystroke. */
export interface CompiledRuleSet {
  ruleSet: RuleSet;
  /** The enabled rules only: a rule switched off neither finds anything nor adds to the listening summary. */
  rules: CompiledRule[];
  /** The last customer message read while analysing with this set (it stays the same while the agent types). */
  customerReadings: CustomerReadings;
}

export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const rules = effectiveRules(ruleSet)
    .filter((rule) => rule.enabled)
    .map((rule): CompiledRule => {
      const behaviour = compileRule(rule);
      return rule.checklistOnly ? { rule, run: () => [], ...(behaviour.listening ? { listening: behaviour.listening } : {}) } : { rule, ...behaviour };
    });
  return { ruleSet, rules, customerReadings: new CustomerReadings() };
}
