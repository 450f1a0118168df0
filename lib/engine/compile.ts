import { effectiveRules } from '../rules/resolve';
import type { Rule, RuleSet } from '../rules/schema';
import type { RuleContext, RuleRunner } from './context';
import { compileCheckRule } from './kinds/check';
import { compileMetricRule } from './kinds/metric';
import { compileOccurrenceRule } from './kinds/occurrence';
import { compilePhraseRule } from './kinds/phrase';
import { compileRequirementRule } from './kinds/requirement';
import { compileSubstitutionRule } from './kinds/substitution';
import { type TopicState, compileTopicRule, compileTopicState } from './kinds/topic';

export interface CompiledRule {
  rule: Rule;
  run: RuleRunner;
  /** For topic rules: whether the topic applies and which needs are covered, for the panel's checklist. */
  topicState?: (context: RuleContext) => TopicState | undefined;
}

/** A rule set made ready to run: regexes and phrase tables built once, reused on every keystroke. */
export interface CompiledRuleSet {
  ruleSet: RuleSet;
  rules: CompiledRule[];
}

export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const rules = effectiveRules(ruleSet)
    .filter((rule) => rule.enabled)
    .map((rule): CompiledRule => {
      if (rule.kind !== 'topic') return { rule, run: compileRule(rule) };
      const topicState = compileTopicState(rule);
      return { rule, run: compileTopicRule(rule, topicState), topicState };
    });
  return { ruleSet, rules };
}

export function compileRule(rule: Rule): RuleRunner {
  switch (rule.kind) {
    case 'phrase':
      return compilePhraseRule(rule);
    case 'substitution':
      return compileSubstitutionRule(rule);
    case 'occurrence':
      return compileOccurrenceRule(rule);
    case 'metric':
      return compileMetricRule(rule);
    case 'requirement':
      return compileRequirementRule(rule);
    case 'check':
      return compileCheckRule(rule);
    case 'topic':
      return compileTopicRule(rule);
  }
}
