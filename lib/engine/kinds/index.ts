import type { Rule, RuleOfKind } from '../../rules/schema';
import type { RuleBehaviour, RuleRunner } from '../hit';
import { compileCondition } from '../condition';
import { compileCheckRule } from './check';
import { compileMetricRule } from './metric';
import { compileOccurrenceRule } from './occurrence';
import { compilePhraseRule } from './phrase';
import { compileRequirementRule } from './requirement';
import { compileSubstitutionRule } from './substitution';
import { compileTopicRule } from './topic';

/**
 * Every rule kind, by the `kind` a rule file names: how a rule of that kind is compiled, once per rule
 * set, into what it finds and what it adds to the listening summary.
 */
export const RULE_KINDS: { [Kind in Rule['kind']]: (rule: RuleOfKind<Kind>) => RuleRunner | RuleBehaviour } = {
  phrase: compilePhraseRule,
  substitution: compileSubstitutionRule,
  occurrence: compileOccurrenceRule,
  metric: compileMetricRule,
  requirement: compileRequirementRule,
  check: compileCheckRule,
  topic: compileTopicRule,
};

/** A rule's behaviour, limited by its `when`: a rule whose condition does not hold neither finds nor lists anything. */
export function compileRule(rule: Rule): RuleBehaviour {
  const compiled = (RULE_KINDS[rule.kind] as (rule: Rule) => RuleRunner | RuleBehaviour)(rule);
  const behaviour = typeof compiled === 'function' ? { run: compiled } : compiled;
  if (!rule.when) return behaviour;
  const applies = compileCondition(rule.when);
  const { run, listening } = behaviour;
  return {
    run: (context) => (applies(context) ? run(context) : []),
    ...(listening ? { listening: (context) => (applies(context) ? listening(context) : {}) } : {}),
  };
}
