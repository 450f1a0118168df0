import type { RuleOfKind } from '../../rules/schema';
import { CHECK_OPTIONS, type CheckId } from '../../rules/check-options';
import { CHECKS } from '../checks';
import type { RuleBehaviour, RuleRunner } from '../hit';

/** A code-backed check, looked up by id, with its options validated and defaulted once. */
export function compileCheckRule(rule: RuleOfKind<'check'>): RuleBehaviour {
  const id = rule.check as CheckId;
  const options = CHECK_OPTIONS[id].parse(rule.options);
  const check = CHECKS[id] as (options: unknown) => RuleRunner | RuleBehaviour;
  const compiled = check(options);
  return typeof compiled === 'function' ? { run: compiled } : compiled;
}
